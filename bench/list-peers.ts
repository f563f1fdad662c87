// The page of the editor-list case (scripts/bench/editor-list.mjs): <trusted-sources-editor> and three peers holding
// the same rows (address input, label input, remove button), each a list a page could ship:
// - `lit`: a bare LitElement list, keyed `repeat` (what an editable list needs: focus and values stay with their rows
//   when one is removed), state kept in the element, a re-render on each input;
// - `plain`: `<input>`s built with the DOM API, one delegated listener, no framework;
// - `shoelace`: the same Lit list with Shoelace 2 controls (`<sl-input>`, `<sl-button>`), its light theme loaded; each
//   input's label (Shoelace's way to name it) visually hidden, as the others' are aria-labels.
// The harness drives and times from outside (Chrome tracing, CDP heap); the page only builds, types and counts.
import '../src/elements/trusted-sources-editor/define.js';
import lightTheme from '@shoelace-style/shoelace/dist/themes/light.styles.js';
import SlButton from '@shoelace-style/shoelace/dist/components/button/button.js';
import SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import { LitElement, css, html, unsafeCSS } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TrustedSourcesEditor } from '../src/elements/trusted-sources-editor/trusted-sources-editor.js';
import { deepActiveElement, queryStage, renderTimed, settle, stageCalls } from './peer-page.js';
import { distinctSources, pastedList } from './sources.js';

// Referenced, so the bundler keeps the registering modules (the package's `sideEffects` list does not name them).
if (!SlInput || !SlButton) throw new Error('Shoelace did not load');
// Shoelace's light theme (its design tokens on :root), as its stylesheet would give it.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, lightTheme.styleSheet!];

export type Kind = 'ours' | 'lit' | 'plain' | 'shoelace';
interface Row { key: number; address: string; label: string }

const ROW_CSS = 'display:grid;grid-template-columns:minmax(10rem,2fr) minmax(6rem,1fr) auto;gap:.5rem 1rem;align-items:center;padding:.25rem 1rem;margin:0';

class BenchLitList extends LitElement {
  static override properties = { rows: { attribute: false } };
  static override styles = css`
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
    li { ${unsafeCSS(ROW_CSS)} }
    sl-input::part(form-control-label) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  `;
  declare rows: Row[];
  constructor() {
    super();
    this.rows = [];
  }
  protected onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const key = Number(target.dataset.key);
    const field = target.dataset.field as 'address' | 'label';
    this.rows = this.rows.map((r) => (r.key === key ? { ...r, [field]: target.value } : r));
  }
  protected onClick(event: Event): void {
    const key = Number((event.target as HTMLElement).closest<HTMLElement>('[data-field=remove]')?.dataset.key);
    if (key) this.rows = this.rows.filter((r) => r.key !== key);
  }
  protected row(r: Row, n: number) {
    return html`<li><input type="text" data-key=${r.key} data-field="address" .value=${r.address} aria-label=${`Address, row ${n}`}><input type="text" data-key=${r.key} data-field="label" .value=${r.label} aria-label=${`Label, row ${n}`}><button type="button" data-key=${r.key} data-field="remove" aria-label=${`Remove ${r.address}`}>Remove</button></li>`;
  }
  override render() {
    return html`<ul @input=${this.onInput} @click=${this.onClick}>${repeat(this.rows, (r) => r.key, (r, i) => this.row(r, i + 1))}</ul>`;
  }
}
customElements.define('bench-lit-list', BenchLitList);

class BenchShoelaceList extends BenchLitList {
  static override styles = BenchLitList.styles;
  protected override row(r: Row, n: number) {
    return html`<li><sl-input data-key=${r.key} data-field="address" .value=${r.address} label=${`Address, row ${n}`}></sl-input><sl-input data-key=${r.key} data-field="label" .value=${r.label} label=${`Label, row ${n}`}></sl-input><sl-button data-key=${r.key} data-field="remove" aria-label=${`Remove ${r.address}`}>Remove</sl-button></li>`;
  }
  // Shoelace's inputs fire `sl-input` and a composed native `input`; retargeted, the list sees the <sl-input>.
}
customElements.define('bench-shoelace-list', BenchShoelaceList);

