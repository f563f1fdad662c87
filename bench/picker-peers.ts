// The page of the picker case (scripts/bench/picker.mjs): <node-size-picker> and three peers offering the same choice,
// the example catalog's Keycloak node types and sizes as the picker shows them (a type group, then the sizes of the
// shown type, cheapest first, each with its name, vCPU, RAM and monthly price), each a radio group a page could ship:
// - `lit`: a bare LitElement with two fieldsets of native radios in labels, the value kept in the element (a re-render
//   on each change);
// - `plain`: the same fieldsets built with the DOM API, one delegated listener, no framework;
// - `shoelace`: the same LitElement with Shoelace 2 controls (`<sl-radio-group>`, `<sl-radio>`), its light theme loaded.
// The peers get their texts ready-made (formatted once, outside the timed render, by the same functions and messages the
// picker uses); the picker formats its own. The harness drives and times from outside (Chrome tracing, CDP heap).
import '../src/elements/node-size-picker/define.js';
import lightTheme from '@shoelace-style/shoelace/dist/themes/light.styles.js';
import SlRadio from '@shoelace-style/shoelace/dist/components/radio/radio.js';
import SlRadioGroup from '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import { builtInCatalog } from '../src/catalogs/built-in-catalog.js';
import { catalogInLocale } from '../src/core/localized-text.js';
import { nodeTypeToShow, nodeTypesToShow, sizesOfType } from '../src/core/node-sizes.js';
import { formatGibibytes, formatPrice } from '../src/i18n/format.js';
import { nodeSizePickerMessagesEn as en } from '../src/i18n/node-size-picker.messages.js';
import { interpolate } from '../src/i18n/translate.js';
import { deepActiveElement, queryStage, renderTimed, stageCalls } from './peer-page.js';

// Referenced, so the bundler keeps the registering modules (the package's `sideEffects` list does not name them).
if (!SlRadio || !SlRadioGroup) throw new Error('Shoelace did not load');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, lightTheme.styleSheet!];

export type Kind = 'ours' | 'lit' | 'plain' | 'shoelace';

const SERVICE = 'keycloak';
const service = catalogInLocale(builtInCatalog, 'en').services.find((s) => s.id === SERVICE)!;
const currency = builtInCatalog.currency;
const typeShown = nodeTypeToShow(service.nodeTypes, service.sizes, '', undefined)!;
/** The size checked when a picker is rendered: the cheapest of the type shown. */
const FIRST_VALUE = sizesOfType(service.sizes, typeShown)[0]!.id;

/** The choice as the picker shows it, in its words: what the peers render. */
const view = {
  typeLabel: en['type-label'],
  sizeLabel: en['size-label'],
  hint: en.hint,
  types: nodeTypesToShow(service.nodeTypes, service.sizes).map((t) => ({ id: t.id, label: t.label ?? t.id, description: t.description })),
  type: typeShown,
  sizes: sizesOfType(service.sizes, typeShown).map((s) => ({
    id: s.id,
    name: s.label ?? s.id,
    vcpu: interpolate(en.vcpu, { count: s.vcpu }),
    ram: interpolate(en.ram, { ram: formatGibibytes(s.ramGiB, 'en') }),
    price: interpolate(en['monthly-price'], { price: formatPrice(s.monthlyPrice, currency, 'en') }),
  })),
};
type View = typeof view;
type SizeView = View['sizes'][number];
type TypeView = View['types'][number];

// Cards in a grid, the checked one with a thicker border: the look of the picker's options, in a few rules.
const PICKER_CSS = `
  fieldset { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); border: 0; margin: 0 0 1.5rem; padding: 0; }
  legend { font-weight: 600; margin-bottom: .5rem; padding: 0; }
  .hint { grid-column: 1 / -1; margin: 0; color: #4b5563; }
  .option { display: flex; align-items: flex-start; gap: .5rem; padding: .75rem; border: 1px solid #8a93a3; border-radius: .375rem; }
  .option:has(:checked) { border-color: #1d4ed8; box-shadow: inset 0 0 0 1px #1d4ed8; }
  .text { display: grid; gap: .25rem; }
  .name { font-weight: 600; }
  .description, .specs { color: #4b5563; }
`;

const typeText = (t: TypeView) => html`<span class="name">${t.label}</span>
  ${t.description ? html`<span class="description">${t.description}</span>` : nothing}`;
const sizeText = (s: SizeView) => html`<span class="name">${s.name}</span>
  <span class="specs">${s.vcpu}<span aria-hidden="true"> · </span>${s.ram}</span>
  <span class="price">${s.price}</span>`;

class BenchLitPicker extends LitElement {
  static override properties = { view: { attribute: false }, value: {} };
  static override styles = css`${unsafeCSS(PICKER_CSS)}`;
  declare view: View;
  declare value: string;
  constructor() {
    super();
    this.view = view;
    this.value = '';
  }
  protected onChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.name === 'size') this.value = target.value;
  }
  protected radio(name: string, id: string, checked: boolean, text: unknown) {
    return html`<label class="option"><input type="radio" name=${name} value=${id} .checked=${checked}><span class="text">${text}</span></label>`;
  }
  override render() {
    const v = this.view;
    return html`<div @change=${this.onChange}>
      <fieldset><legend>${v.typeLabel}</legend>${v.types.map((t) => this.radio('type', t.id, t.id === v.type, typeText(t)))}</fieldset>
      <fieldset aria-describedby="hint"><legend>${v.sizeLabel}</legend><p class="hint" id="hint">${v.hint}</p>
        ${v.sizes.map((s) => this.radio('size', s.id, s.id === this.value, sizeText(s)))}</fieldset>
    </div>`;
  }
}
customElements.define('bench-lit-picker', BenchLitPicker);

