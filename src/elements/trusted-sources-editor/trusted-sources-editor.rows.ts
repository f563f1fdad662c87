// The row and message templates of <trusted-sources-editor>. Plain templates, no per-row component and no per-row
// listeners: the editor listens on the list, each control says its row (`data-key`) and role (`data-field`).
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AddResult, EditorRow, PlacedFindings, SkippedItem } from '../../core/trusted-sources-editing.js';
import type { Finding, ParsedSource, ParseResult, TrustedSourceCheck } from '../../core/trusted-sources.js';
import type { TrustedSourcesEditorMessageKey } from '../../i18n/trusted-sources-editor.messages.js';
import type { MessageParams } from '../../i18n/translate.js';

export interface Message {
  id: string;
  kind: 'error' | 'warning' | 'note';
  text: string;
}

export interface RowContext {
  t(key: TrustedSourcesEditorMessageKey, params?: MessageParams): string;
  /** A finding in the user's language. */
  finding(finding: Finding): string;
  touched: boolean;
  flagged: number | undefined;
  /** A new object whenever the words change (locale, message overrides): every row renders again. */
  words: object;
}

/** The findings about the whole list: warnings always, errors once touched (`none` only when required). */
export function listLevelMessages(findings: readonly Finding[], ctx: RowContext, required: boolean): Message[] {
  return findings
    .filter((f) => f.severity === 'warning' || (ctx.touched && (f.code !== 'none' || required)))
    .map((f, i) => ({ id: `list${i}`, kind: f.severity, text: ctx.finding(f) }));
}

const PREFIX = { error: 'error-prefix', warning: 'warning-prefix', note: 'note-prefix' } as const;

/** One message; errors carry the `error` part and a visually hidden "Error:" prefix, the others "Warning:"/"Note:". */
export function renderMessage(message: Message, t: RowContext['t']): TemplateResult {
  return html`<p id=${message.id} class="message ${message.kind}" part=${message.kind === 'error' ? 'error' : nothing}>
    <span class="visually-hidden">${t(PREFIX[message.kind])}</span> ${message.text}
  </p>`;
}

/** What a row shows below its inputs: nothing while quiet; notes and warnings always; errors once the editor is touched. */
export function rowMessages(row: EditorRow, findings: readonly Finding[], ctx: RowContext): Message[] {
  if (row.quiet) return [];
  const messages: Message[] = [];
  const add = (kind: Message['kind'], text: string) => messages.push({ id: `m${row.key}-${messages.length}`, kind, text });
  if (row.adjustment) add('note', ctx.t(`adjusted-${row.adjustment.code}`, { ...row.adjustment }));
  if (ctx.flagged === row.key) add('note', ctx.t('already-listed', { cidr: row.text }));
  for (const finding of findings) {
    if (finding.severity === 'error' && !ctx.touched) continue;
    const text = ctx.finding(finding);
    add(finding.severity, row.line === undefined ? text : ctx.t('line', { line: row.line, message: text }));
  }
  return messages;
}

// Plural rules and number formats are slow to make: one "Covers N addresses" per CIDR, for as long as the words stay.
const coversTexts = new WeakMap<object, Map<string, string>>();
function covers(result: ParsedSource, ctx: RowContext): string {
  let texts = coversTexts.get(ctx.words);
  if (!texts || texts.size > 10_000) coversTexts.set(ctx.words, (texts = new Map()));
  let text = texts.get(result.cidr);
  if (text === undefined) texts.set(result.cidr, (text = ctx.t('covers', { count: result.addressCount })));
  return text;
}

// Params too: an overlap's message names the other row's range, which can change while this row does not. Made once
// per findings array: the placed findings stay the same arrays while a row is typed in (`shown()`).
const signatures = new WeakMap<readonly Finding[], string>();
function signature(findings: readonly Finding[]): string {
  let text = signatures.get(findings);
  if (text === undefined) {
    text = findings.map((f) => `${f.code} ${f.entries.join()} ${Object.values(f.params).join()}`).join(';');
    signatures.set(findings, text);
  }
  return text;
}

/**
 * One row. Guarded: a keystroke re-renders only the rows whose text, findings or position changed, so typing in a list
 * of 1,000 rows does not diff 1,000 rows' bindings.
 */
export function renderRow(row: EditorRow, index: number, result: ParseResult | undefined, findings: readonly Finding[], ctx: RowContext) {
  const { text, label, quiet, line, adjustment, key } = row;
  const deps = [row, index, text, label, quiet, line, adjustment, ctx.touched, ctx.flagged === key, ctx.words, signature(findings)];
  return guard(deps, () => renderRowNow(row, index, result, findings, ctx));
}

