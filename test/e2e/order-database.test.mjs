// A new customer orders a PostgreSQL database from the portal with the keyboard alone: an instance name, two trusted
// sources (one of them corrected to its range), a standby, two weeks of backups and the Saturday maintenance window, a
// new invoice profile, every document accepted; then watches the order become ready, its options listed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrders, openPage, readStoredOrders, useDemo } from './support/demo.mjs';
import {
  NEW_PROFILE, NEW_PROFILE_COUNTRY, acceptDocuments, addTrustedSource, chooseRadio, chooseService, chooseSize,
  fillNewProfile, goOn, openDatabasesOffer, openMyOrders, placeOrder, tabTo, typeInto,
} from './support/portal.mjs';

const env = useDemo();

const TITLE = 'a PostgreSQL database with options, two trusted sources and a new invoice profile, ordered by keyboard, becomes ready';

test(TITLE, { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(env.browser);

  await openDatabasesOffer(page, env.demo.url);
  await chooseService(page, 'PostgreSQL', '16');
  await typeInto(page, page.getByRole('textbox', { name: 'Instance name (optional)' }), 'orders-db');
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
  await goOn(page, 'Choose the options');

  await tabTo(page, page.getByRole('checkbox', { name: 'High availability' }));
  await page.keyboard.press('Space');
  await price.getByText('High availability').waitFor();
  await typeInto(page, page.getByRole('textbox', { name: 'Backup retention' }), '14');
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Maintenance window' }), { name: 'Saturday 02:00–04:00' });
  await goOn(page, 'Choose the invoice profile');

  await fillNewProfile(page);
  assert.equal(await page.getByRole('combobox', { name: 'Country' }).inputValue(), NEW_PROFILE_COUNTRY.code);
  await goOn(page, 'Check and place your order');

  // What the summary says, term by term, as it reads on screen (the list of choices; the itemised price is a list of its own).
  const summary = page.getByRole('region', { name: 'Check and place your order' });
  const total = summary.getByRole('region', { name: 'Monthly price' });
  assert.deepEqual(
    await total.getByRole('definition').evaluateAll((amounts) => amounts.map((amount) => amount.textContent?.trim())),
    ['€144.90', '€14.40', '€144.90', '€304.20', '€57.80', '€362.00'],
    'beside "Place order now": M, 120 GB, the standby, the total, 19 % VAT and the total with it',
  );
  const shown = await summary.locator('dl.summary').getByRole('term').evaluateAll((terms) =>
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
    'Instance name': 'orders-db',
    'High availability': 'Yes',
    'Backup retention': '14 days',
    'Maintenance window': 'Saturday 02:00–04:00',
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
  await row.getByRole('cell', { name: 'Instance name: orders-db; High availability: yes; Backup retention: 14 days; Maintenance window: Saturday 02:00–04:00' }).waitFor();
  // 144.90 for M, 144.90 for its standby, 14.40 for 120 GB: 304.20, with 19 % VAT 362.00.
  await row.getByRole('cell', { name: '€362.00', exact: true }).waitFor();
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
  assert.deepEqual(record.order.options, {
    'instance-name': 'orders-db', 'high-availability': true, 'backup-retention': 14, 'maintenance-window': 'sat-02',
  });
  assert.deepEqual(record.order.acceptedDocuments.map((doc) => doc.id).sort(), ['dpa', 'service-description-database', 'terms']);

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
