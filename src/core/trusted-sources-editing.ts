/**
 * Editing a list of trusted sources row by row: what committing a row makes of its text, which new items (typed,
 * pasted, resolved) join the list and which are already in it, where each finding of `checkTrustedSources` is shown,
 * whether the editor is valid, and the row list itself (`TrustedSourceRowList`). Pure: no DOM, runs in Node. Every rule
 * about addresses stays in `trusted-sources.ts`.
 */
import {
  checkParsedTrustedSources,
  checkTrustedSources,
  countTrustedSourceListItems,
  DEFAULT_TRUSTED_SOURCE_RULES,
  MAX_TRUSTED_SOURCE_LENGTH,
  parseTrustedSource,
  parseTrustedSourceList,
  type Finding,
  type ParseResult,
  type TrustedSourceCheck,
  type TrustedSourceListItem,
  type TrustedSourceRules,
} from './trusted-sources.js';
import type { CodeParams } from '../schema/issues.js';
import { listOf } from '../schema/raw-input.js';

/** Longest label kept, as the order schema allows. */
export const MAX_TRUSTED_SOURCE_LABEL_LENGTH = 100;

/** Why a committed text was stored differently: `from` is what the user typed (trimmed), `to` the stored CIDR. */
export interface RowAdjustment {
  code: 'host-bits' | 'bare-address';
  from: string;
  to: string;
}

/** What committing a row's text gives: the canonical CIDR when it is a source, else the text as typed. */
export interface CommittedText {
  text: string;
  adjustment?: RowAdjustment;
}

/** Committing a row: a source is stored canonically (with a note when it means more than respelling); anything else stays as typed. */
export function commitRowText(text: string, result: ParseResult = parseTrustedSource(text)): CommittedText {
  if (!result.ok) return { text };
  if (!result.adjusted) return { text: result.cidr };
  return { text: result.cidr, adjustment: { code: result.adjusted, from: text.trim(), to: result.cidr } };
}

/** The key two items share when they are the same entry: the canonical CIDR of a source, the trimmed text otherwise. */
export function entryKey(result: ParseResult): string {
  return result.ok ? `cidr ${result.cidr}` : `text ${result.input.trim()}`;
}

/**
 * Why a new item is not added: the list (or an earlier item) has it in the very same text (`listed`) or has its range
 * written otherwise (`same-range`: `10.0.0.1/8` when `10.0.0.0/8` is listed, `10.0.0.1` when `10.0.0.1/32` is); it is
 * longer than any address could be (`too-long`, read no further); a typed entry also when a listed range holds it
 * (`inside`: adding it would allow nothing more).
 */
export type EntryRefusalCode = 'listed' | 'same-range' | 'inside' | 'too-long';

/**
 * An item of a list that is not added, and why: the same as row `row` (0-based) or as the item on an earlier `line`,
 * whose text is `listed`, or too long to be an address.
 */
export interface SkippedItem {
  item: TrustedSourceListItem;
  code: Exclude<EntryRefusalCode, 'inside'>;
  row?: number;
  line?: number;
  listed?: string;
}

/** How new items join a list: `add` in their order, `skipped` the ones the list (or an earlier item) already holds. */
export interface MergePlan {
  add: TrustedSourceListItem[];
  skipped: SkippedItem[];
}

/**
 * Decides which new items join the list. Nothing is dropped silently: an invalid item is added too (it stays visible with
 * its reason until fixed or removed); only an item equal to a row or to an earlier item is skipped, and reported, and
 * one too long to be an address (a row of a megabyte would stall the page, and it can never become a source).
 */
