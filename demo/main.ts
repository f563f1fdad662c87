// The demo portal's script: registers the elements from the library's source and wires the standalone form.
import '../src/define.js';
import { builtInCatalog } from '../src/catalogs/built-in.js';

const postgres = builtInCatalog.services.find((service) => service.id === 'postgresql')!;
const picker = document.querySelector('node-size-picker')!;
picker.nodeTypes = postgres.nodeTypes;
picker.sizes = postgres.sizes;

const form = document.querySelector<HTMLFormElement>('#standalone')!;
const output = document.querySelector<HTMLOutputElement>('#form-data')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  output.textContent = `size: ${data.get('size')}; sources: ${data.getAll('sources').join(', ')}`;
});
