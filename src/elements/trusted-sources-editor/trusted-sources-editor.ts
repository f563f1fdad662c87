import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement, type FormControlState } from '../../controllers/form-associated.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { parseTrustedSourceList } from '../../core/trusted-sources.js';
import type { Finding, TrustedSourceListItem, TrustedSourceRules } from '../../core/trusted-sources.js';
import {
  editorProblem, entriesOf, hasEntryErrors, needsWholeInternetConfirmation, sourcesOf, TrustedSourceRowList,
  rowsAsJson, rowsFromJson, type AddResult, type EditorEntry, type EditorSource,
} from '../../core/trusted-sources-editing.js';
import { listOf } from '../../schema/raw-input.js';
import { trustedSourcesEditorMessagesEn } from '../../i18n/trusted-sources-editor.messages.js';
import type { TrustedSourcesEditorMessageKey, TrustedSourcesEditorMessages } from '../../i18n/trusted-sources-editor.messages.js';
import { translationsVersion } from '../../i18n/translations.js';
import { formatTrustedSourceMessage } from '../../i18n/trusted-sources.messages.js';
import type { MessageParams } from '../../i18n/translate.js';
import { AddEntriesController, renderConfirmation, type ResolveClientAddress } from './trusted-sources-editor.add.js';
import { addOutcome, listLevelMessages, renderList, renderMessage, type RowContext } from './trusted-sources-editor.rows.js';
import type { TargetedEvent } from '../element-events.js';
import { styles } from './trusted-sources-editor.styles.js';

// Inner inputs' own `input` events are composed: stop them, the editor fires its own.
const stopPropagation = (event: Event) => event.stopPropagation();

export type { EditorEntry, EditorSource } from '../../core/trusted-sources-editing.js';
export type { ResolveClientAddress } from './trusted-sources-editor.add.js';

