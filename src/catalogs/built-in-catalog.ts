/** The example catalog (`built-in.ts`), parsed: defaults filled in. For the Node entry, the demo, stories and tests. */
import { formatCatalogIssues } from '../i18n/describe-issue.js';
import { parseCatalog, type Catalog } from '../schema/catalog.js';
import { builtInCatalogInput } from './built-in.js';

export { builtInCatalogInput };

function parseBuiltIn(): Catalog {
  const result = parseCatalog(builtInCatalogInput);
  if (!result.ok) throw new Error(`The built-in catalog is broken.\n${formatCatalogIssues(result.issues)}`);
  return result.catalog;
}

/** The example catalog, parsed (defaults filled in). */
export const builtInCatalog: Catalog = parseBuiltIn();
