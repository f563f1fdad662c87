// The guides' flow in the portal, by keyboard: "Order: Keycloak as a Service" offers Keycloak's versions and no other
// service, shows no price before a size, marks a step completed only once visited; the confirmation recaps the order
// and its price and leads to the order status page, which lists the orders with labels and live badges; a failed
// order there offers the catalog's support link.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useDemo } from './support/demo.mjs';
import {
  NEW_PROFILE, acceptDocuments, activate, addTrustedSource, chooseRadio, chooseSize, fillNewProfile, goOn, stepHeading,
} from './support/portal.mjs';

const env = useDemo();

/** The step list as read aloud: "Storage (not completed)", … */
const stepList = (page) =>
  page.getByRole('navigation', { name: 'Order steps' }).getByRole('listitem').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('.step-name').textContent.trim()} ${item.querySelector('.step-state').textContent.trim()}`),
  );

/** From the start page through a Keycloak order with a new invoice profile of `company`, to its confirmation. */
async function orderKeycloak(page, company) {
  await page.goto(env.demo.url);
  await activate(page, page.getByRole('link', { name: 'Order: Keycloak as a Service' }));
  await page.getByRole('heading', { level: 1, name: 'Order Keycloak as a Service' }).waitFor();
  await stepHeading(page, 'Choose the version of Keycloak as a Service').waitFor();

  // Only Keycloak's versions; no other service to pick.
  assert.equal(await page.getByRole('radiogroup', { name: 'Service', exact: true }).count(), 0, 'no service choice');
  const versions = page.getByRole('radiogroup', { name: 'Version of Keycloak as a Service' });
  assert.deepEqual(await versions.getByRole('radio').allInnerTexts(), ['26', '25']);
  for (const other of ['MariaDB', 'PostgreSQL', 'MySQL', 'Harbor Private Registry']) {
    assert.equal(await page.getByRole('radio', { name: other }).count(), 0, `${other} is not offered`);
  }
  await chooseRadio(page, versions, { name: '25', exact: true });

  // No price before a size: the hint, no total (storage's 50 GB minimum alone is no price).
  const price = page.getByRole('complementary', { name: 'Monthly price' });
  await price.getByText('The price appears once you choose a service and a node size.').waitFor();
  assert.equal(await price.getByText('Total per month').count(), 0);
  assert.deepEqual((await stepList(page)).slice(0, 3), ['Version (current step)', 'Node size (not completed)', 'Storage (not completed)']);

  await goOn(page, 'Choose the node type and size');
  await chooseSize(page, 'M');
  await price.getByText('Total per month', { exact: true }).waitFor();
  await goOn(page, 'Choose the storage size');
  await goOn(page, 'Enable access');
  assert.deepEqual((await stepList(page)).slice(0, 4), [
    'Version (completed)', 'Node size (completed)', 'Storage (completed)', 'Trusted sources (current step)',
  ]);
  await addTrustedSource(page, '123.123.123.123/32');
  await goOn(page, 'Choose the region');
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Region' }), { name: 'Germany North (Hamburg)' });
  await goOn(page, 'Choose the invoice profile');
  await fillNewProfile(page, { ...NEW_PROFILE, company });
  await goOn(page, 'Check and place your order');
  await acceptDocuments(page);
  await activate(page, page.getByRole('button', { name: 'Place order now' }));
  const confirmation = page.getByRole('region', { name: 'Thank you, your order has been placed' });
  await confirmation.waitFor();
  const orderId = /Order number: (ord-[0-9a-f]{12})/.exec(await confirmation.getByText(/^Order number: /).textContent())?.[1];
  assert.ok(orderId, 'the confirmation shows the order number');
  return { confirmation, orderId };
}

test('a Keycloak order follows the guides from the fixed service to the order status page', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(env.browser);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const { confirmation, orderId } = await orderKeycloak(page, NEW_PROFILE.company);

  // The recap: what was ordered and its price; what happens next; the badge without the number shown above it.
  const recap = await confirmation.getByRole('term').evaluateAll((terms) =>
    terms.map((term) => [term.textContent.trim(), term.nextElementSibling.innerText.replace(/\s+/g, ' ').trim()]),
  );
  assert.deepEqual(Object.fromEntries(recap), {
    Service: 'Keycloak as a Service',
    Version: '25',
    Node: 'General purpose, M (4 vCPU, 8 GiB RAM)',
    Storage: '50 GB',
    'Trusted sources': '123.123.123.123/32',
    Region: 'Germany North (Hamburg)',
    'Availability zone': 'No preference',
    'Number of nodes': '1',
    'Invoice profile': `New invoice profile: ${NEW_PROFILE.company}, ${NEW_PROFILE.city}`,
    'Total per month': '€155.00',
  });
  await confirmation.getByText('What happens next: your service is set up automatically.', { exact: false }).waitFor();
  const badge = confirmation.locator('order-status-badge');
  await badge.getByRole('status').waitFor();
  assert.doesNotMatch(await badge.innerText(), new RegExp(orderId), 'the badge does not repeat the order number');

  // The way on: the link to the order status page, by keyboard.
  await activate(page, confirmation.getByRole('link', { name: 'Go to the order status' }));
  await page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/orders/${orderId}`);
  const row = page.getByRole('row').filter({ hasText: orderId });
  assert.equal(await row.getAttribute('aria-current'), 'true', 'the new order is marked');
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.equal(cells[0], orderId);
  assert.equal(cells[1], 'Keycloak as a Service');
  assert.equal(cells[2], 'Germany North (Hamburg)', 'the region by its label, not its id');
  await row.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 30_000 });
  // The statuses came by the order's status stream (the confirmation's badge and the page's), not by polling.
  assert.ok(requested.includes(`/api/orders/${orderId}/events`), 'the badge follows the status stream');
  assert.equal(requested.filter((path) => path === `/api/orders/${orderId}`).length, 0, 'no polling while the stream is up');
  assert.doesNotMatch(await row.locator('order-status-badge').innerText(), new RegExp(orderId), 'the id is in its own column only');
  assert.equal(await row.getByRole('link', { name: 'Open a support ticket' }).count(), 0, 'no support link while nothing failed');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});

test('a failed order on the order status page offers the catalog\'s support link', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(env.browser);
  const { orderId } = await orderKeycloak(page, 'fail-demo GmbH');
  await activate(page, page.getByRole('link', { name: 'Go to the order status' }));
  const row = page.getByRole('row').filter({ hasText: orderId });
  await row.getByRole('status').filter({ hasText: 'Failed' }).waitFor({ timeout: 30_000 });
  const support = row.getByRole('link', { name: 'Open a support ticket' });
  assert.equal(await support.getAttribute('href'), 'https://example.com/support/ticket');

  // In German the portal's page links to the German support page.
  await activate(page, page.getByRole('button', { name: 'Deutsch' }), { backwards: true });
  await page.getByRole('heading', { level: 1, name: 'Meine Bestellungen' }).waitFor();
  const german = page.getByRole('row').filter({ hasText: orderId }).getByRole('link', { name: 'Support-Ticket eröffnen' });
  assert.equal(await german.getAttribute('href'), 'https://example.com/de/support/ticket');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
