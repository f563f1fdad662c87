// The picker case of `npm run bench`: <node-size-picker> offering the example catalog's Keycloak node types and sizes
// beside three peers offering the same choice with the same texts (bench/picker-peers.ts: a bare Lit radio group, a
// plain <input type=radio> group, Shoelace 2's <sl-radio-group>), measured in the same run, interleaved, each in a
// browser context of its own, as the editor-list case does (scripts/bench/editor-list.mjs, whose helpers this uses).
// Per run and picker: the first render (timed in the page, and the main thread's CPU time between its marks), the DOM
// nodes, the heap after render, and ArrowDown presses in the size group under Chrome's tracing, each moving the
// selection to the next size: the main thread's work from keydown to the commit of the next frame, and the
// EventTiming interaction's duration (what INP measures).

import { median } from './stats.mjs';
import { interleaved, keystrokesOf, measureRender, openPeerPage, peerRows, traced } from './editor-list.mjs';

const PEERS = { lit: 'bare Lit radio group', plain: 'plain <input type=radio> group', shoelace: 'Shoelace 2.20 radio group' };
const KINDS = ['ours', ...Object.keys(PEERS)];
// What each picker dispatches when an arrow key moves its selection: the frame after it closes the key's window. Ours
// fires a native `input` (and `change`), as do the native radios; Shoelace's group fires only its own `sl-change` and
// `sl-input`.
const CHANGE_EVENTS = { ours: ['input'], lit: ['input'], plain: ['input'], shoelace: ['sl-input'] };

const round = (value, digits = 2) => Number(value.toFixed(digits));

/**
 * One run of one picker: render (the cheapest size checked), count, weigh, note the sizes it shows; then press ArrowDown `keys` times in the size group under a trace, checking after each key
 * that the next size (wrapping around) is checked and focused.
 */
async function runOnce(picker, keys) {
  const { page, cdp, kind } = picker;
  const measured = await measureRender(picker, 'picker-render', [kind]);
  const sizes = await page.evaluate(() => window.pickerBench.sizes());
  const shown = JSON.stringify(sizes.map(({ id, text }) => ({ id, text })));
  const ids = sizes.map((s) => s.id);
  const first = await page.evaluate(() => window.pickerBench.focusChecked());
  if (first !== sizes.find((s) => s.checked)?.id) throw new Error(`${kind}: "${first}" has focus, not the checked size`);
  await page.evaluate(() => window.pickerBench.settled());
  const seen = [];
  const events = await traced(cdp, async () => {
    for (let k = 0; k < keys; k++) {
      await page.keyboard.press('ArrowDown');
      await page.evaluate(() => window.pickerBench.settled());
      seen.push(await page.evaluate(() => window.pickerBench.selection()));
      // A pause, so the next key does not land in this one's frame.
      await page.waitForTimeout(50);
    }
  });
  seen.forEach(({ checked, focused }, k) => {
    const expected = ids[(ids.indexOf(first) + k + 1) % ids.length];
    if (checked !== expected || focused !== expected) throw new Error(`${kind}: after ArrowDown ${k + 1}, "${checked}" is checked and "${focused}" focused, not "${expected}"`);
  });
  return {
    shown,
    options: ids.length,
    render: measured.render,
    renderCpu: measured.renderCpu,
    nodes: measured.nodes,
    heap: measured.heap / 2 ** 10,
    dom: measured.dom / 2 ** 10,
    keys: keystrokesOf(events, { changeEvents: CHANGE_EVENTS[kind] }),
  };
}

/**
 * @param {{ browser: import('playwright-core').Browser, base: string, runs: number, quick: boolean, log: (text: string) => void }} options
 * @returns {Promise<Array<{ name: string, unit: 'ms' | 'nodes' | 'KB', ours: { median: number, p90: number }, peers: Array<{ name: string, median: number, p90: number }>, ratio: { to: string, value: number }, target: string, met: boolean | null, notes: string[] }>>}
 */
export async function benchPicker({ browser, base, runs, quick, log }) {
  const warmup = quick ? 1 : 2;
  const keys = quick ? 4 : 6;
  log(`case 7: a node-size picker, ours beside ${Object.values(PEERS).join(', ')} (${warmup} warm-up + ${runs} interleaved runs, ${keys} traced arrow keys each)`);
  const pickers = [];
  for (const kind of KINDS) pickers.push(await openPeerPage(browser, base, kind, { path: 'picker-peers.html', bench: 'pickerBench' }));
  try {
    const results = await interleaved(pickers, warmup, runs, (picker) => runOnce(picker, keys));
    // The same choice, or the comparison means nothing: every peer shows the sizes ours shows, with the same texts.
    const reference = results.ours[0].shown;
    for (const kind of KINDS) {
      const other = results[kind].find((r) => r.shown !== reference);
      if (other) throw new Error(`${kind}: the sizes shown differ from ours: ${other.shown}, not ${reference}`);
    }
    return report(results, { runs, warmup, keys, options: results.ours[0].options, shown: JSON.parse(reference) });
  } finally {
    for (const picker of pickers) await picker.context.close();
  }
}

