// Test-runner commands that work with every launcher the tests use: puppeteer (Chromium over DevTools, Firefox over
// WebDriver BiDi) and WebDriver Classic (WebKitGTK). The browser side is test/support/keyboard.ts.
// - `keys`: `{ press }` one key, `{ type }` text, `{ combo: [...modifiers, key] }` a key with modifiers held. Over
//   WebDriver each key is its own action sequence: WebKitWebDriver drops a key repeated within one sequence ('222'
//   types '2'), and the runner's own `sendKeys` there has no `down`/`up` for modifiers.
// - `clipboard-lock` / `clipboard-unlock`: the clipboard is one for the whole browser, and test files run side by side;
//   a real paste (copy, then paste) holds the lock in between so that no other file's copy comes between the two.
// - `viewport`: `{ width, height }` the page's viewport. Puppeteer sets it; over WebDriver the window is resized so that
//   its inner size is the one asked for, as far as the window can shrink (see `minWidth` in the answer).
import { Key } from 'webdriverio';

/** Puppeteer's names where they differ from the KeyboardEvent `key` names the tests use (Firefox wants ' '). */
const PUPPETEER_KEYS = { Space: ' ' };

/** A key name (KeyboardEvent `key`: 'Tab', 'Enter', 'Control', 'a') as a WebDriver key value. */
export function webDriverKey(name) {
  if (name.length === 1) return name;
  if (name === 'Space') return Key.Space;
  const value = Key[name];
  if (typeof value !== 'string' || value.startsWith('WDIO_')) throw new Error(`No WebDriver key for "${name}".`);
  return value;
}

/** One WebDriver action sequence: the keys pressed down in order, released in reverse order. */
export function chord(keys) {
  const down = keys.map((value) => ({ type: 'keyDown', value }));
  const up = [...keys].reverse().map((value) => ({ type: 'keyUp', value }));
  return [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }];
}

async function puppeteerKeys(page, payload) {
  const name = (key) => PUPPETEER_KEYS[key] ?? key;
  if (payload.type !== undefined) return page.keyboard.type(payload.type);
  if (payload.press !== undefined) return page.keyboard.press(name(payload.press));
  const keys = payload.combo.map(name);
  for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
  try {
    await page.keyboard.press(keys.at(-1));
  } finally {
    for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
  }
}

async function webDriverKeys(launcher, sessionId, payload) {
  const perform = (keys) => launcher.driverManager.performActions(sessionId, chord(keys));
  if (payload.type !== undefined) {
    for (const character of payload.type) await perform([character]);
  } else if (payload.press !== undefined) await perform([webDriverKey(payload.press)]);
  else await perform(payload.combo.map(webDriverKey));
}

/**
 * Resizes a WebDriver window so that its inner size is `width` × `height` where it can; answers the inner size.
 * WebKitGTK applies a resize after `setWindowSize` has answered, so the inner size is read once it holds still; the
 * window is then corrected by the difference measured, a few times at most (the window may not shrink that far).
 */
export async function webDriverViewport(driver, { width, height }) {
  const inner = async () => {
    const [w, h] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    return { w, h };
  };
  const settled = async () => {
    let last = await inner();
    for (let stillReads = 0, reads = 0; stillReads < 3 && reads < 40; reads += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = await inner();
      stillReads = now.w === last.w && now.h === last.h ? stillReads + 1 : 0;
      last = now;
    }
    return last;
  };
  let size = await settled();
  const rect = await driver.getWindowRect();
  let outer = { width: rect.width + width - size.w, height: rect.height + height - size.h };
  for (let attempt = 0; attempt < 4 && (size.w !== width || size.h !== height); attempt += 1) {
    await driver.setWindowSize(outer.width, outer.height);
    size = await settled();
    outer = { width: outer.width + width - size.w, height: outer.height + height - size.h };
  }
  return { width: size.w, height: size.h };
}

/** A lock a session holds until it unlocks (or, should a test die holding it, until `ms` have passed). */
function sessionLock(ms = 30_000) {
  let holder;
  let released = Promise.resolve();
  let release = () => {};
  return {
    async acquire(id) {
      while (holder !== undefined) await released;
      holder = id;
      released = new Promise((resolve) => {
        const timer = setTimeout(() => this.release(id), ms);
        release = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
    release(id) {
      if (holder !== id) return;
      holder = undefined;
      release();
    },
  };
}

export function engineCommandsPlugin() {
  const clipboard = sessionLock();
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'clipboard-lock') {
        await clipboard.acquire(session.id);
        return true;
      }
      if (command === 'clipboard-unlock') {
        clipboard.release(session.id);
        return true;
      }
      if (command !== 'keys' && command !== 'viewport') return undefined;
      const launcher = session.browser;
      if (command === 'keys') {
        const kinds = ['press', 'type', 'combo'].filter((kind) => payload?.[kind] !== undefined);
        if (kinds.length !== 1) throw new Error('`keys` takes exactly one of press, type or combo.');
        if (launcher.type === 'puppeteer') await puppeteerKeys(launcher.getPage(session.id), payload);
        else if (launcher.type === 'webdriver') await webDriverKeys(launcher, session.id, payload);
        else throw new Error(`No keys for the launcher type ${launcher.type}.`);
        return true;
      }
      const { width, height } = payload ?? {};
      if (launcher.type === 'puppeteer') {
        await launcher.getPage(session.id).setViewport({ width, height });
        return { width, height };
      }
      if (launcher.type === 'webdriver') return webDriverViewport(launcher.driver, { width, height });
      throw new Error(`No viewport for the launcher type ${launcher.type}.`);
    },
  };
}
