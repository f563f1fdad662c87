// The built package as integrators get it (needs `npm run build`): the self-registering CDN file on a plain HTML page,
// the catalog's JSON Schema, and `order-widgets/react` in a React page, in headless Chromium over 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { builtInCatalogInput, isHttpsUrl } from 'order-widgets/schema';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const TAGS = ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.txt': 'text/plain' };

const page = (body, script, lang = 'en') => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>order-widgets</title><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head>
  <body>${body}</body>
</html>`;

const PAGES = {
  // The README's partner-site page: one module script from the CDN, one tag.
  '/cdn.html': page('<order-wizard service="postgresql"></order-wizard>', '/cdn/order-widgets.js'),
  '/react.html': page('<div id="root"></div>', '/react/react-app.js'),
  // A German partner page: the CDN file speaks German without loading anything else.
  '/cdn-de.html': page('<order-wizard service="postgresql"></order-wizard>', '/cdn/order-widgets.js', 'de'),
  // An app's page bundled with code splitting, which imports no language: German comes on demand, English needs nothing.
  '/split-de.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/split/badge-page.js', 'de'),
  '/split-en.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/split/badge-page.js'),
};

let server;
let base;
let browser;
let reactBuild;
let splitBuild;

/** Serves the pages, dist/cdn under /cdn/, the bundled React page under /react/ and a stub order API (order ord-1, ready). */
async function startServer() {
  const posted = [];
  const files = { '/cdn/': join(dist, 'cdn'), '/react/': reactBuild, '/split/': splitBuild };
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    // A partner site's usual policy: scripts from its own origin only (no eval, no inline script).
    const headers = { 'Content-Security-Policy': "script-src 'self'", 'Cache-Control': 'no-store' };
    if (PAGES[pathname]) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGES[pathname]);
    if (pathname === '/api/orders/ord-1' && req.method === 'GET') {
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 'ready' }));
    }
    if (pathname === '/api/orders' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        posted.push(JSON.parse(body));
        res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ orderId: 'ord-1' }));
      });
      return undefined;
    }
    const prefix = Object.keys(files).find((candidate) => pathname.startsWith(candidate));
    const name = prefix && pathname.slice(prefix.length);
    if (name && /^[\w.-]+$/.test(name) && existsSync(join(files[prefix], name))) {
      return res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(join(files[prefix], name)));
    }
    return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  return posted;
}

/** A page that records console errors and warnings, page errors and the URLs it requested. */
async function open(path) {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(5000);
  const problems = [];
  const requests = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await tab.goto(base + path);
  return { tab, problems, requests };
}

/** The bare module names a built file imports, following its own chunks. */
function externalImports(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const names = new Set();
  for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    if (name.startsWith('.')) for (const inner of externalImports(join(file, '..', name), seen)) names.add(inner);
    else names.add(name);
  }
  return names;
}

let posted;
before(async () => {
  for (const file of ['cdn/order-widgets.js', 'react/index.js', 'catalog.schema.json']) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run npm run build first`);
  }
  // The React page, bundled the way an integrator's app build would: production mode, the package through its exports.
  reactBuild = mkdtempSync(join(tmpdir(), 'order-widgets-react-'));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: reactBuild,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      lib: { entry: join(root, 'test/react/react-app.jsx'), formats: ['es'], fileName: () => 'react-app.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  // A page of an app, bundled by Vite with code splitting: the page's chunk, and a chunk for each language.
  splitBuild = mkdtempSync(join(tmpdir(), 'order-widgets-split-'));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: splitBuild,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      lib: { entry: join(root, 'test/support/badge-page.js'), formats: ['es'], fileName: () => 'badge-page.js' },
    },
  });
  posted = await startServer();
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (reactBuild) rmSync(reactBuild, { recursive: true, force: true });
  if (splitBuild) rmSync(splitBuild, { recursive: true, force: true });
});

