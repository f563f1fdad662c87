import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement, type FormControlState } from '../../controllers/form-associated.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { radioClick, radioKeydown, type RovingTabindexOptions } from '../../controllers/roving-tabindex.js';
import { tabStop } from '../../core/tab-stop.js';
import {
  findSize, nodeTypeToShow, nodeTypesToShow, parseJsonList, sizeProblem, sizesOfType, sizeUnavailableReason,
  type SizeProblem,
} from '../../core/node-sizes.js';
import { formatGibibytes, formatPrice } from '../../i18n/format.js';
import {
  nodeSizePickerMessagesEn,
  type NodeSizePickerMessageKey,
  type NodeSizePickerMessages,
} from '../../i18n/node-size-picker.messages.js';
import type { InLocale } from '../../core/localized-text.js';
import type { NodeSize, NodeType } from '../../schema/catalog.js';
import type { TargetedEvent } from '../element-events.js';
import { styles } from './node-size-picker.styles.js';

/** Reads the `node-types` and `sizes` attributes (JSON lists) for plain-HTML hosts. */
const jsonList = { fromAttribute: parseJsonList };

/**
 * @summary Picks a node type, then one of its sizes (vCPU, RAM, monthly price); a form control.
 *
 * Two radiogroups with one tab stop each (arrows, Home/End; Space or Enter picks the focused option). The type group
 * follows the value's size; picking another type clears a value of the old type. Sizes show cheapest first; sizes whose
 * `regions` leave out `region` are disabled, with the reason as text. Form-associated: submits the size id under `name`;
 * required and empty is `valueMissing`, a size not offered in the region is a `customError`; errors show after the user
 * leaves the control, picks a size or a submit is tried. A form reset returns to the `value` attribute.
 * From `FormAssociatedElement`: `name`, `required`, `disabled` (also from a disabled fieldset), `form`, `labels`,
 * `validity`, `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`. Language: its own `lang`,
 * else the nearest ancestor's, else the document's (English, German). `focus()` goes to the checked size, else the
 * first size offered of the type shown, else the type group (e.g. from an error summary's "Select a node size").
 *
 * @fires {Event} input - The user picked a size (or picked a type, which cleared the value). Not fired when the host
 *   sets `value`. Bubbles, composed.
 * @fires {Event} change - Together with `input`. Bubbles, composed.
 * @attr {string} lang - Language of the element's texts: German (`de`, also `de-CH`, …), French (`fr`), Dutch (`nl`),
 *   Polish (`pl`), one registered with `registerTranslation`, else English. Without it, the nearest ancestor's `lang`,
 *   else the document's, else the browser's if the page opted in (`setFollowBrowserLanguage`); followed at once.
 *
 * @csspart base - The wrapper around both groups.
 * @csspart label - The label of each group ("Node type", "Node size").
 * @csspart hint - The sizing advice below the size label.
 * @csspart error - The error message (shown after interaction).
 * @csspart control - Each radiogroup (the list of types, the list of sizes).
 * @csspart option - Each option card (a type or a size).
 *
 * @cssprop [--node-size-picker-gap=var(--ow-space)] - Space between options and sections.
 * @cssprop [--node-size-picker-option-min-width=11rem] - Smallest width of a size card.
 * @cssprop [--node-size-picker-option-padding=calc(var(--ow-space) * 1.5)] - Inner padding of an option.
 * @cssprop [--node-size-picker-option-radius=var(--ow-radius)] - Corner radius of an option.
 * @cssprop [--node-size-picker-option-background=var(--ow-color-surface)] - Option background.
 * @cssprop [--node-size-picker-option-border-color=var(--ow-color-border)] - Option border, at least 3:1 to the page.
 * @cssprop [--node-size-picker-selected-color=var(--ow-color-primary)] - Border and check mark of the selected option.
 * @cssprop [--node-size-picker-selected-background=var(--ow-color-surface-alt)] - Background of the selected option.
 * @cssprop [--node-size-picker-error-color=var(--ow-color-danger)] - Error text and border.
 */
