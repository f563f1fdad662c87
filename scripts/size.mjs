// `npm run size`: builds each production bundle the way a page gets it (every dependency included, minified) and
// prints its min + gzip size against its budget. Exits non-zero when a budget is exceeded.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = (path) => join(root, 'src', path);

/** Each bundle: what a page imports, and its budget in bytes (min + gzip -9). */
export const BUNDLES = [
  {
    name: 'everything (four elements, all steps, en + de)',
    code: `import ${JSON.stringify(src('define.ts'))};`,
    budget: 45 * 1024,
  },
  {
    name: '<order-status-badge> alone',
    code: `import { OrderStatusBadge } from ${JSON.stringify(src('elements/order-status-badge/order-status-badge.ts'))};
customElements.get('order-status-badge') || customElements.define('order-status-badge', OrderStatusBadge);`,
    budget: 9 * 1024,
  },
  {
    name: 'order-widgets/schema alone',
    code: `export * from ${JSON.stringify(src('schema-entry.ts'))};`,
    budget: 30 * 1024,
  },
];

async function measure(bundle) {
  const work = mkdtempSync(join(tmpdir(), 'order-widgets-size-'));
  const entry = join(work, 'entry.js');
  const outDir = join(work, 'out');
  writeFileSync(entry, bundle.code);
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        write: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const files = readdirSync(outDir).filter((file) => file.endsWith('.js'));
    const code = Buffer.concat(files.map((file) => readFileSync(join(outDir, file))));
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let over = 0;
console.log('bundle'.padEnd(50), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const bundle of BUNDLES) {
  const { min, gzip } = await measure(bundle);
  const ok = gzip <= bundle.budget;
  if (!ok) over += 1;
  console.log(bundle.name.padEnd(50), kb(min).padStart(10), kb(gzip).padStart(10), kb(bundle.budget).padStart(10), ok ? 'ok' : 'OVER BUDGET');
}
if (over > 0) {
  console.error(`\n${over} bundle(s) over budget.`);
  process.exit(1);
}
