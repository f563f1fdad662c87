// The Storybook check of `npm test`: builds Storybook, opens every story in headless Chromium and fails a story on any
// console error, page error, Storybook render or play error, or axe violation. One line per story, then a count line.
//   node scripts/storybook-test.mjs [--no-build] [text…]   (--no-build: reuse storybook-static; text: only story ids containing it)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.mjs';
import { OUT_DIR, ROOT, buildStorybook, serveStatic, settleLitElements } from './storybook-static.mjs';

const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const PAGES = 2; // two cores: two stories at a time
const STORY_TIMEOUT_MS = 20_000;

/**
 * Console errors that are not the story's fault, each with its reason. Empty: nothing is ignored. An entry is
 * `{ pattern: RegExp, reason: string }`; ignored messages are still printed, marked as ignored.
 */
const IGNORED_CONSOLE_ERRORS = [];

/** axe rules switched off, each with its reason. None: every rule axe runs by default applies. */
const DISABLED_AXE_RULES = [];

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const filters = args.filter((arg) => !arg.startsWith('--'));


/**
 * Runs in each page before Storybook: hooks the preview's channel the moment Storybook installs it, and records the
 * events that end or break a render. `storyFinished` comes after the play function and the afterEach hooks (the a11y
 * addon's own axe run among them), so once it is there nothing of Storybook's is still working on the story.
 */
function watchStorybookChannel() {
  const state = { done: false, events: [] };
  Object.defineProperty(window, '__storybookTest', { value: state });
  const plain = (value) => {
    try {
      return JSON.parse(JSON.stringify(value ?? null));
    } catch {
      return String(value);
    }
  };
  const record = {
    storyFinished: ({ storyId, status, reporters = [] }) => ({
      storyId,
      status,
      reports: reporters.map(({ type, status: reportStatus, result }) => ({
        type,
        status: reportStatus,
        violations: (result?.violations ?? []).map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) })),
        error: result?.error ? String(result.error.message ?? result.error) : undefined,
      })),
    }),
    storyMissing: (storyId) => ({ storyId }),
    storyErrored: (error) => plain(error),
    storyThrewException: (error) => plain(error),
    playFunctionThrewException: (error) => plain(error),
    unhandledErrorsWhilePlaying: (errors) => plain(errors),
  };
  // No storyFinished follows these two: the story never started rendering.
  const terminal = new Set(['storyFinished', 'storyMissing', 'storyThrewException']);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    enumerable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || next.__storybookTestWatched) return;
      Object.defineProperty(next, '__storybookTestWatched', { value: true });
      for (const [name, describe] of Object.entries(record)) {
        next.on(name, (payload) => {
          state.events.push({ name, detail: describe(payload) });
          if (terminal.has(name)) state.done = true;
        });
      }
    },
  });
}

const describeTarget = (target) => (Array.isArray(target) ? target.map(describeTarget).join(' >>> ') : String(target));
const describeError = (detail) =>
  typeof detail === 'object' && detail ? (detail.message ?? detail.description ?? JSON.stringify(detail)) : String(detail);

