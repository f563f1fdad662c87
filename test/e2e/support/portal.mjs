// What a keyboard user does in the demo portal: Tab to a control, arrows in radiogroups, Space, Enter, typing.
// Locators are accessible ones (role and name); playwright pierces the elements' open shadow roots.

/** The invoice profile the tests create in the wizard. */
export const NEW_PROFILE = Object.freeze({
  company: 'Example Data GmbH',
  contactName: 'Jana Beispiel',
  email: 'jana@example.org',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
});
/** The country picked from the list, and the code the order stores. */
export const NEW_PROFILE_COUNTRY = { name: 'Germany', code: 'DE' };

const PROFILE_LABELS = {
  company: 'Company',
  contactName: 'Contact person',
  email: 'Email address',
  street: 'Street and house number',
  postalCode: 'Postal code',
  city: 'City',
};

/**
 * Polls `check` until it returns a truthy value (returned), or fails with `message` after `timeout` ms.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {{ timeout?: number, message: string }} options
 * @returns {Promise<T>}
 */
export async function until(check, { timeout = 15_000, message }) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether the keyboard focus is on `locator` or inside it (also inside its shadow root). */
export const hasFocus = (locator) => locator.evaluate((element) => element.matches(':focus-within'));

/**
 * Presses Tab (or Shift+Tab) until the focus is on `locator`, as a keyboard user moves through the page.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 */
