// An impatient customer hammers "Place order now": ten quick clicks and Enter still place exactly one order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrders, openPage, readStoredOrders, useDemo } from './support/demo.mjs';
import { confirmation, fillQuickOrder, openMyOrders, stepHeading, tabTo, until } from './support/portal.mjs';

const env = useDemo();

test('ten rapid clicks and Enter on "Place order now" store exactly one order', { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(env.browser);
  let pending = 0;
  const isOrderPost = (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/orders';
  page.on('request', (request) => isOrderPost(request) && pending++);
  page.on('requestfinished', (request) => isOrderPost(request) && pending--);
  page.on('requestfailed', (request) => isOrderPost(request) && pending--);

  await fillQuickOrder(page, env.demo.url);
  const place = page.getByRole('button', { name: 'Place order now' });
  await tabTo(page, place);
  const box = await place.boundingBox();
  assert.ok(box, '"Place order now" is on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Sent back to back, without waiting for the page between them.
  await Promise.all([...Array.from({ length: 10 }, () => page.mouse.click(x, y)), page.keyboard.press('Enter')]);

  await stepHeading(page, 'Thank you, your order has been placed').waitFor();
  const { orderId } = await confirmation(page);
  await until(() => pending === 0, { message: 'every POST /api/orders the page sent has been answered' });

  assert.deepEqual((await listOrders(env.demo.url, page.context())).map((order) => order.orderId), [orderId], 'GET /api/orders lists exactly one order');

  await openMyOrders(page, orderId);
  const rows = page.getByRole('table').getByRole('row');
  assert.equal(await rows.count(), 2, 'My orders shows a header row and one order');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  const stored = await readStoredOrders(env);
  assert.deepEqual(stored.orders.map((record) => record.id), [orderId], 'the database holds exactly the confirmed order');
});
