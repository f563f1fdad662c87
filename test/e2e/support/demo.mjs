// The demo portal as the end-to-end tests use it: `node scripts/start.mjs` in a child process of its own (port chosen
// by the system, a fresh data directory (PGlite), fast provisioning, a fixed "my IP"), and headless Chromium through
// playwright-core, or Firefox or WebKit (E2E_BROWSER) through the page of ./engines.mjs.
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openPgliteStore } from 'order-widgets/server';
import { CHROMIUM_ARGS, ensureBrowser } from '../../../scripts/browser.mjs';
import { E2E_ENGINE, launchEngine } from './engines.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What "Add my IP" answers in the tests (TEST-NET-3, a public-looking address). */
export const CLIENT_IP = '203.0.113.7';

/** Long enough for start.mjs to rebuild dist/ first when src/ is newer. */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/** A fresh data directory for one test file's demo; `remove()` deletes it. */
export async function tempDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'order-widgets-e2e-'));
  return { dir, dataDir: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Every stored order, oldest first, as `{ orders: [{ id, customerId, createdAt, order }] }`. PGlite serves one process
 * at a time: this stops the demo first (`env.demo` is then undefined; start another to go on).
 */
export async function readStoredOrders(env) {
  await env.demo?.stop();
  env.demo = undefined;
  const store = await openPgliteStore({ dataDir: join(env.data.dataDir, 'orders') });
  try {
    const all = await store.ordersInStatus(['received', 'provisioning', 'ready', 'failed', 'cancelled'], { limit: 1000 });
    const orders = all
      .map(({ id, customerId, createdAt, order }) => ({ id, customerId, createdAt, order }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { orders };
  } finally {
    await store.close();
  }
}

/**
 * Starts the demo (page and API in one process) and resolves once its URL answers.
 * @param {{ dataDir: string, port?: number, speed?: number }} options
 * @returns {Promise<{ url: string, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startDemo({ dataDir, port = 0, speed = 50 }) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: '', DEMO_DATA_DIR: dataDir, DEMO_SPEED: String(speed), DEMO_CLIENT_IP: CLIENT_IP },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  void exited.then(() => (running = false));
  // If this test process ends without `stop()` (a crash), do not leave the server behind.
  const killOnExit = () => running && child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => running && child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The demo did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
      const onData = () => {
        const match = /Demo portal: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (!match) return;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(match[1]);
      };
      child.stdout.on('data', onData);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`The demo exited (${signal ?? `code ${code}`}) before it served.`));
      });
    });
    for (const path of ['', 'api/orders']) {
      const response = await fetch(new URL(path, url));
      if (!response.ok) throw new Error(`GET ${path || '/'} answered HTTP ${response.status}.`);
      await response.arrayBuffer();
    }
    return { url, pid: /** @type {number} */ (child.pid), output: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- demo output ---\n${output}`);
  }
}

/**
 * The orders the backend lists (`GET /api/orders`), newest first, for the visitor whose browser `context` is given
 * (its cookies; every 127.0.0.1 server shares them); without one, for a new visitor (none).
 * @param {string} url
 * @param {import('playwright-core').BrowserContext} [context]
 */
export async function listOrders(url, context) {
  const cookies = context ? await context.cookies(url) : [];
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(new URL('api/orders', url), { headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) } });
  if (!response.ok) throw new Error(`GET /api/orders answered HTTP ${response.status}.`);
  return (await response.json()).orders;
}

/** One headless browser per test file: Chromium, or the engine E2E_BROWSER names (see ./engines.mjs). */
export function launchBrowser() {
  if (E2E_ENGINE !== 'chromium') return launchEngine(E2E_ENGINE);
  return chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context and page (own session storage, so no draft leaks between tests), with the page's uncaught errors
 * collected: a test ends by checking there were none.
 * @param {import('playwright-core').Browser} browser
 */
export async function openPage(browser) {
  if (E2E_ENGINE !== 'chromium') {
    // Firefox and WebKit: a page of ./engines.mjs, in a fresh browser context (Firefox) or session (WebKit).
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    return { context: page.context(), page, errors };
  }
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return { context, page, errors };
}

/**
 * For a test file: before its tests, a fresh data directory, the demo started on it and one Chromium; after them, all
 * stopped and removed. The returned object holds them (`demo` may be replaced, e.g. by a restart).
 */
export function useDemo() {
  const env = { data: undefined, demo: undefined, browser: undefined };
  before(async () => {
    env.data = await tempDataDir();
    env.demo = await startDemo({ dataDir: env.data.dataDir });
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.demo?.stop();
    await env.data?.remove();
  });
  return env;
}
