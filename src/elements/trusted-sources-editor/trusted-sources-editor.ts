import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FormAssociatedElement, type FormControlState } from '../../controllers/form-associated.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { parseTrustedSource, parseTrustedSourceList } from '../../core/trusted-sources.js';
import type { Finding, TrustedSourceListItem, TrustedSourceRules } from '../../core/trusted-sources.js';
import {
  editorValidity, needsWholeInternetConfirmation, pastedListItems, sourcesOf, TrustedSourceRowList, type EditorSource,
} from '../../core/trusted-sources-editing.js';
import { trustedSourcesEditorMessagesDe, trustedSourcesEditorMessagesEn } from '../../i18n/trusted-sources-editor.messages.js';
import type { TrustedSourcesEditorMessageKey, TrustedSourcesEditorMessages } from '../../i18n/trusted-sources-editor.messages.js';
import { formatTrustedSourceMessage } from '../../i18n/trusted-sources.messages.js';
import type { MessageParams } from '../../i18n/translate.js';
import { ClientAddressAction, renderAddArea, renderConfirmation } from './trusted-sources-editor.add.js';
import {
  listAddedAnnouncement, listLevelMessages, renderMessage, renderRow, skippedReport, type RowContext,
} from './trusted-sources-editor.rows.js';
import { styles } from './trusted-sources-editor.styles.js';

// Inner inputs' own `input` events are composed: stop them, the editor fires its own.
const stopPropagation = (event: Event) => event.stopPropagation();

export type { EditorSource } from '../../core/trusted-sources-editing.js';
/** Asks the host's backend which address it sees for this browser, e.g. `"203.0.113.7"`. */
export type ResolveClientAddress = () => Promise<string>;

/**
 * @summary Edits the IP addresses and CIDR ranges allowed to reach a service's public endpoint; form-associated.
 *
 * One row per source (address, optional label, remove button); a new-address field adds one, or a whole list pasted
 * into it (each line checked, bad lines kept as rows with "Line 3: …"). A row is stored canonically when committed (blur,
 * Enter), with a note when that changes its meaning (`222.222.222.130/28` → `222.222.222.128/28`, `10.0.0.1` → `/32`).
 * Every finding of `checkTrustedSources` shows on its row or on the list; errors only after interaction or a submit
 * attempt. Opening the service to the whole internet, where `rules` allow it, needs the confirmation checkbox.
 * Text typed into the new-address field but not added keeps the editor invalid, so a form never drops it silently.
 * Form members (from `FormAssociatedElement`): `name`, `required`, `disabled`, `form`, `labels`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`; FormData gets one entry per CIDR under `name`.
 *
 * @fires input - On each edit of a row and on every change below. Native `Event`, no detail; bubbles, composed.
 * @fires change - On a committed change: add, paste, remove, commit of a changed row, the confirmation. Bubbles, composed.
 *
 * @csspart base - The fieldset around everything.
 * @csspart label - The legend.
 * @csspart hint - The hint below the legend.
 * @csspart error - Each error message.
 * @csspart row - Each row of the list.
 * @csspart control - Each input (addresses, labels, new address, confirmation).
 * @csspart button - Each button (remove, add, add my IP).
 *
 * @cssprop --trusted-sources-editor-gap - Space between rows and parts (default `--ow-space`).
 * @cssprop --trusted-sources-editor-row-background - Row background (default `--ow-color-surface-alt`).
 * @cssprop --trusted-sources-editor-input-border - Input border colour (default `--ow-color-border`).
 * @cssprop --trusted-sources-editor-radius - Corner radius of rows, inputs, buttons (default `--ow-radius`).
 * @cssprop --trusted-sources-editor-error-color - Error text and border (default `--ow-color-danger`).
 * @cssprop --trusted-sources-editor-warning-color - Warning text and border (default `--ow-color-warning`).
 */
export class TrustedSourcesEditor extends FormAssociatedElement {
  static override styles = styles;

