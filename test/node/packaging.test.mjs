// The built package as integrators get it (needs `npm run build`): the self-registering CDN file on a plain HTML page
// and `order-widgets/react` in a React page, in headless Chromium over 127.0.0.1. The catalog's JSON Schema has its
// own file (catalog-json-schema.test.mjs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/browser.mjs';
import { builtInCatalogInput } from '../../dist/schema-entry.js';
import { buildTestApp, placedThroughWizard, submitThroughWizard } from '../support/test-app.mjs';

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
  // A partner page with its own catalog, as a real one has.
  '/cdn-catalog.html': page('<order-wizard service="postgresql" catalog-url="/catalog.json"></order-wizard>', '/cdn/order-widgets.js'),
  '/react.html': page('<div id="root"></div>', '/react/react-app.js'),
  // A page with a badge alone: the CDN file brings the other elements at once.
  '/cdn-badge.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/cdn/order-widgets.js'),
  // A German partner page: the CDN file speaks German without loading anything else.
  '/cdn-de.html': page('<order-wizard service="postgresql" catalog-url="/catalog.json"></order-wizard>', '/cdn/order-widgets.js', 'de'),
  // An app's page bundled with code splitting, which imports no language: German comes on demand, English needs nothing.
  '/split-de.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/split/badge-page.js', 'de'),
  '/split-en.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/split/badge-page.js'),
  '/split-pl.html': page('<order-status-badge status="provisioning" order-id="7"></order-status-badge>', '/split/badge-page.js', 'pl'),
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
    if (pathname === '/catalog.json') {
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(builtInCatalogInput));
    }
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
  for (const file of ['cdn/order-widgets.js', 'react/index.js']) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing: run npm run build first`);
  }
  // The React page, bundled the way an integrator's app build would: production mode, the package through its exports.
  reactBuild = await buildTestApp('test/react/react-app.jsx', { fileName: 'react-app.js' });
  // A page of an app, bundled by Vite with code splitting: the page's chunk, and a chunk for each language.
  splitBuild = await buildTestApp('test/support/badge-page.js', { fileName: 'badge-page.js', split: true });
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
  test('is one minified module with the example catalog inside, the other elements, a file per shipped language and the bundled packages’ licences beside it', () => {
    const languages = { de: 'Wählen Sie den Dienst', fr: 'Choisissez le service', nl: 'Kies de dienst', pl: 'Wybierz usługę' };
    const files = Object.keys(languages).map((code) => `order-widgets.${code}.js`);
    const beside = ['order-widgets.elements.js', 'order-widgets.js', 'order-widgets.js.LICENSE.txt'];
    assert.deepEqual(readdirSync(join(dist, 'cdn')).sort(), [...files, ...beside].sort());
    // The editor, the picker and the badge are beside the file a page names, which the wizard's first step needs alone;
    // they take what they share with it from that file, not from a third one.
    const elements = readFileSync(join(dist, 'cdn/order-widgets.elements.js'), 'utf8');
    const entry = readFileSync(join(dist, 'cdn/order-widgets.js'), 'utf8');
    for (const tag of ['trusted-sources-editor', 'node-size-picker', 'order-status-badge']) {
      assert.ok(elements.includes(`\`${tag}\``) || elements.includes(`'${tag}'`) || elements.includes(`"${tag}"`), `${tag} is not registered in order-widgets.elements.js`);
    }
    assert.equal(/\bformAssociated\b/.test(entry), false, 'a form-associated element (the picker or the editor) is inside the file a page names');
    assert.deepEqual([...elements.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map(([, name]) => name), ['./order-widgets.js']);
    // The example catalog is inside the file a page names (a wizard given none shows it without another request), not
    // in the other elements' file.
    assert.ok(entry.includes('example.com/legal'), 'the example catalog is not inside order-widgets.js');
    assert.equal(elements.includes('example.com/legal'), false, 'the example catalog is inside order-widgets.elements.js');
    for (const [code, words] of Object.entries(languages)) {
      const text = readFileSync(join(dist, `cdn/order-widgets.${code}.js`), 'utf8');
      assert.ok(text.includes(words), `order-widgets.${code}.js has no “${words}”`);
      for (const [other, otherWords] of Object.entries(languages)) if (other !== code) assert.ok(!text.includes(otherWords), `order-widgets.${code}.js holds ${other}`);
      assert.equal(/\bimport\s*["'{]|\bfrom\s*["']/.test(text), false, `order-widgets.${code}.js imports another file`);
    }
    const code = readFileSync(join(dist, 'cdn/order-widgets.js'), 'utf8');
    // Really minified (identifiers mangled, comments gone), not only whitespace-trimmed as `build.minify` leaves an ES library.
    // (Matches only, not the 200 KB file, in the failure messages.)
    assert.equal(/function (defineOrderWidgets|parseCatalog|validateOrder)\(|\/\*\*/.exec(code)?.[0], undefined);
    // V8's explicit compile hint first (a comment anywhere else), then the banner; the files loaded later have the banner alone.
    assert.equal(/^\/\/# allFunctionsCalledOnLoad\n\/\*! order-widgets \S+ \| MIT \| .*order-widgets\.js\.LICENSE\.txt \*\//.test(code), true, 'compile hint and banner');
    assert.equal(/^\/\*! order-widgets \S+ \| MIT \| /.test(elements), true, 'the banner of order-widgets.elements.js');
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
      assert.equal(await heading.textContent(), 'Choose the version of PostgreSQL');
      const defined = await tab.evaluate(async (tags) => {
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        return tags.map((tag) => typeof customElements.get(tag));
      }, TAGS);
      assert.deepEqual(defined, ['function', 'function', 'function', 'function']);
      // The module, no bare imports to resolve; given no catalog, the wizard shows the example catalog inside it, and
      // once it shows its first step, the page loads the other three elements.
      assert.deepEqual(requests, ['/cdn.html', '/cdn/order-widgets.js', '/cdn/order-widgets.elements.js']);
      // No console error or warning: Lit's dev-mode warning, a CSP violation (script-src 'self'), a failed import.
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  test('on an English page with its own catalog, loads the one file, the catalog, and then the other elements’ file', async () => {
    const { tab, problems, requests } = await open('/cdn-catalog.html');
    try {
      await tab.locator('order-wizard #step-heading').waitFor();
      assert.equal(await tab.locator('order-wizard #step-heading').textContent(), 'Choose the version of PostgreSQL');
      await tab.evaluate(() => customElements.whenDefined('order-status-badge'));
      assert.deepEqual(requests, ['/cdn-catalog.html', '/cdn/order-widgets.js', '/catalog.json', '/cdn/order-widgets.elements.js']);
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  test('speaks German on a German page, with German’s file beside it loaded on demand', async () => {
    const { tab, problems, requests } = await open('/cdn-de.html');
    try {
      const heading = tab.locator('order-wizard #step-heading');
      await heading.waitFor();
      assert.equal(await heading.textContent(), 'Wählen Sie die Version von PostgreSQL');
      await tab.evaluate(() => customElements.whenDefined('order-status-badge'));
      assert.deepEqual(requests, ['/cdn-de.html', '/cdn/order-widgets.js', '/cdn/order-widgets.de.js', '/catalog.json', '/cdn/order-widgets.elements.js']);
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  test('on a page with no wizard, brings the other elements at once: a badge alone shows its status', async () => {
    const { tab, problems, requests } = await open('/cdn-badge.html');
    try {
      await tab.locator('order-status-badge').getByText('Provisioning').waitFor();
      assert.deepEqual(requests, ['/cdn-badge.html', '/cdn/order-widgets.js', '/cdn/order-widgets.elements.js']);
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });
});

describe('languages in an app bundled with code splitting', () => {
  const badgeText = (tab) => tab.evaluate(() => document.querySelector('order-status-badge').shadowRoot.textContent.replace(/\s+/g, ' ').trim());

  test('a German or Polish page loads its language alone on demand, with no extra import by the host; an English page loads none', async () => {
    // One chunk per shipped language besides the page's, each with that language's words and no other's.
    const words = { de: 'Wird bereitgestellt', fr: 'Mise en service en cours', nl: 'Wordt ingericht', pl: 'W trakcie uruchamiania' };
    const chunks = readdirSync(splitBuild).filter((file) => file !== 'badge-page.js');
    const chunkOf = Object.fromEntries(Object.entries(words).map(([code, word]) => [
      code, chunks.filter((chunk) => readFileSync(join(splitBuild, chunk), 'utf8').includes(word)),
    ]));
    assert.deepEqual(Object.values(chunkOf).map((found) => found.length), [1, 1, 1, 1], `one chunk per language: ${chunks.join(', ')}`);
    assert.equal(chunks.length, 4, `no chunk but the languages' besides the page's: ${chunks.join(', ')}`);
    for (const word of Object.values(words)) assert.doesNotMatch(readFileSync(join(splitBuild, 'badge-page.js'), 'utf8'), new RegExp(word));

    const german = await open('/split-de.html');
    try {
      await german.tab.locator('order-status-badge').getByText('Wird bereitgestellt').waitFor();
      assert.equal(await badgeText(german.tab), 'Wird bereitgestellt Bestellung 7');
      assert.deepEqual(german.requests, ['/split-de.html', '/split/badge-page.js', `/split/${chunkOf.de[0]}`]);
      assert.deepEqual(german.problems, []);
    } finally {
      await german.tab.close();
    }

    const polish = await open('/split-pl.html');
    try {
      await polish.tab.locator('order-status-badge').getByText('W trakcie uruchamiania').waitFor();
      assert.equal(await badgeText(polish.tab), 'W trakcie uruchamiania Zamówienie 7');
      assert.deepEqual(polish.requests, ['/split-pl.html', '/split/badge-page.js', `/split/${chunkOf.pl[0]}`]);
      assert.deepEqual(polish.problems, []);
    } finally {
      await polish.tab.close();
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
      assert.equal(await heading.textContent(), 'Choose the version of PostgreSQL');
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
      assert.deepEqual(await submitThroughWizard(tab, 'k-1'), { orderId: 'ord-1' });
      assert.deepEqual(posted.at(-1), { idempotencyKey: 'k-1' });

      // onOrderPlaced: the page shows a live <order-status-badge>, which polls fetchStatus until the order is ready.
      await placedThroughWizard(tab, 'ord-1');
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
