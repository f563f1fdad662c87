// Bench case: the wizard's first step from the CDN file on a fresh page load, against a bare-Lit floor page, with the
// CPU at full speed and throttled 4× (Chrome's rate for a mid-range phone). Called by scripts/bench.mjs.
//
// The pages (built by buildFirstStepPages into the directory scripts/bench.mjs serves):
// - ours.html: `<script type="module" src="cdn/order-widgets.js">` and `<order-wizard>` with no catalog, as in the
//   README's CDN snippet; its first step is the service choice (a heading, five radios, Next).
// - floor.html: the same line for bench/first-step-floor.ts, a bare LitElement rendering the same kind of step,
//   bundled the same way (one minified ES module, lit's production build, V8's compile hint).
// Both carry the same classic probe script, which marks `first-step-visible` (a PerformanceMark) in the first
// animation frame that finds the step heading in the element's shadow root. That callback runs before the frame's style,
// layout and paint: the step is on screen once that frame is painted.
//
// Each load is a new browser context (fresh renderer, no code cache) with the CPU throttled through CDP
// (Emulation.setCPUThrottlingRate) and Chrome's tracing on (`toplevel`, `blink.user_timing` and `devtools.timeline`).
// Visible: from the document's time origin (navigation start) to the end of the first Paint after the mark.
// Longest task: the longest top-level slice on that renderer's main thread from the task that ran the probe until the
// network has been idle for 500 ms: work deferred past the first step counts too. Ours and the floor are interleaved
// load by load, so both see the same machine.
import { mkdirSync, cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { templateMinifier } from '../template-minifier.mjs';
import { median, p90 } from './stats.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const DIR = 'first-step';
const RATES = [1, 4];
// Targets from the issue: at 4×, visible within 1.25× of the floor's time, longest task within 1.5× of the floor's.
const VISIBLE_RATIO = 1.25;
const TASK_RATIO = 1.5;

const PROBE = `(() => {
  performance.mark('first-step-probe');
  const tags = ['order-wizard', 'first-step-floor'];
  const look = () => {
    for (const tag of tags) {
      const heading = document.querySelector(tag)?.shadowRoot?.querySelector('#step-heading');
      if (heading?.textContent.trim()) {
        performance.mark('first-step-visible', { detail: heading.textContent.trim() });
        console.debug('first-step-visible');
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();
`;

const page = (title, script, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script src="probe.js"></script>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/**
 * Builds the case's pages under `outDir/first-step/`: the CDN file as `npm run build` makes it (vite.cdn.config.ts,
 * built again here so the figures are of the current source), the floor bundled the same way, the two pages and the probe.
 */
export async function buildFirstStepPages(outDir) {
  const dir = join(outDir, DIR);
  mkdirSync(dir, { recursive: true });
  await build({ configFile: join(root, 'vite.cdn.config.ts'), root, logLevel: 'error', build: { outDir: join(dir, 'cdn'), emptyOutDir: true, reportCompressedSize: false } });
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [templateMinifier()],
    build: {
      target: 'es2022',
      outDir: join(dir, 'floor'),
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: join(root, 'bench/first-step-floor.ts'), formats: ['es'], fileName: () => 'first-step-floor.js' },
      // V8's explicit compile hint, as the CDN file has (vite.cdn.config.ts): bundled the same way. It makes no
      // difference the bench can see to a file this small (190 against 186 ms at 4×, 24 loads each).
      rolldownOptions: { external: [], output: { minify: true, comments: false, postBanner: '//# allFunctionsCalledOnLoad' } },
    },
  });
  writeFileSync(join(dir, 'probe.js'), PROBE);
  writeFileSync(join(dir, 'ours.html'), page('order-widgets from the CDN file', 'cdn/order-widgets.js', '<order-wizard></order-wizard>'));
  writeFileSync(join(dir, 'floor.html'), page('bare-Lit floor', 'floor/first-step-floor.js', '<first-step-floor></first-step-floor>'));
  return dir;
}

const stats = (values) => ({ median: round(median(values)), p90: round(p90(values)) });
const round = (value) => Math.round(value * 10) / 10;

/**
 * One page load in a fresh context at `rate`× CPU: { visible, longest, tasksOver50, heading, files }. While the trace
 * runs, nothing is evaluated in the page (Playwright's own scripts would be tasks on its main thread): the probe says
 * "visible" on the console, and the load ends when the network has been idle for 500 ms.
 */
