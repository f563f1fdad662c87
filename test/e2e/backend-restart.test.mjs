// The backend keeps its orders in PGlite: stop the demo, start it again on the same data directory, and "My orders" still lists
// the order placed before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrders, openPage, readStoredOrders, startDemo, useDemo } from './support/demo.mjs';
import { fillQuickOrder, openMyOrders, placeOrder } from './support/portal.mjs';

const env = useDemo();

test('after a backend restart on the same data directory, "My orders" still lists the order', { timeout: 90_000 }, async () => {
  const first = await openPage(env.browser);
  await fillQuickOrder(first.page, env.demo.url);
  const { orderId } = await placeOrder(first.page);
  const row = await openMyOrders(first.page, orderId);
  await row.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  assert.deepEqual(first.errors, [], 'no uncaught errors in the page before the restart');
  const cookies = await first.context.cookies(env.demo.url);
  await first.context.close();

  const before = await readStoredOrders(env);
  env.demo = await startDemo({ dataDir: env.data.dataDir });

  const second = await openPage(env.browser);
  // The same visitor comes back.
  await second.context.addCookies(cookies);
  await second.page.goto(env.demo.url);
  await second.page.getByRole('heading', { level: 1, name: 'Cloud services' }).waitFor();
  const again = await openMyOrders(second.page, orderId);
  await again.getByRole('cell', { name: 'PostgreSQL', exact: true }).waitFor();
  await again.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  assert.equal(await second.page.getByRole('table').getByRole('row').count(), 2, 'a header row and the one order');

  assert.deepEqual((await listOrders(env.demo.url, second.context)).map((order) => order.orderId), [orderId]);
  assert.deepEqual(second.errors, [], 'no uncaught errors in the page after the restart');
  assert.deepEqual(await readStoredOrders(env), before, 'the restart left the orders as they were');
});