  /** Limits (`maxEntries`, `allowIpv6`, `allowAnyAddress`); missing ones are the defaults. JSON attribute `rules`. */
  @property({ type: Object }) rules: Partial<TrustedSourceRules> = {};
  /** The default list (attribute `value`: addresses separated by spaces, commas or lines); form reset goes back to it. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** Whether the user confirmed opening the service to the whole internet (attribute: the default). */
  @property({ type: Boolean, attribute: 'whole-internet-confirmed' }) wholeInternetConfirmed = false;
  /** When set, an "Add my IP" button adds the address this resolves to (labelled "My IP"). */
  @property({ attribute: false }) resolveClientAddress: ResolveClientAddress | undefined;
  /** Overrides of any of the editor's own messages, by key (e.g. `legend`), in every locale. */
  @property({ attribute: false }) messages: TrustedSourcesEditorMessages | undefined;

  /** The valid rows, canonical, each CIDR once. Setting it replaces the rows (invalid entries stay, visible). */
  @property({ attribute: false })
  get sources(): EditorSource[] {
    return sourcesOf(this.#checked().check);
  }
  set sources(list: ReadonlyArray<EditorSource>) {
    this.#replace((Array.isArray(list) ? list : []).map((s) => ({ text: String(s?.cidr ?? ''), label: s?.label ?? '' })));
  }

  /** The CIDRs of `sources`. Setting it (an array, or a text list) replaces the rows. */
  @property({ attribute: false })
  get value(): string[] {
    return this.sources.map((s) => s.cidr);
  }
  set value(list: ReadonlyArray<string> | string) {
    const texts = typeof list === 'string' ? parseTrustedSourceList(list).map((i) => i.text) : Array.isArray(list) ? list : [];
    this.#replace(texts.map((text) => ({ text: String(text) })));
  }

  @state() private announcement = '';
  @state() private addError = '';
  @state() private report: string[] = [];
  @state() private flagged: number | undefined;
  @query('#new-address') private newAddress!: HTMLInputElement;

  readonly #i18n = new LocaleController<TrustedSourcesEditorMessageKey>(this, {
    en: trustedSourcesEditorMessagesEn,
    de: trustedSourcesEditorMessagesDe,
  });
  readonly #list = new TrustedSourceRowList();
  readonly #myIp = new ClientAddressAction(this);
  #dirty = false;
  #words_: { locale: string; messages: unknown } | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#i18n.refresh();
  }

  /** A new object whenever the locale or the message overrides change. */
  #words(): object {
    const { locale } = this.#i18n;
    if (this.#words_?.locale !== locale || this.#words_.messages !== this.messages) this.#words_ = { locale, messages: this.messages };
    return this.#words_;
  }

  #checked() {
    this.#list.rules = this.rules;
    return this.#list.checked();
  }

  #t = (key: TrustedSourcesEditorMessageKey, params?: MessageParams) => this.#i18n.t(key, params);
  #finding = (f: Pick<Finding, 'code' | 'params'>) => formatTrustedSourceMessage(f.code, f.params, this.#i18n.locale);

  #replace(items: { text: string; label?: string }[], dirty = true): void {
    this.#list.replace(items);
    this.#dirty = dirty;
    this.report = [];
    this.flagged = undefined;
    this.requestUpdate();
  }

  #fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** After a committed change: drop a confirmation that no longer applies, tell the host (`input` too, unless typed). */
  #changed(typed = false): void {
    this.touched = true;
    this.#dirty = true;
    if (!needsWholeInternetConfirmation(this.#checked().check)) this.wholeInternetConfirmed = false;
    if (!typed) this.#fire('input');
    this.#fire('change');
  }

  #total = () => this.#t('announce-total', { count: this.#list.rows.length });

  async #focusRow(key: number | undefined): Promise<void> {
    await this.updateComplete;
    const selector = key === undefined ? '#new-address' : `input.address[data-key="${key}"]`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #addItems(items: TrustedSourceListItem[], { lines = false, label = '' } = {}): void {
    const result = this.#list.add(items, { lines, label });
    const { added, skipped } = result;
    const first = added[0];
    const existing = skipped[0]?.row === undefined ? undefined : this.#list.rows[skipped[0].row];
    this.requestUpdate();
    this.flagged = undefined;
    this.report = lines ? skippedReport(this.#t, skipped) : [];
    if (items.length === 1 && first) {
      this.announcement = `${this.#t('announce-added', { cidr: first.text })} ${this.#total()}`;
      void this.#focusRow(first.key);
    } else if (items.length === 1 && existing) {
      // Adding what is already there: point at it rather than add it twice.
      this.flagged = existing.key;
      this.announcement = this.#t('announce-already-listed', { cidr: existing.text, row: this.#list.rows.indexOf(existing) + 1 });
      void this.#focusRow(existing.key);
    } else {
      this.announcement = listAddedAnnouncement(this.#t, result, this.#list.rows.length);
    }
    if (added.length) this.#changed();
    else this.touched = true;
  }

  /** Adds what the new-address field holds, or a pasted list: one entry, or a list with line numbers when it has lines. */
  #addText(text: string, items = parseTrustedSourceList(text)): void {
    this.addError = '';
    if (items.length) this.#addItems(items, { lines: /[\r\n]/.test(text.trim()) });
    else this.addError = formatTrustedSourceMessage('empty', {}, this.#i18n.locale);
  }

  // The field is cleared before the events go out: a host checking validity in its listener sees nothing pending.
  #addFromField = (): void => {
    const text = this.newAddress.value;
    const items = parseTrustedSourceList(text);
    if (items.length) this.newAddress.value = '';
    this.#addText(text, items);
  };

  #onNewKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.#addFromField();
  };

  // What is typed but not added yet keeps the editor invalid (see formState): re-check on each keystroke.
  #onNewInput = () => {
    this.addError = '';
    this.requestUpdate();
  };

  #pending = () => this.newAddress?.value.trim() ?? '';

  // A submit attempt with text still in the new-address field: say so there, rather than submit without it.
  #onInvalid = () => {
    if (this.#pending()) this.addError = this.#t('pending', { text: this.#pending() });
  };

  constructor() {
    super();
    this.addEventListener('invalid', this.#onInvalid);
  }

  // An <input> would drop the line breaks of a pasted list: read it here instead.
  #onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const items = pastedListItems(text);
    if (!items) return;
    event.preventDefault();
    this.#addText(text, items);
  };

  #addMyIp = async (): Promise<void> => {
    if (!this.resolveClientAddress || this.#myIp.busy) return;
    this.announcement = this.#t('announce-my-ip-busy');
    const use = (text: string) => {
      const result = parseTrustedSource(text);
      if (!result.ok) return this.#t('my-ip-invalid', { text, reason: this.#finding(result) });
      this.#addItems([{ line: 1, text, result }], { label: this.#t('my-ip-label') });
      return '';
    };
    await this.#myIp.run(this.resolveClientAddress, use, () => this.#t('my-ip-failed'));
    if (this.#myIp.error) this.announcement = this.#myIp.error;
  };

  // One listener per event type for the whole list: each control names its row (`data-key`) and role (`data-field`).
  #onList = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const { key: keyText, field } = target.dataset;
    const key = Number(keyText);
    if (!field) return;
    if (field === 'remove') {
      if (event.type === 'click') this.#remove(key);
    } else if (event.type === 'input') {
      if (field === 'address') this.#list.type(key, target.value, this.touched);
      else this.#list.typeLabel(key, target.value);
      if (this.flagged === key) this.flagged = undefined;
      this.requestUpdate();
      this.#fire('input');
    } else if (event.type === 'focusout' || (event instanceof KeyboardEvent && event.key === 'Enter' && !event.isComposing)) {
      event.preventDefault();
      this.#commit(key);
    }
  };

  #commit(key: number): void {
    const result = this.#list.commit(key);
    if (!result) return;
    this.touched = true;
    this.requestUpdate();
    if (result.adjustment) this.announcement = this.#t(`adjusted-${result.adjustment.code}`, { ...result.adjustment });
    if (result.changed) this.#changed(true);
  }

  #remove(key: number): void {
    const removed = this.#list.remove(key);
    if (!removed) return;
    const { row, index, next } = removed;
    if (this.flagged === row.key) this.flagged = undefined;
    this.requestUpdate();
    const name = row.text.trim() || this.#t('address-row', { row: index + 1 });
    this.announcement = `${this.#t('announce-removed', { cidr: name })} ${this.#total()}`;
    void this.#focusRow(next?.key);
    this.#changed();
  }

  #onConfirm = (event: Event): void => {
    this.wholeInternetConfirmed = (event.currentTarget as HTMLInputElement).checked;
    this.touched = true;
    this.#fire('input');
    this.#fire('change');
  };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('defaultValue') && !this.#dirty) this.#replace(parseTrustedSourceList(this.defaultValue), false);
  }

  protected override formState(): FormControlState {
    const { check, placed } = this.#checked();
    const validity = editorValidity(check, { required: this.required, wholeInternetConfirmed: this.wholeInternetConfirmed });
    let value: FormData | null = null;
    if (this.name) {
      value = new FormData();
      for (const { cidr } of sourcesOf(check)) value.append(this.name, cidr);
    }
    const { reason } = validity;
    const pending = this.#pending();
    if (!reason && pending) return { value, flags: { customError: true }, message: this.#t('pending', { text: pending }), anchor: this.newAddress };
    if (!reason) return { value };
    const confirm = reason.code === 'whole-internet-confirm';
    const message = confirm ? this.#t('confirm-required') : this.#finding(reason);
    const row = placed.rows.findIndex((findings) => findings.includes(reason));
    const anchor = confirm ? '#confirm' : row >= 0 ? `input.address[data-key="${this.#list.rows[row]?.key}"]` : '#new-address';
    const flags = { valueMissing: validity.valueMissing, customError: validity.customError };
    return { value, flags, message, anchor: this.renderRoot?.querySelector<HTMLElement>(anchor) ?? undefined };
  }

  /** Focuses the control the current error is about, else the first input (e.g. from an error summary's link). */
  // Not delegatesFocus: it would move focus to row 1 (and scroll there) on any click on text in a long list.
  override focus(options?: FocusOptions): void {
    (this.formState().anchor ?? this.renderRoot.querySelector<HTMLElement>('input'))?.focus(options);
  }

  protected override resetToDefault(): void {
    this.#replace(parseTrustedSourceList(this.defaultValue), false);
    this.wholeInternetConfirmed = this.hasAttribute('whole-internet-confirmed');
  }

  protected override restoreFrom(state: string | FormData): void {
    const texts = typeof state === 'string' ? [state] : state.getAll(this.name).filter((v): v is string => typeof v === 'string');
    this.#replace(texts.map((text) => ({ text })));
  }

  override render() {
    const t = this.#t;
    const { check, placed } = this.#checked();
    const ctx: RowContext = { t, finding: this.#finding, touched: this.touched, flagged: this.flagged, words: this.#words() };
    const listMessages = listLevelMessages(placed.list, ctx, this.required);
    const confirming = needsWholeInternetConfirmation(check);
    const confirmError = confirming && this.touched && !this.wholeInternetConfirmed;
    return html`
      <fieldset part="base" class="base" ?disabled=${this.effectivelyDisabled} @input=${stopPropagation}>
        <legend part="label" id="legend">${t('legend')}</legend>
        <p part="hint" id="hint" class="hint">${t('hint')}</p>
        ${listMessages.map((m) => renderMessage(m, t))}
        ${this.#list.rows.length
          ? html`<div class="table">
              <div class="columns" aria-hidden="true"><span>${t('column-address')}</span><span>${t('column-label')}</span></div>
              <ul class="list" aria-labelledby="legend" @input=${this.#onList} @focusout=${this.#onList} @keydown=${this.#onList}
                @click=${this.#onList}>
                ${repeat(this.#list.rows, (r) => r.key, (r, i) => renderRow(r, i, check.entries[i]?.result, placed.rows[i] ?? [], ctx))}
              </ul>
            </div>`
          : listMessages.length ? nothing : html`<p class="empty">${t('empty-list')}</p>`}
        ${confirming ? renderConfirmation({ t, confirmed: this.wholeInternetConfirmed, error: confirmError, onChange: this.#onConfirm }) : nothing}
        ${renderAddArea({
          t, listIds: listMessages.map((m) => m.id), addError: this.addError, myIp: !!this.resolveClientAddress, busy: this.#myIp.busy,
          myIpError: this.#myIp.error, report: this.report, onKeydown: this.#onNewKeydown, onPaste: this.#onPaste,
          onInput: this.#onNewInput, onAdd: this.#addFromField, onAddMyIp: this.#addMyIp,
        })}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trusted-sources-editor': TrustedSourcesEditor;
  }
}
