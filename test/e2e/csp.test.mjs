// The four elements from the self-registering CDN file on a page served with the strictest policy a careful host sends
// (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`):
// a full order by keyboard and every standalone element in use, with zero CSP violations and no console errors.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser } from './support/demo.mjs';
import { STRICT_CSP, startCspServer } from './support/csp-server.mjs';
import {
  acceptDocuments, activate, addTrustedSource, chooseRadio, chooseService, chooseSize, goOn, placeOrder, stepHeading,
  typeInto, until,
} from './support/portal.mjs';

const BUNDLE = new URL('../../dist/cdn/order-widgets.js', import.meta.url);

let server;
let browser;

before(async () => {
  assert.ok(existsSync(BUNDLE), 'dist/cdn/order-widgets.js is missing: run `npm run build` first');
  server = await startCspServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page with everything a violation or an error could leave behind collected: `securitypolicyviolation` events
 * (the listener comes from an init script, which DevTools injects before any of the page's own and CSP does not
 * govern), console errors and warnings, uncaught errors.
 */
async function openStrictPage() {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        disposition: event.disposition,
      });
    });
  });
  /** @type {string[]} */
  const console = [];
  /** @type {string[]} */
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const { url, lineNumber, columnNumber } = message.location();
    console.push(`${message.type()}: ${message.text()} (${url}:${lineNumber}:${columnNumber})`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  const response = await page.goto(server.url);
  return { context, page, response, console, pageErrors, violations: () => page.evaluate(() => window.__violations) };
}

test('the control: the test page really enforces the policy, and a violation is recorded', async () => {
  const { context, page, response, violations } = await openStrictPage();
  try {
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    const blocked = await page.evaluate(() => {
      const outcome = {};
      try {
        document.createElement('div').innerHTML = '<b>markup from a string</b>';
        outcome.innerHTML = 'allowed';
      } catch (error) {
        outcome.innerHTML = error.name;
      }
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
      return outcome;
    });
    assert.equal(blocked.innerHTML, 'TypeError', 'Trusted Types refuse a string for innerHTML');
    const seen = await until(async () => {
      const list = await violations();
      const directives = new Set(list.map((violation) => violation.directive));
      return directives.has('require-trusted-types-for') && directives.has('style-src-elem') && list;
    }, { message: 'the listener records the Trusted Types and the inline style violations' });
    assert.ok(seen.length >= 2);
  } finally {
    await context.close();
  }
});

test('a full order by keyboard and every standalone element cause zero CSP violations and no console errors', { timeout: 120_000 }, async () => {
  const { context, page, console, pageErrors, violations } = await openStrictPage();
  try {
    // The wizard, with the built-in catalog, from the first step to the live status of the placed order.
    await stepHeading(page, 'Choose the service').waitFor();
    await chooseService(page, 'PostgreSQL', '17');
    await goOn(page, 'Choose the node type and size');
    await chooseSize(page, 'S');
    await goOn(page, 'Choose the storage size');
    await typeInto(page, page.getByRole('textbox', { name: 'Storage in GB' }), '120');
    await page.getByRole('complementary', { name: 'Monthly price' }).getByText('Storage, 120 GB').waitFor();
    await goOn(page, 'Enable access');
    await addTrustedSource(page, '123.123.123.123/32');
    await goOn(page, 'Choose the region');
    await chooseRadio(page, page.getByRole('radiogroup', { name: 'Region' }), { name: 'Germany West (Cologne)' });
    await goOn(page, 'Choose the options');
    await goOn(page, 'Choose the invoice profile');
    await chooseRadio(page, page.getByRole('radiogroup', { name: 'Invoice profile' }), { name: 'Example GmbH, Köln' });
    await goOn(page, 'Check and place your order');
    const documents = await acceptDocuments(page);
    assert.equal(documents.length, 3, 'terms, data processing agreement and the databases service description');
    const { region: placed, orderId } = await placeOrder(page);
    assert.equal(orderId, 'ord-0123456789ab', 'the order number the host answered');
    // The confirmation's badge polls the host at once and again after its 5 s interval.
    await placed.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.__submitted), 1, 'one order-submit');
    assert.equal(await page.evaluate(() => window.__placed), 'ord-0123456789ab');

    // The standalone editor: a range typed with host bits, added with Enter, stored canonically.
    await typeInto(page, page.getByRole('textbox', { name: 'Office range to allow' }), '123.45.67.89/24');
    await page.keyboard.press('Enter');
    const officeRow = page.getByRole('textbox', { name: 'Office entry 1', exact: true });
    await officeRow.waitFor();
    assert.equal(await officeRow.inputValue(), '123.45.67.0/24');
    await page.getByText('123.45.67.89/24 was stored as 123.45.67.0/24').first().waitFor();
    assert.deepEqual(await page.evaluate(() => window.__editorValue), ['123.45.67.0/24']);

    // The standalone picker: a size picked with the arrow keys.
    const sizes = page.getByRole('radiogroup', { name: 'Standby size', exact: true });
    await chooseRadio(page, sizes, { name: /^M 4 vCPU/ });
    assert.equal(await page.evaluate(() => window.__pickerValue), 'gp-m');

    // The standalone badge goes live: the host starts tracking, the badge polls and announces each status.
    await activate(page, page.getByRole('button', { name: 'Track order ord-standalone01' }));
    const badge = page.locator('#badge');
    await badge.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__badgeStatuses), ['provisioning', 'ready']);

    // Violation events are queued tasks: let any late one arrive before counting.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    const found = await violations();
    assert.deepEqual(found, [], `CSP violations:\n${JSON.stringify(found, null, 2)}`);
    assert.deepEqual(console, [], 'no console errors or warnings');
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
    const unexpected = server.requests.filter((request) => request.status !== 200 && request.status !== 204);
    assert.deepEqual(unexpected, [], 'the widgets load nothing but the one bundle');
  } finally {
    await context.close();
  }
});
