// The README's order-intake snippet, run as an integrator would: written as a module beside the package (so
// `order-widgets/server` resolves to the build), with PGlite in a temporary directory, port 0 instead of 8080 and a
// `customerOf` that reads a test header; then an order is placed, provisioned by the snippet's `provision` and listed.
import { validOrderFor } from '../support/orders.mjs';
import { readmeBlock } from '../e2e/support/readme-snippets.mjs';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { builtInCatalog } from 'order-widgets/schema';

export const SERVER_INTAKE = readmeBlock('js', "from 'order-widgets/server'", 'toNodeHandler(intake)');

test('the README order-intake snippet places, provisions and lists an order', async (t) => {
  const data = mkdtempSync(join(tmpdir(), 'readme-intake-'));
  const module = join(import.meta.dirname, `.readme-intake-${process.pid}.mjs`);
  t.after(() => rmSync(module, { force: true }));
  t.after(() => rmSync(data, { recursive: true, force: true }));
  const code = SERVER_INTAKE.code
    .replace("'.data/orders'", JSON.stringify(data))
    .replace('.listen(8080,', '.listen(0,');
  assert.notEqual(code, SERVER_INTAKE.code);
  delete process.env.DATABASE_URL;
  writeFileSync(module, `const customerOf = (request) => request.headers.get('x-test-customer');\n${code}\nexport { server, store };\n`);
  const snippet = await import(pathToFileURL(module).href);
  t.after(async () => {
    snippet.server.closeAllConnections();
    await new Promise((resolve) => snippet.server.close(resolve));
    await snippet.store.close();
  });
  if (!snippet.server.listening) await new Promise((resolve) => snippet.server.once('listening', resolve));
  const base = `http://127.0.0.1:${snippet.server.address().port}/api/orders`;
  const headers = { 'Content-Type': 'application/json', 'X-Test-Customer': 'c-1' };
  const order = validOrderFor(builtInCatalog.services.find((each) => each.id === 'postgresql'), { idempotencyKey: randomUUID() });
  const placed = await fetch(base, { method: 'POST', headers, body: JSON.stringify(order) });
  assert.equal(placed.status, 201);
  const { orderId } = await placed.json();
  await snippet.provision(orderId);
  const { orders } = await (await fetch(base, { headers })).json();
  assert.deepEqual(orders.map((each) => [each.orderId, each.status]), [[orderId, 'provisioning']]);
  assert.equal((await fetch(base)).status, 401);
});
