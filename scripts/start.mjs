// @ts-check
// `npm start`: the demo portal in one process. Builds the library when dist/ is missing or older than src/ (the
// backend imports `order-widgets/schema` and `order-widgets/server`, which are dist/), then serves on 127.0.0.1 with
// one hardened node:http server: /api goes to the demo backend, everything else to Vite (middleware mode, the page
// from demo/ and the elements from src/ with hot reload). Ctrl-C stops it.
//
// Environment: PORT (default 5173); DATABASE_URL (postgres://…: the orders in that PostgreSQL; without it in PGlite
// under DEMO_DATA_DIR/orders, nothing to install); DEMO_DATA_DIR (default .demo-data); DEMO_COOKIE_SECRET (signs the
// visitor's cookie; without it one is generated into DEMO_DATA_DIR/cookie-secret; demos sharing a database share it);
// DEMO_SPEED (default 1; 10 is ten times faster); DEMO_CLIENT_IP (what "Add my IP" gets; locally the real answer is
// 127.0.0.1, which is not public); DEMO_MAX_CONNECTIONS, DEMO_HEADERS_TIMEOUT_MS, DEMO_REQUEST_TIMEOUT_MS (the
// server's limits, see demo/server/http.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

/** @param {string} message @returns {never} */
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
const dataDir = resolve(root, env('DEMO_DATA_DIR', '.demo-data'));
const databaseUrl = process.env['DATABASE_URL']?.trim() || undefined;
const clientIp = process.env['DEMO_CLIENT_IP']?.trim() || undefined;
/** @param {string} name @param {number} fallback */
function positiveInteger(name, fallback) {
  const value = Number(env(name, String(fallback)));
  if (!Number.isInteger(value) || value <= 0) fail(`${name} must be a whole number above 0, not "${process.env[name]}".`);
  return value;
}

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
const { createDemoBackend, BODY_LIMIT } = await import('../demo/server/demo-backend.mjs');
const { loadCookieSecret } = await import('../demo/server/customer-cookie.mjs');
const { createHardenedServer, SERVER_DEFAULTS } = await import('../demo/server/http.mjs');
const { createServer: createViteServer } = await import('vite');

const limits = {
  bodyLimit: BODY_LIMIT,
  maxConnections: positiveInteger('DEMO_MAX_CONNECTIONS', SERVER_DEFAULTS.maxConnections),
  headersTimeoutMs: positiveInteger('DEMO_HEADERS_TIMEOUT_MS', SERVER_DEFAULTS.headersTimeoutMs),
  requestTimeoutMs: positiveInteger('DEMO_REQUEST_TIMEOUT_MS', SERVER_DEFAULTS.requestTimeoutMs),
};
const cookieSecret = await loadCookieSecret(join(dataDir, 'cookie-secret'), process.env['DEMO_COOKIE_SECRET']).catch((error) => fail(error.message));
const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${relative(root, join(dataDir, 'orders')).startsWith('..') ? join(dataDir, 'orders') : relative(root, join(dataDir, 'orders'))}`;
const backend = await createDemoBackend({ cookieSecret, databaseUrl, dataDir: join(dataDir, 'orders'), speed, clientIp }).catch((error) =>
  fail(`The demo could not open its orders (${where}): ${error instanceof Error ? error.message : String(error)}`),
);

/** @type {import('vite').ViteDevServer | undefined} */
let vite;
const server = createHardenedServer((req, res) => {
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
}, limits);

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
console.log(`  orders in ${where}, speed ${speed}${clientIp ? `, my IP answered as ${clientIp}` : ''}`);
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
