// The size budgets (issue 6): each production bundle, built through the packed package by each bundler with code
// splitting and measured as min + gzip -9 (the entry chunk and what it imports statically; languages loaded on demand
// are rows of their own), must stay within its limit. Prints the same rows as `npm run size`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUNDLERS, BUNDLES, kb, measure, SIZE_HEADER, sizeRow } from '../../scripts/size.mjs';

describe('bundle sizes (min + gzip)', () => {
  for (const bundle of BUNDLES) {
    for (const bundler of BUNDLERS) {
      test(`${bundle.name}, ${bundler}: at most ${kb(bundle.limit)}`, async () => {
        const size = await measure(bundle, bundler);
        console.log(`${SIZE_HEADER}\n${sizeRow(bundle, bundler, size)}`);
        assert.ok(size.min > 0, 'the bundle is empty');
        assert.ok(size.gzip <= bundle.limit, `${bundle.name} (${bundler}) is ${kb(size.gzip)}, over its limit of ${kb(bundle.limit)}`);
      });
    }
  }
});
