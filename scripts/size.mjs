// Bundle sizes: each production bundle built the way a page gets it (every dependency included, minified, comments
// dropped as in the CDN file) and measured as min + gzip -9. `npm run size` prints the table; test/node/size.test.mjs
// (part of `npm test`) fails when a bundle exceeds its limit.
//
// Each bundle has a target (issue 6) and a limit. Where the target is met, the limit is the target. Where it is not
// met yet, the limit is the size measured when the limit was set plus a little room, so the bundle cannot grow
// unnoticed while the target stands: lower the limit whenever a change makes the bundle smaller, and never raise it
// without saying why in the commit.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateMinifier } from './template-minifier.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (path) => join(root, 'src', path);
const KB = 1024;

/** Each bundle: what a page imports, its target and its enforced limit (bytes, min + gzip -9). */
export const BUNDLES = [
  {
    name: 'everything (four elements, all steps, en + de)',
    code: `import ${JSON.stringify(src('define.ts'))};`,
    target: 45 * KB,
    limit: 64.6 * KB,
  },
  {
    name: '<order-status-badge> alone',
    code: `import { OrderStatusBadge } from ${JSON.stringify(src('elements/order-status-badge/order-status-badge.ts'))};
customElements.get('order-status-badge') || customElements.define('order-status-badge', OrderStatusBadge);`,
    target: 9 * KB,
    limit: 9.3 * KB,
  },
  {
    name: 'order-widgets/schema alone',
    code: `export * from ${JSON.stringify(src('schema-entry.ts'))};`,
    target: 30 * KB,
    limit: 30 * KB,
  },
];

/** Builds one bundle into a temporary directory and measures it: `{ min, gzip }` in bytes. */
export async function measure(bundle) {
  const work = mkdtempSync(join(tmpdir(), 'order-widgets-size-'));
  const entry = join(work, 'entry.js');
  const outDir = join(work, 'out');
  writeFileSync(entry, bundle.code);
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      plugins: [templateMinifier()],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        write: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    });
    const files = readdirSync(outDir).filter((file) => file.endsWith('.js'));
    const code = Buffer.concat(files.map((file) => readFileSync(join(outDir, file))));
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** One table row: the bundle's sizes against its target and limit, and what that means. */
export function sizeRow(bundle, { min, gzip }) {
  const verdict =
    gzip > bundle.limit
      ? `OVER THE LIMIT by ${kb(gzip - bundle.limit)}`
      : gzip <= bundle.target
        ? 'target met'
        : `target missed by ${kb(gzip - bundle.target)} (within the limit)`;
  return [bundle.name.padEnd(48), kb(min).padStart(9), kb(gzip).padStart(9), kb(bundle.target).padStart(8), kb(bundle.limit).padStart(8), ` ${verdict}`].join(' ');
}

export const SIZE_HEADER = ['bundle'.padEnd(48), 'min'.padStart(9), 'min+gzip'.padStart(9), 'target'.padStart(8), 'limit'.padStart(8)].join(' ');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(SIZE_HEADER);
  let over = 0;
  for (const bundle of BUNDLES) {
    const size = await measure(bundle);
    if (size.gzip > bundle.limit) over += 1;
    console.log(sizeRow(bundle, size));
  }
  if (over > 0) {
    console.error(`\n${over} bundle(s) over the limit.`);
    process.exit(1);
  }
}
