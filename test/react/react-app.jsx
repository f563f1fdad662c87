// Renders the README's React example (order-page.tsx) for test/node/packaging.test.mjs, which bundles this file with
// the built package and opens it in Chromium. Records the wizard's events as they reach the document.
import { createRoot } from 'react-dom/client';
import { OrderPage } from './order-page.tsx';

window.reactResults = { stepChanges: [] };
document.addEventListener('order-step-change', (event) => {
  window.reactResults.stepChanges.push({ ...event.detail, cancelable: event.cancelable });
});

createRoot(document.getElementById('root')).render(<OrderPage />);