async function load(browser, url, rate) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const files = [];
    tab.on('request', (request) => files.push(new URL(request.url()).pathname.split('/').pop()));
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    const visible = new Promise((done) => tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
      if (message.text() === 'first-step-visible') done();
    }));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    // devtools.timeline for the frame's Paint: the step is on screen once the frame that holds it is painted.
    await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing,devtools.timeline', transferMode: 'ReportEvents' });
    await tab.goto(url, { waitUntil: 'commit' });
    await Promise.race([visible, new Promise((_, fail) => setTimeout(() => fail(new Error(`${url}: no first step within 30 s`)), 30_000))]);
    // What the page loads after the first step has arrived, and runs when it arrives.
    await tab.waitForLoadState('networkidle');
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    const heading = await tab.evaluate(() => performance.getEntriesByName('first-step-visible')[0]?.detail);
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    const mark = events.find((event) => event.name === 'first-step-visible');
    const probe = events.find((event) => event.name === 'first-step-probe');
    if (!mark || !probe) throw new Error(`${url}: the probe's marks are not in the trace`);
    // The document's time origin (navigation start) on the trace's clock, from the mark's own time in the page.
    const markTime = await tab.evaluate(() => performance.getEntriesByName('first-step-visible')[0].startTime);
    const origin = mark.ts - markTime * 1000;
    // The page's own tasks: from the one that ran the probe (the document's first script, in <head>) on. The
    // navigation's commit before it (unloading about:blank, a new document) is the browser's, the same for any page.
    // A task is any top-level slice of the main thread, not only the scheduler's RunTask: a module's promise
    // reactions (a wizard rendering once its catalog or its language has loaded) run in a microtask checkpoint traced
    // beside the task, not inside it, and hold the thread as long.
    const slices = events
      .filter((event) => event.ph === 'X' && event.dur > 0 && event.pid === mark.pid && event.tid === mark.tid)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const tasks = [];
    let end = -Infinity;
    for (const slice of slices) {
      if (slice.ts < end) continue;
      end = slice.ts + slice.dur;
      if (end >= probe.ts) tasks.push(slice.dur / 1000);
    }
    // The animation frame that finds the heading runs before that frame's style, layout and paint: the step is drawn
    // when that frame's Paint (the main thread recording it for the compositor) ends.
    const paint = slices.find((slice) => slice.name === 'Paint' && slice.ts >= mark.ts);
    if (!paint) throw new Error(`${url}: no frame was painted after the first step appeared`);
    return {
      found: (mark.ts - origin) / 1000, visible: (paint.ts + paint.dur - origin) / 1000,
      longest: Math.max(0, ...tasks), tasksOver50: tasks.filter((d) => d > 50).length, heading, files,
    };
  } finally {
    await context.close();
  }
}

/**
 * The case: per CPU rate, `runs` loads of each page after warm-up loads, interleaved. Returns the bench rows for
 * "visible at 1×", "visible at 4×" and "longest task at 4×".
 */
export async function benchFirstStep({ browser, base, runs, quick, log }) {
  const warmup = quick ? 1 : 2;
  log(`case 5: first step from the CDN file vs a bare-Lit floor page at ${RATES.join('× and ')}× CPU (${warmup} warm-up + ${runs} fresh page loads each, interleaved, traced)`);
  const pages = { ours: `${base}/${DIR}/ours.html`, floor: `${base}/${DIR}/floor.html` };
  const results = {};
  for (const rate of RATES) for (const name of Object.keys(pages)) results[`${name}@${rate}`] = [];
  let sample;
  for (let i = 0; i < warmup + runs; i++) {
    for (const rate of RATES) {
      for (const [name, url] of Object.entries(pages)) {
        const result = await load(browser, url, rate);
        if (i >= warmup) results[`${name}@${rate}`].push(result);
        if (name === 'ours') sample = result;
      }
    }
  }
  const of = (name, rate, field) => results[`${name}@${rate}`].map((result) => result[field]);
  const row = (label, field, rate, limit) => {
    const ours = stats(of('ours', rate, field));
    const floor = stats(of('floor', rate, field));
    const value = Math.round((ours.median / floor.median) * 100) / 100;
    return {
      name: label,
      unit: 'ms',
      ours,
      peers: [{ name: 'bare-Lit floor page', ...floor }],
      ratio: { to: 'bare-Lit floor page', value },
      target: limit ? `≤ ${limit}× the floor's median` : 'none (reported for the 4× figure)',
      met: limit ? value <= limit : null,
      notes: [],
    };
  };
  const rows = [
    row('First step visible from the CDN file, 1× CPU (navigation → the frame showing it painted)', 'visible', 1),
    row('First step visible from the CDN file, 4× CPU throttling', 'visible', 4, VISIBLE_RATIO),
    row('Longest main-thread task, CDN file page load at 4× CPU throttling (navigation → quiet)', 'longest', 4, TASK_RATIO),
  ];
  const count = (name, rate) => median(of(name, rate, 'tasksOver50'));
  rows[0].notes.push(
    `Pages: <order-wizard> with no catalog from one \`<script type="module">\` line (the README's CDN page; its first step: "${sample.heading}", five radios, Next), and a bare LitElement with the same kind of step bundled the same way (bench/first-step-floor.ts). ${runs} fresh page loads each per CPU rate after ${warmup} warm-up, interleaved; each in a new browser context, CPU throttled by CDP Emulation.setCPUThrottlingRate, traced (Chrome tracing, toplevel + blink.user_timing + devtools.timeline). Visible = navigation start (the document's time origin) → the end of the Paint of the first frame after the animation frame that finds the heading in the shadow root (a PerformanceMark, in the trace): that callback runs before its frame's style, layout and paint, which a page that renders after its parser ends does all there, and one that renders in the task that ends it (the floor, and the wizard since its CDN file holds the example catalog) mostly before. Found (the callback) at 4×: ours ${stats(of('ours', 4, 'found')).median} ms, floor ${stats(of('floor', 4, 'found')).median} ms (medians). Files the wizard page loads: ${sample.files.join(', ')}.`,
    `A task here is a top-level slice of the main thread's trace: the scheduler's tasks, and the microtask checkpoints traced beside them (where a wizard renders once its catalog or language has loaded). Longest task at 1×: ours ${stats(of('ours', 1, 'longest')).median} ms, floor ${stats(of('floor', 1, 'longest')).median} ms (medians). Tasks over 50 ms per load at 4× (median): ours ${count('ours', 4)}, floor ${count('floor', 4)}.`,
  );
  return rows;
}