export function planMerge(existing: ReadonlyArray<ParseResult>, items: ReadonlyArray<TrustedSourceListItem>): MergePlan {
  const rows = new Map<string, number>();
  existing.forEach((result, row) => {
    const key = entryKey(result);
    if (!rows.has(key)) rows.set(key, row);
  });
  const lines = new Map<string, { line: number; text: string }>();
  const plan: MergePlan = { add: [], skipped: [] };
  for (const item of items) {
    if (!item.result.ok && item.result.code === 'too-long') {
      plan.skipped.push({ item, code: 'too-long' });
      continue;
    }
    const key = entryKey(item.result);
    const row = rows.get(key);
    const earlier = lines.get(key);
    const same = (listed: string) => ({ item, code: item.text.trim() === listed ? 'listed' : 'same-range', listed } as const);
    if (row !== undefined) plan.skipped.push({ ...same(existing[row]!.input.trim()), row });
    else if (earlier !== undefined) plan.skipped.push({ ...same(earlier.text.trim()), line: earlier.line });
    else {
      lines.set(key, item);
      plan.add.push(item);
    }
  }
  return plan;
}

/**
 * Longest text read as entries, typed or pasted (UTF-16 code units): a longer one is refused on its length alone,
 * before it is split or parsed. 2,000 items (the most a list may have before it is refused for its count) of an
 * address and a comment up to 500 characters fit; a list exported with long comments stays under a quarter of this.
 */
export const MAX_LIST_TEXT_LENGTH = 1_000_000;

/** A text refused unread: `length` characters, at most `max` read. */
export interface TextRefusal {
  code: 'text-too-long';
  params: { length: number; max: number };
}

/** Whether a text of `length` characters is refused before any work on it (see `MAX_LIST_TEXT_LENGTH`). */
export function listTextRefusal(length: number): TextRefusal | undefined {
  return length > MAX_LIST_TEXT_LENGTH ? { code: 'text-too-long', params: { length, max: MAX_LIST_TEXT_LENGTH } } : undefined;
}

/**
 * Why an entry typed into the new-address field is not added (it stays in the field, with this reason): `row` is the
 * row (0-based) it concerns; `params` name the typed text (`text`), that row's text (`cidr`) and number (`row`, 1-based),
 * or the longest entry read (`max`).
 */
export interface EntryRefusal {
  code: EntryRefusalCode;
  row?: number;
  params: CodeParams;
}

/**
 * Whether a typed entry is refused against the rows: too long to be an address, the same entry or range as a row, or a
 * range inside a row's (it would allow nothing more; the seeds ask for as few addresses as possible). A range that
 * contains rows is added: it allows more, and the rows inside it get their overlap warning.
 */
export function typedEntryRefusal(existing: ReadonlyArray<ParseResult>, item: TrustedSourceListItem): EntryRefusal | undefined {
  const { result, text } = item;
  const refusal = (code: EntryRefusalCode, row: number) => {
    const listed = existing[row]!;
    return { code, row, params: { text, cidr: listed.ok ? listed.cidr : listed.input.trim(), row: row + 1 } };
  };
  const skipped = planMerge(existing, [item]).skipped[0];
  if (skipped?.row !== undefined) return refusal(skipped.code, skipped.row);
  if (skipped) return { code: 'too-long', params: { max: MAX_TRUSTED_SOURCE_LENGTH } };
  if (!result.ok) return undefined;
  const row = existing.findIndex((r) => r.ok && r.family === result.family && r.start <= result.start && result.end <= r.end);
  return row === -1 ? undefined : refusal('inside', row);
}

/** Findings sorted to where the editor shows them: `rows[i]` on row i, `list` above or below the list. */
export interface PlacedFindings {
  list: Finding[];
  rows: Finding[][];
}

/**
 * Places each finding: on the rows it names, except the list-wide ones (`none`, `too-many`), an overlap (only on the range
 * inside, the one to remove) and the whole internet covered by several entries together (on the list: no row alone does it).
 */
export function placeFindings(check: TrustedSourceCheck): PlacedFindings {
  const placed: PlacedFindings = { list: [], rows: check.entries.map(() => []) };
  for (const finding of check.findings) {
    const wholeInternet = finding.code === 'whole-internet' || finding.code === 'whole-internet-confirm';
    let rows = finding.entries;
    if (finding.code === 'none' || finding.code === 'too-many' || (wholeInternet && rows.length > 1)) rows = [];
    else if (finding.code === 'overlap') rows = rows.slice(0, 1);
    if (rows.length === 0) placed.list.push(finding);
    for (const row of rows) placed.rows[row]?.push(finding);
  }
  return placed;
}