export async function tabTo(page, locator, { backwards = false, max = 60 } = {}) {
  await locator.waitFor();
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${locator}.`);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page, locator, options) {
  await tabTo(page, locator, options);
  await page.keyboard.press('Enter');
}

/**
 * Picks `option` in the radiogroup `group` with the keyboard: Tab into the group, then arrows (which move and pick)
 * until the option is checked; Space when the tab stop is the option itself.
 */
export async function chooseRadio(page, group, option) {
  const radio = group.getByRole('radio', option);
  await tabTo(page, group);
  const count = await group.getByRole('radio').count();
  for (let presses = 0; presses <= count; presses++) {
    if ((await radio.getAttribute('aria-checked')) === 'true') return;
    await page.keyboard.press(await hasFocus(radio) ? 'Space' : 'ArrowDown');
  }
  throw new Error(`The arrow keys never checked ${radio} in ${group}.`);
}

/** Replaces a text field's content by typing. */
export async function typeInto(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

export const stepHeading = (page, name) => page.getByRole('heading', { level: 2, name, exact: true });

/** Presses "Next" (or another button) and waits for the next step's heading. */
export async function goOn(page, heading, button = 'Next') {
  await activate(page, page.getByRole('button', { name: button, exact: true }));
  await stepHeading(page, heading).waitFor();
}

/** From the portal's start page to the wizard of "Databases", by keyboard. */
export async function openDatabasesOffer(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Cloud services' }).waitFor();
  await activate(page, page.getByRole('link', { name: 'Order: Databases' }));
  await stepHeading(page, 'Choose the service').waitFor();
}

/** Step 1: service and version. */
export async function chooseService(page, service, version) {
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Service', exact: true }), { name: service, exact: true });
  await chooseRadio(page, page.getByRole('radiogroup', { name: `Version of ${service}` }), { name: version, exact: true });
}

/** Step 2: a size of the general-purpose type by its label ("S", "M", "L"). */
export async function chooseSize(page, label) {
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Node size', exact: true }), { name: new RegExp(`^${label} \\d+ vCPU`) });
}

/** Step 4: types an address into "New address or range" and presses Enter; the new row takes the focus. */
export async function addTrustedSource(page, text) {
  const rows = page.getByRole('textbox', { name: /^Address, row \d+$/ });
  const before = await rows.count();
  await typeInto(page, page.getByRole('textbox', { name: 'New address or range' }), text);
  await page.keyboard.press('Enter');
  await rows.nth(before).waitFor();
}

/** Step 6: "New invoice profile" and its fields (those given), then the country. */
export async function fillNewProfile(page, profile = NEW_PROFILE, country = NEW_PROFILE_COUNTRY) {
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Invoice profile' }), { name: 'New invoice profile' });
  for (const [field, value] of Object.entries(profile)) {
    await typeInto(page, page.getByRole('textbox', { name: PROFILE_LABELS[field], exact: true }), value);
  }
  if (country) {
    // A closed select picks by typing the option's name.
    await tabTo(page, page.getByRole('combobox', { name: 'Country' }));
    await page.keyboard.type(country.name);
  }
}

/** Step 7: ticks every document's checkbox with Space. */
export async function acceptDocuments(page) {
  const boxes = await page.getByRole('checkbox', { name: /^I have read and accept/ }).all();
  if (!boxes.length) throw new Error('The summary shows no documents to accept.');
  for (const box of boxes) {
    await tabTo(page, box);
    if (!(await box.isChecked())) await page.keyboard.press('Space');
  }
  return boxes;
}

/** The confirmation after placing the order: its region, and the order id it shows. */
export async function confirmation(page) {
  const region = page.getByRole('region', { name: 'Thank you, your order has been placed' });
  const text = await region.getByText(/^Order number: /).textContent();
  const orderId = /Order number: (ord-[0-9a-f]{12})/.exec(text ?? '')?.[1];
  if (!orderId) throw new Error(`The confirmation shows no order number: "${text}".`);
  return { region, orderId };
}

/**
 * A wizard on its first step, by keyboard, with the defaults of a quick order (PostgreSQL 17, size S, storage as
 * offered, one trusted source, Cologne, the options as offered, an existing invoice profile of the host's `billingProfiles`), up to the summary
 * with every document accepted.
 * @param {import('playwright-core').Page} page
 * @param {{ trustedSource?: string, invoiceProfile?: string }} [choices]
 */
export async function fillQuickWizard(page, { trustedSource = '198.51.100.0/24', invoiceProfile = 'Beispiel Shop GmbH, Köln' } = {}) {
  // A wizard with `service="postgresql"` (the README's) starts with PostgreSQL's versions; the portal's offer with the services.
  const open = stepHeading(page, 'Choose the service');
  const fixed = stepHeading(page, 'Choose the version of PostgreSQL');
  await open.or(fixed).waitFor();
  if (await fixed.isVisible()) await chooseRadio(page, page.getByRole('radiogroup', { name: 'Version of PostgreSQL' }), { name: '17', exact: true });
  else await chooseService(page, 'PostgreSQL', '17');
  await goOn(page, 'Choose the node type and size');
  await chooseSize(page, 'S');
  await goOn(page, 'Choose the storage size');
  await goOn(page, 'Enable access');
  await addTrustedSource(page, trustedSource);
  await goOn(page, 'Choose the region');
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Region' }), { name: 'Germany West (Cologne)' });
  // The databases' options as the catalog offers them.
  await goOn(page, 'Choose the options');
  await goOn(page, 'Choose the invoice profile');
  await chooseRadio(page, page.getByRole('radiogroup', { name: 'Invoice profile' }), { name: invoiceProfile });
  await goOn(page, 'Check and place your order');
  await acceptDocuments(page);
}

/** The portal's "Databases" offer filled in as a quick order (see `fillQuickWizard`), up to the summary. */
export async function fillQuickOrder(page, url) {
  await openDatabasesOffer(page, url);
  await fillQuickWizard(page);
}

/** "Place order now" on the summary, by keyboard, then the confirmation (see `confirmation`). */
export async function placeOrder(page) {
  await activate(page, page.getByRole('button', { name: 'Place order now' }));
  await stepHeading(page, 'Thank you, your order has been placed').waitFor();
  return confirmation(page);
}

/** "My orders" through the portal's navigation (Shift+Tab back to it, Enter), then the row of `orderId`. */
export async function openMyOrders(page, orderId) {
  await activate(page, page.getByRole('link', { name: 'My orders' }), { backwards: true });
  await page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: orderId });
  await row.waitFor();
  return row;
}
