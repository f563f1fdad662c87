// Bundle sizes as integrators get them: the built package is packed (`npm pack`), installed into a consumer project
// (scripts/pack.mjs), and each import below is bundled there by esbuild and by Vite in production mode, minified, with
// every dependency included (lit, @lit/context, zod/mini), then measured as min + gzip -9. `npm run size` prints the
// table (after `npm run build`); test/node/size.test.mjs, part of `npm test`, fails when a bundle exceeds its limit.
//
// Both bundlers split code as an app build does: a page's cost is its entry chunk and the chunks it imports statically.
// Chunks it imports dynamically load only when needed (a language other than English: German for a German page, which
// adds what the `order-widgets/translations/de` row measures) and are not counted.
//
// One element is measured twice: through its own entry (`order-widgets/<tag>/define`) and as a class imported from
// `order-widgets` and defined by the page. Both must ship that element alone: the package's `sideEffects` lets a
// bundler drop every module the page does not use.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerProject } from './pack.mjs';

const KB = 1024;

const definedBy = (tag, className) => `import { ${className} } from 'order-widgets';
customElements.get('${tag}') || customElements.define('${tag}', ${className});`;

/** Each bundle: what a page imports, and the limit (bytes, min + gzip -9) both bundlers must stay within. */
export const BUNDLES = [
  // "No larger than today": 64.6 KB was the whole library's size before the package had an entry per element.
  // Catalog options, tax and hourly prices (issue 13) added 7.3 KB (esbuild: 63.4 → 70.7 KB), 5.4 KB of it the pure part.
  // Issue 16: the engine (ranges in typed arrays, a radix sort, canonical texts written when asked) added 0.8 KB, hostile
  // input bounded with refusals that say why 0.8 KB (70.9 → 71.7 KB, esbuild, before the engine). A keystroke in a list of
  // 1,000 rows within a frame (other rows' messages wait for the commit: `shown()`; the back/forward state as one JSON
  // entry, restored with its checks) added 0.4 KB: 72.8 → 73.2 KB. The engine twice as fast on long lists (issue 16, item
  // 1: a pasted list read in one scan, each item without a regular expression, less kept per entry) added 0.3 KB:
  // 74,952 → 75,275 bytes. The catalog's schemas made on first use (issue 16, item 2: a page does not build them while
  // it loads) and a pasted list's items doubling as its entries added 0.1 KB more: 73.6 → 73.7 KB measured. The first
  // step painted before the draft is validated (issue 16, item 2: the validation a task after that frame, at once when
  // Next or a choice needs it) added 0.2 KB, the order's schemas and the engine's special ranges made on first use and
  // the wizard's price made once per draft 0.1 KB: 73.7 → 74.0 KB measured (75,783 bytes). The engine's growth from
  // 10,000 to 100,000 entries no worse than its peers' (issue 16, item 1: one check for lists read into columns and for
  // entries, findings sorted as numbers, a source read into scratch before it becomes an object) added 0.3 KB: 74.0 → 74.3 KB.
  { name: 'everything (order-widgets/define)', code: `import 'order-widgets/define';`, limit: 74.4 * KB },
  // 10 KB until the badge followed a status stream (reconnecting with backoff, resuming, offline at once): 10.4 KB then.
  { name: 'badge (order-widgets/order-status-badge/define)', code: `import 'order-widgets/order-status-badge/define';`, limit: 10.5 * KB },
  { name: 'badge (class from order-widgets)', code: definedBy('order-status-badge', 'OrderStatusBadge'), limit: 10.5 * KB },
  { name: 'picker (order-widgets/node-size-picker/define)', code: `import 'order-widgets/node-size-picker/define';`, limit: 16 * KB },
  { name: 'picker (class from order-widgets)', code: definedBy('node-size-picker', 'NodeSizePicker'), limit: 16 * KB },
  // 22 KB until issue 16: the engine (faster than cidr-tools at 10,000 and 100,000 entries) added 0.8 KB; hostile input
  // bounded, with refusals that say why (a typed entry refused with its precise reason: same entry, same range, inside a
  // row, too long; and kept; a text over 1,000,000 characters refused unread; every quote of the customer's text
  // shortened) 0.7 KB, about half of it the new messages (22,521 → 23,258 bytes, esbuild, before the engine). The keystroke
  // within a frame (see above) added 0.3 KB: 23.8 → 24.1 KB. The engine twice as fast on long lists (see above) added
  // 0.3 KB: 24,638 → 24,926 bytes. The engine's growth no worse than its peers' (see above) added 0.3 KB: 24.4 → 24.7 KB.
  { name: 'editor (order-widgets/trusted-sources-editor/define)', code: `import 'order-widgets/trusted-sources-editor/define';`, limit: 24.8 * KB },
  { name: 'editor (class from order-widgets)', code: definedBy('trusted-sources-editor', 'TrustedSourcesEditor'), limit: 24.8 * KB },
  // Over its 30 KB target since catalog options, tax and hourly prices (issue 13): 25.9 → 31.3 KB (esbuild).
  // Refusing control and bidi characters in every free text (issue 14) added 0.4 KB: 31.4 → 31.8 KB.
  // The engine of issue 16 added 0.5 KB: 32.2 → 32.7 KB; twice as fast on long lists (see above), 0.2 KB more:
  // 33,734 → 33,969 bytes. The catalog's schemas made on first use (issue 16: a page showing the wizard does not build
  // them while it loads) added 0.2 KB: each exported schema is a named pick from the lazily made set (33.3 → 33.6 KB; 33.5 KB measured).
  // The order's schemas made on first use the same way (issue 16: a page showing the wizard's first step does not
  // build them before it is painted) and the engine's special ranges read on first use added 0.1 KB: 33.6 → 33.7 KB
  // (34,545 bytes). A pasted list read into columns and checked as it is (`readTrustedSourceList`,
  // `checkTrustedSourceList`: issue 16, the engine's growth no worse than its peers') and the shared check (see above)
  // added 1.0 KB: 33.7 → 34.8 KB.
  { name: 'order-widgets/schema (all of it)', code: `export * from 'order-widgets/schema';`, limit: 34.9 * KB },
  // What a page in another language adds, loaded on demand or imported up front: the words of every element in it.
  { name: 'German (order-widgets/translations/de)', code: `import 'order-widgets/translations/de';`, limit: 8 * KB },
  { name: 'French (order-widgets/translations/fr)', code: `import 'order-widgets/translations/fr';`, limit: 8 * KB },
  { name: 'Dutch (order-widgets/translations/nl)', code: `import 'order-widgets/translations/nl';`, limit: 8 * KB },
  { name: 'Polish (order-widgets/translations/pl)', code: `import 'order-widgets/translations/pl';`, limit: 8 * KB },
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

/** The chunks a page loads at once: `entry` and, transitively, every chunk it imports statically (`importsOf`). */
function staticChunks(entry, importsOf) {
  const seen = new Set([entry]);
  for (const chunk of seen) for (const imported of importsOf(chunk)) seen.add(imported);
  return [...seen];
}

/** esbuild as an app build: bundle, split, minify, production mode, ES2022, no comments kept. */
async function withEsbuild(dir, entry) {
  const result = await esbuild({
    absWorkingDir: dir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  const loaded = staticChunks(main, (path) => outputs[path].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path));
  const files = new Map(result.outputFiles.map((file) => [relative(dir, file.path), file.contents]));
  return measureCode(Buffer.concat(loaded.map((path) => files.get(path))));
}

/** Vite as an app build of one module: production, minified, split into chunks, comments dropped. */
async function withVite(dir, entry) {
  const [{ output }] = [await viteBuild({
    configFile: false,
    root: dir,
    logLevel: 'error',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(dir, entry), formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  })].flat();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const main = [...chunks.values()].find((chunk) => chunk.isEntry).fileName;
  // `imports`, not `dynamicImports`: the chunks loaded on demand are not part of the page's first cost.
  const loaded = staticChunks(main, (fileName) => chunks.get(fileName).imports);
  return measureCode(Buffer.concat(loaded.map((fileName) => Buffer.from(chunks.get(fileName).code))));
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
