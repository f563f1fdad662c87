// The editor-list case of `npm run bench`: <trusted-sources-editor> holding 1,000 sources beside three peers holding the
// same rows (bench/list-peers.ts: a bare Lit list, a plain <input> list, a Lit list of Shoelace controls), measured in
// the same run, interleaved (each run visits every list, in a rotating order). Each list lives in a browser context of
// its own (its own renderer, so the heap figures are its own). Per run and list: the first render (create → rendered,
// styled and laid out, timed in the page), the DOM nodes, the heap after render (CDP: garbage collected, then
// Runtime.getHeapUsage: V8's heap and Blink's, where the DOM lives), and keystrokes under Chrome's tracing (the
// `devtools.timeline` events DevTools' Performance panel reads: the main thread's work from keydown to the commit of
// the next frame, split into script, style, layout and paint, and the EventTiming interaction's duration, what INP
// measures). Then 10,000 pasted rows, as the editor's rules allow.

import { median, p90 } from './stats.mjs';

const KINDS = ['ours', 'lit', 'plain', 'shoelace'];
const PEERS = { lit: 'bare Lit list', plain: 'plain <input> list', shoelace: 'Shoelace 2.20 list' };
const ROWS = 1_000;
const PASTED = 10_000;
const VIEWPORT = { width: 1280, height: 800 };
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'].join(',');

const stats = (values) => ({ median: median(values), p90: p90(values) });
const round = (value, digits = 2) => Number(value.toFixed(digits));

/**
 * Opens a peer page (`path`, whose API is `window[bench]`) for one `kind` in a context of its own (its own renderer, so
 * the heap figures are its own), with a CDP session for the heap and the trace.
 */
export async function openPeerPage(browser, base, kind, { path, bench }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${base}/${path}`);
  await page.waitForFunction((name) => window[name], bench);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return { kind, bench, context, page, cdp };
}

/** Opens a list's page (bench/list-peers.ts). */
export const openList = (browser, base, kind) => openPeerPage(browser, base, kind, { path: 'list-peers.html', bench: 'listBench' });

async function heap(cdp) {
  // Twice: the first pass can leave garbage that only a second one finds (weak references, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
}

/** Runs `action` under Chrome's tracing and returns the trace's events. */
export async function traced(cdp, action, categories = TRACE_CATEGORIES) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']);
const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask';

/**
 * The main thread's top-level tasks overlapping [from, to] (trace µs): their wall time and their thread (CPU) time, in
 * ms. On a shared machine the thread time is the robust one: wall time also counts the waits for a core.
 */
function taskTime(main, from, to) {
  let wall = 0;
  let cpu = 0;
  for (const task of main) {
    if (!isTask(task) || !task.dur) continue;
    const overlap = Math.min(task.ts + task.dur, to) - Math.max(task.ts, from);
    if (overlap <= 0) continue;
    wall += overlap;
    cpu += overlap * ((task.tdur ?? task.dur) / task.dur);
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/** The renderer's main thread in a trace: the thread that ran `event`. */
const mainThreadOf = (events, event) => events.filter((e) => e.pid === event.pid && e.tid === event.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);

/**
 * Each keystroke of a trace: the main thread's work from the task that dispatches keydown to the end of the task that
 * commits the next frame after the change event (its tasks' wall time and CPU time, idle time between them left
 * out), the CPU time split into style (UpdateLayoutTree), layout, paint (pre-paint, paint, layerize, commit) and the
 * rest (script: event handlers, microtasks, Lit's update, the browser's editing); and the interaction's EventTiming
 * duration (keydown to the next paint, as INP counts it; Chrome rounds it to 8 ms).
 * `changeEvents`: the event types that show the key changed something (one must be dispatched on the main thread
 * after each keydown, or the keystroke is an error; e.g. Shoelace's `sl-input`, a custom event); empty: the frame
 * after the keydown itself closes the keystroke.
 */
export function keystrokesOf(events, { changeEvents = ['input'] } = {}) {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  if (!keydowns.length) throw new Error('no keydown in the trace');
  const main = mainThreadOf(events, keydowns[0]);
  const tasks = main.filter(isTask);
  const timings = events.filter((e) => e.name === 'EventTiming' && (e.ph === 'b' || e.ph === 'X') && e.args?.data?.interactionId);
  return keydowns.map((keydown, i) => {
    const limit = keydowns[i + 1]?.ts ?? Infinity;
    const input = changeEvents.length
      ? main.find((e) => e.name === 'EventDispatch' && changeEvents.includes(e.args?.data?.type) && e.ts >= keydown.ts && e.ts < limit)
      : keydown;
    if (!input) throw new Error(`a keystroke without an ${changeEvents.join(' or ')} event in the trace`);
    const commit = main.find((e) => e.name === 'Commit' && e.ts > input.ts && e.ts < limit)
      ?? main.find((e) => e.name === 'Paint' && e.ts > input.ts && e.ts < limit);
    if (!commit) throw new Error('a keystroke without a frame after it in the trace');
    const start = (tasks.filter((t) => t.ts <= keydown.ts).at(-1) ?? keydown).ts;
    const end = commit.ts + commit.dur;
    const cpuOf = (name) => main
      .filter((e) => e.ts >= start && e.ts < end && (typeof name === 'string' ? e.name === name : name.has(e.name)))
      .reduce((total, e) => total + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    const { wall, cpu } = taskTime(main, start, end);
    const style = cpuOf('UpdateLayoutTree');
    const layout = cpuOf('Layout');
    const paint = cpuOf(PAINT);
    const interaction = timings.filter((e) => e.ts >= keydown.ts - 1000 && e.ts < limit).map((e) => e.args.data.duration ?? e.dur / 1000);
    return {
      total: wall,
      cpu,
      style,
      layout,
      paint,
      script: Math.max(0, cpu - style - layout - paint),
      eventTiming: interaction.length ? Math.max(...interaction) : NaN,
    };
  });
}

/**
 * One first render on a peer page opened by `openPeerPage`: `window[bench].render(...args)` after a `clear()`, timed
 * in the page (`ms` of its answer) and traced lightly (top-level tasks and the page's marks `<marks>-start` and
 * `<marks>-end` only): the main thread's CPU time between the marks; then the DOM nodes, and the heap it holds once
 * settled (bytes: V8's, and Blink's where the DOM lives). Returns the page's answer too.
 */
export async function measureRender({ kind, bench, page, cdp }, marks, args) {
  const call = (method, ...rest) => page.evaluate(([b, m, a]) => window[b][m](...a), [bench, method, rest]);
  await call('clear');
  const before = await heap(cdp);
  let answer;
  const renderEvents = await traced(cdp, async () => {
    answer = await call('render', ...args);
  }, 'toplevel,blink.user_timing');
  const mark = (name) => renderEvents.find((e) => e.name === name);
  const [from, to] = [mark(`${marks}-start`), mark(`${marks}-end`)];
  if (!from || !to) throw new Error(`${kind}: the render's marks are missing from the trace`);
  const renderCpu = taskTime(mainThreadOf(renderEvents, from), from.ts, to.ts).cpu;
  const nodes = await call('nodes');
  await call('settled');
  const after = await heap(cdp);
  return { answer, render: answer.ms, renderCpu, nodes, heap: after.js - before.js, dom: after.dom - before.dom };
}