function renderRowNow(row: EditorRow, index: number, result: ParseResult | undefined, findings: readonly Finding[], ctx: RowContext) {
  const { t } = ctx;
  const messages = rowMessages(row, findings, ctx);
  const invalid = messages.some((m) => m.kind === 'error');
  const trimmed = row.text.trim();
  let meta = '';
  if (result?.ok) meta = trimmed === result.cidr ? covers(result, ctx) : `${t('stored-as', { cidr: result.cidr })} · ${covers(result, ctx)}`;
  const describedBy = ['hint', ...(meta ? [`meta${row.key}`] : []), ...messages.map((m) => m.id)].join(' ');
  const n = index + 1;
  // No whitespace between the row's tags and text set as a property (`.textContent`): a grid draws no whitespace, and
  // each text node and binding marker is a node more in every row (1,000 rows: thousands of nodes).
  return html`<li part="row" class="row" ?data-invalid=${invalid}><input part="control" class="address" type="text"
      data-key=${row.key} data-field="address" .value=${live(row.text)} autocomplete="off" autocapitalize="off"
      spellcheck="false" aria-label=${t('address-row', { row: n })} aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : nothing}><input part="control" class="label" type="text" data-key=${row.key}
      data-field="label" .value=${live(row.label)} maxlength="100" autocomplete="off" aria-label=${t('label-row', { row: n })}><button
      part="button" class="remove" type="button" data-key=${row.key} data-field="remove"
      aria-label=${trimmed ? t('remove', { address: trimmed }) : t('remove-row', { row: n })}
      .textContent=${t('remove-short')}></button>${rowNotes(row.key, meta, messages, t)}</li>`;
}

/** What follows a row's inputs, in one binding: its meta line (one node and its text), then its messages, if any. */
function rowNotes(key: number, meta: string, messages: readonly Message[], t: RowContext['t']) {
  const metaLine = meta ? html`<p class="meta" id="meta${key}" .textContent=${meta}></p>` : nothing;
  return messages.length ? html`${metaLine}${messages.map((m) => renderMessage(m, t))}` : metaLine;
}

const NO_FINDINGS: readonly Finding[] = [];

/** In a list of more rows than this, rows off screen skip layout and paint (the styles' `.list.long`). */
const LONG_LIST = 50;

/**
 * The list: column headings and one row per entry, the editor's one listener per event type on it; without rows, the
 * "no trusted sources yet" text unless `quiet`: a list-level message already speaks for the empty list, or the editor
 * is required, so its own error (or, in the wizard, the wizard's at the field) says it once it matters.
 */
export function renderList(
  rows: readonly EditorRow[], checked: { check: TrustedSourceCheck; placed: PlacedFindings }, ctx: RowContext, quiet: boolean,
  onList: (event: Event) => void,
): TemplateResult | typeof nothing {
  const { t } = ctx;
  const { check, placed } = checked;
  if (!rows.length) return quiet ? nothing : html`<p class="empty">${t('empty-list')}</p>`;
  return html`<div class="table">
    <div class="columns" aria-hidden="true"><span>${t('column-address')}</span><span>${t('column-label')}</span></div>
    <ul class="list ${rows.length > LONG_LIST ? 'long' : ''}" aria-labelledby="legend" @input=${onList} @focusout=${onList} @keydown=${onList} @click=${onList}>
      ${repeat(rows, (r) => r.key, (r, i) => renderRow(r, i, check.entries[i]?.result, placed.rows[i] ?? NO_FINDINGS, ctx))}
    </ul>
  </div>`;
}

/** What adding items means for the user: what to announce, which row to focus, which existing row to point at. */
export function addOutcome(
  t: RowContext['t'], result: AddResult, asked: number, rows: readonly EditorRow[],
): { announcement: string; focus?: number; flagged?: number } {
  const total = t('announce-total', { count: rows.length });
  const first = result.added[0];
  const at = result.skipped[0]?.row;
  const existing = at === undefined ? undefined : rows[at];
  if (asked === 1 && first) return { announcement: `${t('announce-added', { cidr: first.text })} ${total}`, focus: first.key };
  // Adding what is already there: point at it rather than add it twice.
  if (asked === 1 && existing && at !== undefined) {
    return { announcement: t('announce-already-listed', { cidr: existing.text, row: at + 1 }), focus: existing.key, flagged: existing.key };
  }
  return { announcement: listAddedAnnouncement(t, result, rows.length) };
}

/**
 * Why each skipped item of a pasted list was not added: "Line 5: 8.8.8.8/32 is already in the list (row 1); it was not
 * added again.", the same range written otherwise (`10.0.0.1/8` for `10.0.0.0/8`), or too long to be an address.
 */
export function skippedReport(t: RowContext['t'], skipped: readonly SkippedItem[]): string[] {
  return skipped.map(({ item, code, row, line, listed }) => {
    const { text } = item;
    const params = { line: item.line, text, cidr: listed ?? text, row: (row ?? 0) + 1, earlier: line ?? 0 };
    if (code === 'too-long') return t('skipped-too-long', params);
    if (code === 'listed') return t(row === undefined ? 'skipped-line' : 'skipped-row', params);
    // The same range as a row: what a typed entry says, on its line.
    if (row !== undefined) return t('line', { line: item.line, message: t('refused-same-range', params) });
    return t('skipped-same-range-line', params);
  });
}

/** What a list added: "4 entries added from the list. 2 were already in the list. 2 entries need your attention. 5 trusted sources." */
export function listAddedAnnouncement(t: RowContext['t'], { added, skipped, attention }: AddResult, total: number): string {
  // Those too long to be an address were never in the list: `attention` counts them.
  const listed = skipped.filter((s) => s.code !== 'too-long').length;
  return [
    t('announce-list-added', { count: added.length }),
    listed ? t('announce-skipped', { count: listed }) : '',
    attention ? t('announce-attention', { count: attention }) : '',
    t('announce-total', { count: total }),
  ].filter(Boolean).join(' ');
}
