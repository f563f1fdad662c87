// What the JSX types promise React 19 does with the tags themselves (needs `npm run build`): the README's example
// (fixtures/jsx-types/readme.tsx, which test/node/jsx-types.test.mjs type-checks) bundled in production mode with the
// package through its exports, in headless Chromium over 127.0.0.1. An object prop arrives as a property, and
// `onorder-submit` / `onorder-placed` listen to the element's own events.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/browser.mjs';
import { buildTestApp, placedThroughWizard, submitThroughWizard } from '../support/test-app.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>React 19 tags</title><link rel="icon" href="data:,"><script type="module" src="/app.js"></script></head>
  <body><div id="root"></div></body>
</html>`;

let out;
let server;
let base;
let browser;
const posted = [];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/define.js')), 'dist/define.js is missing: run npm run build first');
  out = await buildTestApp('test/node/fixtures/jsx-types/readme-app.jsx', { fileName: 'app.js' });
  server = createServer((req, res) => {
    if (req.url === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/app.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(out, 'app.js')));
    if (req.url === '/api/orders' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        posted.push(JSON.parse(body));
        res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ orderId: 'ord-7' }));
      });
      return undefined;
    }
    return res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (out) rmSync(out, { recursive: true, force: true });
});

test('React 19 sets billingProfiles as a property and calls onorder-submit and onorder-placed with the element’s events', async () => {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(5000);
  const problems = [];
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('pageerror', (error) => problems.push(error.message));
  try {
    await tab.goto(base);
    await tab.locator('order-wizard #step-heading').waitFor();
    const wizard = await tab.evaluate(() => {
      const element = document.querySelector('order-wizard');
      return { profile: element.billingProfiles[0]?.id, attributes: element.getAttributeNames().sort() };
    });
    // A property, not an attribute: React found `billingProfiles` on the element. `service` is one too (reflected by none).
    assert.deepEqual(wizard, { profile: 'bp-1001', attributes: [] });

    // onorder-submit: the handler gets the event and answers through respondWith with the POSTed order's id.
    assert.deepEqual(await submitThroughWizard(tab, 'k-7'), { orderId: 'ord-7' });
    assert.deepEqual(posted, [{ idempotencyKey: 'k-7' }]);

    // onorder-placed: the page renders the badge with the order's id.
    await placedThroughWizard(tab, 'ord-7');
    await tab.locator('order-status-badge[order-id="ord-7"]').waitFor();
    assert.equal(await tab.evaluate(() => document.querySelector('order-status-badge').orderId), 'ord-7');
    assert.deepEqual(problems, []);
  } finally {
    await tab.close();
  }
});
