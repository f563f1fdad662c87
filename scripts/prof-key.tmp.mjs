// Temporary: CPU profile of keystrokes in the 1,000-row editor (not committed).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.mjs';
const benchDir = join(process.cwd(), 'bench');
const outDir = '/tmp/prof/out';
if (!process.env.NOBUILD) await build({ root: benchDir, base: './', mode: 'production', logLevel: 'error', publicDir: false,
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: false, sourcemap: false, rolldownOptions: { input: { 'list-peers': join(benchDir, 'list-peers.html') } } } });
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
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const N = Number(process.env.N ?? 40);
for (let k = 0; k < N; k++) {
  await page.keyboard.press(k % 2 === 0 ? 'Backspace' : original.at(-1));
  await page.evaluate(() => window.listBench.settled());
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; const total = new Map();
profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
for (const [k, v] of rows) console.log((v / 1000 / N).toFixed(2).padStart(7), 'ms/key', k);
await browser.close(); server.close();
