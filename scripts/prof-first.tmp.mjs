// Temporary: where the CDN page's first step goes (not committed).
import { createServer } from 'node:http';
import { readFileSync, statSync, mkdtempSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.mjs';
import { buildFirstStepPages } from './bench/first-step.mjs';
const outDir = process.env.OUT ?? mkdtempSync(join(tmpdir(), 'fs-'));
if (!process.env.OUT) await buildFirstStepPages(outDir);
console.log(outDir);
const server = createServer((req, res) => { const u = new URL(req.url, 'http://x'); const p = normalize(join(outDir, u.pathname)); if (!statSync(p, { throwIfNoEntry: false })?.isFile()) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': extname(p) === '.js' ? 'text/javascript' : 'text/html', 'cache-control': 'no-store' }); res.end(readFileSync(p)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: ensureBrowser(), headless: true, args: CHROMIUM_ARGS });
const rate = Number(process.env.RATE ?? 4);
const CATS = 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing,v8,v8.execute';
for (const name of (process.env.PAGES ?? 'ours,floor').split(',')) {
  const sums = {};
  const vis = [];
  const N = Number(process.env.N ?? 5);
  for (let i = 0; i < N + 1; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const visible = new Promise((done) => tab.on('console', (m) => { if (m.text() === 'first-step-visible') done(); }));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { categories: CATS, transferMode: 'ReportEvents' });
    await tab.goto(`http://127.0.0.1:${server.address().port}/first-step/${name}.html`, { waitUntil: 'commit' });
    await visible;
    await tab.waitForLoadState('networkidle');
    const complete = new Promise((d) => cdp.once('Tracing.tracingComplete', d));
    await cdp.send('Tracing.end'); await complete;
    const mark = events.find((e) => e.name === 'first-step-visible');
    const probe = events.find((e) => e.name === 'first-step-probe');
    const markTime = await tab.evaluate(() => performance.getEntriesByName('first-step-visible')[0].startTime);
    await context.close();
    if (i === 0) continue;
    vis.push(markTime);
    const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= probe.ts - 1 && e.ts < mark.ts);
    for (const e of main) {
      const k = e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'V8.CompileCode' ? e.name : e.name;
      sums[k] = (sums[k] ?? 0) + (e.tdur ?? e.dur) / 1000;
    }
    if (process.env.TASKS && i === 1) {
      const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').map((t) => {
        const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 2000).map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${(e.dur / 1000).toFixed(1)}`);
        return `${((t.ts - probe.ts) / 1000).toFixed(0)}+${(t.dur / 1000).toFixed(1)}ms: ${inside.slice(0, 8).join(' | ')}`;
      });
      console.log(tasks.filter((t) => !t.endsWith(': ')).join('\n'));
    }
  }
  vis.sort((a, b) => a - b);
  console.log(`${name}: visible median ${vis[Math.floor(vis.length / 2)].toFixed(0)} ms (${vis.map((v) => v.toFixed(0)).join(' ')})`);
  for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log('  ', (v / N).toFixed(1).padStart(7), k);
}
await browser.close(); server.close();