describe('the CDN file (dist/cdn/order-widgets.js)', () => {
  test('is one minified module, with the bundled packages’ licences beside it', () => {
    assert.deepEqual(readdirSync(join(dist, 'cdn')).sort(), ['order-widgets.js', 'order-widgets.js.LICENSE.txt']);
    const code = readFileSync(join(dist, 'cdn/order-widgets.js'), 'utf8');
    // Really minified (identifiers mangled, comments gone), not only whitespace-trimmed as `build.minify` leaves an ES library.
    // (Matches only, not the 200 KB file, in the failure messages.)
    assert.equal(/function (defineOrderWidgets|parseCatalog|validateOrder)\(|\/\*\*/.exec(code)?.[0], undefined);
    assert.equal(/^\/\*! order-widgets \S+ \| MIT \| .*order-widgets\.js\.LICENSE\.txt \*\//.test(code), true, 'banner');
    assert.equal(/Lit is in dev mode|process\.env/.exec(code)?.[0], undefined);
    const licences = readFileSync(join(dist, 'cdn/order-widgets.js.LICENSE.txt'), 'utf8');
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod']) {
      assert.match(licences, new RegExp(`^${name.replace('/', '\\/')}@\\d`, 'm'), name);
    }
  });

  test('registers the four tags on a plain HTML page without a bundler, and the wizard shows its first step', async () => {
    const { tab, problems, requests } = await open('/cdn.html');
    try {
      const heading = tab.locator('order-wizard #step-heading');
      await heading.waitFor();
      assert.equal(await heading.textContent(), 'Choose the service');
      const defined = await tab.evaluate((tags) => tags.map((tag) => typeof customElements.get(tag)), TAGS);
      assert.deepEqual(defined, ['function', 'function', 'function', 'function']);
      // One file: the page loads nothing but itself and the module (no chunks, no bare imports to resolve).
      assert.deepEqual(requests, ['/cdn.html', '/cdn/order-widgets.js']);
      // No console error or warning: Lit's dev-mode warning, a CSP violation (script-src 'self'), a failed import.
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  test('speaks German on a German page, from the same one file', async () => {
    const { tab, problems, requests } = await open('/cdn-de.html');
    try {
      const heading = tab.locator('order-wizard #step-heading');
      await heading.waitFor();
      assert.equal(await heading.textContent(), 'Wählen Sie den Dienst');
      assert.deepEqual(requests, ['/cdn-de.html', '/cdn/order-widgets.js']);
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });
});

describe('languages in an app bundled with code splitting', () => {
  const badgeText = (tab) => tab.evaluate(() => document.querySelector('order-status-badge').shadowRoot.textContent.replace(/\s+/g, ' ').trim());

  test('a German page loads German on demand, with no extra import by the host; an English page loads no language', async () => {
    const chunks = readdirSync(splitBuild).filter((file) => file !== 'badge-page.js');
    assert.equal(chunks.length, 1, `one chunk besides the page's: ${chunks.join(', ')}`);
    assert.match(readFileSync(join(splitBuild, chunks[0]), 'utf8'), /Wird bereitgestellt/);
    assert.doesNotMatch(readFileSync(join(splitBuild, 'badge-page.js'), 'utf8'), /Wird bereitgestellt/);

    const german = await open('/split-de.html');
    try {
      await german.tab.locator('order-status-badge').getByText('Wird bereitgestellt').waitFor();
      assert.equal(await badgeText(german.tab), 'Wird bereitgestellt Bestellung 7');
      assert.deepEqual(german.requests, ['/split-de.html', '/split/badge-page.js', `/split/${chunks[0]}`]);
      assert.deepEqual(german.problems, []);
    } finally {
      await german.tab.close();
    }

    const english = await open('/split-en.html');
    try {
      await english.tab.locator('order-status-badge').getByText('Provisioning').waitFor();
      assert.equal(await badgeText(english.tab), 'Provisioning Order 7');
      assert.deepEqual(english.requests, ['/split-en.html', '/split/badge-page.js']);
      assert.deepEqual(english.problems, []);
    } finally {
      await english.tab.close();
    }
  });
});

// ---- The catalog's JSON Schema ----

const catalogJsonSchema = () => JSON.parse(readFileSync(join(dist, 'catalog.schema.json'), 'utf8'));

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'format']);
const type = (value) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;

/**
 * Validates against the keywords the generated schema uses and refuses any other keyword, so a new construct in
 * zod's output fails here instead of being skipped. Returns the paths of the errors.
 */
function validate(schema, value, path = '') {
  const errors = [];
  const fail = (why) => errors.push(`${path || '/'}: ${why}`);
  for (const [keyword, expected] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type':
        if (!(type(value) === expected || (expected === 'number' && type(value) === 'integer'))) fail(`not ${expected}`);
        break;
      case 'const':
        if (value !== expected) fail(`not ${expected}`);
        break;
      case 'enum':
        if (!expected.includes(value)) fail('not one of the choices');
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(expected, 'u').test(value)) fail(`does not match ${expected}`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string' && (keyword === 'minLength' ? [...value].length < expected : [...value].length > expected)) fail(keyword);
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (keyword === 'minimum' ? value < expected : value > expected)) fail(keyword);
        break;
      case 'minItems':
      case 'maxItems':
        if (Array.isArray(value) && (keyword === 'minItems' ? value.length < expected : value.length > expected)) fail(keyword);
        break;
      case 'uniqueItems':
        if (expected && Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('duplicates');
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...validate(expected, item, `${path}/${i}`)));
        break;
      case 'required':
        if (type(value) === 'object') for (const key of expected) if (!Object.hasOwn(value, key)) fail(`missing ${key}`);
        break;
      case 'properties':
        if (type(value) === 'object') {
          for (const [key, sub] of Object.entries(expected)) {
            if (Object.hasOwn(value, key)) errors.push(...validate(sub, value[key], `${path}/${key}`));
          }
        }
        break;
      case 'additionalProperties':
        assert.equal(expected, false, 'only additionalProperties: false is supported here');
        if (type(value) === 'object') for (const key of Object.keys(value)) if (!Object.hasOwn(schema.properties ?? {}, key)) fail(`unknown key ${key}`);
        break;
      default:
        throw new Error(`validate() does not know the keyword ${keyword} (at ${path || '/'})`);
    }
  }
  return errors;
}