async function checkStory(page, baseUrl, story) {
  const problems = [];
  const notes = [];
  const onConsole = (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    // Stack lines of the minified bundles say nothing; the message and its source file do.
    const text = message.text().split('\n').filter((line) => !/^\s+at /.test(line)).join('\n').trim();
    const location = message.location()?.url ? ` (${message.location().url.replace(baseUrl, '')})` : '';
    const ignored = IGNORED_CONSOLE_ERRORS.find(({ pattern }) => pattern.test(text));
    if (ignored) notes.push(`ignored console error (${ignored.reason}): ${text}`);
    else problems.push(`console error: ${text}${location}`);
  };
  const onPageError = (error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    let state;
    try {
      const handle = await page.waitForFunction(() => window.__storybookTest?.done && window.__storybookTest, null, {
        timeout: STORY_TIMEOUT_MS,
        polling: 50,
      });
      state = await handle.jsonValue();
    } catch {
      state = await page.evaluate(() => window.__storybookTest ?? null);
      problems.push(`did not finish rendering within ${STORY_TIMEOUT_MS / 1000} s`);
    }
    for (const { name, detail } of state?.events ?? []) {
      if (name === 'storyMissing') problems.push('story missing');
      else if (name === 'storyFinished') {
        for (const report of detail.reports.filter((each) => each.status === 'failed')) {
          const found = report.violations.map(({ id, targets }) => `${id} (${targets.map(describeTarget).join(', ')})`);
          problems.push(`storybook ${report.type} report failed: ${report.error ?? found.join('; ')}`);
        }
        if (detail.status === 'error' && !detail.reports.some((each) => each.status === 'failed')) {
          problems.push('storybook reported the story as errored');
        }
      } else if (name === 'unhandledErrorsWhilePlaying') {
        for (const error of detail ?? []) problems.push(`unhandled error while playing: ${describeError(error)}`);
      } else problems.push(`${name}: ${describeError(detail)}`);
    }
    // Not done, or the story never rendered: nothing to check in the page.
    if (!state?.done || state.events.some(({ name }) => name === 'storyMissing' || name === 'storyThrewException')) {
      return { problems, notes };
    }

    await page.evaluate(settleLitElements, '#storybook-root');
    if (!(await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount ?? 0))) {
      problems.push('#storybook-root is empty: the story rendered nothing');
      return { problems, notes };
    }
    // Text a value was turned into by mistake (a catalog's map of languages where a string belongs, a missing
    // number): what the story shows, shadow roots included, as the eye reads it.
    const garbled = await page.evaluate(() => {
      const texts = [];
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          if (node.shadowRoot) walk(node.shadowRoot);
          for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent);
        }
      };
      walk(document.querySelector('#storybook-root'));
      return [...new Set(texts.join('\n').match(/\[object \w+\]|\bundefined\b|\bNaN\b/g) ?? [])];
    });
    for (const text of garbled) problems.push(`shows "${text}": a value rendered as text by mistake`);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(
      async (disabled) =>
        (
          await window.axe.run('#storybook-root', {
            resultTypes: ['violations'],
            rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
          })
        ).violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.map((node) => node.target) })),
      DISABLED_AXE_RULES,
    );
    for (const { id, impact, targets } of violations) {
      problems.push(`axe ${id} (${impact}): ${targets.map(describeTarget).join(', ')}`);
    }
  } catch (error) {
    problems.push(`test error: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return { problems, notes };
}

async function main() {
  if (build) {
    const started = Date.now();
    console.log('storybook: building (storybook build -o storybook-static --quiet)…');
    const { ok, output } = await buildStorybook();
    if (!ok) {
      process.stdout.write(output);
      console.error('storybook: the Storybook build failed');
      return 1;
    }
    console.log(`storybook: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const index = JSON.parse(readFileSync(join(OUT_DIR, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => filters.length === 0 || filters.some((text) => entry.id.includes(text)));
  if (stories.length === 0) {
    console.error('storybook: no stories found');
    return 1;
  }

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    server = await serveStatic(OUT_DIR);
    const baseUrl = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext();
    await context.addInitScript(watchStorybookChannel);
    const queue = [...stories];
    const worker = async () => {
      const page = await context.newPage();
      for (let story = queue.shift(); story; story = queue.shift()) {
        const { problems, notes } = await checkStory(page, baseUrl, story);
        if (problems.length === 0) passed += 1;
        else failed += 1;
        const lines = [`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.id}`, ...[...problems, ...notes].map((line) => `       ${line}`)];
        console.log(lines.join('\n'));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PAGES, stories.length) }, worker));
  } finally {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done()));
  }
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error) => {
  console.error(`storybook: ${error.stack ?? error}`);
  return 1;
});
