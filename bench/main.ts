// The benchmark page of cases 2–3: `scripts/bench.mjs` loads it in headless Chromium and calls `window.bench.*`.
// Every time is taken here, in the page, with performance.now(); the harness only drives and collects.
import '../src/define.js';
import type { TrustedSourcesEditor } from '../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { BenchPlainForm } from './plain-form.js';
import { distinctSources } from './sources.js';

// Defined here, not in plain-form.ts: the package's `sideEffects` list would let the bundler drop a bare import.
customElements.define('bench-plain-form', BenchPlainForm);

type Updatable = HTMLElement & { updateComplete: Promise<boolean>; renderRoot: DocumentFragment | HTMLElement };

const now = () => performance.now();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Between runs, not timed: a full GC (when Chromium runs with --expose-gc), so no run pays for an earlier one's garbage. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();
/** After the next frame was produced (rAF, then a task: style, layout and paint of that frame are done). */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stage = () => document.getElementById('stage')!;

/** Waits until an element and the custom elements in its shadow root have no update pending. */
async function settle(element: Updatable): Promise<void> {
  if (!(element.updateComplete instanceof Promise)) throw new Error(`<${element.localName}> is not a Lit element (not defined?)`);
  while (!(await element.updateComplete));
  for (const child of element.renderRoot.querySelectorAll('*')) {
    if ('updateComplete' in child) await settle(child as Updatable);
  }
}

/** Forces style and layout of the whole document (shadow trees included) now. */
const layout = () => document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;

// ---- Case 2: one keystroke in an editor ----

let editor: TrustedSourcesEditor | undefined;
let pending: Promise<{ script: number; task: number; frame: number; text: string }> | undefined;

async function editorSetup(count: number) {
  stage().replaceChildren();
  editor = document.createElement('trusted-sources-editor');
  editor.rules = { maxEntries: Math.max(100, count) };
  editor.value = distinctSources(count);
  const t0 = now();
  stage().append(editor);
  await settle(editor);
  const firstRender = now() - t0;
  await afterFrame();
  const inputs = editor.renderRoot.querySelectorAll<HTMLInputElement>('input.address');
  const input = inputs[Math.floor(inputs.length / 2)]!;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  return { rows: inputs.length, row: Math.floor(inputs.length / 2) + 1, text: input.value, firstRender, findings: editor.renderRoot.querySelectorAll('.message').length };
}

/**
 * Times the next keystroke. `script`: from the row input's `input` event (window, capture: the first listener) to the
 * editor's update complete: the editor's handler, the list check and Lit's update, all script. `task`: from keydown to
 * the end of the task that handles the key (the browser's editing, forced style and layout, the script). `frame`: from
 * keydown until the next frame is done.
 */
function armKeystroke() {
  const host = editor!;
  let keydown = NaN;
  let input = NaN;
  let taskEnd: Promise<number> | undefined;
  window.addEventListener('keydown', () => {
    keydown = now();
    taskEnd = new Promise((resolve) => setTimeout(() => resolve(now()), 0));
  }, { capture: true, once: true });
  window.addEventListener('input', () => (input = now()), { capture: true, once: true });
  pending = new Promise((resolve) => {
    host.addEventListener('input', async () => {
      while (!(await host.updateComplete));
      const script = now() - input;
      const task = (await taskEnd!) - keydown;
      const text = (host.shadowRoot?.activeElement as HTMLInputElement | null | undefined)?.value ?? '';
      await afterFrame();
      resolve({ script, task, frame: now() - keydown, text });
    }, { once: true });
  });
}

const keystrokeResult = () => pending!;

// ---- Case 3: the wizard's first render and a step change (and the plain form) ----

/** What the first Intl number formats and plural rules cost in this renderer (only the first call pays). */
function intlCost() {
  const t0 = now();
  for (const locale of ['en']) {
    new Intl.NumberFormat(locale).format(1);
    new Intl.PluralRules(locale).select(1);
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1);
  }
  return now() - t0;
}

async function firstRender(tag: 'order-wizard' | 'bench-plain-form') {
  sessionStorage.clear();
  stage().replaceChildren();
  const t0 = now();
  const element = document.createElement(tag) as unknown as Updatable;
  stage().append(element);
  await settle(element);
  const script = now() - t0;
  layout();
  const withLayout = now() - t0;
  const root = element.renderRoot;
  return { script, withLayout, heading: root.querySelector('#step-heading')?.textContent?.trim(), options: root.querySelectorAll('[role=radio]').length };
}

/** `pause`: milliseconds between the choice's frame and Next (0: at once, as fast as a script can). */
async function stepChange(tag: 'order-wizard' | 'bench-plain-form', pause = 0) {
  const element = stage().querySelector(tag) as unknown as Updatable;
  const root = element.renderRoot as ShadowRoot;
  root.querySelector<HTMLElement>('[role=radio][data-value="postgresql"]')!.click();
  await settle(element);
  await afterFrame();
  if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  const focused = new Promise((resolve) => element.addEventListener('focusin', resolve, { once: true }));
  // The marks bound the step in a trace (scripts/bench.mjs, 3e: the main thread's CPU time).
  performance.mark('bench-step-start');
  const t0 = now();
  root.querySelector<HTMLElement>('button.next')!.click();
  await focused;
  await settle(element);
  const script = now() - t0;
  performance.mark('bench-step-end');
  layout();
  const withLayout = now() - t0;
  return { script, withLayout, focus: root.activeElement?.id, heading: root.querySelector('#step-heading')?.textContent?.trim() };
}

declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => unknown>;
  }
}

window.bench = { editorSetup, armKeystroke, keystrokeResult, intlCost, firstRender, stepChange };