/** Every subschema with its JSON pointer. */
function* subschemas(schema, pointer = '') {
  yield [pointer, schema];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) yield* subschemas(sub, `${pointer}/properties/${key}`);
  if (schema.items) yield* subschemas(schema.items, `${pointer}/items`);
}

const catalogWith = (change) => {
  const catalog = structuredClone(builtInCatalogInput);
  change(catalog);
  return catalog;
};

describe('dist/catalog.schema.json', () => {
  test('is a draft 2020-12 schema with an $id and a title that names the rules it cannot express', () => {
    const schema = catalogJsonSchema();
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/catalog\.schema\.json$/);
    assert.equal(schema.title, 'order-widgets catalog');
    for (const rule of [/unique/, /nodeType/, /offered in at least one region/, /stepGb/, /decimals/]) assert.match(schema.description, rule);
    assert.deepEqual(schema.required, ['currency', 'storage', 'services', 'regions']);
  });

  test('closes every object: an unknown key anywhere is an error, as in parseCatalog', () => {
    const objects = [...subschemas(catalogJsonSchema())].filter(([, sub]) => sub.type === 'object');
    assert.ok(objects.length >= 10);
    for (const [pointer, sub] of objects) assert.equal(sub.additionalProperties, false, pointer || '/');
  });

  test('accepts the built-in catalog', () => {
    assert.deepEqual(validate(catalogJsonSchema(), builtInCatalogInput), []);
  });

  test('refuses what parseCatalog refuses on the field itself', () => {
    const schema = catalogJsonSchema();
    const rows = [
      ['an unknown key', (c) => (c.colour = 'blue'), '/: unknown key colour'],
      ['an unknown key in a size', (c) => (c.services[0].sizes[0].gpu = 1), '/services/0/sizes/0: unknown key gpu'],
      ['a javascript: URL', (c) => (c.documents[0].url = 'javascript:alert(1)'), '/documents/0/url: does not match'],
      ['an http: URL', (c) => (c.documents[0].url = 'http://example.com/terms.pdf'), '/documents/0/url: does not match'],
      ['a URL with a user name', (c) => (c.documents[0].url = 'https://user@example.com/terms.pdf'), '/documents/0/url: does not match'],
      ['a blank label', (c) => (c.regions[0].label = '   '), '/regions/0/label: does not match'],
      ['a price as a number', (c) => (c.storage.pricePerGbMonth = 0.12), '/storage/pricePerGbMonth: not string'],
      ['a float price with an exponent', (c) => (c.storage.pricePerGbMonth = '1e3'), '/storage/pricePerGbMonth: does not match'],
      ['a version listed twice', (c) => c.services[0].versions.push(c.services[0].versions[0]), '/services/0/versions: duplicates'],
      ['no services', (c) => (c.services = []), '/services: minItems'],
      ['a missing currency', (c) => delete c.currency, '/: missing currency'],
    ];
    for (const [name, change, expected] of rows) {
      const errors = validate(schema, catalogWith(change));
      assert.ok(errors.some((error) => error.startsWith(expected)), `${name}: ${JSON.stringify(errors)}`);
    }
  });

  test('its URL pattern refuses every URL isHttpsUrl refuses on this table', () => {
    const pattern = new RegExp(catalogJsonSchema().properties.documents.items.properties.url.pattern, 'u');
    const table = [
      'https://example.com/terms.pdf', 'https://example.com', 'https://example.com:8443/a?b=c#d', 'https://[2001:db8::1]/x',
      'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://example.com', '//example.com/x', '/terms.pdf',
      'https:///path', 'https://user:pw@example.com/', 'https://@example.com', 'https://exa mple.com', 'https://example.com/a b',
      'https://example.com\\@evil.com', ' https://example.com', 'https://example.com/\n', 'https://a\tb.com',
    ];
    for (const url of table) {
      if (!isHttpsUrl(url)) assert.equal(pattern.test(url), false, url);
      else assert.equal(pattern.test(url), true, url);
    }
  });
});