/**
 * @summary Edits the IP addresses and CIDR ranges allowed to reach a service's public endpoint; form-associated.
 *
 * One row per source (address, optional label, remove button); a new-address field adds one, or a whole list pasted
 * into it (each line checked, bad lines kept as rows with "Line 3: …"). A row is stored canonically when committed (blur,
 * Enter), with a note when that changes its meaning (`222.222.222.130/28` → `222.222.222.128/28`, `10.0.0.1` → `/32`).
 * Every finding of `checkTrustedSources` shows on its row or on the list; errors only after interaction or a submit
 * attempt. A row being typed in changes messages (its own and other rows') once it is committed, unless it shows an
 * error, which updates as it is fixed; the value and validity follow every keystroke. Opening the service to the whole
 * internet, where `rules` allow it, needs the confirmation checkbox.
 * Text typed into the new-address field but not added (`newAddress`) keeps the editor invalid, so a form never drops it
 * silently; a host that saves what the user typed keeps it too. An entry the list already has (the same, its range,
 * inside a listed range) or longer than any address is not added: it stays in the field with the precise reason. A
 * text over 1,000,000 characters is refused on its length, unread.
 * Values: `entries` is every row as typed (`{ address, label? }`, invalid rows and text not committed yet included), for
 * a host that keeps what the user typed (a saved draft); `sources` (`{ cidr, label? }`) and `value` (CIDRs) are the
 * valid rows, canonical. Setting any of them to what the editor already holds (compared canonically, also with the rows
 * as last committed) changes nothing, so a parent that sets them on every render does not wipe the rows being edited.
 * Form members (from `FormAssociatedElement`): `name`, `required`, `disabled`, `form`, `labels`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`; FormData gets one entry per CIDR under `name`.
 *
 * @fires {Event} input - On each edit of a row or of the new-address field, and on every change below. Native
 *   `Event`, no detail; bubbles, composed.
 * @fires {Event} change - On a committed change: add, paste, remove, commit of a changed row, the confirmation.
 *   Bubbles, composed.
 * @attr {string} lang - Language of the element's texts: German (`de`, also `de-CH`, …), French (`fr`), Dutch (`nl`),
 *   Polish (`pl`), one registered with `registerTranslation`, else English. Without it, the nearest ancestor's `lang`,
 *   else the document's, else the browser's if the page opted in (`setFollowBrowserLanguage`); followed at once.
 *
 * @csspart base - The fieldset around everything.
 * @csspart label - The legend.
 * @csspart hint - The hint below the legend.
 * @csspart error - Each error message.
 * @csspart row - Each row of the list.
 * @csspart control - Each input (addresses, labels, new address, confirmation).
 * @csspart button - Each button (remove, add, add my IP).
 *
 * @cssprop [--trusted-sources-editor-gap=var(--ow-space)] - Space between rows and parts.
 * @cssprop [--trusted-sources-editor-row-background=var(--ow-color-surface-alt)] - Row background.
 * @cssprop [--trusted-sources-editor-input-border=var(--ow-color-border)] - Input border colour.
 * @cssprop [--trusted-sources-editor-radius=var(--ow-radius)] - Corner radius of rows, inputs, buttons.
 * @cssprop [--trusted-sources-editor-error-color=var(--ow-color-danger)] - Error text and border.
 * @cssprop [--trusted-sources-editor-warning-color=var(--ow-color-warning)] - Warning text and border.
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
  /**
   * The new-address field's text as typed, not added yet (emptied when Add takes it; an entry refused stays, with its
   * reason), so a host can keep it with the rows (e.g. in a saved draft); setting it fills the field. While it holds
   * more than blanks the editor is invalid.
   */
  @property({ attribute: false }) newAddress = '';

  /**
   * Every row as typed (`{ address, label? }`): invalid ones and text not committed yet included, so a host can keep
   * what the user typed (e.g. in a saved draft). Setting it replaces the rows; errors of rows set so show at once.
   */
  @property({ attribute: false })
  get entries(): EditorEntry[] {
    return entriesOf(this.#list.rows);
  }
  set entries(list: ReadonlyArray<EditorEntry>) {
    this.#setRows(listOf<EditorEntry>(list).map((e) => ({ address: String(e?.address ?? ''), label: String(e?.label ?? '') })), {}, true);
  }

  /** The valid rows, canonical, each CIDR once. Setting it replaces the rows (invalid entries stay, visible). */
  @property({ attribute: false })
  get sources(): EditorSource[] {
    return sourcesOf(this.#checked().check);
  }
  set sources(list: ReadonlyArray<EditorSource>) {
    this.#setRows(listOf<EditorSource>(list).map((s) => ({ address: String(s?.cidr ?? ''), label: String(s?.label ?? '') })), { sources: true });
  }

  /** The CIDRs of `sources`. Setting it (an array, or a text list) replaces the rows. */
  @property({ attribute: false })
  get value(): string[] {
    return this.sources.map((s) => s.cidr);
  }
  set value(list: ReadonlyArray<string> | string) {
    const texts = typeof list === 'string' ? parseTrustedSourceList(list).map((i) => i.text) : listOf<string>(list);
    this.#setRows(texts.map((text) => ({ address: String(text) })), { sources: true, labels: false });
  }

  /** Replaces the rows unless they already hold `next` (see `holds`); `shown`: their errors show at once. */
  #setRows(next: EditorEntry[], compare: { sources?: boolean; labels?: boolean }, shown = false): void {
    if (this.#list.holds(next, compare)) return;
    this.#replace(next.map(({ address, label }) => ({ text: address, label: label ?? '' })));
    // Entries are what the user typed before (e.g. a restored draft): their problems show as they were shown then.
    if (shown && hasEntryErrors(this.#checked().check)) this.touched = true;
  }

  @state() private announcement = '';
  @state() private flagged: number | undefined;

  readonly #i18n = new LocaleController<TrustedSourcesEditorMessageKey>(this, 'trustedSourcesEditor', trustedSourcesEditorMessagesEn);
  readonly #list = new TrustedSourceRowList();
  readonly #adder = new AddEntriesController(this, {
    t: (key, params) => this.#t(key, params),
    finding: (f) => this.#finding(f),
    locale: () => this.#i18n.locale,
    resolver: () => this.resolveClientAddress,
    add: (items, options) => this.#addItems(items, options),
    text: () => this.newAddress,
    type: (text) => {
      this.newAddress = text;
      this.#fire('input');
    },
    refuse: (count) => this.#list.refusal(count),
    announce: (text) => (this.announcement = text),
  });
  #dirty = false;
  #words_: { locale: string; translations: number; messages: unknown } | undefined;

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

  /** A new object whenever the locale, a registered translation or the message overrides change. */
  #words(): object {
    const { locale } = this.#i18n;
    const translations = translationsVersion();
    const words = this.#words_;
    if (words?.locale !== locale || words.translations !== translations || words.messages !== this.messages) {
      this.#words_ = { locale, translations, messages: this.messages };
    }
    return this.#words_!;
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
    this.#adder.report = [];
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

  #addItems(items: TrustedSourceListItem[], { lines = false, label = '', typed = false } = {}): AddResult {
    const result = this.#list.add(items, { lines, label, typed });
    const refused = result.refusedEntry;
    if (refused) {
      // Nothing changes but the words: the text stays in the field, which keeps focus (Add clicked included); a row of
      // the same range is pointed at, as when the list already has an address added another way.
      this.touched = true;
      this.flagged = refused.code === 'inside' ? undefined : this.#list.rows[refused.row ?? -1]?.key;
      void this.#focusRow(undefined);
      return result;
    }
    // Emptied before the events go out: a host checking validity or reading `newAddress` in its listener sees it so.
    const emptied = typed && !result.refused && this.newAddress !== '';
    if (emptied) this.newAddress = '';
    const { announcement, focus, flagged } = addOutcome(this.#t, result, items.length, this.#list.rows);
    this.requestUpdate();
    this.flagged = flagged;
    this.announcement = announcement;
    if (focus !== undefined) void this.#focusRow(focus);
    if (result.added.length) this.#changed();
    else {
      this.touched = true;
      // Only already listed: no rows changed, but the field did.
      if (emptied) this.#fire('input');
    }
    return result;
  }

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
    const value = this.name ? new FormData() : null;
    // Checked first: the rules are set on the list for `editorProblem` too.
    for (const { cidr } of sourcesOf(this.#checked().check)) value?.append(this.name, cidr);
    const { required, wholeInternetConfirmed } = this;
    const valid = { value, state: this.#restorableState() };
    const problem = editorProblem(this.#list, { required, wholeInternetConfirmed, pending: this.#adder.pending });
    if (!problem) return valid;
    const invalid = { ...valid, flags: problem.flags };
    const at = (selector: string) => this.renderRoot?.querySelector<HTMLElement>(selector) ?? undefined;
    if (problem.reason === 'pending') return { ...invalid, message: this.#t('pending', { address: problem.text }), anchor: at('#new-address') };
    if (problem.reason === 'confirm') return { ...invalid, message: this.#t('confirm-required'), anchor: at('#confirm') };
    const anchor = at(problem.row === undefined ? '#new-address' : `input.address[data-key="${problem.row}"]`);
    return { ...invalid, message: this.#finding(problem.finding), anchor };
  }

  /**
   * What the browser keeps for back/forward: every row as typed (invalid ones too) with its label, the new-address
   * text and the confirmation, so going back to the page loses nothing the customer typed. The rows are one JSON entry
   * (`rowsAsJson`).
   */
  #restorableState(): FormData {
    const state = new FormData();
    state.append('rows', rowsAsJson(this.#list.rows));
    state.append('new-address', this.newAddress);
    if (this.wholeInternetConfirmed) state.append('whole-internet-confirmed', 'on');
    return state;
  }

  /** Focuses the control the current error is about, else the first input (e.g. from an error summary's link). */
  // Not delegatesFocus: it would move focus to row 1 (and scroll there) on any click on text in a long list.
  override focus(options?: FocusOptions): void {
    (this.formState().anchor ?? this.renderRoot.querySelector<HTMLElement>('input'))?.focus(options);
  }

  protected override resetToDefault(): void {
    this.#replace(parseTrustedSourceList(this.defaultValue), false);
    this.wholeInternetConfirmed = this.hasAttribute('whole-internet-confirmed');
    this.newAddress = '';
  }

  protected override restoreFrom(state: string | FormData): void {
    if (typeof state !== 'string' && state.has('new-address')) {
      const rows = state.get('rows');
      this.entries = rowsFromJson(typeof rows === 'string' ? rows : '');
      this.newAddress = String(state.get('new-address'));
      this.wholeInternetConfirmed = state.has('whole-internet-confirmed');
      return;
    }
    // A value alone (autofill): the CIDRs under the field's name.
    const texts = typeof state === 'string' ? [state] : state.getAll(this.name).filter((v): v is string => typeof v === 'string');
    this.#replace(texts.map((text) => ({ text })));
  }

  override render() {
    const t = this.#t;
    const checked = this.#checked();
    // Messages as shown: a row being typed in changes no other row's messages before it is committed.
    const shown = { check: checked.check, placed: this.#list.shown() };
    const ctx: RowContext = { t, finding: this.#finding, touched: this.touched, flagged: this.flagged, words: this.#words() };
    const listMessages = listLevelMessages(shown.placed.list, ctx, this.required);
    const confirming = needsWholeInternetConfirmation(checked.check);
    const confirmError = confirming && this.touched && !this.wholeInternetConfirmed;
    return html`
      <fieldset part="base" class="base" ?disabled=${this.effectivelyDisabled} @input=${stopPropagation}>
        <legend part="label" id="legend">${t('legend')}</legend>
        <p part="hint" id="hint" class="hint">${t('hint')}</p>
        ${listMessages.map((m) => renderMessage(m, t))}
        ${renderList(this.#list.rows, shown, ctx, this.required || listMessages.length > 0, this.#onList)}
        ${confirming ? renderConfirmation({ t, confirmed: this.wholeInternetConfirmed, error: confirmError, onChange: this.#onConfirm }) : nothing}
        ${this.#adder.render(listMessages.map((m) => m.id))}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </fieldset>
    `;
  }
}

/**
 * The events of `<trusted-sources-editor>` as a listener on the editor gets them: its native `input` and `change` with the editor as
 * `currentTarget`, so `event.currentTarget.value` is typed.
 */
export interface TrustedSourcesEditorEventMap extends Omit<HTMLElementEventMap, 'input' | 'change'> {
  input: TargetedEvent<TrustedSourcesEditor>;
  change: TargetedEvent<TrustedSourcesEditor>;
}

export interface TrustedSourcesEditor {
  addEventListener<K extends keyof TrustedSourcesEditorEventMap>(type: K, listener: (this: TrustedSourcesEditor, event: TrustedSourcesEditorEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TrustedSourcesEditorEventMap>(type: K, listener: (this: TrustedSourcesEditor, event: TrustedSourcesEditorEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'trusted-sources-editor': TrustedSourcesEditor;
  }
}
