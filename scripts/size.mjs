// Bundle sizes as integrators get them: the built package is packed (`npm pack`), installed into a consumer project
// (scripts/pack.mjs), and each import below is bundled there by esbuild and by Vite in production mode, minified, with
// every dependency included (lit, @lit/context, zod/mini), then measured as min + gzip -9. `npm run size` prints the
// table (after `npm run build`); test/node/size.test.mjs, part of `npm test`, fails when a bundle exceeds its limit.
//
// One element is measured twice: through its own entry (`order-widgets/<tag>/define`) and as a class imported from
// `order-widgets` and defined by the page. Both must ship that element alone: the package's `sideEffects` lets a
// bundler drop every module the page does not use.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerProject } from './pack.mjs';

const KB = 1024;

const definedBy = (tag, className) => `import { ${className} } from 'order-widgets';
customElements.get('${tag}') || customElements.define('${tag}', ${className});`;

/** Each bundle: what a page imports, and the limit (bytes, min + gzip -9) both bundlers must stay within. */
export const BUNDLES = [
  // "No larger than today": 64.6 KB was the whole library's size before the package had an entry per element.
  { name: 'everything (order-widgets/define)', code: `import 'order-widgets/define';`, limit: 64.6 * KB },
  { name: 'badge (order-widgets/order-status-badge/define)', code: `import 'order-widgets/order-status-badge/define';`, limit: 10 * KB },
  { name: 'badge (class from order-widgets)', code: definedBy('order-status-badge', 'OrderStatusBadge'), limit: 10 * KB },
  { name: 'picker (order-widgets/node-size-picker/define)', code: `import 'order-widgets/node-size-picker/define';`, limit: 16 * KB },
  { name: 'picker (class from order-widgets)', code: definedBy('node-size-picker', 'NodeSizePicker'), limit: 16 * KB },
  { name: 'editor (order-widgets/trusted-sources-editor/define)', code: `import 'order-widgets/trusted-sources-editor/define';`, limit: 22 * KB },
  { name: 'editor (class from order-widgets)', code: definedBy('trusted-sources-editor', 'TrustedSourcesEditor'), limit: 22 * KB },
  { name: 'order-widgets/schema (all of it)', code: `export * from 'order-widgets/schema';`, limit: 30 * KB },
];

export const BUNDLERS = ['esbuild', 'vite'];

const fileName = (bundle) => `${BUNDLES.indexOf(bundle)}.js`;

/** The consumer project with one entry file per bundle; made once per process. */
let project;
function sizeProject() {
  project ??= consumerProject('size', Object.fromEntries(BUNDLES.map((bundle) => [`src/${fileName(bundle)}`, `${bundle.code}\n`])));
  return project;
}

const measureCode = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });

/** esbuild as an app build: bundle, minify, production mode, ES2022, no comments kept. */
async function withEsbuild(dir, entry) {
  const result = await esbuild({
    absWorkingDir: dir,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  });
  return measureCode(Buffer.concat(result.outputFiles.map((file) => file.contents)));
}

/** Vite as an app build of one module: production, minified, one file, comments dropped. */
async function withVite(dir, entry) {
  const outDir = join(dir, 'out', entry.replace(/\W/g, '_'));
  try {
    await viteBuild({
      configFile: false,
      root: dir,
      logLevel: 'error',
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: join(dir, entry), formats: ['es'], fileName: 'bundle' },
        rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
      },
    });
    const files = readdirSync(outDir).filter((file) => file.endsWith('.js'));
    return measureCode(Buffer.concat(files.map((file) => readFileSync(join(outDir, file)))));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Bundles one entry with one bundler in the consumer project: `{ min, gzip }` in bytes. */
export async function measure(bundle, bundler) {
  const dir = sizeProject();
  const entry = `src/${fileName(bundle)}`;
  return bundler === 'esbuild' ? withEsbuild(dir, entry) : withVite(dir, entry);
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export const SIZE_HEADER = ['bundle'.padEnd(52), 'bundler'.padEnd(8), 'min'.padStart(9), 'min+gzip'.padStart(9), 'limit'.padStart(8)].join(' ');

/** One table row: the bundle's sizes against its limit. */
export function sizeRow(bundle, bundler, { min, gzip }) {
  const verdict = gzip > bundle.limit ? `OVER THE LIMIT by ${kb(gzip - bundle.limit)}` : 'within';
  return [bundle.name.padEnd(52), bundler.padEnd(8), kb(min).padStart(9), kb(gzip).padStart(9), kb(bundle.limit).padStart(8), ` ${verdict}`].join(' ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(SIZE_HEADER);
  let over = 0;
  for (const bundle of BUNDLES) {
    for (const bundler of BUNDLERS) {
      const size = await measure(bundle, bundler);
      if (size.gzip > bundle.limit) over += 1;
      console.log(sizeRow(bundle, bundler, size));
    }
  }
  if (over > 0) {
    console.error(`\n${over} bundle(s) over the limit.`);
    process.exit(1);
  }
}
