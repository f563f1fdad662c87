// The demo portal's end-to-end flows in Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitWebDriver,
// webdriverio): a page with the part of playwright's Page and Locator API the flows use (getByRole, getByText,
// locator, filter, or, nth, waitFor, keyboard, mouse, cookies, page errors, requests), so that the very same test
// files run in all three engines. Elements are found in the page by test/e2e/support/in-page.mjs (Testing Library's
// shadow-DOM queries), bundled here with esbuild.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { fileURLToPath } from 'node:url';
import { ENGINES, ensureEngine, startWebKitDriver } from '../../../scripts/engines.mjs';
import { chord, webDriverKey } from '../../support/engine-commands.mjs';

/** The engine the end-to-end tests drive: E2E_BROWSER (chromium, firefox, webkit), Chromium by default. */
export const E2E_ENGINE = process.env.E2E_BROWSER ?? 'chromium';
if (!ENGINES[E2E_ENGINE]) throw new Error(`Unknown E2E_BROWSER "${E2E_ENGINE}": use one of ${Object.keys(ENGINES).join(', ')}.`);

const DEFAULT_TIMEOUT = 15_000;
const VIEWPORT = { width: 1280, height: 900 };

let bundle;
async function inPageSource() {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./in-page.mjs', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => `if (!globalThis.__e2e) {\n${result.outputFiles[0].text}\n}`);
  return bundle;
}

const serialize = (value) => JSON.stringify(value);

/** A name or text as the page's matcher takes it (see in-page.mjs). */
const textSpec = (value, exact = false) =>
  value instanceof RegExp ? { regex: [value.source, value.flags] } : { value: String(value), exact };

