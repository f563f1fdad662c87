// The README's Express server, run as an integrator would: written as a module beside the package (so
// `order-widgets/server` resolves to the build), with PGlite and the page folder in a temporary directory, port 0
// instead of 8080 and a `signIn` middleware that reads a test header; then an order is placed, provisioned by the
// snippet's `provision` and listed.
import { validOrderFor } from '../support/orders.mjs';
import { readmeBlock } from '../e2e/support/readme-snippets.mjs';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { builtInCatalog } from 'order-widgets/schema';

export const SERVER_INTAKE = readmeBlock('js', "from 'order-widgets/server'", 'toNodeHandler(intake)');

/** The README's server as a module beside the package, with its sign-in, page folder and store in `dir`. */
async function startReadmeServer(t, { signIn, before = '' }) {
  const dir = mkdtempSync(join(tmpdir(), 'readme-intake-'));
  const module = join(import.meta.dirname, `.readme-intake-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`);
  t.after(() => rmSync(module, { force: true }));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'public'));
  writeFileSync(join(dir, 'public', 'index.html'), '<!doctype html><title>Order</title><order-wizard></order-wizard>');
  const replacements = [
    ["'.data/orders'", JSON.stringify(join(dir, 'orders'))],
    ["express.static('public')", `express.static(${JSON.stringify(join(dir, 'public'))})`],
    ['const app = express();', `const app = express();\n${before}`],
    ['.listen(8080,', '.listen(0,'],
  ];
  let code = SERVER_INTAKE.code;
  for (const [from, to] of replacements) {
    assert.ok(code.includes(from), `the README's server no longer has ${from}: the test must follow it`);
    code = code.replace(from, to);
  }
  delete process.env.DATABASE_URL;
  writeFileSync(module, `${signIn}\n${code}\nexport { server, store };\n`);
  const snippet = await import(pathToFileURL(module).href);
  t.after(async () => {
    snippet.server.closeAllConnections();
    await new Promise((resolve) => snippet.server.close(resolve));
    await snippet.store.close();
  });
  if (!snippet.server.listening) await new Promise((resolve) => snippet.server.once('listening', resolve));
  return { snippet, origin: `http://127.0.0.1:${snippet.server.address().port}` };
}

// The sign-in a host would have: here a header names the customer (a session cookie in a real portal).
const HEADER_SIGN_IN = `const signIn = (req, _res, next) => {
  const id = req.get('x-test-customer');
  if (id) req.user = { id };
  next();
};`;

test('the README Express server is under 40 lines and serves the page, places, provisions and lists an order', async (t) => {
  assert.ok(SERVER_INTAKE.code.trim().split('\n').length < 40, `${SERVER_INTAKE.code.trim().split('\n').length} lines`);
  const { snippet, origin } = await startReadmeServer(t, { signIn: HEADER_SIGN_IN });
  const page = await fetch(`${origin}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<order-wizard>/);

  const base = `${origin}/api/orders`;
  const headers = { 'Content-Type': 'application/json', 'X-Test-Customer': 'c-1' };
  const order = validOrderFor(builtInCatalog.services.find((each) => each.id === 'postgresql'), { idempotencyKey: randomUUID() });
  const placed = await fetch(base, { method: 'POST', headers, body: JSON.stringify(order) });
  assert.equal(placed.status, 201);
  const { orderId } = await placed.json();
  assert.equal(placed.headers.get('location'), `/api/orders/${orderId}`);
  await snippet.provision(orderId);
  const { orders } = await (await fetch(base, { headers })).json();
  assert.deepEqual(orders.map((each) => [each.orderId, each.status]), [[orderId, 'provisioning']]);
  assert.equal((await fetch(`${base}/${orderId}`, { headers })).status, 200);
  // Whose order it is comes from the host's sign-in (Express's req.user): another customer sees none, no one gets 401.
  assert.equal((await fetch(`${base}/${orderId}`, { headers: { 'X-Test-Customer': 'c-2' } })).status, 404);
  assert.equal((await fetch(base)).status, 401);
  const again = await fetch(base, { method: 'POST', headers, body: JSON.stringify(order) });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).orderId, orderId);
});

test('the README Express server places an order when express.json() already read the body', async (t) => {
  const { origin } = await startReadmeServer(t, { signIn: HEADER_SIGN_IN, before: 'app.use(express.json());' });
  const base = `${origin}/api/orders`;
  const headers = { 'Content-Type': 'application/json', 'X-Test-Customer': 'c-1' };
  const order = validOrderFor(builtInCatalog.services.find((each) => each.id === 'postgresql'), { idempotencyKey: randomUUID() });
  const placed = await fetch(base, { method: 'POST', headers, body: JSON.stringify(order) });
  assert.equal(placed.status, 201);
  const wrong = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ ...order, storageGb: 100 }) });
  assert.equal(wrong.status, 409, 'the same key with another order');
  const invalid = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ ...order, idempotencyKey: randomUUID(), storageGb: 10 }) });
  assert.equal(invalid.status, 422);
  assert.deepEqual((await invalid.json()).fieldErrors.map((each) => each.path), ['storageGb']);
});
