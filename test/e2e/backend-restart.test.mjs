// The backend keeps its orders in a file: stop the demo, start it again on the same file, and "My orders" still lists
// the order placed before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrders, openPage, readOrderFile, startDemo, useDemo } from './support/demo.mjs';
import { fillQuickOrder, openMyOrders, placeOrder } from './support/portal.mjs';

const env = useDemo();

test('after a backend restart on the same data file, "My orders" still lists the order', { timeout: 90_000 }, async () => {
  const first = await openPage(env.browser);
  await fillQuickOrder(first.page, env.demo.url);
  const { orderId } = await placeOrder(first.page);
  const row = await openMyOrders(first.page, orderId);
  await row.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  assert.deepEqual(first.errors, [], 'no uncaught errors in the page before the restart');
  await first.context.close();

  const before = await readOrderFile(env.data.dataFile);
  await env.demo.stop();
  env.demo = undefined;
  env.demo = await startDemo({ dataFile: env.data.dataFile });

  const second = await openPage(env.browser);
  await second.page.goto(env.demo.url);
  await second.page.getByRole('heading', { level: 1, name: 'Cloud services' }).waitFor();
  const again = await openMyOrders(second.page, orderId);
  await again.getByRole('cell', { name: 'PostgreSQL', exact: true }).waitFor();
  await again.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  assert.equal(await second.page.getByRole('table').getByRole('row').count(), 2, 'a header row and the one order');

  assert.deepEqual((await listOrders(env.demo.url)).map((order) => order.orderId), [orderId]);
  assert.deepEqual(await readOrderFile(env.data.dataFile), before, 'the restart left the data file as it was');
  assert.deepEqual(second.errors, [], 'no uncaught errors in the page after the restart');
});
