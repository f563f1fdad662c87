// The parts of <trusted-sources-editor> below the list: the whole-internet confirmation, and the area that adds entries
// (new-address field, Add, "Add my IP", their notes and errors, the report of a pasted list) with its controller.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  listTextRefusal, MAX_EDITOR_ROWS, pastedTextAction, type AddResult, type EntryRefusal, type ListRefusal,
} from '../../core/trusted-sources-editing.js';
import {
  countTrustedSourceListItems, MAX_TRUSTED_SOURCE_LENGTH, parseTrustedSource, parseTrustedSourceList, type Finding,
  type TrustedSourceListItem,
} from '../../core/trusted-sources.js';
import { formatTrustedSourceMessage } from '../../i18n/trusted-sources.messages.js';
import type { Locale } from '../../i18n/translate.js';
import { renderMessage, skippedReport, type RowContext } from './trusted-sources-editor.rows.js';

/** Asks the host's backend which address it sees for this browser, e.g. `"203.0.113.7"`. */
export type ResolveClientAddress = () => Promise<string>;

export interface ConfirmationContext {
  t: RowContext['t'];
  confirmed: boolean;
  /** Show the missing confirmation as an error (after interaction or a submit attempt). */
  error: boolean;
  onChange(event: Event): void;
}

export function renderConfirmation({ t, confirmed, error, onChange }: ConfirmationContext): TemplateResult {
  return html`<label class="confirm">
      <input id="confirm" part="control" type="checkbox" .checked=${live(confirmed)} @change=${onChange}
        aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? 'confirm-error' : nothing} />
      ${t('confirm-whole-internet')}
    </label>
    ${error ? renderMessage({ id: 'confirm-error', kind: 'error', text: t('confirm-required') }, t) : nothing}`;
}

export interface AddEntriesOptions {
  t: RowContext['t'];
  /** A finding in the user's language. */
  finding(finding: Pick<Finding, 'code' | 'params'>): string;
  locale(): Locale;
  /** The host's resolver; "Add my IP" shows only while there is one. */
  resolver(): ResolveClientAddress | undefined;
  /**
   * Adds items to the list (the editor announces them, moves focus and fires its events); `typed`: they are the
   * new-address field's text, which then empties unless the list refused them (a refused entry stays, focused).
   */
  add(items: TrustedSourceListItem[], options: { lines: boolean; label?: string; typed?: boolean }): AddResult;
  /** The new-address field's text as typed (the editor's `newAddress`). */
  text(): string;
  /** The user typed into the new-address field. */
  type(text: string): void;
  /** A pasted list of `count` entries does not fit: nothing is added (so the limit and the room are known here). */
  refuse(count: number): ListRefusal;
  /** Says something in the editor's polite live region. */
  announce(text: string): void;
}

/**
 * The area that adds entries: the new-address field (Enter or Add; a pasted list becomes rows, each line checked, and
 * a report says which lines were already listed), and "Add my IP" (one request at a time, busy meanwhile; a rejected
 * request or an answer that is no address changes nothing and says why). The field's text is the editor's (`text()`);
 * typed but not added, it is `pending`.
 */
