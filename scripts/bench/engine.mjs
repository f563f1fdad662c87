// The engine against what a developer would pick instead, in Node and in Chromium, in one run (bench/engine-run.ts:
// the same code, bundled by esbuild for Node and by the bench's Vite build for the page). Rows: the time of each
// contestant at 10,000 and 100,000 entries, ours against the fastest peer, and the growth from 10k to 100k.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, p90 } from './stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const OURS = 'order-widgets';
export const ENGINE_SIZES = [10_000, 100_000];


/** The contest in this Node process: bench/engine-run.ts bundled by esbuild (production, as a Node app would bundle it). */
async function inNode(options) {
  const dir = mkdtempSync(join(tmpdir(), 'order-widgets-engine-'));
  try {
    const outfile = join(dir, 'engine-run.mjs');
    await build({
      entryPoints: [join(root, 'bench/engine-run.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
      outfile, minify: true, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    });
    const { runContest } = await import(pathToFileURL(outfile).href);
    return await runContest(options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The contest in a fresh Chromium page (the bench page engine.html, built by Vite in production mode). */
async function inChromium(browser, base, options) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/engine.html`);
    await page.waitForFunction(() => typeof window.runContest === 'function');
    return await page.evaluate((opts) => window.runContest(opts), options);
  } finally {
    await context.close();
  }
}

const fixed = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Rows for one environment's results: a row per size, then the growth row. */
function rowsOf(environment, results) {
  const rows = [];
  const medians = results.map(({ times }) => Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)])));
  results.forEach(({ size, times, found }, i) => {
    const peers = Object.keys(times).filter((name) => name !== OURS);
    const best = peers.reduce((a, b) => (medians[i][a] <= medians[i][b] ? a : b));
    const ratio = medians[i][OURS] / medians[i][best];
    const summary = found[OURS];
    rows.push({
      name: `Engine, ${size.toLocaleString('en')} pasted entries: read, canonicalise, duplicates, nested ranges (${environment})`,
      unit: 'ms',
      ours: { median: medians[i][OURS], p90: p90(times[OURS]) },
      peers: peers.map((name) => ({ name, median: medians[i][name], p90: p90(times[name]) })),
      ratio: { to: best, value: ratio },
      target: 'faster than every peer (ratio < 1)',
      met: ratio < 1,
      notes: [`${summary.entries.toLocaleString('en')} entries, ${summary.duplicates} duplicate groups and ${summary.nested} nested pairs, found alike by every contestant (digest ${summary.digest}).`],
    });
  });
  if (results.length === 2) {
    const names = Object.keys(results[0].times);
    const growth = Object.fromEntries(names.map((name) => [name, medians[1][name] / medians[0][name]]));
    const peers = names.filter((name) => name !== OURS);
    const best = peers.reduce((a, b) => (growth[a] <= growth[b] ? a : b));
    rows.push({
      name: `Engine growth from ${results[0].size.toLocaleString('en')} to ${results[1].size.toLocaleString('en')} entries (${environment})`,
      unit: '×',
      ours: { median: growth[OURS] },
      peers: peers.map((name) => ({ name, median: growth[name] })),
      ratio: { to: best, value: growth[OURS] / growth[best] },
      target: 'no worse than the best peer’s (ratio ≤ 1)',
      met: growth[OURS] <= growth[best],
      notes: [`Time at ${results[1].size.toLocaleString('en')} ÷ time at ${results[0].size.toLocaleString('en')}: ${names.map((name) => `${name} ${fixed(growth[name])}×`).join(', ')}.`],
    });
  }
  return rows;
}

/** The engine rows: Node first, then Chromium. */
export async function benchEngine({ browser, base, quick = false, log = () => {} }) {
  const options = { sizes: ENGINE_SIZES, rounds: quick ? 3 : 9, iterations: quick ? 2 : 3 };
  log('engine contest in Node…');
  const node = await inNode(options);
  log('engine contest in Chromium…');
  const chromium = await inChromium(browser, base, options);
  return [...rowsOf('Node', node), ...rowsOf('Chromium', chromium)];
}