// ---- order-widgets/react ----

describe('order-widgets/react', () => {
  test('resolves to dist/react/index.js with types, and leaves react and @lit/react to the app', () => {
    assert.equal(fileURLToPath(import.meta.resolve('order-widgets/react')), join(dist, 'react/index.js'));
    assert.ok(existsSync(join(dist, 'types/react/index.d.ts')));
    const imports = [...externalImports(join(dist, 'react/index.js'))].sort();
    assert.ok(imports.includes('react') && imports.includes('@lit/react'), imports.join(', '));
    for (const name of imports) assert.match(name, /^(react|@lit\/react|lit(\/.*)?|@lit\/context|zod\/mini)$/, name);
  });

  test('renders the README example: properties set, events through on… props, the badge live after order-placed', async () => {
    const { tab, problems } = await open('/react.html');
    try {
      const heading = tab.locator('order-wizard #step-heading');
      await heading.waitFor();
      assert.equal(await heading.textContent(), 'Choose the service');
      assert.equal(await tab.evaluate(() => document.querySelector('order-wizard').billingProfiles[0].id), 'bp-1001');

      // onOrderStepChange: the handler gets the CustomEvent (and, after the re-render, its new function does).
      const progress = tab.locator('p.progress');
      await tab.locator('order-wizard').getByRole('button', { name: 'Next' }).click();
      await progress.filter({ hasText: 'Step: size' }).waitFor();
      assert.equal(await heading.textContent(), 'Choose the node type and size');
      await tab.locator('order-wizard').getByRole('button', { name: 'Back' }).click();
      await progress.filter({ hasText: 'Step: service' }).waitFor();
      assert.deepEqual(await tab.evaluate(() => window.reactResults.stepChanges), [
        { from: 'service', to: 'size', cancelable: true },
        { from: 'size', to: 'service', cancelable: true },
      ]);

      // onOrderSubmit: respondWith(placeOrder(order)) posts the order and resolves to { orderId }.
      const answer = await tab.evaluate(
        () =>
          new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error('respondWith was not called')), 3000);
            const order = { idempotencyKey: 'k-1' };
            document.querySelector('order-wizard').dispatchEvent(
              new CustomEvent('order-submit', { detail: { order, idempotencyKey: 'k-1', respondWith: (promise) => promise.then(resolve, reject) } }),
            );
          }),
      );
      assert.deepEqual(answer, { orderId: 'ord-1' });
      assert.deepEqual(posted.at(-1), { idempotencyKey: 'k-1' });

      // onOrderPlaced: the page shows a live <order-status-badge>, which polls fetchStatus until the order is ready.
      await tab.evaluate(() =>
        document.querySelector('order-wizard').dispatchEvent(new CustomEvent('order-placed', { detail: { orderId: 'ord-1', order: {} } })),
      );
      await tab.locator('order-status-badge[status="ready"]').waitFor();
      const badge = await tab.evaluate(() => {
        const element = document.querySelector('order-status-badge');
        return {
          registered: element instanceof customElements.get('order-status-badge'),
          orderId: element.orderId,
          live: element.live,
          text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
      assert.equal(badge.registered, true);
      assert.equal(badge.orderId, 'ord-1');
      assert.equal(badge.live, true);
      assert.match(badge.text, /Ready/);

      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });
});
