// @ts-check
// `npm start`: the demo portal in one process. Builds the library when dist/ is missing or older than src/ (the
// backend imports `order-widgets/schema`, which is dist/), then serves on 127.0.0.1 with one node:http server:
// /api goes to the demo backend, everything else to Vite (middleware mode, the page from demo/ and the elements from
// src/ with hot reload). Ctrl-C stops it.
//
// Environment: PORT (default 5173), DEMO_DATA_FILE (default .demo-data/orders.json), DEMO_SPEED (default 1; 10 is ten
// times faster), DEMO_CLIENT_IP (what "Add my IP" gets; locally the real answer is 127.0.0.1, which is not public).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

/** @param {string} message */
function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

/** @param {string} name @param {string} fallback */
function env(name, fallback) {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

const port = Number(env('PORT', '5173'));
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number (0–65535), not "${process.env['PORT']}".`);
const speed = Number(env('DEMO_SPEED', '1'));
if (!Number.isFinite(speed) || speed <= 0) fail(`DEMO_SPEED must be a number above 0, not "${process.env['DEMO_SPEED']}".`);
const dataFile = resolve(root, env('DEMO_DATA_FILE', '.demo-data/orders.json'));
const clientIp = process.env['DEMO_CLIENT_IP']?.trim() || undefined;

/**
 * Newest modification time under `path` (a file or a directory), in ms; 0 when it does not exist.
 * @param {string} path
 * @returns {number}
 */
function newestChange(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

const built = newestChange(join(root, 'dist/schema-entry.js'));
const inputs = ['src', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'];
if (built === 0 || inputs.some((input) => newestChange(join(root, input)) > built)) {
  console.log(built === 0 ? '▶ Building the library (dist/ is missing)…' : '▶ Building the library (src/ changed since the last build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed; the demo needs dist/ (the backend imports order-widgets/schema).');
}

// Imported only now: they load dist/, which the build above may just have written.
const { createDemoBackend, OrderFileError } = await import('../demo/server/demo-backend.mjs');
const { createServer: createViteServer } = await import('vite');

const backend = await createDemoBackend({ dataFile, speed, clientIp }).catch((error) => {
  // A corrupt order file: say which and stop, without a stack trace; it is the user's file to fix.
  if (error instanceof OrderFileError) fail(error.message);
  throw error;
});

/** @type {import('vite').ViteDevServer | undefined} */
let vite;
const server = createServer((req, res) => {
  void (async () => {
    if (await backend.handle(req, res)) return;
    if (!vite) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The demo is starting; reload in a moment.');
      return;
    }
    vite.middlewares(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${req.url}`);
    });
  })();
});

try {
  vite = await createViteServer({
    configFile: false,
    root: join(root, 'demo'),
    appType: 'mpa',
    // Hot reload over this server's own port, so two demos (or a demo and Storybook) do not fight over Vite's port.
    server: { middlewareMode: true, hmr: { server } },
  });
} catch (error) {
  await backend.close();
  throw error;
}

await new Promise((listening) => {
  /** @param {NodeJS.ErrnoException} error */
  const refused = (error) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; set PORT to another one` : error.message;
    void Promise.allSettled([vite?.close(), backend.close()]).then(() => fail(`The demo server could not start: ${reason}.`));
  };
  server.once('error', refused);
  server.listen(port, HOST, () => {
    server.off('error', refused);
    listening(undefined);
  });
});

const address = server.address();
const url = `http://${HOST}:${typeof address === 'object' && address ? address.port : port}/`;
console.log(`\nDemo portal: ${url}`);
const shownFile = relative(root, backend.dataFile).startsWith('..') ? backend.dataFile : relative(root, backend.dataFile);
console.log(`  orders in ${shownFile}, speed ${speed}${clientIp ? `, my IP answered as ${clientIp}` : ''}`);
console.log('  Ctrl-C to stop.');

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the demo…`);
  const force = setTimeout(() => fail('The demo did not stop within 5 s.'), 5000);
  force.unref();
  const closed = new Promise((done) => server.close(() => done(undefined)));
  server.closeAllConnections();
  await Promise.allSettled([vite?.close(), backend.close(), closed]);
  process.exit(0);
}
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