/** A source as the editor gives it to its host. */
export interface EditorSource {
  cidr: string;
  label?: string;
}

/** The sources of a checked list: every row that is a source, canonical, first of each CIDR only, labels trimmed. */
export function sourcesOf(check: TrustedSourceCheck): EditorSource[] {
  const seen = new Set<string>();
  const sources: EditorSource[] = [];
  for (const { result, label } of check.entries) {
    if (!result.ok || seen.has(result.cidr)) continue;
    seen.add(result.cidr);
    const trimmed = label?.trim().slice(0, MAX_TRUSTED_SOURCE_LABEL_LENGTH);
    sources.push(trimmed ? { cidr: result.cidr, label: trimmed } : { cidr: result.cidr });
  }
  return sources;
}

/** A trusted source as the user typed it (the editor's `entries`): the address as in its input, the label if any. */
export interface EditorEntry {
  address: string;
  label?: string;
}

/** Every row as typed, invalid ones and text not committed yet included; a label only when there is one. */
export function entriesOf(rows: ReadonlyArray<Pick<EditorRow, 'text' | 'label'>>): EditorEntry[] {
  return rows.map(({ text, label }) => (label ? { address: text, label } : { address: text }));
}

// A row's part of `rowsAsJson`, kept while its text and label stay: a keystroke writes one row again, not all.
const rowJsons = new WeakMap<EditorRow, { text: string; label: string; json: string }>();
function rowJson(row: EditorRow): string {
  const kept = rowJsons.get(row);
  if (kept?.text === row.text && kept.label === row.label) return kept.json;
  const json = JSON.stringify([row.text, row.label]);
  rowJsons.set(row, { text: row.text, label: row.label, json });
  return json;
}

/**
 * Every row as typed, as one JSON text (`[[address, label], …]`): what the browser keeps of an editor for back and
 * forward. Made on every keystroke: one text, where 2,000 FormData entries for 1,000 rows cost a millisecond each time.
 */
export function rowsAsJson(rows: readonly EditorRow[]): string {
  return `[${rows.map(rowJson).join(',')}]`;
}

/** The entries of a `rowsAsJson` text; none from anything else (not JSON, not a list), text from whatever else. */
export function rowsFromJson(json: string): EditorEntry[] {
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return [];
  }
  return listOf(rows).map((row) => {
    const [address, label] = listOf(row);
    return { address: String(address ?? ''), label: String(label ?? '') };
  });
}

/** What an entry stands for: its `entryKey` and its label as stored. */
function entryIdentity({ address, label }: EditorEntry): string {
  return `${entryKey(parseTrustedSource(address))}\n${label?.trim().slice(0, MAX_TRUSTED_SOURCE_LABEL_LENGTH) ?? ''}`;
}

/**
 * Whether two lists hold the same entries in the same order, compared canonically: `10.0.0.1` is `10.0.0.1/32`,
 * `222.222.222.130/28` is `222.222.222.128/28`, labels compare trimmed. Equal texts skip the parser.
 */
export function sameEntries(a: ReadonlyArray<EditorEntry>, b: ReadonlyArray<EditorEntry>): boolean {
  return a.length === b.length && a.every((entry, index) => {
    const other = b[index]!;
    if (entry.address === other.address && (entry.label ?? '') === (other.label ?? '')) return true;
    return entryIdentity(entry) === entryIdentity(other);
  });
}

/** The editor's validity: the flags to set and the finding whose message explains them. */
export interface EditorValidity {
  valueMissing: boolean;
  customError: boolean;
  reason?: Finding;
}

