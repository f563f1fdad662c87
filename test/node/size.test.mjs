// The size budgets (issue 6): each production bundle, built from src/ with every dependency and measured as
// min + gzip -9, must stay within its limit (scripts/size.mjs says which limits are the targets and which hold a
// missed target's current size). Prints the same table as `npm run size`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUNDLES, kb, measure, SIZE_HEADER, sizeRow } from '../../scripts/size.mjs';

describe('bundle sizes (min + gzip)', () => {
  for (const bundle of BUNDLES) {
    test(`${bundle.name}: at most ${kb(bundle.limit)}`, async () => {
      const size = await measure(bundle);
      console.log(`${SIZE_HEADER}\n${sizeRow(bundle, size)}`);
      assert.ok(size.min > 0, 'the bundle is empty');
      assert.ok(size.gzip <= bundle.limit, `${bundle.name} is ${kb(size.gzip)}, over its limit of ${kb(bundle.limit)}`);
    });
  }
});
