// `npm test`: type check, library build, browser tests in Chromium, Firefox and WebKit, the plain-Node checks of the built
// `order-widgets/schema` entry and the demo backend, the demo portal end to end, every Storybook story, and the
// screenshots of every story against their baselines (Chromium). Stops
// early when the type check or the build fails; otherwise runs every suite and ends with one closing line for all.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ENGINES, ensureEngine } from './engines.mjs';

function run(title, command, args, { capture = false, env } = {}) {
  const shownEnv = Object.entries(env ?? {}).map(([name, value]) => `${name}=${value} `).join('');
  console.log(`\n▶ ${title}: ${shownEnv}${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: { ...process.env, ...env } });
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

// Every engine first: a missing one is installed (as root with apt-get) or named before any test runs.
try {
  for (const engine of Object.keys(ENGINES)) ensureEngine(engine);
} catch (error) {
  fail(error.message);
}

rmSync('.test-results', { recursive: true, force: true });
/** Per engine: the runner's exit code, its counts (.test-results/browser-<engine>.json) and the seconds it took. */
const browsers = [];
for (const [engine, { label }] of Object.entries(ENGINES)) {
  const started = Date.now();
  const result = await run(`Browser tests (${label})`, bin('wtr'), [], { env: { WTR_BROWSER: engine } });
  let counts = { passed: 0, failed: 0, skipped: 0, notRun: [], failures: [] };
  try {
    counts = JSON.parse(readFileSync(`.test-results/browser-${engine}.json`, 'utf8'));
  } catch {
    // no counts written: the runner failed before any test ran; its exit code tells.
  }
  browsers.push({ engine, label, code: result.code, counts, seconds: Math.round((Date.now() - started) / 1000) });
}
const node = await run('Node tests (no DOM)', 'node', ['--test', '--test-reporter=spec', 'test/node/'], { capture: true });
const nodePassed = Number(/ℹ pass (\d+)/.exec(node.output)?.[1] ?? 0);
const nodeFailed = Number(/ℹ fail (\d+)/.exec(node.output)?.[1] ?? 0);
// The demo portal end to end: every flow in Chromium; the portal's own flows (a keyboard order to Ready, the click
// storm, a reload in the middle) in Firefox and WebKit too, through test/e2e/support/engines.mjs.
const E2E_IN_EVERY_ENGINE = ['test/e2e/order-flow.test.mjs', 'test/e2e/click-storm.test.mjs', 'test/e2e/reload-draft.test.mjs'];
const e2eRuns = [];
for (const [engine, { label }] of Object.entries(ENGINES)) {
  const files = engine === 'chromium' ? ['test/e2e/'] : E2E_IN_EVERY_ENGINE;
  const started = Date.now();
  const result = await run(`End-to-end (the demo portal in ${label})`, 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    capture: true,
    env: { E2E_BROWSER: engine },
  });
  e2eRuns.push({
    engine,
    code: result.code,
    passed: Number(/ℹ pass (\d+)/.exec(result.output)?.[1] ?? 0),
    failed: Number(/ℹ fail (\d+)/.exec(result.output)?.[1] ?? 0) + Number(/ℹ cancelled (\d+)/.exec(result.output)?.[1] ?? 0),
    seconds: Math.round((Date.now() - started) / 1000),
    failures: [...(result.output.split('✖ failing tests:')[1] ?? '').matchAll(/^✖ (.+?) \(\d[\d.]*ms\)$/gm)].map((match) => match[1]),
    label,
  });
}
const e2ePassed = e2eRuns.reduce((sum, { passed }) => sum + passed, 0);
const e2eFailed = e2eRuns.reduce((sum, { failed }) => sum + failed, 0);
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

const browserPassed = browsers.reduce((sum, { counts }) => sum + counts.passed, 0);
const browserFailed = browsers.reduce((sum, { counts }) => sum + counts.failed, 0);
const passed = browserPassed + nodePassed + e2ePassed + storybookPassed + picturesPassed;
const failed = browserFailed + nodeFailed + e2eFailed + storybookFailed + picturesFailed;
console.log('');
for (const { engine, label, code, counts, seconds } of browsers) {
  const notRun = counts.notRun?.length ? `, ${counts.notRun.length} not run (see below)` : '';
  const broken = code !== 0 && counts.failed === 0 ? ' (the runner failed: see its output above)' : '';
  console.log(`browser (${engine}): ${counts.passed} passed, ${counts.failed} failed${notRun} in ${seconds} s${broken}`);
  for (const title of counts.failures ?? []) console.log(`  ✖ [${label}] ${title}`);
  for (const title of counts.notRun ?? []) console.log(`  – [${label}] ${title}`);
}
console.log(`node: ${nodePassed} passed, ${nodeFailed} failed`);
for (const { engine, label, passed: ok, failed: ko, seconds, failures } of e2eRuns) {
  console.log(`end-to-end (${engine}): ${ok} passed, ${ko} failed in ${seconds} s`);
  for (const title of new Set(failures)) console.log(`  ✖ [${label}] ${title}`);
}
console.log(`storybook: ${storybookPassed} passed, ${storybookFailed} failed`);
console.log(`screenshots: ${picturesPassed} passed, ${picturesFailed} failed${picturesFailed ? ' (pictures and diffs in .test-results/screenshots/; node scripts/story-screenshots.mjs --update takes a change on purpose)' : ''}`);
const browserBroken = browsers.some(({ code }) => code !== 0);
const e2eBroken = e2eRuns.some(({ code }) => code !== 0);
if (browserBroken || node.code !== 0 || e2eBroken || storybook.code !== 0 || pictures.code !== 0 || failed > 0 || passed === 0) {
  console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