/**
 * Valid when the list has no error and, if it opens the service to the whole internet where that is allowed, the user has
 * confirmed it. Nothing entered is valid unless required (then `valueMissing`, explained by `none`).
 */
export function editorValidity(
  check: TrustedSourceCheck,
  options: { required: boolean; wholeInternetConfirmed: boolean },
): EditorValidity {
  const none = check.findings.find((f) => f.code === 'none');
  if (none) return options.required ? { valueMissing: true, customError: false, reason: none } : { valueMissing: false, customError: false };
  const error = check.findings.find((f) => f.severity === 'error');
  if (error) return { valueMissing: false, customError: true, reason: error };
  const confirm = check.findings.find((f) => f.code === 'whole-internet-confirm');
  if (confirm && !options.wholeInternetConfirmed) return { valueMissing: false, customError: true, reason: confirm };
  return { valueMissing: false, customError: false };
}

/** What keeps an editor from being valid, for its form state: the flags, what explains them, and where it is. */
export type EditorProblem =
  | { flags: { valueMissing: true } | { customError: true }; reason: 'finding'; finding: Finding; /** The row's key. */ row?: number }
  | { flags: { customError: true }; reason: 'confirm' }
  | { flags: { customError: true }; reason: 'pending'; text: string };

/**
 * The editor's problem, if any: the first error of its rows (or of the list), else the missing whole-internet
 * confirmation, else text typed into the new-address field but not added (`pending`), which a form must not drop.
 */
export function editorProblem(
  list: TrustedSourceRowList,
  options: { required: boolean; wholeInternetConfirmed: boolean; pending: string },
): EditorProblem | undefined {
  const { check, placed } = list.checked();
  const { reason, valueMissing } = editorValidity(check, options);
  if (!reason) return options.pending ? { flags: { customError: true }, reason: 'pending', text: options.pending } : undefined;
  if (reason.code === 'whole-internet-confirm') return { flags: { customError: true }, reason: 'confirm' };
  const flags = valueMissing ? { valueMissing: true as const } : { customError: true as const };
  const row = list.rows[placed.rows.findIndex((findings) => findings.includes(reason))]?.key;
  return row === undefined ? { flags, reason: 'finding', finding: reason } : { flags, reason: 'finding', finding: reason, row };
}

/** Whether a list has an error a user must see at once when it is set as typed before (not `none`, not the confirmation). */
export function hasEntryErrors(check: TrustedSourceCheck): boolean {
  return check.findings.some((f) => f.severity === 'error' && f.code !== 'none' && f.code !== 'whole-internet-confirm');
}

/** Whether a list asks for the whole-internet confirmation. */
export function needsWholeInternetConfirmation(check: TrustedSourceCheck): boolean {
  return check.findings.some((f) => f.code === 'whole-internet-confirm');
}

/**
 * The items of a text pasted into a single-address field when it is a list (several items, or several lines) that the
 * field would mangle (an `<input>` drops line breaks); undefined for a single item, which pastes as usual.
 */
export function pastedListItems(text: string): TrustedSourceListItem[] | undefined {
  return isPastedList(text) ? parseTrustedSourceList(text) : undefined;
}

/** Whether a pasted text is a list (several items, or several lines) rather than one address typed in another way. */
export function isPastedList(text: string): boolean {
  return /[\r\n]/.test(text.trim()) || countTrustedSourceListItems(text) > 1;
}

/**
 * What a paste into the new-address field becomes: `field` (one item, pasted as typing is), `list` (read as entries,
 * or refused whole on its length by `listTextRefusal`), or `too-long`: one item longer than any address, refused before
 * it reaches the field (a megabyte in an `<input>` stalls every layout of the page, 0.4 to 2 s each, measured).
 */
export function pastedTextAction(text: string): 'field' | 'list' | 'too-long' {
  if (listTextRefusal(text.length) || isPastedList(text)) return 'list';
  return text.trim().length <= MAX_TRUSTED_SOURCE_LENGTH ? 'field' : 'too-long';
}

