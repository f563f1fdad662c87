import { expect } from '@open-wc/testing';
import { builtInCatalogInput } from '../../src/catalogs/built-in-catalog.js';
import { parseCatalog } from '../../src/schema/catalog.js';
import { CATALOG_ROWS, catalogFor } from './catalog-rows.mjs';

// The rows the catalog's JSON Schema is held to in Node (test/node/catalog-json-schema.test.mjs), here against the
// source in the browser: its URL parser judges the links the wizard shows.
describe('parseCatalog on the shared catalog rows', () => {
  for (const row of CATALOG_ROWS) {
    it(`${row.name}: ${row.issues.length ? row.issues.map(([path, code]) => `${path || '(the catalog)'} ${code}`).join(', ') : 'accepted'}`, () => {
      const result = parseCatalog(catalogFor(row, builtInCatalogInput));
      expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).to.deep.equal(row.issues);
    });
  }
});