/** The plain list: DOM API, no framework; one listener on the list keeps `rows` up to date. */
function plainList(rows: Row[]): HTMLElement {
  const ul = document.createElement('ul');
  ul.style.cssText = 'list-style:none;margin:0;padding:0;display:grid;gap:.5rem';
  const input = (key: number, field: string, value: string, label: string) => {
    const el = document.createElement('input');
    el.type = 'text';
    el.dataset.key = String(key);
    el.dataset.field = field;
    el.value = value;
    el.setAttribute('aria-label', label);
    return el;
  };
  rows.forEach((r, i) => {
    const li = document.createElement('li');
    li.style.cssText = ROW_CSS;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.key = String(r.key);
    button.dataset.field = 'remove';
    button.setAttribute('aria-label', `Remove ${r.address}`);
    button.textContent = 'Remove';
    li.append(input(r.key, 'address', r.address, `Address, row ${i + 1}`), input(r.key, 'label', r.label, `Label, row ${i + 1}`), button);
    ul.append(li);
  });
  ul.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const row = rows.find((r) => r.key === Number(target.dataset.key));
    if (row) row[target.dataset.field as 'address' | 'label'] = target.value;
  });
  ul.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    rows.splice(rows.findIndex((r) => r.key === Number(button.dataset.key)), 1);
    button.closest('li')!.remove();
  });
  return ul;
}

const stage = () => document.getElementById('stage')!;
const sourcesCache = new Map<number, string[]>();
const sources = (count: number) => sourcesCache.get(count) ?? sourcesCache.set(count, distinctSources(count)).get(count)!;

/** Builds the list of `kind` with `count` rows in the stage; resolves once rendered, styled and laid out, with the time that took. */
async function render(kind: Kind, count: number): Promise<{ rows: number; ms: number }> {
  const rows = sources(count).map((address, i) => ({ key: i + 1, address, label: '' }));
  const ms = await renderTimed(stage(), 'list-render', () => {
    if (kind === 'ours') {
      const editor = document.createElement('trusted-sources-editor');
      // Rules that allow 10,000 sources: the editor's own cap (MAX_EDITOR_ROWS) is what limits a paste then.
      editor.rules = { maxEntries: Math.max(count, 10_000) };
      editor.value = rows.map((r) => r.address);
      return editor;
    }
    if (kind === 'plain') return plainList(rows);
    const list = document.createElement(kind === 'lit' ? 'bench-lit-list' : 'bench-shoelace-list') as BenchLitList;
    list.rows = rows;
    return list;
  });
  return { rows: inputs().length / 2, ms };
}

/** The address and label controls of the list in the stage, in order (native inputs, or the <sl-input>s). */
function inputs(): HTMLInputElement[] {
  return queryStage(stage(), 'input[data-field=address], input[data-field=label], input.address, input.label, sl-input');
}

/** Focuses the middle row's address input, caret at the end; returns its text. */
function focusMiddle(): string {
  const addresses = inputs().filter((_, i) => i % 2 === 0);
  const control = addresses[Math.floor(addresses.length / 2)]!;
  const input = control.localName === 'sl-input' ? control.shadowRoot!.querySelector('input')! : control;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  return input.value;
}

/** The value of the focused input (through shadow roots). */
function focusedValue(): string {
  return (deepActiveElement() as HTMLInputElement | null)?.value ?? '';
}

/**
 * Pastes `count` lines into the editor's new-address field (a real `paste` event with the text on its clipboardData);
 * resolves once the editor has updated and laid out, with what it shows.
 */
async function pasteIntoEditor(count: number): Promise<{ rows: number; message: string; announcement: string; ms: number }> {
  const editor = stage().querySelector('trusted-sources-editor') as TrustedSourcesEditor;
  const field = editor.renderRoot.querySelector<HTMLInputElement>('#new-address')!;
  const text = pastedList(count).text;
  field.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const t0 = performance.now();
  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
  await settle(editor);
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  return {
    rows: editor.renderRoot.querySelectorAll('input.address').length,
    message: editor.renderRoot.querySelector('#add-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    announcement: editor.renderRoot.querySelector('[role=status]')?.textContent?.trim() ?? '',
    ms,
  };
}

declare global {
  interface Window {
    listBench: Record<string, (...args: never[]) => unknown>;
  }
}

window.listBench = { ...stageCalls(stage), render, inputs: () => inputs().length, focusMiddle, focusedValue, pasteIntoEditor };