/** A row as the editor holds it: the address as in its input, and what its last commit left. */
export interface EditorRow {
  /** Stable identity for rendering and focus. */
  key: number;
  text: string;
  label: string;
  /** The line of a pasted list the row came from, while its text is unchanged. */
  line?: number;
  /** Why the last commit stored the text differently from what was typed. */
  adjustment?: RowAdjustment;
  /** Being typed in after showing no error: its findings wait for the commit ("reward early, punish late"). */
  quiet: boolean;
  savedText: string;
  savedLabel: string;
}

/** What `add` did: the rows added (in order, at the end), the items skipped as already present, and how many added rows have errors. */
export interface AddResult {
  added: EditorRow[];
  skipped: SkippedItem[];
  attention: number;
  /** Set when a list was refused whole because it does not fit: nothing was added. */
  refused?: ListRefusal;
  /** Set when a typed entry was refused (see `typedEntryRefusal`): nothing was added. */
  refusedEntry?: EntryRefusal;
}

/** A pasted list that does not fit: it has `count` new entries, only `room` more fit, `max` in all. */
export interface ListRefusal {
  count: number;
  room: number;
  max: number;
}

/**
 * The most rows an editor holds, whatever its rules say (catalogs allow at most 1,000 entries): past this a page would
 * stall drawing them, so a larger paste is refused whole, with a message, instead.
 */
export const MAX_EDITOR_ROWS = 1000;

/** How many entries a list may hold under these rules, capped at `MAX_EDITOR_ROWS`. */
export function entryLimit(rules: Partial<TrustedSourceRules>): number {
  const max = rules.maxEntries ?? DEFAULT_TRUSTED_SOURCE_RULES.maxEntries;
  return Math.max(0, Math.min(Number.isFinite(max) ? max : MAX_EDITOR_ROWS, MAX_EDITOR_ROWS));
}

/**
 * The rows of an editor and the one check of them. Each change bumps a version; `checked()` runs the check at most once
 * per version (and rules), so a keystroke costs one pass over the list however often the answer is read. Each row's text
 * is parsed once per text: a keystroke parses the row typed in, not all 1,000.
 *
 * Two views of the findings: `checked()` is the rows as they are (the value, the validity); `shown()` is what the
 * editor shows, where a quiet row (being typed in) still counts with its text as last committed. Half-typed text then
 * changes no other row's messages and no message of the list until it is committed, as it changes none of its own:
 * typing `10.0.0.0/2` on the way to `/24` does not flash a warning on every row inside `10.0.0.0/2`.
 */
export class TrustedSourceRowList {
  rules: Partial<TrustedSourceRules> = {};
  #rows: EditorRow[] = [];
  #nextKey = 1;
  #version = 0;
  #memo: { version: number; rules: string; check: TrustedSourceCheck; placed: PlacedFindings } | undefined;
  // Bumped with `#version`, except by a keystroke in a row that was quiet and stays quiet: `shown()` is unchanged then.
  #shownVersion = 0;
  #shownMemo: { version: number; rules: string; placed: PlacedFindings } | undefined;
  readonly #parsed = new WeakMap<EditorRow, ParseResult>();
  readonly #parsedSaved = new WeakMap<EditorRow, ParseResult>();

  get rows(): readonly EditorRow[] {
    return this.#rows;
  }