/**
 * Runs `once(page)` on every page, `warmup + runs` times, in a rotating order (no page always runs first, or right
 * after the same other one); returns the measured runs' results by the pages' kinds.
 */
export async function interleaved(pages, warmup, runs, once) {
  const results = Object.fromEntries(pages.map((p) => [p.kind, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let k = 0; k < pages.length; k++) {
      const page = pages[(i + k) % pages.length];
      const result = await once(page);
      if (i >= warmup) results[page.kind].push(result);
    }
  }
  return results;
}

/**
 * Makes the rows of a comparison: ours (`results.ours`) beside each kind of `peers` (kind → name), with the ratio of
 * medians to the peer `to`.
 */
export function peerRows(results, peers) {
  const values = (kind, pick) => results[kind].flatMap(pick);
  return (name, unit, pick, target, limit, to = 'lit') => {
    const ours = stats(values('ours', pick));
    const rows = Object.entries(peers).map(([kind, peerName]) => ({ name: peerName, ...stats(values(kind, pick)) }));
    const peer = rows.find((p) => p.name === peers[to]);
    const ratio = { to: peers[to], value: Number((ours.median / peer.median).toPrecision(3)) };
    return { name, unit, ours, peers: rows, ratio, target, met: limit === undefined ? null : limit(ours, ratio), notes: [] };
  };
}

/** One run of one list: render, count, weigh, then type `keys` keystrokes into its middle row under a trace. */
export async function runOnce(list, keys) {
  const { page, cdp } = list;
  const measured = await measureRender(list, 'list-render', [list.kind, ROWS]);
  if (measured.answer.rows !== ROWS) throw new Error(`${list.kind}: ${measured.answer.rows} rows rendered, not ${ROWS}`);
  const original = await page.evaluate(() => window.listBench.focusMiddle());
  await page.evaluate(() => window.listBench.settled());
  const texts = [];
  const events = await traced(cdp, async () => {
    for (let k = 0; k < keys; k++) {
      // Alternately delete the last character and type it again: every key is one real edit.
      await page.keyboard.press(k % 2 === 0 ? 'Backspace' : original.at(-1));
      await page.evaluate(() => window.listBench.settled());
      texts.push(await page.evaluate(() => window.listBench.focusedValue()));
      // A pause, so the next key does not land in this one's frame.
      await page.waitForTimeout(50);
    }
  });
  texts.forEach((text, k) => {
    const expected = k % 2 === 0 ? original.slice(0, -1) : original;
    if (text !== expected) throw new Error(`${list.kind}: after key ${k + 1} the row holds "${text}", not "${expected}"`);
  });
  return {
    render: measured.render,
    renderCpu: measured.renderCpu,
    nodes: measured.nodes,
    heap: measured.heap / 2 ** 20,
    dom: measured.dom / 2 ** 20,
    keys: keystrokesOf(events),
  };
}

/**
 * @param {{ browser: import('playwright-core').Browser, base: string, runs: number, quick: boolean, log: (text: string) => void }} options
 * @returns {Promise<Array<{ name: string, unit: 'ms' | 'nodes' | 'MB', ours: { median: number, p90: number }, peers: Array<{ name: string, median: number, p90: number }>, ratio: { to: string, value: number }, target: string, met: boolean | null, notes: string[] }>>}
 */
export async function benchEditorList({ browser, base, runs, quick, log }) {
  const warmup = quick ? 1 : 2;
  const keys = quick ? 4 : 6;
  log(`case 6: a list of ${ROWS.toLocaleString('en')} sources, the editor beside ${Object.values(PEERS).join(', ')} (${warmup} warm-up + ${runs} interleaved runs, ${keys} traced keys each)`);
  const lists = [];
  for (const kind of KINDS) lists.push(await openList(browser, base, kind));
  try {
    const results = await interleaved(lists, warmup, runs, (list) => runOnce(list, keys));
    // 10,000 pasted rows: pasted into an empty editor, as the rules allow (the editor's own cap, MAX_EDITOR_ROWS).
    const ours = lists[0];
    const pasted = [];
    for (let i = 0; i < warmup + Math.min(runs, 5); i++) {
      await ours.page.evaluate(() => window.listBench.clear());
      await ours.page.evaluate(() => window.listBench.render('ours', 0));
      const result = await ours.page.evaluate((n) => window.listBench.pasteIntoEditor(n), PASTED);
      if (i >= warmup) pasted.push(result);
    }
    // What showing them would cost: the bare Lit list's and the plain list's first render of 10,000 rows (one run
    // each: they take seconds here; Shoelace's, tens of seconds, is left out).
    const bigPeers = {};
    for (const list of lists.filter((l) => l.kind === 'lit' || l.kind === 'plain')) {
      bigPeers[list.kind] = [];
      for (let i = 0; i < 1; i++) {
        await list.page.evaluate(() => window.listBench.clear());
        bigPeers[list.kind].push((await list.page.evaluate((n) => window.listBench.render(n[0], n[1]), [list.kind, PASTED])).ms);
      }
      await list.page.evaluate(() => window.listBench.clear());
    }
    return report(results, pasted, bigPeers, { runs, warmup, keys });
  } finally {
    for (const list of lists) await list.context.close();
  }
}

function report(results, pasted, bigPeers, { runs, warmup, keys }) {
  const values = (kind, pick) => results[kind].flatMap(pick);
  const row = peerRows(results, PEERS);
  const keyPick = (field) => (r) => r.keys.map((k) => k[field]);
  const render = row(`First render of ${ROWS.toLocaleString('en')} rows (create → rendered, styled, laid out): wall time`, 'ms', (r) => [r.render], '≤ 1.25× the bare Lit list', (_, ratio) => ratio.value <= 1.25);
  render.notes.push(`Each list in a browser context of its own; ${runs} runs after ${warmup} warm-up, interleaved (each run visits the four lists in a rotating order). Rows: ${ROWS.toLocaleString('en')} distinct sources (bench/sources.ts), each an address input, a label input and a remove button; the peers are bench/list-peers.ts. Timed in the page: from creating the element to its update complete and a forced style and layout of the document.`);
  const renderCpu = row(`The same first render: the main thread's CPU time`, 'ms', (r) => [r.renderCpu], '≤ 1.25× the bare Lit list', (_, ratio) => ratio.value <= 1.25);
  renderCpu.notes.push('Traced lightly (toplevel, blink.user_timing): the thread time of the main thread\'s tasks between the render\'s marks. On a shared machine the robust figure: wall time also counts the waits for a core.');
  const nodes = row('DOM nodes of the list (elements, text, comments; shadow trees included, the browser\'s own in <input> not)', 'nodes', (r) => [r.nodes], 'proportional and small', undefined);
  nodes.notes.push(`Per row: ours ${round(nodes.ours.median / ROWS, 1)}, ${nodes.peers.map((p) => `${p.name} ${round(p.median / ROWS, 1)}`).join(', ')}.`);
  const heapRow = row('JS heap held by the list after render (garbage collected)', 'MB', (r) => [r.heap], 'proportional and small', undefined);
  const dom = (kind) => median(values(kind, (r) => [r.dom]));
  heapRow.notes.push(`CDP HeapProfiler.collectGarbage (twice), then Runtime.getHeapUsage before the list and after it: V8's usedSize. Blink's own heap (the DOM, embedderHeapUsedSize) grew by ours ${round(dom('ours'), 1)} MB, ${KINDS.slice(1).map((k) => `${PEERS[k]} ${round(dom(k), 1)} MB`).join(', ')}.`);
  const key = row(`A whole keystroke in row ${ROWS / 2 + 1} (keydown → the next frame committed): the main thread's CPU time`, 'ms', keyPick('cpu'), '≤ 16 ms', (ours) => ours.median <= 16);
  const part = (kind, field) => round(median(values(kind, keyPick(field))), 1);
  const split = (kind) => `${part(kind, 'total')} wall; CPU: script ${part(kind, 'script')}, style ${part(kind, 'style')}, layout ${part(kind, 'layout')}, paint ${part(kind, 'paint')}`;
  key.notes.push(`${keys} real keys per run (page.keyboard.press: alternately Backspace and the deleted character; in the editor, the Backspace turns a /24 into a /2 that holds a quarter of the list; the overlap warnings of those rows wait until the row is committed, as the README says, while the value and validity follow each key), ${runs} runs, under Chrome's tracing (${TRACE_CATEGORIES}; tracing slows the page a little, all lists alike). The main thread's tasks from the one that dispatches keydown to the one that commits the frame after the input event, idle time between them left out; medians in ms: ours ${split('ours')}; ${KINDS.slice(1).map((k) => `${PEERS[k]} ${split(k)}`).join('; ')}.`);
  const inp = row('The keystroke\'s interaction latency (EventTiming duration: keydown → next paint, as INP counts it)', 'ms', keyPick('eventTiming'), '≤ the bare Lit list\'s', (_, ratio) => ratio.value <= 1);
  inp.notes.push('From the trace\'s EventTiming events (the ones DevTools\' interactions track shows): the longest of the interaction\'s events. Wall time: it counts the waits for a core and for the next vsync (up to 16.7 ms), and Chrome rounds it to 8 ms, so even the plain <input> list, which runs no script, stays above 16 ms here; the one-frame target is the keystroke\'s work (the row above), and this row is held to the peer.');
  const first = pasted[0];
  const paste = {
    name: `${PASTED.toLocaleString('en')} rows pasted into the editor's new-address field`,
    unit: 'ms',
    ours: stats(pasted.map((p) => p.ms)),
    peers: Object.keys(bigPeers).map((kind) => ({ name: `${PEERS[kind]}, first render of ${PASTED.toLocaleString('en')} rows`, ...stats(bigPeers[kind]) })),
    ratio: { to: PEERS.lit, value: Number((median(pasted.map((p) => p.ms)) / median(bigPeers.lit)).toPrecision(3)) },
    target: 'usable if the rules allow them',
    met: first.rows >= PASTED ? true : null,
    notes: [
      first.rows >= PASTED
        ? `All ${PASTED.toLocaleString('en')} rows added.`
        : `The rules do not allow them: the editor holds at most MAX_EDITOR_ROWS (1,000) rows, whatever its rules, so it refuses the paste whole and says why (${first.rows} rows added; the message: "${first.message}"; announced: "${first.announcement}"). The time is from the paste event to that message rendered and laid out. The peers' column is what showing ${PASTED.toLocaleString('en')} rows would cost instead: the bare Lit list's and the plain list's first render of that many (one run each; Shoelace's is left out, it takes tens of seconds here).`,
    ],
  };
  return [render, renderCpu, nodes, heapRow, key, inp, paste];
}
