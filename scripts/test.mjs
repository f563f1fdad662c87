// `npm test`: type check, library build, browser tests in headless Chromium, the plain-Node checks of the built
// `order-widgets/schema` entry and the demo backend, the demo portal end to end, every Storybook story, and the
// screenshots of every story against their baselines. Stops
// early when the type check or the build fails; otherwise runs every suite and ends with one closing line for all.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './browser.mjs';

function run(title, command, args, { capture = false } = {}) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

const bin = (name) => `node_modules/.bin/${name}`;

if ((await run('Type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])).code !== 0) fail('The type check failed.');
if ((await run('Build', 'npm', ['run', '--silent', 'build'])).code !== 0) fail('The build failed.');
// The demo backend is JavaScript checked against the built types of order-widgets/schema, so it runs after the build.
if ((await run('Type check (demo backend)', bin('tsc'), ['-p', 'tsconfig.node.json'])).code !== 0) fail('The type check of the demo backend failed.');

try {
  ensureBrowser();
} catch (error) {
  fail(error.message);
}

rmSync('.test-results', { recursive: true, force: true });
const browser = await run('Browser tests (Chromium)', bin('wtr'), []);
let browserCounts = { passed: 0, failed: 0 };
try {
  browserCounts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
} catch {
  // no counts written: the runner failed before any test ran; its exit code tells.
}
const node = await run('Node tests (no DOM)', 'node', ['--test', '--test-reporter=spec', 'test/node/'], { capture: true });
const nodePassed = Number(/ℹ pass (\d+)/.exec(node.output)?.[1] ?? 0);
const nodeFailed = Number(/ℹ fail (\d+)/.exec(node.output)?.[1] ?? 0);
const e2e = await run('End-to-end (the demo portal in Chromium)', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/e2e/'], { capture: true });
const e2ePassed = Number(/ℹ pass (\d+)/.exec(e2e.output)?.[1] ?? 0);
const e2eFailed = Number(/ℹ fail (\d+)/.exec(e2e.output)?.[1] ?? 0);
const storybook = await run('Storybook (every story in Chromium: console and page errors, axe)', 'node', ['scripts/storybook-test.mjs'], { capture: true });
const storybookCounts = /^storybook: (\d+) passed, (\d+) failed$/m.exec(storybook.output);
const storybookPassed = Number(storybookCounts?.[1] ?? 0);
const storybookFailed = Number(storybookCounts?.[2] ?? 0);

// The pictures: every story in light, dark and forced colours at 360 and 1280 px against test/screenshots/ (the Storybook
// build above is reused).
const pictures = await run('Screenshots (every story, three modes, two widths)', 'node', ['scripts/story-screenshots.mjs', '--no-build'], { capture: true });
const pictureCounts = /^screenshots: (\d+) passed, (\d+) failed$/m.exec(pictures.output);
const picturesPassed = Number(pictureCounts?.[1] ?? 0);
const picturesFailed = Number(pictureCounts?.[2] ?? 0);

const passed = browserCounts.passed + nodePassed + e2ePassed + storybookPassed + picturesPassed;
const failed = browserCounts.failed + nodeFailed + e2eFailed + storybookFailed + picturesFailed;
console.log(`\nbrowser: ${browserCounts.passed} passed, ${browserCounts.failed} failed`);
console.log(`node: ${nodePassed} passed, ${nodeFailed} failed`);
console.log(`end-to-end: ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`storybook: ${storybookPassed} passed, ${storybookFailed} failed`);
console.log(`screenshots: ${picturesPassed} passed, ${picturesFailed} failed${picturesFailed ? ' (pictures and diffs in .test-results/screenshots/; node scripts/story-screenshots.mjs --update takes a change on purpose)' : ''}`);
if (browser.code !== 0 || node.code !== 0 || e2e.code !== 0 || storybook.code !== 0 || pictures.code !== 0 || failed > 0 || passed === 0) {
  console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