  /** The check of the rows as they are now, and its findings placed. */
  checked(): { check: TrustedSourceCheck; placed: PlacedFindings } {
    const rules = this.#rulesKey();
    if (this.#memo?.version !== this.#version || this.#memo.rules !== rules) {
      const check = checkParsedTrustedSources(this.#rows.map((r) => ({ result: this.#parse(r), label: r.label })), this.rules);
      this.#memo = { version: this.#version, rules, check, placed: placeFindings(check) };
    }
    return this.#memo;
  }

  /** The findings as the editor shows them: each quiet row with its text as last committed (see the class). */
  shown(): PlacedFindings {
    const rules = this.#rulesKey();
    if (this.#shownMemo?.version !== this.#shownVersion || this.#shownMemo.rules !== rules) {
      const placed = this.#rows.some((r) => r.quiet)
        ? placeFindings(checkParsedTrustedSources(this.#rows.map((r) => ({ result: this.#shownParse(r), label: r.label })), this.rules))
        : this.checked().placed;
      this.#shownMemo = { version: this.#shownVersion, rules, placed };
    }
    return this.#shownMemo.placed;
  }

  // Compared by value: a host that builds its rules object anew on each render costs no extra check.
  #rulesKey(): string {
    const { maxEntries, allowIpv6, allowAnyAddress } = this.rules ?? {};
    return `${maxEntries} ${allowIpv6} ${allowAnyAddress}`;
  }

  #bump(shown = true): void {
    this.#version++;
    if (shown) this.#shownVersion++;
  }

  /**
   * Whether setting the rows to `list` would change nothing: it equals the rows as typed or as last committed (a host
   * that syncs on `change` sets the committed list again while a row is being typed in), compared canonically
   * (`sameEntries`). With `sources`, also their valid sources alone (what `sources` and `value` give); without `labels`,
   * addresses only (`value`).
   */
  holds(list: ReadonlyArray<EditorEntry>, { labels = true, sources = false } = {}): boolean {
    const strip = (entries: ReadonlyArray<EditorEntry>) => (labels ? entries : entries.map(({ address }) => ({ address })));
    const wanted = strip(list);
    const committed = () => entriesOf(this.#rows.map((row) => ({ text: row.savedText, label: row.savedLabel })));
    const asSources = (check: TrustedSourceCheck) => sourcesOf(check).map(({ cidr, label }) => (label ? { address: cidr, label } : { address: cidr }));
    const views = [() => entriesOf(this.#rows), committed];
    if (sources) views.push(() => asSources(this.checked().check), () => asSources(checkTrustedSources(committed(), this.rules)));
    return views.some((view) => sameEntries(wanted, strip(view())));
  }

  /** Whether a row's own findings include an error: as it is now, or (`shown`) as the editor shows it. */
  hasError(index: number, { shown = false } = {}): boolean {
    const placed = shown ? this.shown() : this.checked().placed;
    return placed.rows[index]?.some((f) => f.severity === 'error') ?? false;
  }

  /** What the row's text is; parsed again only when the text changed (a result's `input` is the text it read). */
  #parse(row: EditorRow): ParseResult {
    const result = this.#parsed.get(row);
    if (result?.input === row.text) return result;
    const parsed = parseTrustedSource(row.text);
    this.#parsed.set(row, parsed);
    return parsed;
  }

  /** What `shown()` counts a row as: its text, or its text as last committed while it is quiet. */
  #shownParse(row: EditorRow): ParseResult {
    if (!row.quiet) return this.#parse(row);
    const result = this.#parsedSaved.get(row);
    if (result?.input === row.savedText) return result;
    const parsed = parseTrustedSource(row.savedText);
    this.#parsedSaved.set(row, parsed);
    return parsed;
  }

  find(key: number): { row: EditorRow; index: number } | undefined {
    const index = this.#rows.findIndex((r) => r.key === key);
    const row = this.#rows[index];
    return row && { row, index };
  }

  #newRow(text: string, label: string, line: number | undefined, result = parseTrustedSource(text)): EditorRow {
    const committed = commitRowText(text, result);
    const row: EditorRow = { key: this.#nextKey++, text: committed.text, label, quiet: false, savedText: committed.text, savedLabel: label };
    if (line !== undefined) row.line = line;
    if (committed.adjustment) row.adjustment = committed.adjustment;
    // Kept as read (invalid text as typed, a source already canonical): the result stays true for the row.
    if (result.input === row.text) this.#parsed.set(row, result);
    return row;
  }

  /** Replaces every row; each text is committed (canonical when it is a source, as given otherwise). */
  replace(items: ReadonlyArray<{ text: string; label?: string }>): void {
    this.#rows = items.map(({ text, label }) => this.#newRow(text, label ?? '', undefined));
    this.#bump();
  }

  /** How a list of `count` new entries measures against a limit (by default the rules'): how many more fit now. */
  refusal(count: number, max = entryLimit(this.rules)): ListRefusal {
    return { count, room: Math.max(0, max - this.#rows.length), max };
  }

  /**
   * Adds new items at the end, skipping those already listed (see `planMerge`); `lines` keeps their line numbers.
   * `typed`: one entry typed into the new-address field, added only if `typedEntryRefusal` has nothing against it.
   */
  add(items: ReadonlyArray<TrustedSourceListItem>, { lines = false, label = '', typed = false } = {}): AddResult {
    const existing = this.checked().check.entries.map((e) => e.result);
    const refusedEntry = typed && items.length === 1 ? typedEntryRefusal(existing, items[0]!) : undefined;
    if (refusedEntry) return { added: [], skipped: [], attention: 0, refusedEntry };
    const plan = planMerge(existing, items);
    // A pasted list must fit under the rules' limit; anything must fit under the editor's own cap. Refused whole:
    // half a list would be worse than none, and the message says what to do.
    const refusal = this.refusal(plan.add.length, lines ? entryLimit(this.rules) : MAX_EDITOR_ROWS);
    if (refusal.count > refusal.room) return { added: [], skipped: [], attention: 0, refused: refusal };
    const added = plan.add.map((item) => this.#newRow(item.text, label, lines ? item.line : undefined, item.result));
    const offset = this.#rows.length;
    this.#rows = [...this.#rows, ...added];
    this.#bump();
    // An item too long to be an address is not a row, but it needs the user's attention as much as a row in error.
    const attention = added.filter((_, i) => this.hasError(offset + i)).length + plan.skipped.filter((s) => s.code === 'too-long').length;
    return { added, skipped: plan.skipped, attention };
  }

  /**
   * A keystroke in a row's address: the row goes quiet unless it is showing an error (then it updates as it is fixed).
   * A row quiet before and after changes nothing `shown()` gives.
   */
  type(key: number, text: string, errorsShown: boolean): void {
    const found = this.find(key);
    if (!found) return;
    const { row } = found;
    const wasQuiet = row.quiet;
    if (!(errorsShown && !row.quiet && this.hasError(found.index, { shown: true }))) row.quiet = true;
    row.text = text;
    delete row.adjustment;
    this.#bump(!wasQuiet);
  }

  typeLabel(key: number, label: string): void {
    const found = this.find(key);
    if (!found) return;
    found.row.label = label;
    this.#bump();
  }

  /** Commits a row (blur, Enter): canonical text, findings shown again; `changed` when text or label differ from the last commit. */
  commit(key: number): { changed: boolean; adjustment?: RowAdjustment } | undefined {
    const row = this.find(key)?.row;
    if (!row) return undefined;
    let adjustment: RowAdjustment | undefined;
    const typed = row.text !== row.savedText;
    if (typed) {
      ({ text: row.text, adjustment } = commitRowText(row.text));
      delete row.line;
      if (adjustment) row.adjustment = adjustment;
    }
    const changed = row.text !== row.savedText || row.label !== row.savedLabel;
    if (!typed && !changed && !row.quiet) return { changed };
    row.quiet = false;
    row.savedText = row.text;
    row.savedLabel = row.label;
    this.#bump();
    return adjustment ? { changed, adjustment } : { changed };
  }

  /** Removes a row; `next` is the row to focus after it: the following one, else the previous one. */
  remove(key: number): { row: EditorRow; index: number; next?: EditorRow } | undefined {
    const found = this.find(key);
    if (!found) return undefined;
    this.#rows = this.#rows.filter((r) => r !== found.row);
    this.#bump();
    const next = this.#rows[found.index] ?? this.#rows[found.index - 1];
    return next ? { ...found, next } : found;
  }
}
