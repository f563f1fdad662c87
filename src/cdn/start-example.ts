// Imported first by the CDN entry, so that this runs before the rest of the file is evaluated: a wizard written in
// the page without `catalog-url` shows the example catalog (unless a script gives it a `catalog`), and its file is
// requested now, while the browser evaluates ours, instead of after it (one request waiting for another, on a phone
// about a tenth of the time to the first step). Module scripts run after the HTML is parsed, so the wizard is there.
import { loadExampleCatalog } from '../catalogs/example-catalog.js';

if (document.querySelector('order-wizard:not([catalog-url])')) loadExampleCatalog().catch(() => undefined);
