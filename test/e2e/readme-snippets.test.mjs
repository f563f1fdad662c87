// The README's snippets are real: each block is read from README.md at test time (found by its language and a line
// inside it, so a changed README changes what runs here) and run as an integrator would run it: the HTML ones
// verbatim on a page with the built CDN file in headless Chromium, against the real demo backend; the server-side one
// in Node; the React one compared with test/react/order-page.tsx, which test/node/packaging.test.mjs bundles and drives;
// the Vue 3 and Angular ones built into apps and driven by test/e2e/readme-frameworks.test.mjs.
import { validOrderFor } from '../support/orders.mjs';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listOrders, openPage, startDemo, tempDataDir, launchBrowser } from './support/demo.mjs';
import { STRICT_CSP } from './support/csp-server.mjs';
import { fillQuickWizard, placeOrder, stepHeading, until } from './support/portal.mjs';
import { build as esbuild } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerProject } from '../../scripts/pack.mjs';
import { CDN_FILE, DEFINE_IMPORT, frameworkBlocks, pageFor, readmeBlock, readmeBlocks, startSnippetServer } from './support/readme-snippets.mjs';

const root = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Each snippet, found by its language and lines the README's text around it promises.
const MINIMAL = readmeBlock('html', '<order-wizard service="postgresql"></order-wizard>', DEFINE_IMPORT, "fetch('/api/orders'");
const SERVER = readmeBlock('js', "from 'order-widgets/schema'", 'validateOrder(builtInCatalog, body');
const CDN = readmeBlock('html', 'cdn.jsdelivr.net/npm/order-widgets@', '<order-wizard');
const EDITOR = readmeBlock('html', '<trusted-sources-editor');
const PICKER = readmeBlock('html', '<node-size-picker', 'picker.sizes');
const BADGE = readmeBlock('html', '<order-status-badge', 'fetchStatus');
const REACT = readmeBlock('tsx', "from 'order-widgets/react'", 'export function OrderPage');
// Type-checked, with the other TypeScript snippets, by test/node/consumer-types.test.mjs.
const TYPESCRIPT = readmeBlock('ts', 'satisfies OrderSubmitRejection', "document.addEventListener('order-submit'");
const REACT_TAGS = readmeBlock('tsx', "import type {} from 'order-widgets/jsx';", 'onorder-submit');
const { vueConfig: VUE_CONFIG, vue: VUE, angular: ANGULAR } = frameworkBlocks();
const VSCODE = readmeBlock('json', '"json.schemas"');
const EDITOR_DATA = readmeBlock('json', '"html.customData"', '"css.customData"');
const CATALOG_ERRORS = readmeBlock('text', 'The catalog has');
const LOCALIZED_CATALOG = readmeBlock('json', '"defaultLocale": "en"', '"de": "https://');
const OPTION = readmeBlock('json', '"id": "high-availability"');
const PRICING = readmeBlock('json', '"pricing"', '"ratePercent"');
const CSP = readmeBlock('text', 'Content-Security-Policy:');
const RESERVE = readmeBlock('css', 'order-wizard { display: block;');
// Run by test/node/server-readme.test.mjs.
const SERVER_INTAKE = readmeBlock('js', "from 'order-widgets/server'", 'toNodeHandler(intake)');
const ONE_ELEMENT = readmeBlock('js', "import 'order-widgets/order-status-badge/define';", "from 'order-widgets/order-status-badge'");

/** The stub answer for the badge snippet's `fetch('/api/orders/o-1234')`, released by the test. */
let releaseBadgeAnswer;
const badgeAnswer = new Promise((resolve) => (releaseBadgeAnswer = resolve));
let badgeAsked = 0;
const BADGE_READY = { status: 'ready', message: 'Your database is ready.', updatedAt: '2026-01-02T03:04:05.000Z' };

let data;
let demo;
let server;
let browser;
/** The one-element block, bundled by esbuild in a project that installed the packed package: `{ dir, inputs }`. */
let oneElement;