export class NodeSizePicker extends FormAssociatedElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...FormAssociatedElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The node types (`{ id, label, description? }`, texts as shown: a catalog's maps picked for one locale, e.g. by
   * `catalogInLocale`); attribute `node-types` takes them as JSON for plain-HTML hosts.
   */
  @property({ attribute: 'node-types', converter: jsonList }) nodeTypes: InLocale<NodeType>[] = [];
  /** The sizes (`{ id, nodeType, label?, vcpu, ramGiB, monthlyPrice, regions? }`); attribute `sizes` takes JSON. */
  @property({ converter: jsonList }) sizes: InLocale<NodeSize>[] = [];
  /** A region id: sizes whose `regions` list leaves it out are disabled. Empty: every size is available. */
  @property() region = '';
  /** The picked size id ("" for none); the `value` attribute is also the default a form reset returns to. */
  @property() value = '';
  /** ISO 4217 code the monthly prices are in (default "EUR"). */
  @property() currency = 'EUR';
  /** Overrides of any message, by key (e.g. `hint`), in every locale. */
  @property({ attribute: false }) messages: NodeSizePickerMessages | undefined;

  /** The type the user (or the value) chose last; the value's own type wins over it. */
  @state() private chosenType: string | undefined;

  readonly #i18n = new LocaleController<NodeSizePickerMessageKey>(this, 'nodeSizePicker', nodeSizePickerMessagesEn);

  readonly #typeGroup = this.#group('types', (id) => this.#pickType(id));
  readonly #sizeGroup = this.#group('sizes', (id) => this.#pickSize(id));

  /** A group's listeners: keys rove and pick (`radioKeydown`); a click on an option (or Space and Enter) picks it (`radioClick`). */
  #group(name: 'types' | 'sizes', pick: (id: string) => void) {
    const options: RovingTabindexOptions<HTMLElement> = {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>(`.${name} [role=radio]`)],
      isDisabled: (item) => item.getAttribute('aria-disabled') === 'true',
      onMove: (item) => pick(item.dataset.value ?? ''),
    };
    return { keydown: (event: KeyboardEvent) => radioKeydown(event, options), click: (event: MouseEvent) => radioClick(event, pick) };
  }

  // The document-wide observer misses a `lang` set on this element inside a shadow root; listen here too.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#i18n.refresh();
  }

  // Waits for the language's module when it is loaded on demand: the first render is already in that language.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#i18n.schedule(() => super.scheduleUpdate());
  }

  get #typeId(): string | undefined {
    return nodeTypeToShow(this.nodeTypes, this.sizes, this.value, this.chosenType);
  }

  get #problem(): SizeProblem | undefined {
    return sizeProblem(this.sizes, this.value, this.region, this.required);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Lit sets null when the attribute is removed.
    if (this.value == null) this.value = '';
    const ofValue = findSize(this.sizes, this.value)?.nodeType;
    if (ofValue !== undefined && (changed.has('value') || changed.has('sizes'))) this.chosenType = ofValue;
  }

  #pickType(id: string): void {
    if (this.effectivelyDisabled) return;
    this.chosenType = id;
    const current = findSize(this.sizes, this.value);
    if (current && current.nodeType !== id) this.#setByUser('');
  }

  #pickSize(id: string): void {
    const size = findSize(this.sizes, id);
    if (!size || this.#sizeDisabled(size)) return;
    this.touched = true;
    if (size.id !== this.value) this.#setByUser(size.id);
  }

  #setByUser(value: string): void {
    this.value = value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.touched = true;
  };

  #money(amount: string): string {
    return formatPrice(amount, this.currency, this.#i18n.locale);
  }

  #message(problem: SizeProblem): string {
    if (problem === 'value-missing') return this.#i18n.t('value-missing');
    const size = findSize(this.sizes, this.value);
    return this.#i18n.t('size-not-in-region', { size: size?.label ?? size?.id ?? this.value });
  }

  protected formState(): FormControlState {
    const value = findSize(this.sizes, this.value)?.id ?? null;
    const problem = this.#problem;
    if (!problem) return { value };
    // The browser points its message at, and reportValidity() focuses, the size group's tab stop.
    const anchor = this.renderRoot?.querySelector<HTMLElement>('.sizes [tabindex="0"]') ?? undefined;
    const flags = problem === 'value-missing' ? { valueMissing: true } : { customError: true };
    return { value, flags, message: this.#message(problem), anchor };
  }

  /** Focuses where the size is picked: the checked size, else the first size offered, else the type group. */
  // delegatesFocus alone would land on the type group, also when the problem to fix is the size (an error summary's link).
  override focus(options?: FocusOptions): void {
    const stop = (group: string) => this.renderRoot.querySelector<HTMLElement>(`.${group} [role=radio][tabindex="0"]`);
    const target = stop('sizes') ?? stop('types');
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected resetToDefault(): void {
    this.value = this.getAttribute('value') ?? '';
    this.chosenType = undefined;
  }

  protected restoreFrom(state: string | FormData): void {
    this.value = typeof state === 'string' ? state : '';
  }

  // One template per kind of option, without a nested one for its text, and one click listener per group (`#group`):
  // a first render makes 6 options, each part and listener counts.
  #typeOption(type: InLocale<NodeType>, index: number, checked: boolean, stop: boolean) {
    const id = `type-${index}`;
    const describedBy = type.description ? `${id}-description` : undefined;
    return html`<div part="option" class="option" role="radio" data-value=${type.id} aria-checked=${checked ? 'true' : 'false'}
      aria-disabled=${this.effectivelyDisabled ? 'true' : 'false'} tabindex=${stop ? '0' : '-1'} aria-labelledby=${id}
      aria-describedby=${describedBy ?? nothing}><span class="check" aria-hidden="true"></span><span class="text"><span
      class="name" id=${id}>${type.label ?? type.id}</span>
      ${describedBy ? html`<span class="description" id=${describedBy}>${type.description}</span>` : nothing}</span></div>`;
  }

  /** A size the user cannot pick: the picker is disabled, or the size is not offered in the region. */
  readonly #sizeDisabled = (size: InLocale<NodeSize>): boolean =>
    this.effectivelyDisabled || !!sizeUnavailableReason(size, this.region);

  #sizeOption(size: InLocale<NodeSize>, stop: boolean, t: LocaleController<NodeSizePickerMessageKey>['t']) {
    const unavailable = sizeUnavailableReason(size, this.region);
    return html`<div part="option" class="option" role="radio" data-value=${size.id} aria-checked=${size.id === this.value ? 'true' : 'false'}
      aria-disabled=${this.#sizeDisabled(size) ? 'true' : 'false'} tabindex=${stop ? '0' : '-1'}><span class="check"
      aria-hidden="true"></span><span class="text"><span class="name">${size.label ?? size.id}</span>
      <span class="specs">${t('vcpu', { count: size.vcpu })}<span aria-hidden="true"> · </span>
        ${t('ram', { ram: formatGibibytes(size.ramGiB, this.#i18n.locale) })}</span>
      <span class="price">${t('monthly-price', { price: this.#money(size.monthlyPrice) })}</span>
      ${unavailable ? html`<span class="reason">${t('not-in-region')}</span>` : nothing}</span></div>`;
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const types = nodeTypesToShow(this.nodeTypes, this.sizes);
    const typeId = this.#typeId;
    const disabled = this.effectivelyDisabled ? 'true' : nothing;
    const problem = this.#problem;
    const error = problem && this.touched && !this.effectivelyDisabled ? this.#message(problem) : '';
    const sizes = sizesOfType(this.sizes, typeId);
    const sizeStop = tabStop(sizes, (size) => size.id === this.value, this.#sizeDisabled);
    const typeStop = tabStop(types, (type) => type.id === typeId, () => this.effectivelyDisabled);
    const sizeGroup = html`<div part="control" class="options sizes" role="radiogroup" aria-labelledby="size-label"
      aria-describedby=${error ? 'hint error' : 'hint'} aria-required=${this.required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'} aria-disabled=${disabled} @keydown=${this.#sizeGroup.keydown}
      @click=${this.#sizeGroup.click}>${sizes.map((size) => this.#sizeOption(size, size === sizeStop, t))}</div>`;
    // Tags meet without white space between them, in the options too: each run of it between blocks would be a text
    // node for nothing (a third of the picker's nodes).
    return html`<div part="base" class="base" @focusout=${this.#onFocusOut}><div class="section"><div
      part="label" class="label" id="type-label">${t('type-label')}</div>${types.length
        ? html`<div part="control" class="options types" role="radiogroup" aria-labelledby="type-label"
          aria-disabled=${disabled} @keydown=${this.#typeGroup.keydown} @click=${this.#typeGroup.click}
          >${types.map((type, index) => this.#typeOption(type, index, type.id === typeId, type === typeStop))}</div>`
        : html`<p class="empty">${t('no-sizes')}</p>`}</div><div class="section"><div
      part="label" class="label" id="size-label">${t('size-label')}</div><div
      part="hint" class="hint" id="hint">${t('hint')}</div><div class="live" aria-live="polite">${error
        ? html`<p part="error" class="error" id="error"><span class="visually-hidden">${t('error-prefix')} </span>${error}</p>`
        : nothing}</div>${types.length ? sizeGroup : nothing}</div></div>`;
  }
}

/**
 * The events of `<node-size-picker>` as a listener on the picker gets them: its native `input` and `change` with the picker as
 * `currentTarget`, so `event.currentTarget.value` is typed.
 */
export interface NodeSizePickerEventMap extends Omit<HTMLElementEventMap, 'input' | 'change'> {
  input: TargetedEvent<NodeSizePicker>;
  change: TargetedEvent<NodeSizePicker>;
}

export interface NodeSizePicker {
  addEventListener<K extends keyof NodeSizePickerEventMap>(type: K, listener: (this: NodeSizePicker, event: NodeSizePickerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NodeSizePickerEventMap>(type: K, listener: (this: NodeSizePicker, event: NodeSizePickerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'node-size-picker': NodeSizePicker;
  }
}