function report(results, { runs, warmup, keys, options, shown }) {
  const values = (kind, pick) => results[kind].flatMap(pick);
  const row = peerRows(results, PEERS);
  const keyPick = (field) => (r) => r.keys.map((k) => k[field]);
  const render = row(`<node-size-picker> first render (create → rendered, styled, laid out): wall time`, 'ms', (r) => [r.render], '≤ 1.25× the bare Lit group', (_, ratio) => ratio.value <= 1.25);
  render.notes.push(`Each picker in a browser context of its own; ${runs} runs after ${warmup} warm-up, interleaved (each run visits the four pickers in a rotating order). The choice: the example catalog's Keycloak node types (a group of two, label and description) and the ${options} sizes of the type shown, cheapest first, the cheapest checked, as the picker shows them (${shown.map((s) => `"${s.text}"`).join(', ')}); the harness checks that every peer shows the same sizes with the same text. The peers are bench/picker-peers.ts. Timed in the page: from creating the element to its update complete and a forced style and layout of the document.`);
  const renderCpu = row(`The same first render: the main thread's CPU time`, 'ms', (r) => [r.renderCpu], '≤ 1.25× the bare Lit group', (_, ratio) => ratio.value <= 1.25);
  renderCpu.notes.push('Traced lightly (toplevel, blink.user_timing): the thread time of the main thread\'s tasks between the render\'s marks. On a shared machine the robust figure: wall time also counts the waits for a core. Six options take a few milliseconds, so a millisecond of noise moves the ratio by a lot; the peers get their texts ready-made (formatted once, outside the timed render), ours formats its own.');
  const nodes = row('DOM nodes of the picker (elements, text, comments; shadow trees included, the browser\'s own in <input> not)', 'nodes', (r) => [r.nodes], 'proportional and small', undefined);
  const heapRow = row('JS heap held by the picker after render (garbage collected)', 'KB', (r) => [r.heap], 'proportional and small', undefined);
  const dom = (kind) => round(median(values(kind, (r) => [r.dom])), 0);
  heapRow.notes.push(`CDP HeapProfiler.collectGarbage (twice), then Runtime.getHeapUsage before the picker and after it: V8's usedSize. Blink's own heap (the DOM, embedderHeapUsedSize) grew by ours ${dom('ours')} KB, ${Object.keys(PEERS).map((k) => `${PEERS[k]} ${dom(k)} KB`).join(', ')}.`);
  const key = row('An arrow key in the size group (keydown → the next frame committed): the main thread\'s CPU time', 'ms', keyPick('cpu'), '≤ 16 ms', (ours) => ours.median <= 16);
  const part = (kind, field) => round(median(values(kind, keyPick(field))), 1);
  const split = (kind) => `${part(kind, 'total')} wall; CPU: script ${part(kind, 'script')}, style ${part(kind, 'style')}, layout ${part(kind, 'layout')}, paint ${part(kind, 'paint')}`;
  key.notes.push(`${keys} real ArrowDown presses per run (page.keyboard.press), focus starting on the checked size, each moving the selection (and focus) to the next size, wrapping around; the harness checks both after every key. Under Chrome's tracing (tracing slows the page a little, all pickers alike): the main thread's tasks from the one that dispatches keydown to the one that commits the frame after the picker's change event (ours, the bare Lit and the plain group: \`input\`; Shoelace: \`sl-input\`), idle time between them left out; medians in ms: ours ${split('ours')}; ${Object.keys(PEERS).map((k) => `${PEERS[k]} ${split(k)}`).join('; ')}.`);
  const inp = row('The arrow key\'s interaction latency (EventTiming duration: keydown → next paint, as INP counts it)', 'ms', keyPick('eventTiming'), '≤ 16 ms (one frame)', (ours) => ours.median <= 16);
  inp.notes.push('From the trace\'s EventTiming events: the longest of the interaction\'s events. Wall time: it counts the waits for a core and for the next vsync (up to 16.7 ms), and Chrome rounds it to 8 ms.');
  return [render, renderCpu, nodes, heapRow, key, inp];
}