async function bundleOneElement() {
  const project = consumerProject('readme-one-element', { 'main.js': `${ONE_ELEMENT.code}\n` });
  const dir = mkdtempSync(join(tmpdir(), 'order-widgets-one-element-'));
  const result = await esbuild({
    absWorkingDir: project,
    entryPoints: ['main.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, 'main.js'),
    metafile: true,
    logLevel: 'error',
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One element</title><script type="module" src="main.js"></script></head>
<body><order-status-badge order-id="o-1" status="provisioning"></order-status-badge><acme-order-status order-id="o-2" status="ready"></acme-order-status></body></html>`;
  writeFileSync(join(dir, 'index.html'), html);
  return { dir, inputs: Object.keys(result.metafile.inputs) };
}

before(async () => {
  assert.ok(existsSync(CDN_FILE), 'dist/cdn/order-widgets.js is missing: run `npm run build` first');
  data = await tempDataDir();
  demo = await startDemo({ dataDir: data.dataDir });
  oneElement = await bundleOneElement();
  server = await startSnippetServer({
    apiUrl: demo.url,
    files: { '/one-element/': oneElement.dir },
    pages: {
      '/minimal.html': pageFor(MINIMAL.code, { title: 'The minimal integration' }),
      '/editor.html': pageFor(EDITOR.code, { title: 'trusted-sources-editor' }),
      '/picker.html': pageFor(PICKER.code, { title: 'node-size-picker' }),
      '/badge.html': pageFor(BADGE.code, { title: 'order-status-badge' }),
      // The CDN snippet as it is; Chromium is handed the local build when it asks jsdelivr (see below).
      '/cdn.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>CDN</title></head><body>\n${CDN.code}\n</body></html>`,
    },
    stubs: {
      '/api/orders/o-1234': async () => {
        badgeAsked += 1;
        return { status: 200, body: await badgeAnswer };
      },
    },
  });
  browser = await launchBrowser();
});

after(() => {
  if (oneElement) rmSync(oneElement.dir, { recursive: true, force: true });
});

after(async () => {
  releaseBadgeAnswer?.(BADGE_READY);
  await browser?.close();
  await server?.close();
  await demo?.stop();
  await data?.remove();
});

/** A page of the snippet server, with console errors and uncaught errors collected (both must stay empty). */
async function openSnippet(path) {
  const { context, page, errors } = await openPage(browser);
  /** @type {string[]} */
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.goto(new URL(path, server.url).href);
  const clean = () => {
    assert.deepEqual(errors, [], 'no uncaught errors');
    assert.deepEqual(consoleErrors, [], 'no console errors');
  };
  return { context, page, clean };
}

describe('the minimal integration (html)', () => {
  test('verbatim, with `order-widgets/define` resolved to the CDN file: an order by keyboard is stored by the demo backend', { timeout: 120_000 }, async () => {
    const { context, page, clean } = await openSnippet('/minimal.html');
    try {
      const before = await listOrders(demo.url, context);
      // service="postgresql" preselects the service; the version is the customer's to pick. The invoice profile is
      // the snippet's `wizard.billingProfiles`.
      await fillQuickWizard(page, { trustedSource: '123.123.123.123/32', invoiceProfile: 'Example GmbH, Köln' });
      const { region, orderId } = await placeOrder(page);

      // The order id the wizard shows is the one the demo backend stored (through the snippet's fetch, proxied).
      const orders = await listOrders(demo.url, context);
      assert.equal(orders.length, before.length + 1, 'exactly one new order');
      const stored = orders.find((order) => (order.id ?? order.orderId) === orderId);
      assert.ok(stored, `GET /api/orders lists ${orderId}: ${JSON.stringify(orders)}`);
      const posts = server.requests.filter((request) => request.method === 'POST' && request.path === '/api/orders');
      assert.deepEqual(posts.map((request) => request.status), [201], 'one POST /api/orders, answered 201 by the demo');

      // The snippet's `wizard.fetchStatus`: the confirmation's badge follows the demo's status to ready.
      await region.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 30_000 });
      assert.ok(server.requests.some((request) => request.path === `/api/orders/${orderId}` && request.status === 200), 'the badge polled the order');
      clean();
    } finally {
      await context.close();
    }
  });
});

const schema = await import('order-widgets/schema');

