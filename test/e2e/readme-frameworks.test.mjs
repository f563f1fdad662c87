// The README's Vue 3 and Angular blocks, run as an integrator runs them: read from README.md at test time (a changed
// README changes what runs), built into an app by the framework's own tooling against the built package
// (support/framework-apps.mjs), served on 127.0.0.1 with `/api/*` proxied to the real demo backend, and driven by
// keyboard in headless Chromium from the first step to a placed order.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, listOrders, openPage, startDemo, tempDataDir } from './support/demo.mjs';
import { buildAngularApp, buildVueApp } from './support/framework-apps.mjs';
import { fillQuickWizard, placeOrder, stepHeading } from './support/portal.mjs';
import { frameworkBlocks, startSnippetServer } from './support/readme-snippets.mjs';

const DEFINE_FILE = fileURLToPath(new URL('../../dist/define.js', import.meta.url));
const { vueConfig, vue, angular } = frameworkBlocks();
/** The invoice profile both snippets pass as `billingProfiles`. */
const PROFILE = { id: 'bp-1001', label: 'Example GmbH, Köln' };
/** A hang guard: the build and an order typed key by key, on a busy 2-core machine. */
const TIMEOUT_MS = 240_000;

let out;
let data;
let demo;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(DEFINE_FILE), 'dist/define.js is missing: run `npm run build` first');
  out = await mkdtemp(join(tmpdir(), 'order-widgets-apps-'));
  data = await tempDataDir();
  demo = await startDemo({ dataDir: data.dataDir });
  server = await startSnippetServer({ apiUrl: demo.url, files: { '/vue/': join(out, 'vue'), '/angular/': join(out, 'angular') } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await demo?.stop();
  await data?.remove();
  if (out) await rm(out, { recursive: true, force: true });
});

/**
 * Opens the built app at `path` and places an order in its wizard by keyboard. Every console error and warning (a
 * Vue or Angular warning among them) and every uncaught error fails the test.
 * @param {string} path
 */
async function orderInApp(path) {
  const { context, page, errors } = await openPage(browser);
  /** @type {string[]} */
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  try {
    const ordersBefore = await listOrders(demo.url, page.context());
    const requestsBefore = server.requests.length;
    await page.goto(new URL(path, server.url).href);
    await stepHeading(page, 'Choose the version of PostgreSQL').waitFor();
    // The framework's warnings come with the first render (Vue's "Failed to resolve component" among them).
    assert.deepEqual(messages, [], 'no console errors or warnings on the first render');

    // The framework rendered the tag, and the browser upgraded it: the package's element, not a framework component.
    const wizard = await page.evaluate(() => {
      const element = document.querySelector('order-wizard');
      return {
        upgraded: element instanceof customElements.get('order-wizard'),
        billingProfiles: element.billingProfiles,
        attributes: element.getAttributeNames(),
      };
    });
    assert.equal(wizard.upgraded, true, '<order-wizard> is the registered custom element');
    // Set as a property: the array itself, not an attribute with "[object Object]".
    assert.deepEqual(wizard.billingProfiles, [PROFILE]);
    assert.ok(!wizard.attributes.some((name) => name.toLowerCase() === 'billingprofiles'), `attributes: ${wizard.attributes}`);

    // The wizard offers the profile on its invoice step; the snippet's order-submit listener places the order.
    await fillQuickWizard(page, { trustedSource: '123.123.123.123/32', invoiceProfile: PROFILE.label });
    const { orderId } = await placeOrder(page);

    const orders = await listOrders(demo.url, page.context());
    assert.equal(orders.length, ordersBefore.length + 1, 'exactly one new order');
    assert.ok(orders.some((order) => (order.id ?? order.orderId) === orderId), `the demo backend stored ${orderId}`);
    const posts = server.requests.slice(requestsBefore).filter((request) => request.method === 'POST' && request.path === '/api/orders');
    assert.deepEqual(posts.map((request) => request.status), [201], 'one POST /api/orders, answered 201 by the demo');

    // The snippet's order-placed listener set the component's orderId, and its template shows it beside the wizard.
    const paragraph = page.getByText(`Order ${orderId} placed.`, { exact: true });
    await paragraph.waitFor();
    assert.equal(await paragraph.evaluate((element) => element.getRootNode() === document), true, 'in the host page, not the wizard');

    assert.deepEqual(errors, [], 'no uncaught errors');
    assert.deepEqual(messages, [], 'no console errors or warnings');
  } finally {
    await context.close();
  }
}

// Each app is built in its test (once): a build that fails, as ngtsc does without CUSTOM_ELEMENTS_SCHEMA, is then that
// test's failure with the tool's own message, not a hook's.
test('Vue 3: the README’s vite.config.js and component, built by Vite: a real <order-wizard>, billingProfiles as a property, an order by keyboard through @order-submit, shown through @order-placed', { timeout: TIMEOUT_MS }, async () => {
  await buildVueApp({ config: vueConfig.code, component: vue.code, outDir: join(out, 'vue'), base: '/vue/' });
  await orderInApp('/vue/');
});

test('Angular: the README’s component, compiled ahead of time and bootstrapped: a real <order-wizard>, [billingProfiles] as a property, an order by keyboard through (order-submit), shown through (order-placed)', { timeout: TIMEOUT_MS }, async () => {
  await buildAngularApp({ component: angular.code, outDir: join(out, 'angular'), base: '/angular/' });
  await orderInApp('/angular/');
});