class BenchShoelacePicker extends BenchLitPicker {
  static override styles = css`
    sl-radio-group { margin-bottom: 1.5rem; }
    .text { display: grid; gap: .25rem; }
    .name { font-weight: 600; }
  `;
  // Shoelace's group fires `sl-change` and `sl-input` (no native `input`); its value is the checked radio's.
  protected onSlChange(event: Event): void {
    const group = event.target as SlRadioGroup;
    if (group.name === 'size') this.value = group.value;
  }
  override render() {
    const v = this.view;
    return html`<div @sl-change=${this.onSlChange}>
      <sl-radio-group label=${v.typeLabel} name="type" .value=${v.type}>
        ${v.types.map((t) => html`<sl-radio value=${t.id}><span class="text">${typeText(t)}</span></sl-radio>`)}
      </sl-radio-group>
      <sl-radio-group label=${v.sizeLabel} help-text=${v.hint} name="size" .value=${this.value}>
        ${v.sizes.map((s) => html`<sl-radio value=${s.id}><span class="text">${sizeText(s)}</span></sl-radio>`)}
      </sl-radio-group>
    </div>`;
  }
}
customElements.define('bench-shoelace-picker', BenchShoelacePicker);

// The plain group's rules: the same as the Lit group's, nested under its class (the plain group has no shadow root).
const plainSheet = new CSSStyleSheet();
plainSheet.replaceSync(`.plain-picker { ${PICKER_CSS} }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, plainSheet];

/** The plain group: DOM API, no framework; one listener keeps the value. */
function plainPicker(value: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'plain-picker';
  const span = (className: string, text: string) => {
    const el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  };
  const radio = (name: string, id: string, checked: boolean, parts: Node[]) => {
    const label = document.createElement('label');
    label.className = 'option';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = id;
    input.checked = checked;
    const text = document.createElement('span');
    text.className = 'text';
    // Spaces between the parts, as a template's line breaks give the others.
    parts.forEach((part, i) => text.append(...(i ? [' ', part] : [part])));
    label.append(input, text);
    return label;
  };
  const fieldset = (legendText: string, ...children: Node[]) => {
    const el = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legendText;
    el.append(legend, ...children);
    return el;
  };
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = 'plain-hint';
  hint.textContent = view.hint;
  const sizes = fieldset(view.sizeLabel, hint, ...view.sizes.map((s) => {
    const specs = span('specs', s.vcpu);
    const dot = span('', ' · ');
    dot.setAttribute('aria-hidden', 'true');
    specs.append(dot, s.ram);
    return radio('size', s.id, s.id === value, [span('name', s.name), specs, span('price', s.price)]);
  }));
  sizes.setAttribute('aria-describedby', hint.id);
  root.append(
    fieldset(view.typeLabel, ...view.types.map((t) => radio('type', t.id, t.id === view.type, [span('name', t.label), ...(t.description ? [span('description', t.description)] : [])]))),
    sizes,
  );
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'size') root.dataset.value = target.value;
  });
  return root;
}

const stage = () => document.getElementById('stage')!;

/** Builds the picker of `kind` in the stage, the cheapest size checked; resolves once rendered, styled and laid out. */
async function render(kind: Kind): Promise<{ options: number; ms: number }> {
  const ms = await renderTimed(stage(), 'picker-render', () => {
    if (kind === 'ours') {
      const picker = document.createElement('node-size-picker');
      picker.nodeTypes = service.nodeTypes;
      picker.sizes = service.sizes;
      picker.currency = currency;
      picker.value = FIRST_VALUE;
      return picker;
    }
    if (kind === 'plain') return plainPicker(FIRST_VALUE);
    const picker = document.createElement(kind === 'lit' ? 'bench-lit-picker' : 'bench-shoelace-picker') as BenchLitPicker;
    picker.value = FIRST_VALUE;
    return picker;
  });
  return { options: sizeOptions().length, ms };
}

/** The size options of the picker in the stage, in order: the picker's [role=radio], the native radios, the <sl-radio>s. */
function sizeOptions(): HTMLElement[] {
  return queryStage(stage(), '.sizes [role=radio], input[name=size], sl-radio-group[name=size] sl-radio');
}

/** The size id an option stands for: the picker's `data-value`, a native radio's or an <sl-radio>'s value. */
const idOf = (option: Element | null): string => (option as HTMLElement | null)?.dataset?.value ?? (option as HTMLInputElement | null)?.value ?? '';

/** What the user sees of the size options, in order: the id, whether checked, and the text (whitespace collapsed). */
function sizes(): Array<{ id: string; checked: boolean; text: string }> {
  return sizeOptions().map((option) => ({
    id: idOf(option),
    checked: option.getAttribute('aria-checked') === 'true' || (option as HTMLInputElement).checked === true,
    text: (option.localName === 'input' ? option.closest('label')! : option).textContent!.replace(/\s+/g, ' ').trim(),
  }));
}

/** Focuses the checked size (the first if none is), as a user tabbing into the group lands; returns its id. */
function focusChecked(): string {
  const options = sizeOptions();
  const checked = sizes().findIndex((s) => s.checked);
  const option = options[Math.max(0, checked)]!;
  option.focus();
  return idOf(option);
}

/** The checked size and the focused one (through shadow roots). */
function selection(): { checked: string; focused: string } {
  return { checked: sizes().find((s) => s.checked)?.id ?? '', focused: idOf(deepActiveElement()) };
}

declare global {
  interface Window {
    pickerBench: Record<string, (...args: never[]) => unknown>;
  }
}

window.pickerBench = { ...stageCalls(stage), render, sizes, focusChecked, selection };
