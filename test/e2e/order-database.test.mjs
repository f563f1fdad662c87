// A new customer orders a PostgreSQL database from the portal with the keyboard alone: two trusted sources (one of
// them corrected to its range), a new invoice profile, every document accepted; then watches the order become ready.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrders, openPage, readStoredOrders, useDemo } from './support/demo.mjs';
import {
  NEW_PROFILE, NEW_PROFILE_COUNTRY, acceptDocuments, addTrustedSource, chooseRadio, chooseService, chooseSize,
  fillNewProfile, goOn, openDatabasesOffer, openMyOrders, placeOrder, typeInto,
} from './support/portal.mjs';

const env = useDemo();

const TITLE = 'a PostgreSQL database with two trusted sources and a new invoice profile, ordered by keyboard, becomes ready';

test(TITLE, { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(env.browser);

  await openDatabasesOffer(page, env.demo.url);
  await chooseService(page, 'PostgreSQL', '16');
  await goOn(page, 'Choose the node type and size');

  await chooseSize(page, 'M');
  await goOn(page, 'Choose the storage size');

  await typeInto(page, page.getByRole('textbox', { name: 'Storage in GB' }), '120');
  const price = page.getByRole('complementary', { name: 'Monthly price' });
  await price.getByText('Storage, 120 GB').waitFor();
  await goOn(page, 'Enable access');

  await addTrustedSource(page, '123.123.123.123/32');
  await addTrustedSource(page, '222.222.222.130/28');
  assert.equal(await page.getByRole('textbox', { name: 'Address, row 1' }).inputValue(), '123.123.123.123/32');
  assert.equal(await page.getByRole('textbox', { name: 'Address, row 2' }).inputValue(), '222.222.222.128/28');
  await page.getByText('222.222.222.130/28 was stored as 222.222.222.128/28').waitFor();
  await goOn(page, 'Choose the region');

  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Region' }), { name: 'Germany West (Cologne)' });
  await goOn(page, 'Choose the invoice profile');

  await fillNewProfile(page);
  assert.equal(await page.getByRole('combobox', { name: 'Country' }).inputValue(), NEW_PROFILE_COUNTRY.code);
  await goOn(page, 'Check and place your order');

  // What the summary says, term by term, as it reads on screen.
  const summary = page.getByRole('region', { name: 'Check and place your order' });
  const shown = await summary.getByRole('term').evaluateAll((terms) =>
    terms.map((term) => [term.textContent?.trim(), term.nextElementSibling?.innerText.replace(/\s+/g, ' ').trim()]),
  );
  assert.deepEqual(Object.fromEntries(shown), {
    Service: 'PostgreSQL',
    Version: '16',
    Node: 'General purpose, M (4 vCPU, 8 GiB RAM)',
    Storage: '120 GB',
    'Trusted sources': '123.123.123.123/32 222.222.222.128/28',
    Region: 'Germany West (Cologne)',
    'Availability zone': 'No preference',
    'Invoice profile': `New invoice profile: ${NEW_PROFILE.company}, ${NEW_PROFILE.city}`,
  });
  const documents = await acceptDocuments(page);
  assert.equal(documents.length, 3, 'terms, data processing agreement and the databases service description');

  const { region, orderId } = await placeOrder(page);
  // The badge polls the backend; at DEMO_SPEED 50 the order is ready after a fraction of a second.
  await region.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 30_000 });

  const row = await openMyOrders(page, orderId);
  await row.getByRole('cell', { name: 'PostgreSQL', exact: true }).waitFor();
  await row.getByRole('cell', { name: 'Germany West (Cologne)', exact: true }).waitFor();
  // A live badge: a polite live region that shows the status as text.
  await row.getByRole('status').filter({ hasText: 'Ready' }).waitFor();

  const listed = await listOrders(env.demo.url, page.context());
  assert.deepEqual(listed.map((order) => [order.orderId, order.status]), [[orderId, 'ready']]);
  const file = await readStoredOrders(env);
  assert.equal(file.orders.length, 1, 'exactly one order is stored');
  const [record] = file.orders;
  assert.equal(record.id, orderId);
  assert.deepEqual(record.order.trustedSources, [{ cidr: '123.123.123.123/32' }, { cidr: '222.222.222.128/28' }]);
  assert.deepEqual(record.order.billingProfile, { new: { ...NEW_PROFILE, country: NEW_PROFILE_COUNTRY.code } });
  assert.deepEqual(
    {
      serviceId: record.order.serviceId, version: record.order.version, nodeTypeId: record.order.nodeTypeId, sizeId: record.order.sizeId,
      storageGb: record.order.storageGb, regionId: record.order.regionId,
    },
    { serviceId: 'postgresql', version: '16', nodeTypeId: 'general-purpose', sizeId: 'gp-m', storageGb: 120, regionId: 'de-west-1' },
  );
  assert.deepEqual(record.order.acceptedDocuments.map((doc) => doc.id).sort(), ['dpa', 'service-description-database', 'terms']);

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
