// A reload in the middle of the wizard loses nothing: the same step comes back with every value, on every step, and
// the order then goes through with exactly those values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, readStoredOrders, useDemo } from './support/demo.mjs';
import {
  NEW_PROFILE, NEW_PROFILE_COUNTRY, acceptDocuments, addTrustedSource, chooseRadio, chooseService, chooseSize,
  fillNewProfile, goOn, openDatabasesOffer, placeOrder, stepHeading, typeInto,
} from './support/portal.mjs';

const env = useDemo();

const checked = (page, group, name) =>
  page.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name, checked: true });

const TITLE = 'a reload in the middle of the wizard keeps the step and every value, and the order still goes through';

test(TITLE, { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(env.browser);

  await openDatabasesOffer(page, env.demo.url);
  await chooseService(page, 'PostgreSQL', '15');
  await goOn(page, 'Choose the node type and size');
  await chooseSize(page, 'L');
  await goOn(page, 'Choose the storage size');
  await typeInto(page, page.getByRole('textbox', { name: 'Storage in GB' }), '250');
  await goOn(page, 'Enable access');
  await addTrustedSource(page, '123.123.123.123/32');
  // The new row has the focus: Tab to its label, type, and Tab on (which commits the row).
  await typeInto(page, page.getByRole('textbox', { name: 'Label, row 1' }), 'Office');
  await page.keyboard.press('Tab');
  await addTrustedSource(page, '222.222.222.130/28');
  await goOn(page, 'Choose the region');
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Region' }), { name: 'Germany North (Hamburg)' });
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Availability zone' }), { name: 'Zone B' });
  await goOn(page, 'Choose the options');
  await typeInto(page, page.getByRole('textbox', { name: 'Backup retention' }), '28');
  await goOn(page, 'Choose the invoice profile');
  const { company, contactName, email } = NEW_PROFILE;
  await fillNewProfile(page, { company, contactName, email }, null);

  await page.reload();

  await stepHeading(page, 'Choose the invoice profile').waitFor();
  await checked(page, 'Invoice profile', 'New invoice profile').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Company', exact: true }).inputValue(), company);
  assert.equal(await page.getByRole('textbox', { name: 'Contact person' }).inputValue(), contactName);
  assert.equal(await page.getByRole('textbox', { name: 'Email address' }).inputValue(), email);
  assert.equal(await page.getByRole('textbox', { name: 'Street and house number' }).inputValue(), '');

  await goOn(page, 'Choose the options', 'Back');
  assert.equal(await page.getByRole('textbox', { name: 'Backup retention' }).inputValue(), '28');

  await goOn(page, 'Choose the region', 'Back');
  await checked(page, 'Region', 'Germany North (Hamburg)').waitFor();
  await checked(page, 'Availability zone', 'Zone B').waitFor();

  await goOn(page, 'Enable access', 'Back');
  assert.deepEqual(
    await page.getByRole('textbox', { name: /^Address, row \d+$/ }).evaluateAll((inputs) => inputs.map((input) => input.value)),
    ['123.123.123.123/32', '222.222.222.128/28'],
  );
  assert.equal(await page.getByRole('textbox', { name: 'Label, row 1' }).inputValue(), 'Office');

  await goOn(page, 'Choose the storage size', 'Back');
  assert.equal(await page.getByRole('textbox', { name: 'Storage in GB' }).inputValue(), '250');

  await goOn(page, 'Choose the node type and size', 'Back');
  await checked(page, 'Node size', /^L 8 vCPU/).waitFor();

  await goOn(page, 'Choose the service', 'Back');
  await checked(page, 'Service', 'PostgreSQL').waitFor();
  await checked(page, 'Version of PostgreSQL', '15').waitFor();

  // On to where the reload happened, and finish the order.
  for (const heading of ['Choose the node type and size', 'Choose the storage size', 'Enable access', 'Choose the region', 'Choose the options']) {
    await goOn(page, heading);
  }
  await goOn(page, 'Choose the invoice profile');
  const { street, postalCode, city } = NEW_PROFILE;
  await fillNewProfile(page, { street, postalCode, city });
  await goOn(page, 'Check and place your order');
  await acceptDocuments(page);
  const { orderId } = await placeOrder(page);

  const file = await readStoredOrders(env);
  assert.deepEqual(file.orders.map((record) => record.id), [orderId]);
  const { order } = file.orders[0];
  assert.deepEqual(
    {
      serviceId: order.serviceId, version: order.version, sizeId: order.sizeId, storageGb: order.storageGb, regionId: order.regionId,
      availabilityZoneId: order.availabilityZoneId, trustedSources: order.trustedSources, billingProfile: order.billingProfile,
      options: order.options,
    },
    {
      serviceId: 'postgresql', version: '15', sizeId: 'gp-l', storageGb: 250, regionId: 'de-north-1', availabilityZoneId: 'de-north-1b',
      trustedSources: [{ cidr: '123.123.123.123/32', label: 'Office' }, { cidr: '222.222.222.128/28' }],
      billingProfile: { new: { ...NEW_PROFILE, country: NEW_PROFILE_COUNTRY.code } },
      // High availability is not offered in Hamburg, so the order has no value for it; the retention typed before the reload.
      options: { 'backup-retention': 28, 'maintenance-window': 'sun-02' },
    },
  );
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
