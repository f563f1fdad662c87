// Test pages bundled the way an integrator's app build bundles them, and the wizard's submit handshake driven from a
// page: shared by the Node tests that run the built package in Chromium (packaging, React 19 tags).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles `entry` (a path below the repository) with Vite in production mode, the package through its exports, into a
 * new temporary folder, and returns that folder. `fileName` is the entry's output name; with `split`, dynamic imports
 * become chunks of their own (an app's code splitting), otherwise one file.
 * @param {string} entry
 * @param {{ fileName: string, split?: boolean }} options
 */
export async function buildTestApp(entry, { fileName, split = false }) {
  const outDir = mkdtempSync(join(tmpdir(), 'order-widgets-app-'));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: split } },
    },
  });
  return outDir;
}

/**
 * Fires `order-submit` at the page's `<order-wizard>` with the idempotency key `key`, as the wizard does, and resolves
 * with what the page's handler passed to `respondWith` (rejects when no handler answers within 3 s).
 * @param {import('playwright-core').Page} tab
 * @param {string} key
 */
export function submitThroughWizard(tab, key) {
  return tab.evaluate(
    (idempotencyKey) =>
      new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('respondWith was not called')), 3000);
        const order = { idempotencyKey };
        document.querySelector('order-wizard').dispatchEvent(
          new CustomEvent('order-submit', { detail: { order, idempotencyKey, respondWith: (promise) => promise.then(resolve, reject) } }),
        );
      }),
    key,
  );
}

/**
 * Fires `order-placed` for `orderId` at the page's `<order-wizard>`, as the wizard does once the host confirmed.
 * @param {import('playwright-core').Page} tab
 * @param {string} orderId
 */
export function placedThroughWizard(tab, orderId) {
  return tab.evaluate(
    (id) => document.querySelector('order-wizard').dispatchEvent(new CustomEvent('order-placed', { detail: { orderId: id, order: {} } })),
    orderId,
  );
}
