/** One catalog for parseCatalog and the catalog's JSON Schema (see catalog-rows.mjs). */
export interface CatalogRow {
  name: string;
  /** Changes the copy of the base catalog in place. */
  change?: (catalog: any) => unknown;
  /** What to check instead of the copy (e.g. the copy as JSON text with an own `__proto__` key, parsed). */
  replace?: (catalog: any) => unknown;
  /** Every [path, code] parseCatalog reports, in its order; [] when the catalog is accepted. */
  issues: [string, string][];
  /** The rule only parseCatalog checks, as the JSON Schema's description and the README name it; the schema accepts the row. */
  only?: string;
}

export const CATALOG_ROWS: CatalogRow[];

export function catalogFor(row: CatalogRow, base: unknown): unknown;
