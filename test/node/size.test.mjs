// The size limits, as integrators get the package: each bundle of scripts/size.mjs, built from the packed tarball by
// esbuild and by Vite (every dependency included, minified) and measured as min + gzip -9, must stay within its limit.
// Prints the same rows as `npm run size`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUNDLERS, BUNDLES, kb, measure, SIZE_HEADER, sizeRow } from '../../scripts/size.mjs';

describe('bundle sizes through the packed package (min + gzip)', () => {
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
