import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.mjs';
const outDir = '/tmp/prof/out';
const server = createServer((req, res) => { const u = new URL(req.url, 'http://x'); const p = normalize(join(outDir, u.pathname)); if (!statSync(p, { throwIfNoEntry: false })?.isFile()) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': extname(p) === '.js' ? 'text/javascript' : 'text/html' }); res.end(readFileSync(p)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: ensureBrowser(), headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/list-peers.html`);
await page.waitForFunction(() => window.listBench);
const kind = process.env.KIND ?? 'ours';
await page.evaluate((k) => window.listBench.render(k, 1000), kind);
await page.evaluate(() => window.listBench.settled());
const original = await page.evaluate(() => window.listBench.focusMiddle());
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing,v8', transferMode: 'ReportEvents' });
const N = Number(process.env.N ?? 10);
for (let k = 0; k < N; k++) {
  await page.keyboard.press(k % 2 === 0 ? 'Backspace' : original.at(-1));
  await page.evaluate(() => window.listBench.settled());
  await page.waitForTimeout(50);
}
const complete = new Promise((d) => cdp.once('Tracing.tracingComplete', d));
await cdp.send('Tracing.end'); await complete;
const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
const main = events.filter((e) => e.pid === keydowns[0].pid && e.tid === keydowns[0].tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
// self time per name within [keydown task start, commit end]
const self = new Map();
for (let i = 0; i < keydowns.length; i++) {
  const kd = keydowns[i]; const limit = keydowns[i + 1]?.ts ?? Infinity;
  const input = main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input' && e.ts >= kd.ts && e.ts < limit);
  const commit = main.find((e) => e.name === 'Commit' && e.ts > input.ts && e.ts < limit);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const start = (tasks.filter((t) => t.ts <= kd.ts).at(-1) ?? kd).ts; const end = commit.ts + commit.dur;
  const inWin = main.filter((e) => e.ts >= start && e.ts + e.dur <= end);
  // self time: dur minus children's dur (nesting by containment)
  const stack = [];
  for (const e of inWin) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.__child = (parent.__child ?? 0) + (e.tdur ?? e.dur);
    stack.push(e);
  }
  for (const e of inWin) {
    const key = e.name + (e.name === 'EventDispatch' ? ':' + e.args?.data?.type : '') + (e.name === 'FunctionCall' ? ':' + (e.args?.data?.functionName ?? '') : '');
    self.set(key, (self.get(key) ?? 0) + ((e.tdur ?? e.dur) - (e.__child ?? 0)) / 1000);
  }
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / keydowns.length).toFixed(2).padStart(7), k);
await browser.close(); server.close();