/** Playwright's key names ('Shift+Tab', 'ControlOrMeta+A', 'Space') as a list of KeyboardEvent key names. */
function keysOf(combination) {
  const parts = combination === '+' ? ['+'] : combination.split('+');
  return parts.map((part, index) => {
    if (part === 'ControlOrMeta') return 'Control';
    // A letter held with a modifier is the key itself ('a' with Control selects all).
    if (index === parts.length - 1 && parts.length > 1 && part.length === 1) return part.toLowerCase();
    return part;
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Playwright's Locator, on top of a page that runs scripts (`page._run`). */
class Locator {
  constructor(page, steps) {
    this._page = page;
    this._steps = steps;
  }

  _with(...steps) {
    return new Locator(this._page, [...this._steps, ...steps]);
  }

  getByRole(role, { name, exact = false, checked, level } = {}) {
    return this._with({ kind: 'role', role, name: name === undefined ? undefined : textSpec(name, exact), checked, level });
  }

  getByText(text, { exact = false } = {}) {
    return this._with({ kind: 'text', text: textSpec(text, exact) });
  }

  locator(selector) {
    return this._with({ kind: 'css', selector });
  }

  filter({ hasText }) {
    return this._with({ kind: 'hasText', text: textSpec(hasText) });
  }

  nth(index) {
    return this._with({ kind: 'nth', index });
  }

  or(other) {
    return new Locator(this._page, [{ kind: 'or', left: this._steps, right: other._steps }]);
  }

  toString() {
    return `locator(${JSON.stringify(this._steps)})`;
  }

  /** Runs `body` in the page with `elements` (what the locator finds) in scope, and answers its value. */
  _eval(body) {
    return this._page._run(`const elements = globalThis.__e2e.resolve(${serialize(this._steps)});\n${body}`);
  }

  /** Waits until the locator finds an element (visible, with `visible`), then runs `body` with `element` in scope. */
  async _withElement(body, { visible = false, timeout = this._page._timeout } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const answer = await this._eval(`const element = elements.find((each) => ${visible} ? globalThis.__e2e.visible(each) : true);
        if (!element) return { missing: true };
        return { value: (() => { ${body} })() };`);
      if (!answer.missing) return answer.value;
      if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${this}${visible ? ' to be visible' : ''}.`);
      await sleep(100);
    }
  }

  async waitFor({ timeout } = {}) {
    await this._withElement('return true;', { visible: true, timeout });
  }

  count() {
    return this._eval('return elements.length;');
  }

  async all() {
    const count = await this.count();
    return Array.from({ length: count }, (_, index) => this.nth(index));
  }

  isVisible() {
    return this._eval('return elements.length > 0 && globalThis.__e2e.visible(elements[0]);');
  }

  evaluate(fn, arg) {
    return this._withElement(`return (${fn})(element, ${serialize(arg)});`);
  }

  evaluateAll(fn, arg) {
    return this._eval(`return (${fn})(elements, ${serialize(arg)});`);
  }

  getAttribute(name) {
    return this._withElement(`return element.getAttribute(${serialize(name)});`);
  }

  inputValue() {
    return this._withElement('return element.value;');
  }

  textContent() {
    return this._withElement('return globalThis.__e2e.deepText(element);');
  }

  // WebKit ends the innerText of an element whose last child is a block with a line break (Chromium does not): the
  // flows compare words, so trailing line breaks are dropped.
  innerText() {
    return this._withElement(String.raw`return element.innerText.replace(/\n+$/, '');`);
  }

  allInnerTexts() {
    return this._eval(String.raw`return elements.map((element) => element.innerText.replace(/\n+$/, ''));`);
  }

  isChecked() {
    return this._withElement("return element.checked ?? element.getAttribute('aria-checked') === 'true';");
  }

  boundingBox() {
    return this._withElement('const { x, y, width, height } = element.getBoundingClientRect(); return { x, y, width, height };');
  }
}

/** What both pages share: locators from the document, listeners, the default timeout. */
class Page extends Locator {
  constructor() {
    super(undefined, []);
    this._page = this;
    this._timeout = DEFAULT_TIMEOUT;
    this._listeners = new Map();
  }

  setDefaultTimeout(ms) {
    this._timeout = ms;
  }

  on(event, listener) {
    this._listeners.set(event, [...(this._listeners.get(event) ?? []), listener]);
    return this;
  }

  _emit(event, value) {
    for (const listener of this._listeners.get(event) ?? []) listener(value);
  }
}

// ---- Firefox: puppeteer-core over WebDriver BiDi ----

class PuppeteerPage extends Page {
  constructor(page, context) {
    super();
    this._puppeteer = page;
    this._context = context;
    const self = this;
    this.keyboard = {
      async press(combination) {
        const keys = keysOf(combination).map((key) => (key === 'Space' ? ' ' : key));
        for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
        await page.keyboard.press(keys.at(-1));
        for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
      },
      type: (text) => page.keyboard.type(text),
    };
    this.mouse = { click: (x, y) => page.mouse.click(x, y) };
    const wrap = (request) => ({ method: () => request.method(), url: () => request.url() });
    page.on('pageerror', (error) => self._emit('pageerror', error));
    for (const event of ['request', 'requestfinished', 'requestfailed']) page.on(event, (request) => self._emit(event, wrap(request)));
  }

  async _run(body) {
    const source = `(() => { ${body} })()`;
    try {
      return await this._puppeteer.evaluate(source);
    } catch (error) {
      if (!/__e2e/.test(String(error?.message))) throw error;
      await this._puppeteer.evaluate(await inPageSource());
      return this._puppeteer.evaluate(source);
    }
  }

  goto(url) {
    return this._puppeteer.goto(url);
  }

  reload() {
    return this._puppeteer.reload();
  }

  url() {
    return this._puppeteer.url();
  }

  context() {
    const page = this._puppeteer;
    return { cookies: (url) => page.cookies(url) };
  }

  close() {
    return this._context.close();
  }
}

async function firefox() {
  const { firefox: executablePath } = ensureEngine('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
  });
  return {
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      const wrapped = new PuppeteerPage(page, context);
      await page.evaluateOnNewDocument(await inPageSource());
      return wrapped;
    },
    close: () => browser.close(),
  };
}

// ---- WebKit: WebKitWebDriver (WebDriver Classic), webdriverio ----

class WebDriverPage extends Page {
  constructor(driver) {
    super();
    this._driver = driver;
    this._href = 'about:blank';
    this._closed = false;
    const perform = (keys) => this._perform(chord(keys.map(webDriverKey))[0]);
    this.keyboard = {
      // One key per action sequence: WebKitWebDriver drops a key repeated within one.
      press: (combination) => perform(keysOf(combination)),
      async type(text) {
        for (const character of text) await perform([character]);
      },
    };
    this.mouse = {
      click: (x, y) =>
        this._perform({
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        }),
    };
    this._batch = undefined;
    // No events over WebDriver Classic: what the page recorded (in-page.mjs) is read every 100 ms.
    this._poller = setInterval(() => void this._drain().catch(() => {}), 100);
  }

  /**
   * Performs one input source's actions. WebKitWebDriver refuses an action while another is under way, so actions
   * sent at once (ten clicks and a key, as an impatient customer does) go as one sequence, in the order sent: each
   * source waits (pauses) while another one acts.
   */
  _perform(source) {
    if (!this._batch) {
      const batch = { entries: [] };
      batch.done = new Promise((resolve) => setImmediate(resolve)).then(() => {
        this._batch = undefined;
        const sources = new Map();
        let ticks = 0;
        for (const entry of batch.entries) {
          const current = sources.get(entry.id) ?? { ...entry, actions: [] };
          current.actions.push(...Array.from({ length: ticks - current.actions.length }, () => ({ type: 'pause', duration: 0 })));
          current.actions.push(...entry.actions);
          sources.set(entry.id, current);
          ticks = current.actions.length;
        }
        return this._driver.performActions([...sources.values()]);
      });
      this._batch = batch;
    }
    this._batch.entries.push(source);
    return this._batch.done;
  }

  _record({ errors, requests, href }) {
    this._href = href;
    for (const error of errors) this._emit('pageerror', new Error(error));
    for (const { event, method, url } of requests) this._emit(event, { method: () => method, url: () => url });
  }

  async _drain() {
    if (this._closed) return;
    const drained = await this._driver.execute('return globalThis.__e2e ? globalThis.__e2e.drain() : null;');
    if (drained) this._record(drained);
  }

  async _run(body) {
    const source = `if (!globalThis.__e2e) return { missingScript: true };
      const value = (() => { ${body} })();
      return { value, drained: globalThis.__e2e.drain() };`;
    let answer = await this._driver.execute(source);
    if (answer?.missingScript) {
      await this._driver.execute(`${await inPageSource()}\nreturn true;`);
      answer = await this._driver.execute(source);
    }
    this._record(answer.drained);
    return answer.value;
  }

  /** Waits until a new document (one without `marker`) at `url` (any, when undefined) has been parsed. */
  async _loaded(marker, url) {
    const end = Date.now() + this._timeout;
    for (;;) {
      const [href, state, marked] = await this._driver.execute(
        (name) => [location.href, document.readyState, Object.hasOwn(window, name)],
        marker,
      );
      if (!marked && state !== 'loading' && (url === undefined || href === new URL(url).href)) {
        this._href = href;
        return;
      }
      if (Date.now() > end) throw new Error(`Timed out after ${this._timeout} ms waiting for ${url ?? 'the page'} to load.`);
      await sleep(100);
    }
  }

  async _navigate(navigate, url) {
    const marker = `__e2eOld${Date.now()}`;
    await this._drain().catch(() => {});
    await this._driver.execute((name) => void (window[name] = true), marker);
    await navigate();
    await this._loaded(marker, url);
  }

  goto(url) {
    return this._navigate(() => this._driver.navigateTo(url), url);
  }

  reload() {
    return this._navigate(() => this._driver.refresh());
  }

  url() {
    return this._href;
  }

  context() {
    const driver = this._driver;
    return { cookies: () => driver.getCookies() };
  }

  async close() {
    this._closed = true;
    clearInterval(this._poller);
    await this._driver.deleteSession().catch(() => {});
  }
}

async function webkit() {
  const driver = await startWebKitDriver();
  const pages = [];
  return {
    async newPage() {
      // WebKitWebDriver runs one session at a time: a test's new page ends the one before.
      for (const page of pages.splice(0)) await page.close();
      const session = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        // Failures reach the test as errors; the log would add a line for the poll that meets a closed session.
        logLevel: 'silent',
        connectionRetryTimeout: 120_000,
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver refuses a session that asks for WebDriver BiDi.
          'wdio:enforceWebDriverClassic': true,
          // WebKitWebDriver never answers a navigation to the demo with the other strategies: `goto` and `reload`
          // wait for the new document themselves.
          pageLoadStrategy: 'none',
          'webkitgtk:browserOptions': { binary: driver.miniBrowser, args: ['--automation'] },
        },
      });
      // The inner size the other engines get (the window has a toolbar above the page).
      await session.setWindowSize(VIEWPORT.width, VIEWPORT.height);
      const [, innerHeight] = await session.execute(() => [window.innerWidth, window.innerHeight]);
      await session.setWindowSize(VIEWPORT.width, VIEWPORT.height * 2 - innerHeight);
      const page = new WebDriverPage(session);
      pages.push(page);
      return page;
    },
    async close() {
      for (const page of pages) await page.close();
      driver.stop();
    },
  };
}

/** One browser of `E2E_ENGINE` (Firefox or WebKit) for a test file: `newPage()` gives a fresh page and session. */
export function launchEngine(engine = E2E_ENGINE) {
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`launchEngine is for Firefox and WebKit; Chromium runs through playwright-core.`);
}