describe('validating on the server (js)', () => {
  const { builtInCatalog } = schema;

  /**
   * The snippet as the body of an async function of `body`, `customer` and `reply`, its import line replaced by the
   * names it imports from the package's own `order-widgets/schema` entry.
   */
  function snippetAsFunction() {
    const lines = SERVER.code.split('\n');
    const importLine = lines.find((line) => line.startsWith('import '));
    const parsed = /^import \{([^}]+)\} from '([^']+)';$/.exec(importLine ?? '');
    assert.ok(parsed, `the snippet starts with one named import: ${importLine}`);
    assert.equal(parsed[2], 'order-widgets/schema');
    const names = parsed[1].split(',').map((name) => name.trim()).filter(Boolean);
    for (const name of names) assert.ok(name in schema, `order-widgets/schema exports ${name}`);
    const body = lines.filter((line) => line !== importLine).join('\n');
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const run = new AsyncFunction(...names, 'body', 'customer', 'reply', body);
    return (body_, customer, reply) => run(...names.map((name) => schema[name]), body_, customer, reply);
  }

  /** A valid order of the built-in PostgreSQL service, with a padded label to show the normalisation. */
  const validOrder = () =>
    validOrderFor(builtInCatalog.services.find((each) => each.id === 'postgresql'), {
      trustedSources: [{ cidr: '123.123.123.123/32', label: '  Office  ' }, { cidr: '222.222.222.128/28' }],
    });


  const customer = { billingProfiles: [{ id: 'bp-1' }] };

  async function run(body) {
    const calls = [];
    const returned = await snippetAsFunction()(body, customer, (...args) => {
      calls.push(args);
      return 'replied';
    });
    return { calls, returned };
  }

  test('a valid order passes: no reply', async () => {
    const { calls, returned } = await run(validOrder());
    assert.deepEqual(calls, []);
    assert.equal(returned, undefined);
  });

  test('an invalid order gets reply(422, { message, fieldErrors }) with each issue at its path', async () => {
    const { calls, returned } = await run({ ...validOrder(), storageGb: 49, trustedSources: [] });
    assert.equal(calls.length, 1);
    assert.equal(returned, 'replied', 'the snippet returns what reply returns');
    const [[status, answer]] = calls;
    assert.equal(status, 422);
    assert.equal(answer.message, 'Please check the order.');
    assert.deepEqual(answer.fieldErrors.map((issue) => issue.path).sort(), ['storageGb', 'trustedSources']);
    for (const issue of answer.fieldErrors) {
      assert.equal(typeof issue.code, 'string');
      assert.equal(issue.message, schema.describeIssue(issue), 'in English: this customer has no locale');
    }
  });

  test("the field errors speak the customer's language: German once order-widgets/translations/de is imported", async () => {
    await import('order-widgets/translations/de');
    const calls = [];
    await snippetAsFunction()({ ...validOrder(), storageGb: 49 }, { ...customer, locale: 'de' }, (...args) => calls.push(args));
    assert.deepEqual(calls[0][1].fieldErrors.map(({ path, code, message }) => [path, code, message]), [
      ['storageGb', 'storage-below-minimum', 'Wählen Sie mindestens 50 GB Speicher.'],
    ]);
  });

  test('the comment below the snippet: result.order is trimmed, and its CIDRs are canonical (others are refused)', () => {
    const result = schema.validateOrder(builtInCatalog, validOrder(), customer);
    assert.equal(result.ok, true);
    assert.deepEqual(result.order.trustedSources, [{ cidr: '123.123.123.123/32', label: 'Office' }, { cidr: '222.222.222.128/28' }]);
    assert.equal(result.order.idempotencyKey, validOrder().idempotencyKey);
    // A CIDR is not rewritten to its canonical form on the server: the wizard sends canonical ones; others are refused.
    const loose = schema.validateOrder(builtInCatalog, { ...validOrder(), trustedSources: [{ cidr: '222.222.222.130/28' }] }, customer);
    assert.deepEqual(loose.issues?.map((issue) => [issue.path, issue.code]), [['trustedSources[0]', 'trusted-source-not-canonical']]);
  });

  test("customer.billingProfiles is used: a profile the customer does not have is refused", async () => {
    const { calls } = await run({ ...validOrder(), billingProfile: { id: 'bp-someone-else' } });
    assert.equal(calls.length, 1);
    assert.equal(calls[0][0], 422);
    assert.deepEqual(calls[0][1].fieldErrors.map((issue) => issue.path), ['billingProfile.id']);
  });
});

