/**
 * The one rule for every free text of an order and a catalog (names, labels, addresses, descriptions, text options):
 * no control characters and no bidirectional embeddings, overrides or isolates. A database refuses NUL in text
 * (PostgreSQL's `text` cannot hold U+0000, so an INSERT would fail), escape sequences reach terminals and logs, and an
 * override such as U+202E makes a label read backwards. The marks U+200E/U+200F (LRM/RLM) stay allowed: they only nudge
 * neutral characters and cannot reorder what follows. Tabs and line breaks are control characters too: no free text is
 * shown over several lines, and blanks around a text are trimmed before the rule runs.
 * Pure: no lit, no DOM, runs in Node.
 */
import * as z from 'zod/mini';
import type { IssueParams } from './issues.js';

/** C0 controls U+0000–U+001F, DEL and the C1 controls U+007F–U+009F. */
const CONTROL = '\\u0000-\\u001f\\u007f-\\u009f';
/** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
const BIDI = '\\u202a-\\u202e\\u2066-\\u2069';

/** The characters a free text may not hold, as the inside of a regular-expression class (the catalog's JSON Schema uses it). */
export const FORBIDDEN_TEXT_CHARACTERS = CONTROL + BIDI;

const FORBIDDEN = new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}]`);

export type FreeTextCode = 'text-control-character' | 'text-bidi-control';

/** `U+202E`: how a message names a character the reader cannot see. */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character the rule refuses in `text`, as a code and `{ character: 'U+202E' }`; undefined for a clean text. */
export function checkFreeText(text: string): { code: FreeTextCode; params: IssueParams } | undefined {
  const found = FORBIDDEN.exec(text);
  if (!found) return undefined;
  // Every refused character above U+009F is a bidi control.
  return { code: found[0] > '\u009f' ? 'text-bidi-control' : 'text-control-character', params: { character: codePointName(found[0]) } };
}

export const FREE_TEXT_CODES: ReadonlySet<string> = new Set<FreeTextCode>(['text-control-character', 'text-bidi-control']);

/**
 * The rule as a zod check, for a text schema after its trim: its issue carries the code as message and the character as
 * params (`issuesFromZod` keeps both when the code is among the schema's own).
 */
export const freeText = () =>
  z.superRefine<string>((value, ctx) => {
    const found = checkFreeText(value);
    if (found) ctx.addIssue({ code: 'custom', message: found.code, params: found.params, input: value });
  });