export class AddEntriesController implements ReactiveController {
  addError = '';
  report: string[] = [];
  busy = false;
  myIpError = '';

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget & { readonly renderRoot: ParentNode },
    private readonly options: AddEntriesOptions,
  ) {
    host.addController(this);
    // A submit attempt with text still in the new-address field: say so there, rather than submit without it.
    host.addEventListener('invalid', () => {
      if (this.pending) this.#set({ addError: options.t('pending', { address: this.pending }) });
    });
  }

  hostConnected(): void {}

  /** What the new-address field holds but was not added, trimmed. */
  get pending(): string {
    return this.options.text().trim();
  }

  #set(changes: Partial<Pick<AddEntriesController, 'addError' | 'report' | 'busy' | 'myIpError'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  #add(items: TrustedSourceListItem[], lines: boolean, label?: string, typed = false): void {
    const { skipped, refused, refusedEntry } = this.options.add(items, label === undefined ? { lines, typed } : { lines, label });
    if (refused) this.#refuse(this.options.t('list-too-long', { ...refused }));
    else if (refusedEntry) this.#refuse(this.#entryRefusal(refusedEntry));
    else this.#set({ report: lines || items.length > 1 ? skippedReport(this.options.t, skipped) : [] });
  }

  /** Why a typed entry stays in the field: the same entry as a row, its range written otherwise, inside a row's, too long. */
  #entryRefusal({ code, params }: EntryRefusal): string {
    if (code === 'too-long') return this.options.finding({ code, params });
    return this.options.t(code === 'listed' ? 'announce-already-listed' : `refused-${code}`, params);
  }

  #refuse(text: string): void {
    this.#set({ addError: text, report: [] });
    this.options.announce(text);
  }

  /** Adds a typed (`typed`: the field's own) or pasted text: one entry, or a list with line numbers when it has lines. */
  #addText(text: string, typed: boolean): void {
    this.#set({ addError: '' });
    // Bounded before any work: a text longer than any list is refused on its length, unsplit and unread.
    const unread = listTextRefusal(text.length);
    if (unread) return this.#refuse(this.options.t('refused-text-too-long', unread.params));
    // Counting is cheap and reading is not: a paste far beyond any limit is refused before a single line is read.
    const count = countTrustedSourceListItems(text);
    if (count > 2 * MAX_EDITOR_ROWS) return this.#refuse(this.options.t('list-too-long', { ...this.options.refuse(count) }));
    const read = parseTrustedSourceList(text);
    if (read.length) this.#add(read, /[\r\n]/.test(text.trim()), undefined, typed);
    else this.#set({ addError: formatTrustedSourceMessage('empty', {}, this.options.locale()) });
  }

  readonly onAdd = (): void => this.#addText(this.options.text(), true);

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.onAdd();
  };

  // What is typed but not added yet keeps the editor invalid: the host re-checks on each keystroke.
  readonly onInput = (event: Event): void => {
    this.addError = '';
    this.options.type((event.target as HTMLInputElement).value);
  };

  // An <input> would drop the line breaks of a pasted list: read it here instead.
  readonly onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    // One item pasted into the field is typing; a list (several items or lines) becomes rows at once, or is refused;
    // one item longer than any address never reaches the field (`pastedTextAction`).
    const action = pastedTextAction(text);
    if (action === 'field') return;
    event.preventDefault();
    if (action === 'too-long') this.#refuse(this.options.finding({ code: 'too-long', params: { max: MAX_TRUSTED_SOURCE_LENGTH } }));
    else this.#addText(text, false);
  };

  readonly onAddMyIp = async (): Promise<void> => {
    const { t, resolver, announce } = this.options;
    const resolve = resolver();
    if (!resolve || this.busy) return;
    announce(t('announce-my-ip-busy'));
    this.#set({ busy: true, myIpError: '' });
    let error = '';
    try {
      const text = String(await resolve());
      const result = parseTrustedSource(text);
      if (result.ok) this.#add([{ line: 1, text, result }], false, t('my-ip-label'));
      else error = t('my-ip-invalid', { text, reason: this.options.finding(result) });
    } catch {
      error = t('my-ip-failed');
    }
    this.#set({ busy: false, myIpError: error });
    if (error) announce(error);
  };

  /** The area; `listIds` are the list-level messages the field is described by (after the hint). */
  render(listIds: readonly string[]): TemplateResult {
    const { t } = this.options;
    const { addError, myIpError } = this;
    const myIp = !!this.options.resolver();
    const describedBy = ['hint', ...listIds, ...(addError ? ['add-error'] : [])].join(' ');
    return html`<div class="add">
      <label for="new-address">${t('new-address')}</label>
      <div class="add-controls">
        <input id="new-address" part="control" type="text" autocomplete="off" autocapitalize="off" spellcheck="false"
          .value=${live(this.options.text())} aria-describedby=${describedBy} aria-invalid=${addError ? 'true' : nothing}
          @keydown=${this.onKeydown} @paste=${this.onPaste} @input=${this.onInput} />
        <button part="button" type="button" class="add-button" @click=${this.onAdd}>${t('add')}</button>
        ${myIp
          ? html`<button part="button" type="button" class="my-ip" aria-busy=${this.busy ? 'true' : 'false'}
              aria-describedby=${myIpError ? 'my-ip-note my-ip-error' : 'my-ip-note'} @click=${this.onAddMyIp}>${t('add-my-ip')}</button>`
          : nothing}
      </div>
      ${addError ? renderMessage({ id: 'add-error', kind: 'error', text: addError }, t) : nothing}
      ${myIp ? html`<p class="note" id="my-ip-note">${t('my-ip-note')}</p>` : nothing}
      ${myIpError ? renderMessage({ id: 'my-ip-error', kind: 'error', text: myIpError }, t) : nothing}
      ${this.report.map((text, i) => renderMessage({ id: `report${i}`, kind: 'note', text }, t))}
    </div>`;
  }
}