describe('the elements (html)', () => {
  test('<trusted-sources-editor> in a form shows the two sources and gives FormData one entry per CIDR', async () => {
    const { context, page, clean } = await openSnippet('/editor.html');
    try {
      const rows = page.getByRole('textbox', { name: /^Address, row \d+$/ });
      await rows.nth(1).waitFor();
      assert.deepEqual(await rows.evaluateAll((inputs) => inputs.map((input) => input.value)), ['123.123.123.123/32', '222.222.222.128/28']);
      const entries = await page.evaluate(() => [...new FormData(document.querySelector('form')).entries()]);
      assert.deepEqual(entries, [['sources', '123.123.123.123/32'], ['sources', '222.222.222.128/28']]);
      assert.equal(await page.evaluate(() => document.querySelector('trusted-sources-editor').checkValidity()), true);
      clean();
    } finally {
      await context.close();
    }
  });

  test('<trusted-sources-editor> in a form: back to the page after leaving it, every row is as typed, with its label and the unadded address', async () => {
    const { context, page, clean } = await openSnippet('/editor.html');
    try {
      const rows = page.getByRole('textbox', { name: /^Address, row \d+$/ });
      await rows.nth(1).waitFor();
      // A typo in row 1 (committed: its error shows), a label on row 2, an address typed but not added.
      await rows.nth(0).fill('123.123.123.1234');
      await rows.nth(0).press('Tab');
      await page.getByRole('textbox', { name: /^Label, row 2$/ }).fill('Office VPN');
      await page.getByRole('textbox', { name: 'New address or range' }).fill('198.51.100.0/24');
      // Leave for another page of the site (a real navigation: the first page is not kept alive in the back/forward
      // cache, its pages being no-store) and come back with the browser's Back.
      await page.goto(new URL('/picker.html', server.url).href);
      await page.goBack();
      const navigation = await page.evaluate(() => performance.getEntriesByType('navigation')[0].type);
      assert.equal(navigation, 'back_forward');
      // The browser hands the editor its saved state as the element upgrades, before its first render.
      await rows.first().waitFor();
      assert.deepEqual(await rows.evaluateAll((inputs) => inputs.map((input) => input.value)), ['123.123.123.1234', '222.222.222.128/28']);
      assert.equal(await page.getByRole('textbox', { name: /^Label, row 2$/ }).inputValue(), 'Office VPN');
      assert.equal(await page.getByRole('textbox', { name: 'New address or range' }).inputValue(), '198.51.100.0/24');
      // The typo's error shows again, as it did when the customer left.
      assert.match(await page.locator('trusted-sources-editor').evaluate((el) => el.shadowRoot.textContent), /“1234” is too large/);
      assert.equal(await page.evaluate(() => document.querySelector('trusted-sources-editor').checkValidity()), false);
      const entries = await page.evaluate(() => [...new FormData(document.querySelector('form')).entries()]);
      assert.deepEqual(entries, [['sources', '222.222.222.128/28']]);
      clean();
    } finally {
      await context.close();
    }
  });

  test('<node-size-picker> with its script shows the node type and the size with its price', async () => {
    const { context, page, clean } = await openSnippet('/picker.html');
    try {
      const types = page.getByRole('radiogroup', { name: 'Node type', exact: true });
      await types.getByRole('radio', { name: /General purpose/ }).waitFor();
      const size = page.getByRole('radiogroup', { name: 'Node size', exact: true }).getByRole('radio');
      assert.equal(await size.count(), 1);
      const text = (await size.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /2 vCPU/);
      assert.match(text, /4 GiB/);
      assert.match(text, /€79\.00|79\.00 €/);
      assert.notEqual(await size.getAttribute('aria-disabled'), 'true', 'offered in de-west-1 (no regions given)');
      // Required and nothing picked yet: the form control says so; the user's pick is the value.
      assert.equal(await page.evaluate(() => document.querySelector('node-size-picker').checkValidity()), false);
      await size.click();
      assert.equal(await page.evaluate(() => document.querySelector('node-size-picker').value), 'gp-s');
      clean();
    } finally {
      await context.close();
    }
  });

  test('<order-status-badge> shows its status as text, then what its fetchStatus answers', async () => {
    const { context, page, clean } = await openSnippet('/badge.html');
    try {
      const status = page.getByRole('status');
      await status.filter({ hasText: 'Provisioning' }).waitFor();
      await status.filter({ hasText: 'o-1234' }).waitFor();
      // The snippet's fetchStatus asks /api/orders/o-1234 at once; the stub holds the answer until now.
      await until(() => badgeAsked > 0, { message: 'the badge asks /api/orders/o-1234' });
      releaseBadgeAnswer(BADGE_READY);
      await status.filter({ hasText: 'Ready' }).waitFor();
      await status.filter({ hasText: BADGE_READY.message }).waitFor();
      assert.ok(server.requests.some((request) => request.path === '/api/orders/o-1234' && request.status === 200), 'fetched /api/orders/o-1234');
      clean();
    } finally {
      await context.close();
    }
  });

  test('the CDN snippet: the pinned jsdelivr URL is this version, and the file there registers <order-wizard>', async () => {
    const version = JSON.parse(readFileSync(root('package.json'), 'utf8')).version;
    const src = /<script type="module" src="([^"]+)"><\/script>/.exec(CDN.code)?.[1];
    assert.equal(src, `https://cdn.jsdelivr.net/npm/order-widgets@${version}/dist/cdn/order-widgets.js`);
    const { context, page } = await openPage(browser);
    try {
      // No network in the tests: jsdelivr's answer is the file `npm run build` wrote (the path it has in the package).
      // The files beside it too: the page gives no catalog, so the wizard loads the example catalog from there.
      const beside = (url) => fileURLToPath(new URL(new URL(url).pathname.split('/').pop(), pathToFileURL(CDN_FILE)));
      await page.route(src.replace(/order-widgets\.js$/, '*.js'), (route) =>
        route.fulfill({ path: beside(route.request().url()), contentType: 'text/javascript; charset=utf-8' }));
      await page.goto(new URL('/cdn.html', server.url).href);
      await stepHeading(page, 'Choose the version of PostgreSQL').waitFor();
      assert.equal(await page.evaluate(() => customElements.get('order-wizard') !== undefined), true);
    } finally {
      await context.close();
    }
  });
});

describe('one element at a time (js)', () => {
  test('bundled from the packed package, it ships the badge alone and registers it under both tags', async () => {
    // Not one module of the other three elements, their rules or zod is in the bundle.
    const foreign = oneElement.inputs.filter((input) => /order-wizard|trusted-sources|node-size-picker|wizard-|\/zod\/|catalog/.test(input));
    assert.deepEqual(foreign, []);
    assert.ok(oneElement.inputs.some((input) => input.endsWith('dist/elements/order-status-badge/define.js')));
    const { context, page, clean } = await openSnippet('/one-element/');
    try {
      await page.locator('acme-order-status').getByText('Ready').waitFor();
      await page.locator('order-status-badge').getByText('Provisioning').waitFor();
      const defined = await page.evaluate(() =>
        ['order-status-badge', 'acme-order-status', 'order-wizard', 'trusted-sources-editor', 'node-size-picker'].map((tag) => customElements.get(tag) !== undefined),
      );
      assert.deepEqual(defined, [true, true, false, false, false]);
      clean();
    } finally {
      await context.close();
    }
  });
});

describe('the other blocks', () => {
  test('React: the README example is test/react/order-page.tsx, which test/node/packaging.test.mjs bundles and drives', () => {
    const normalise = (code) => code.replace(/\s+/g, ' ').trim();
    // The file's own header comment is the only difference.
    const file = readFileSync(root('test/react/order-page.tsx'), 'utf8').replace(/^(\/\/.*\n)+/, '');
    assert.equal(normalise(REACT.code), normalise(file));
  });

  test('React 19 with the tags themselves: the README example is the fixture test/node/jsx-types.test.mjs compiles', () => {
    const normalise = (code) => code.replace(/\s+/g, ' ').trim();
    const file = readFileSync(root('test/node/fixtures/jsx-types/readme.tsx'), 'utf8').replace(/^(\/\/.*\n)+/, '');
    assert.equal(normalise(REACT_TAGS.code), normalise(file));
  });

  test('VS Code editor data: valid JSON, and the files it points to are built and published', () => {
    const settings = JSON.parse(EDITOR_DATA.code);
    const paths = [...settings['html.customData'], ...settings['css.customData']];
    assert.deepEqual(paths, ['./node_modules/order-widgets/dist/vscode.html-custom-data.json', './node_modules/order-widgets/dist/vscode.css-custom-data.json']);
    for (const path of paths) assert.ok(existsSync(root(path.replace('./node_modules/order-widgets/', ''))), `${path} is built`);
    const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8'));
    assert.ok(pkg.files.includes('dist'), 'published with the package');
  });

  test('VS Code settings: valid JSON, and the schema it points to is built and exported', () => {
    const settings = JSON.parse(VSCODE.code);
    const [{ url }] = settings['json.schemas'];
    assert.equal(url, './node_modules/order-widgets/dist/catalog.schema.json');
    assert.ok(existsSync(root('dist/catalog.schema.json')), 'dist/catalog.schema.json is built');
    const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8'));
    assert.equal(pkg.exports['./catalog.schema.json'], './dist/catalog.schema.json');
    assert.ok(pkg.files.includes('dist'), 'published with the package');
  });

  test('the catalog errors shown are what parseCatalog and formatCatalogIssues give for those three problems', async () => {
    const { builtInCatalogInput, parseCatalog, formatCatalogIssues } = schema;
    const input = structuredClone(builtInCatalogInput);
    input.services.splice(1, 0, structuredClone(input.services[0]));
    input.services[0].sizes[0].nodeType = 'nope';
    input.documents[0].url = 'http://user:secret@example.com/terms.pdf';
    const result = parseCatalog(input);
    assert.equal(result.ok, false);
    assert.equal(formatCatalogIssues(result.issues), CATALOG_ERRORS.code);
  });

  test('the catalog in several languages: its documents, in the built-in catalog, parse and show per locale', () => {
    const { builtInCatalogInput, parseCatalog, catalogInLocale } = schema;
    const fragment = JSON.parse(LOCALIZED_CATALOG.code);
    const result = parseCatalog({ ...structuredClone(builtInCatalogInput), ...fragment });
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    const terms = (locale) => catalogInLocale(result.catalog, locale).documents[0];
    assert.deepEqual([terms('de-AT').title, terms('de-AT').url], ['Allgemeine Geschäftsbedingungen', 'https://example.com/legal/de/agb-v3.pdf']);
    assert.deepEqual([terms('fr').title, terms('fr').url], ['General Terms and Conditions', 'https://example.com/legal/terms-v3.pdf']);
  });

  test("the option example is the built-in catalog's high availability, and it parses", () => {
    const { builtInCatalogInput, parseCatalog } = schema;
    const option = JSON.parse(OPTION.code);
    const builtIn = builtInCatalogInput.options.find((each) => each.id === option.id);
    for (const [key, value] of Object.entries(option)) {
      if (key !== 'label') assert.deepEqual(builtIn[key], value, key);
    }
    const input = structuredClone(builtInCatalogInput);
    input.options = input.options.map((each) => (each.id === option.id ? option : each));
    const result = parseCatalog(input);
    assert.equal(result.ok, true, JSON.stringify(result.issues));
  });

  test("the pricing example is the built-in catalog's, and it prices net with VAT added and per hour", () => {
    const { builtInCatalogInput, parseCatalog, priceOrder } = schema;
    const { pricing } = JSON.parse(PRICING.code);
    const result = parseCatalog({ ...structuredClone(builtInCatalogInput), pricing });
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    assert.deepEqual(result.catalog.pricing, { ...pricing, tax: { ...pricing.tax } });
    const price = priceOrder(result.catalog, { serviceId: 'keycloak', sizeId: 'gp-s', storageGb: 50 });
    assert.deepEqual([price.net, price.tax.amount, price.gross, price.hourly.gross], ['85.00', '16.15', '101.15', '0.1386']);
  });

  test('the space-reserving CSS is the one `npm run bench` measures (bench/reserve-space.css)', () => {
    const measured = readFileSync(root('bench/reserve-space.css'), 'utf8').replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();
    assert.equal(RESERVE.code.trim(), measured);
  });

  test('the CSP block is the policy test/e2e/csp.test.mjs enforces', () => {
    assert.equal(CSP.code, `Content-Security-Policy: ${STRICT_CSP}`);
  });

  test('every block of the README is one this file knows (a new snippet needs a test)', () => {
    const known = new Set(
      [
        MINIMAL, SERVER, CDN, EDITOR, PICKER, BADGE, TYPESCRIPT, REACT, REACT_TAGS, VUE_CONFIG, VUE, ANGULAR, VSCODE, EDITOR_DATA, CATALOG_ERRORS,
        LOCALIZED_CATALOG, OPTION, PRICING, CSP, RESERVE, ONE_ELEMENT, SERVER_INTAKE,
      ].map(
        (block) => block.line,
      ),
    );
    // The shell lines (`npm ci && npm start`, `npm install …`) are the commands the demo and CI themselves run.
    const unknown = readmeBlocks().filter((block) => !known.has(block.line) && block.lang !== 'sh');
    assert.deepEqual(unknown.map(({ lang, line }) => `\`\`\`${lang} at README.md:${line}`), []);
  });
});
