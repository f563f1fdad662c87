/**
 * Trusted sources: the addresses allowed to reach a managed service's public endpoint. Decides what a source is (parse,
 * canonical CIDR) and what a list of them means (duplicates, nesting, the whole internet, non-public ranges).
 * Pure: no DOM, runs in Node, so the server validates with the same code as the editor.
 *
 * Home-made, and measured against what a developer would pick instead (`npm run bench`: cidr-tools, fast-cidr-tools and
 * ipaddr.js, each with a sort-and-sweep): those parsers accept notations we must refuse (cidr-tools reads `300.12.7.1`
 * as 44.12.7.1 and `example.com` as an address) and list no duplicates or nesting. A list is checked without bigints or
 * an object per range: addresses as 16-bit groups in typed arrays, a radix sort, one sweep. A pasted list is read in one
 * scan of its text, each item without a regular expression, and a source keeps little (its address in two fields, no
 * canonical text): at 100,000 entries, copying what stays alive through the young generation costs more than reading.
 * ip-cidr is the tests' oracle.
 */
import type { CodeParams } from '../schema/issues.js';

/** Longest input read at all; anything longer is rejected before any other work. */
export const MAX_TRUSTED_SOURCE_LENGTH = 64;

/** Why a text is not a trusted source; each code is also the key of its message. */
export type ParseErrorCode =
  | 'not-text' | 'too-long' | 'empty' | 'hidden-character' | 'non-ascii-digit' | 'invalid-character' | 'inner-space'
  | 'zone-id' | 'extra-slash' | 'missing-address' | 'missing-prefix' | 'invalid-prefix' | 'prefix-leading-zero'
  | 'prefix-too-long' | 'hostname' | 'hex-ipv4' | 'integer-address' | 'shortened-ipv4' | 'too-many-octets' | 'empty-octet'
  | 'leading-zero' | 'octet-out-of-range' | 'ipv4-mapped' | 'ipv4-in-ipv6' | 'ipv6-triple-colon' | 'ipv6-double-colon-twice'
  | 'ipv6-empty-group' | 'ipv6-group-too-long' | 'ipv6-too-many-groups' | 'ipv6-too-few-groups';

/** A source that was read: its canonical CIDR and the range it covers (`start`..`end`, inclusive). */
export interface ParsedSource {
  ok: true;
  input: string;
  cidr: string;
  family: 4 | 6;
  prefix: number;
  addressCount: bigint;
  start: bigint;
  end: bigint;
  /** Set when `cidr` differs from the input beyond trimming and case: host bits cleared, or a bare address made a range. */
  adjusted?: 'host-bits' | 'bare-address';
}

/** A text that is not a source: `code` and `params` say why (`describeIssue` puts it in words, in any locale). */
export interface ParseFailure {
  ok: false;
  input: string;
  code: ParseErrorCode;
  params: CodeParams;
}

/** The answer of `parseTrustedSource`. */
export type ParseResult = ParsedSource | ParseFailure;

/**
 * One item of a pasted list: its 1-based line, the item as typed (trimmed), and what it is. Read by
 * `parseTrustedSourceList`, an item is also its entry of that list (`index`, `input`: a `TrustedSourceEntry`), so a
 * check of the list answers with the items themselves instead of a copy of each.
 */
export interface TrustedSourceListItem {
  line: number;
  text: string;
  result: ParseResult;
}

/** Limits of a service; see `DEFAULT_TRUSTED_SOURCE_RULES`. */
export interface TrustedSourceRules {
  maxEntries: number;
  allowIpv6: boolean;
  allowAnyAddress: boolean;
}

/** At most 100 entries, IPv6 allowed, the whole internet refused. */
export const DEFAULT_TRUSTED_SOURCE_RULES: Readonly<TrustedSourceRules> = Object.freeze({
  maxEntries: 100,
  allowIpv6: true,
  allowAnyAddress: false,
});

/** An entry as the editor or an order payload holds it. */
export type TrustedSourceInput = string | { address: string; label?: string };

/** One input of `checkTrustedSources`, read. */
export interface TrustedSourceEntry {
  index: number;
  input: string;
  label?: string;
  result: ParseResult;
}

/** Codes of findings about a list (besides the parse codes of invalid entries). */
export type ListFindingCode =
  | 'duplicate' | 'overlap' | 'whole-internet' | 'whole-internet-confirm' | 'not-public' | 'too-many' | 'ipv6-not-allowed'
  | 'none';

/** Every code a finding can carry. */
export type TrustedSourceCode = ParseErrorCode | ListFindingCode;

/** Something to tell about a list; `entries` are indexes into the inputs. */
export interface Finding {
  code: TrustedSourceCode;
  severity: 'error' | 'warning';
  entries: number[];
  params: CodeParams;
}

/** The answer of `checkTrustedSources`; `ok` is false when any entry is invalid or any finding is an error. */
export interface TrustedSourceCheck {
  ok: boolean;
  entries: TrustedSourceEntry[];
  findings: Finding[];
}

/** Kinds of ranges that can never be the source of traffic to a public endpoint. */
export type SpecialRangeKind =
  | 'unspecified' | 'private' | 'shared' | 'loopback' | 'link-local' | 'documentation' | 'benchmarking' | 'multicast'
  | 'reserved' | 'broadcast' | 'unique-local';

const ASCII_SPACE = /^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g;
const HOSTNAME = /^(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?$/i;

// Shared by the failures without parameters: a list of thousands of findings makes no object it need not make.
const NO_PARAMS: CodeParams = Object.freeze({});

function fail(input: string, code: ParseErrorCode, params: CodeParams = NO_PARAMS): ParseFailure {
  return { ok: false, input, code, params };
}

/** The text without ASCII white space around it; items of a pasted list have none, and are not copied. */
const trimmed = (text: string) =>
  text.charCodeAt(0) > 0x20 && text.charCodeAt(text.length - 1) > 0x20 ? text : text.replace(ASCII_SPACE, '');

/** Reads one trusted source (`203.0.113.0/24`, `2001:db8::/48`, a bare address); never throws. */
export function parseTrustedSource(text: string): ParseResult {
  const failure = readSource(text);
  if (failure) return failure;
  return sourceOf(text, READ.family, READ.prefix, READ.adjusted, READ.canonical, GROUPS, 0);
}

/**
 * A `Source` from what the reader found: the family, the prefix, how the text was adjusted (an index of `ADJUSTED`),
 * whether an IPv6 text is canonical, and the first address's groups from `at` (two for IPv4, eight for IPv6).
 */
function sourceOf(
  text: string, family: 4 | 6, prefix: number, adjusted: number, canonical: boolean, groups: ArrayLike<number>, at: number,
): Source {
  if (family === 4) return new Source(text, 4, prefix, groups[at]!, groups[at + 1]!, ADJUSTED[adjusted]);
  // The eight groups as a string of eight UTF-16 code units: one small object a source keeps, not an array.
  const packed = String.fromCharCode(
    groups[at]!, groups[at + 1]!, groups[at + 2]!, groups[at + 3]!, groups[at + 4]!, groups[at + 5]!, groups[at + 6]!, groups[at + 7]!,
  );
  return new Source(text, 6, prefix, packed, canonical ? 1 : 0, ADJUSTED[adjusted]);
}

// What `readSource` read last, when it was a source: the family, the prefix, how the text was adjusted (an index of
// `ADJUSTED`) and, for IPv6, whether the text typed is its RFC 5952 form; the first address's groups are in `GROUPS`.
// A list is read into columns from here, with no object per source.
const READ = { family: 4 as 4 | 6, prefix: 0, adjusted: 0, canonical: false };

/** Reads `text` as one trusted source into `READ` and `GROUPS`, or answers why it is not one. */
function readSource(text: string): ParseFailure | undefined {
  if (typeof text !== 'string') return fail('', 'not-text');
  if (text.length > MAX_TRUSTED_SOURCE_LENGTH) return fail(text, 'too-long', { max: MAX_TRUSTED_SOURCE_LENGTH });
  const source = trimmed(text);
  if (source === '') return fail(text, 'empty');

  // One look at each character, no regular expression and no slice: this runs for every entry of long lists. The
  // failures keep their order: the first character that is not printable ASCII, a zone, a second slash.
  let slash = -1;
  let zone = false;
  let extraSlash = false;
  let ipv6 = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return oddCharacter(text, String.fromCodePoint(source.codePointAt(i)!));
    if (code === 0x25) zone = true;
    else if (code === 0x2f) {
      if (slash === -1) slash = i;
      else extraSlash = true;
    } else if (code === 0x3a && slash === -1) ipv6 = true;
  }
  if (zone) return fail(text, 'zone-id');
  if (extraSlash) return fail(text, 'extra-slash');
  if (slash === 0) return fail(text, 'missing-address');
  if (slash === source.length - 1) return fail(text, 'missing-prefix');
  const address = slash === -1 ? source : source.slice(0, slash);
  const groups = GROUPS;

  if (!ipv6) {
    const value = readIpv4(address);
    if (typeof value !== 'number') return fail(text, value.code, value.params);
    const prefix = readPrefix(text, source, slash, 4);
    if (typeof prefix !== 'number') return prefix;
    // The host bits cleared with shifts (32-bit integers; no power of two in floating point).
    const start = prefix && ((value >>> (32 - prefix)) << (32 - prefix)) >>> 0;
    // The address as read has no leading zeros (refused above) and the prefix none either: without host bits the text
    // is its own canonical form.
    groups[0] = start >>> 16;
    groups[1] = start & 0xffff;
    READ.family = 4;
    READ.prefix = prefix;
    READ.adjusted = start !== value ? 1 : slash === -1 ? 2 : 0;
    return undefined;
  }

  const typedGap = readIpv6(address);
  if (typeof typedGap !== 'number') return fail(text, typedGap.code, typedGap.params);
  const prefix = readPrefix(text, source, slash, 6);
  if (typeof prefix !== 'number') return prefix;

  // Clear the host bits group by group: plain numbers are much faster than bigints here.
  let hostBits = false;
  for (let i = prefix >> 4; i < 8; i++) {
    const kept = Math.max(0, prefix - 16 * i);
    const group = groups[i]!;
    groups[i] = group & ((0xffff << (16 - kept)) & 0xffff);
    if (groups[i] !== group) hostBits = true;
  }
  if (prefix >= 96 && groups[5] === 0xffff && groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0) {
    return fail(text, 'ipv4-mapped', { suggestion: `${formatIpv4Number(groups[6]! * 0x10000 + groups[7]!)}/${prefix - 96}` });
  }
  if (address.includes('.')) return fail(text, 'ipv4-in-ipv6');
  READ.family = 6;
  READ.prefix = prefix;
  READ.adjusted = hostBits ? 1 : slash === -1 ? 2 : 0;
  READ.canonical = !hostBits && typedGap === longestZeroRun(groups);
  return undefined;
}

/** The failure for the first character of `text` that is not printable ASCII. */
function oddCharacter(text: string, character: string): ParseFailure {
  if (/^[\t\n\v\f\r ]$/.test(character)) return fail(text, 'inner-space');
  if (/^\p{Nd}$/u.test(character)) return fail(text, 'non-ascii-digit', { character });
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return fail(text, 'invalid-character', { character });
  const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return fail(text, 'hidden-character', { codepoint: `U+${hex}` });
}

/** The prefix length after `source`'s slash at `slash`, or the family's full length without one; a failure of `text` when it is not one. */
function readPrefix(text: string, source: string, slash: number, family: 4 | 6): number | ParseFailure {
  const bits = family === 4 ? 32 : 128;
  if (slash === -1) return bits;
  let prefix = 0;
  let digits = true;
  for (let i = slash + 1; i < source.length; i++) {
    const digit = source.charCodeAt(i) - 0x30;
    digits &&= digit >= 0 && digit <= 9;
    prefix = prefix * 10 + digit;
  }
  if (!digits) return fail(text, 'invalid-prefix', { prefix: source.slice(slash + 1) });
  if (source.length - slash > 2 && source.charCodeAt(slash + 1) === 0x30) return fail(text, 'prefix-leading-zero', { prefix: source.slice(slash + 1) });
  if (prefix > bits) return fail(text, 'prefix-too-long', { prefix: source.slice(slash + 1), max: bits, family });
  return prefix;
}

// 2^n and 2^n - 1 for n = 0..128, made once: the address count and the host bits of every prefix length.
const POWERS_OF_TWO: readonly bigint[] = Array.from({ length: 129 }, (_, n) => 1n << BigInt(n));
const HOST_MASKS: readonly bigint[] = POWERS_OF_TWO.map((power) => power - 1n);

/**
 * A source that was read. Its first address is kept as the parser had it, in 16-bit groups (2 for IPv4, 8 for IPv6),
 * in two fields: a list of 100,000 sources keeps each of them. `cidr`, `start`, `end` and `addressCount` are made only
 * when asked, and a list is checked without any bigint or any second string per source.
 */
class Source implements ParsedSource {
  readonly ok = true;
  declare adjusted?: 'host-bits' | 'bare-address';
  // IPv4: the first address's two groups as two small integers (no heap number). IPv6: the eight groups as a string of
  // eight UTF-16 code units, and 1 when the text typed is its RFC 5952 form, else 0.
  readonly #groups: number | string;
  readonly #low: number;

  constructor(
    readonly input: string,
    readonly family: 4 | 6,
    readonly prefix: number,
    groups: number | string,
    low: number,
    adjusted: 'host-bits' | 'bare-address' | undefined,
  ) {
    this.#groups = groups;
    this.#low = low;
    if (adjusted) this.adjusted = adjusted;
  }

  /**
   * The canonical CIDR (see `canonicalCidr`). Not kept: a list of 100,000 sources holds no second string per source,
   * and one written again (the editor's value on a keystroke) is a short concatenation.
   */
  get cidr(): string {
    const adjusted = this.adjusted === 'host-bits' ? 1 : this.adjusted ? 2 : 0;
    Source.writeGroups(this, CIDR_GROUPS, 0);
    return canonicalCidr(trimmed(this.input), this.family, this.prefix, adjusted, this.#low === 1, CIDR_GROUPS, 0);
  }

  get start(): bigint {
    const groups = this.#groups;
    return typeof groups === 'number' ? BigInt(groups * 0x10000 + this.#low) : ipv6Start(groups);
  }

  get end(): bigint {
    return this.start | HOST_MASKS[(this.family === 4 ? 32 : 128) - this.prefix]!;
  }

  get addressCount(): bigint {
    return POWERS_OF_TWO[(this.family === 4 ? 32 : 128) - this.prefix]!;
  }

  /** Writes the first address's 16-bit groups of `source` (also of one made elsewhere, from its `start`) into `into` at `at`. */
  static writeGroups(source: ParsedSource, into: Uint16Array, at: number): void {
    if (source instanceof Source) {
      const groups = source.#groups;
      if (typeof groups === 'number') {
        into[at] = groups;
        into[at + 1] = source.#low;
      } else for (let k = 0; k < 8; k++) into[at + k] = groups.charCodeAt(k);
      return;
    }
    for (let i = source.family === 4 ? 1 : 7, start = source.start; i >= 0; i--, start >>= 16n) into[at + i] = Number(start & 0xffffn);
  }
}

// The reader's adjustments by index (`READ.adjusted`, the flags of a list's item): none, host bits cleared, a prefix added.
const ADJUSTED = [undefined, 'host-bits', 'bare-address'] as const;
// A source's first address as groups, while its canonical CIDR is written.
const CIDR_GROUPS = new Uint16Array(8);

/**
 * The canonical CIDR of a source: the text typed (trimmed) when it is one, with the full prefix when it was a bare
 * address (`adjusted` 2), or else written from the first address (`groups` from `at`: two for IPv4, eight for IPv6).
 * IPv4 without host bits cleared (`adjusted` 1) is canonical as typed: the reader refused leading zeros, in the address
 * and the prefix; IPv6 when the reader found the text in its RFC 5952 form (`canonicalIpv6`).
 */
function canonicalCidr(
  typed: string, family: 4 | 6, prefix: number, adjusted: number, canonicalIpv6: boolean, groups: ArrayLike<number>, at: number,
): string {
  if (family === 4 ? adjusted !== 1 : canonicalIpv6) return adjusted ? `${typed}/${prefix}` : typed;
  return `${family === 4 ? formatIpv4Number(groups[at]! * 0x10000 + groups[at + 1]!) : formatIpv6(groups, at)}/${prefix}`;
}

/** The first address of an IPv6 range from its (masked) groups, skipping the zero groups of the host part. */
function ipv6Start(groups: string): bigint {
  let last = 3;
  while (last > 0 && !groups.charCodeAt(2 * last) && !groups.charCodeAt(2 * last + 1)) last--;
  let start = 0n;
  for (let i = 0; i <= last; i++) start = (start << 32n) | BigInt(groups.charCodeAt(2 * i) * 0x10000 + groups.charCodeAt(2 * i + 1));
  return last === 3 ? start : start << BigInt(32 * (3 - last));
}

type Problem = { code: ParseErrorCode; params: CodeParams };

const problem = (code: ParseErrorCode, params: CodeParams = {}): Problem => ({ code, params });

/** An IPv4 address as one number (0 … 2^32 - 1), or why it is not one. */
function readIpv4(address: string): number | Problem {
  // A scan of digits instead of split('.') and Number(): this runs for every entry of long lists.
  let count = 0;
  let high = 0;
  let low = 0;
  let empty = false;
  let octetProblem: Problem | undefined;
  for (let from = 0, value = 0, i = 0; i <= address.length; i++) {
    const code = i < address.length ? address.charCodeAt(i) : 0x2e;
    if (code !== 0x2e) {
      // Any other character is reported before what the digits and dots say.
      if (code < 0x30 || code > 0x39) return notIpv4(address);
      value = value * 10 + code - 0x30;
      continue;
    }
    if (i === from) empty = true;
    else if (i - from > 1 && address.charCodeAt(from) === 0x30) octetProblem ??= problem('leading-zero', { octet: address.slice(from, i) });
    else if (i - from > 3 || value > 255) octetProblem ??= problem('octet-out-of-range', { octet: address.slice(from, i) });
    if (count < 2) high = high * 256 + value;
    else low = low * 256 + value;
    count++;
    value = 0;
    from = i + 1;
  }
  if (empty) return problem('empty-octet');
  if (count === 1) return problem('integer-address');
  if (count < 4) return problem('shortened-ipv4');
  if (count > 4) return problem('too-many-octets');
  if (octetProblem) return octetProblem;
  return high * 0x10000 + low;
}

/** Why an address with characters other than digits and dots (and no colon) is not IPv4. */
function notIpv4(address: string): Problem {
  if (address.split('.').some((octet) => /^0x/i.test(octet))) return problem('hex-ipv4');
  if (HOSTNAME.test(address)) return problem('hostname');
  return problem('invalid-character', { character: /[^0-9.]/.exec(address)?.[0] ?? '' });
}

// The eight groups of the IPv6 address read last: the reader's scratch, copied into the source.
const GROUPS: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

/**
 * Reads an IPv6 address into `GROUPS`. Answers why it is not one, or where the typed text has its `::` (as
 * `longestZeroRun` gives a run: `16 * start + length`; -1 without one), or -2 when the text has capitals or leading
 * zeros: the text is its own RFC 5952 form when the answer is the longest run of its groups.
 */
function readIpv6(address: string): number | Problem {
  let text = address;
  if (text.includes(':::')) return problem('ipv6-triple-colon');
  const compressed = text.indexOf('::');
  if (compressed !== -1 && text.includes('::', compressed + 2)) return problem('ipv6-double-colon-twice');

  // A dotted tail is read only to say what to type instead: the mapped IPv4 range, or else plain IPv6 (see the caller).
  let tail = -1;
  if (text.includes('.')) {
    const colon = text.lastIndexOf(':');
    const ipv4 = readIpv4(text.slice(colon + 1));
    if (typeof ipv4 !== 'number') return problem('ipv4-in-ipv6');
    tail = ipv4;
    const head = text.slice(0, colon + 1);
    text = head.endsWith('::') ? head : head.slice(0, -1);
  }

  const groups = GROUPS;
  let count = 0;
  let plain = true;
  let gap = -1;
  let i = 0;
  if (text.startsWith('::')) [gap, i] = [0, 2];
  while (i < text.length) {
    let j = i;
    let group = 0;
    for (let digit = hexDigit(text.charCodeAt(j)); digit >= 0; digit = hexDigit(text.charCodeAt(++j))) {
      group = group * 16 + digit;
      // A capital: the text is not its canonical form.
      if (digit > 9 && text.charCodeAt(j) < 0x61) plain = false;
    }
    const next = text.charCodeAt(j);
    if (j < text.length && next !== 0x3a) return problem('invalid-character', { character: text[j]! });
    if (j === i) return problem('ipv6-empty-group');
    if (j - i > 4) return problem('ipv6-group-too-long', { group: text.slice(i, j) });
    if (j - i > 1 && text.charCodeAt(i) === 0x30) plain = false;
    if (count < 8) groups[count] = group;
    count++;
    if (text.startsWith('::', j)) [gap, i] = [count, j + 2];
    else if (next === 0x3a && j + 1 === text.length) return problem('ipv6-empty-group');
    else i = j + 1;
  }
  if (tail !== -1) {
    if (count < 8) groups[count] = tail >>> 16;
    if (count + 1 < 8) groups[count + 1] = tail & 0xffff;
    count += 2;
  }
  if (gap === -1 ? count > 8 : count > 7) return problem('ipv6-too-many-groups');
  if (gap === -1 && count < 8) return problem('ipv6-too-few-groups');
  if (gap !== -1) {
    // Move the groups after `::` to the end, zeros in between.
    const zeros = 8 - count;
    for (let k = 7; k >= gap + zeros; k--) groups[k] = groups[k - zeros]!;
    for (let k = gap; k < gap + zeros; k++) groups[k] = 0;
    return plain ? 16 * gap + zeros : -2;
  }
  return plain ? -1 : -2;
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

function formatIpv4Number(value: number): string {
  return `${Math.floor(value / 0x1000000)}.${Math.floor(value / 0x10000) % 256}.${Math.floor(value / 0x100) % 256}.${value % 256}`;
}

/** The first longest run of two or more zero groups (the eight from `at`) as `16 * start + length`, or -1. */
function longestZeroRun(groups: ArrayLike<number>, at = 0): number {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[at + j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  return best === -1 ? -1 : 16 * best + bestLength;
}

/** RFC 5952: lower case, no leading zeros, the first longest run of two or more zero groups as `::`. */
function formatIpv6(groups: ArrayLike<number>, at = 0): string {
  const run = longestZeroRun(groups, at);
  const bestStart = run === -1 ? -1 : run >> 4;
  const bestLength = run & 15;
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      text += '::';
      i += bestLength - 1;
    } else {
      if (i > 0 && i !== bestStart + bestLength) text += ':';
      text += groups[at + i]!.toString(16);
    }
  }
  return text;
}

/**
 * Reads a pasted list: items split by newlines, commas, semicolons and spaces; `#` starts a comment to the line's end.
 * Each item is also its entry of the list (`index`, `input`).
 */
export function parseTrustedSourceList(text: string): Array<TrustedSourceListItem & TrustedSourceEntry> {
  const items: Array<TrustedSourceListItem & TrustedSourceEntry> = [];
  forEachListItem(text, (line, start, end) => {
    const item = text.slice(start, end);
    items.push({ line, text: item, result: parseTrustedSource(item), index: items.length, input: item });
  });
  return items;
}

/** How many items `parseTrustedSourceList` would give, without reading them: cheap enough to refuse a huge paste first. */
export function countTrustedSourceListItems(text: string): number {
  let count = 0;
  forEachListItem(text, () => (count += 1));
  return count;
}

/**
 * A pasted list read by `readTrustedSourceList`: each item's line, text and what it is, kept in columns (typed arrays)
 * rather than an object per item, so that a list of 100,000 entries costs the garbage collector next to nothing.
 * `result` makes an item's `ParseResult` when asked; `checkTrustedSourceList` checks the list as it is.
 */
export interface TrustedSourceList {
  /** How many items the list has. */
  readonly length: number;
  /** The 1-based line of item `index`. */
  line(index: number): number;
  /** Item `index` as typed. */
  text(index: number): string;
  /** Whether item `index` is a trusted source. */
  ok(index: number): boolean;
  /** The canonical CIDR of item `index`, when it is a trusted source. */
  cidr(index: number): string | undefined;
  /** What `parseTrustedSource` answers for item `index`, made when asked. */
  result(index: number): ParseResult;
}

/** The answer of `checkTrustedSourceList`: as `checkTrustedSources`, the entries being the list's items. */
export interface TrustedSourceListCheck {
  ok: boolean;
  findings: Finding[];
}

/** In the flags of an item of `SourceColumns`: how it was adjusted (an index of `ADJUSTED`, bits 0–1), and whether its IPv6 text is canonical. */
const CANONICAL = 4;

/**
 * The columns of a list read: per item, where it is in the text, its line, its family (0: not a source), flags, prefix
 * and first address (eight 16-bit groups); the ranges of each family in a `RangeTable`, made once the list is read.
 */
class SourceColumns implements TrustedSourceList {
  length = 0;
  readonly failures = new Map<number, ParseFailure>();
  readonly ipv4: RangeTable;
  readonly ipv6: RangeTable;
  #starts = new Int32Array(0);
  #ends = new Int32Array(0);
  #lines = new Int32Array(0);
  #families = new Uint8Array(0);
  #flags = new Uint8Array(0);
  #prefixes = new Uint8Array(0);
  #groups = new Uint16Array(0);

  constructor(readonly source: string) {
    const counts = [0, 0];
    forEachListItem(source, (line, start, end) => {
      const index = this.length++;
      if (index === this.#starts.length) {
        const capacity = Math.max(16, 2 * index);
        this.#starts = grown(this.#starts, capacity);
        this.#ends = grown(this.#ends, capacity);
        this.#lines = grown(this.#lines, capacity);
        this.#families = grown(this.#families, capacity);
        this.#flags = grown(this.#flags, capacity);
        this.#prefixes = grown(this.#prefixes, capacity);
        this.#groups = grown(this.#groups, 8 * capacity);
      }
      this.#starts[index] = start;
      this.#ends[index] = end;
      this.#lines[index] = line;
      const failure = readSource(source.slice(start, end));
      if (failure) {
        this.failures.set(index, failure);
        return;
      }
      const family = READ.family;
      counts[family === 4 ? 0 : 1]!++;
      this.#families[index] = family;
      this.#flags[index] = READ.adjusted | (family === 6 && READ.canonical ? CANONICAL : 0);
      this.#prefixes[index] = READ.prefix;
      for (let k = 0; k < (family === 4 ? 2 : 8); k++) this.#groups[8 * index + k] = GROUPS[k]!;
    });
    this.ipv4 = new RangeTable(4, counts[0]!);
    this.ipv6 = new RangeTable(6, counts[1]!);
    for (let index = 0; index < this.length; index++) {
      const family = this.#families[index];
      if (!family) continue;
      const table = family === 4 ? this.ipv4 : this.ipv6;
      const at = table.count++;
      table.groups.set(this.#groups.subarray(8 * index, 8 * index + table.width), at * table.width);
      table.prefixes[at] = this.#prefixes[index]!;
      table.indexes[at] = index;
    }
  }

  line(index: number): number {
    return this.#lines[index] ?? 0;
  }

  text(index: number): string {
    return index >= 0 && index < this.length ? this.source.slice(this.#starts[index], this.#ends[index]) : '';
  }

  ok(index: number): boolean {
    return !!this.#families[index];
  }

  cidr(index: number): string | undefined {
    const family = this.#families[index];
    if (!family) return undefined;
    const flags = this.#flags[index]!;
    return canonicalCidr(this.text(index), family as 4 | 6, this.#prefixes[index]!, flags & 3, !!(flags & CANONICAL), this.#groups, 8 * index);
  }

  result(index: number): ParseResult {
    const family = this.#families[index];
    if (!family) return this.failures.get(index) ?? fail(this.text(index), 'empty');
    const flags = this.#flags[index]!;
    return sourceOf(this.text(index), family as 4 | 6, this.#prefixes[index]!, flags & 3, !!(flags & CANONICAL), this.#groups, 8 * index);
  }
}

/**
 * Reads a pasted list as `parseTrustedSourceList` does, into columns instead of an object per item: for long lists
 * (a server or a tool checking what was pasted), with `checkTrustedSourceList`.
 */
export function readTrustedSourceList(text: string): TrustedSourceList {
  return new SourceColumns(typeof text === 'string' ? text : '');
}

/** `checkTrustedSources` of a list read by `readTrustedSourceList`; findings name the list's item indexes. */
export function checkTrustedSourceList(list: TrustedSourceList, rules: Partial<TrustedSourceRules> = {}): TrustedSourceListCheck {
  if (!(list instanceof SourceColumns)) {
    // A list made elsewhere: checked item by item.
    const { ok, findings } = checkParsedTrustedSources(Array.from({ length: list?.length ?? 0 }, (_, i) => ({ result: list.result(i) })), rules);
    return { ok, findings };
  }
  if (!list.length) return { ok: false, findings: [finding('none', 'error', [], {})] };
  const findings: Finding[] = [];
  for (const [index, failure] of list.failures) findings.push(invalid(index, failure));
  return checkRanges(list.length, findings, list.ipv4, list.ipv6, (index) => list.cidr(index)!, rules);
}

/** Whether `code` separates items: a comma, a semicolon, or white space as `\s` knows it. */
const isListSeparator = (code: number) =>
  code === 0x2c || code === 0x3b || code === 0x20 || (code >= 9 && code <= 13) || (code > 0x7f && /\s/.test(String.fromCharCode(code)));

// Splits a list as typed in one scan, no string per line: lines (`\r\n`, `\r`, `\n`), `#` comments to the end of a
// line, the separators within a line. `visit` gets each item's line and where it starts and ends.
function forEachListItem(text: string, visit: (line: number, start: number, end: number) => void): void {
  if (typeof text !== 'string') return;
  let line = 1;
  let start = -1;
  let comment = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    const lineEnd = code === 0x0a || code === 0x0d;
    if (lineEnd || (!comment && (code === 0x23 || isListSeparator(code)))) {
      if (start !== -1) visit(line, start, i);
      start = -1;
      comment = code === 0x23;
      if (lineEnd) {
        line++;
        if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      }
    } else if (start === -1 && !comment) start = i;
  }
}

interface SpecialRange {
  kind: SpecialRangeKind;
  cidr: string;
  family: 4 | 6;
  start: bigint;
  end: bigint;
}

// Most specific first, so the broadcast address is not reported as merely reserved. Read on first use, not when the
// module loads: a page showing the wizard's first step does not read addresses before it is painted.
let specialRangesMade: readonly SpecialRange[] | undefined;
const specialRanges = (): readonly SpecialRange[] => (specialRangesMade ??= (
  [
    ['255.255.255.255/32', 'broadcast'], ['::/128', 'unspecified'], ['::1/128', 'loopback'],
    ['192.0.2.0/24', 'documentation'], ['198.51.100.0/24', 'documentation'], ['203.0.113.0/24', 'documentation'],
    ['192.168.0.0/16', 'private'], ['169.254.0.0/16', 'link-local'], ['198.18.0.0/15', 'benchmarking'],
    ['172.16.0.0/12', 'private'], ['100.64.0.0/10', 'shared'], ['0.0.0.0/8', 'unspecified'], ['10.0.0.0/8', 'private'],
    ['127.0.0.0/8', 'loopback'], ['224.0.0.0/4', 'multicast'], ['240.0.0.0/4', 'reserved'],
    ['2001:2::/48', 'benchmarking'], ['2001:db8::/32', 'documentation'], ['3fff::/20', 'documentation'],
    ['fe80::/10', 'link-local'], ['ff00::/8', 'multicast'], ['fc00::/7', 'unique-local'],
  ] as const
).map(([cidr, kind]) => {
  const { family, start, end } = parseTrustedSource(cidr) as ParsedSource;
  return { kind, cidr, family, start, end };
}));

function specialRangeOf(source: Pick<ParsedSource, 'family' | 'start' | 'end'>): SpecialRange | undefined {
  return specialRanges().find((range) => range.family === source.family && range.start <= source.start && source.end <= range.end);
}

/** The special (never public) range a source lies entirely inside, e.g. `{ kind: 'private', cidr: '10.0.0.0/8' }`. */
export function findSpecialRange(source: Pick<ParsedSource, 'family' | 'start' | 'end'>): { kind: SpecialRangeKind; cidr: string } | undefined {
  const range = specialRangeOf(source);
  return range && { kind: range.kind, cidr: range.cidr };
}

function finding(code: Finding['code'], severity: Finding['severity'], entries: number[], params: CodeParams): Finding {
  return { code, severity, entries, params };
}

/** Of a range with prefix p, the host bits of its group k (16 bits each): `HOST_BITS[p * 8 + k]`, made once. */
const HOST_BITS = new Uint16Array(129 * 8);
// A loop, not `Uint16Array.from` with a function: that took half a millisecond of every page load.
for (let i = 0; i < HOST_BITS.length; i++) HOST_BITS[i] = 0xffff >>> Math.min(16, Math.max(0, (i >> 3) - 16 * (i & 7)));
const hostBitsOf = (prefix: number, k: number) => HOST_BITS[prefix * 8 + k]!;

/**
 * One family's ranges in typed arrays, not an object per range: the first address's 16-bit groups (`width` per range),
 * the prefix and the entry's index. A list of 100,000 entries is sorted and swept without making a single object.
 */
class RangeTable {
  readonly width: number;
  readonly groups: Uint16Array;
  readonly prefixes: Uint8Array;
  readonly indexes: Int32Array;
  count = 0;

  constructor(readonly family: 4 | 6, capacity: number) {
    this.width = family === 4 ? 2 : 8;
    this.groups = new Uint16Array(capacity * this.width);
    this.prefixes = new Uint8Array(capacity);
    this.indexes = new Int32Array(capacity);
  }

  add(index: number, source: ParsedSource): void {
    const at = this.count++;
    Source.writeGroups(source, this.groups, at * this.width);
    this.prefixes[at] = source.prefix;
    this.indexes[at] = index;
  }

  /** Whether the range at `at` lies inside `special` (the same first `special.prefix` bits, and a prefix as long). */
  within(at: number, special: SpecialGroups): boolean {
    if (this.prefixes[at]! < special.prefix) return false;
    for (let k = 0; 16 * k < special.prefix; k++) {
      if ((this.groups[at * this.width + k]! & ~hostBitsOf(special.prefix, k)) !== special.groups[k]) return false;
    }
    return true;
  }

  /** Whether range `a` ends before range `b` starts. */
  endsBefore(a: number, b: number): boolean {
    const { groups, width } = this;
    if (width === 2) {
      const prefix = this.prefixes[a]!;
      const end = (groups[2 * a]! | hostBitsOf(prefix, 0)) * 0x10000 + (groups[2 * a + 1]! | hostBitsOf(prefix, 1));
      return end < groups[2 * b]! * 0x10000 + groups[2 * b + 1]!;
    }
    for (let k = 0; k < width; k++) {
      const end = groups[a * width + k]! | hostBitsOf(this.prefixes[a]!, k);
      const start = groups[b * width + k]!;
      if (end !== start) return end < start;
    }
    return false;
  }

  same(a: number, b: number): boolean {
    if (this.prefixes[a] !== this.prefixes[b]) return false;
    for (let k = 0; k < this.width; k++) if (this.groups[a * this.width + k] !== this.groups[b * this.width + k]) return false;
    return true;
  }

  /**
   * The ranges in order of first address, then size descending, then entry: an LSD radix sort, a stable pass per digit
   * of the groups (last digit first) after one by prefix, so entry order breaks ties; no comparison, no object. Digits
   * are 16 bits (a group a pass) once the table is big enough for 65,536 buckets to pay off, else 8 bits.
   */
  sorted(): Int32Array {
    const { count, width, groups, prefixes } = this;
    const bits = count >= 16384 ? 16 : 8;
    let order = new Int32Array(count);
    let next = new Int32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    const digits = new Uint16Array(count);
    const buckets = new Int32Array((1 << bits) + 1);
    const pass = () => {
      buckets.fill(0);
      for (let at = 0; at < count; at++) buckets[digits[at]! + 1]!++;
      for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1]!;
      for (let i = 0; i < count; i++) next[buckets[digits[order[i]!]!]!++] = order[i]!;
      [order, next] = [next, order];
    };
    for (let at = 0; at < count; at++) digits[at] = prefixes[at]!;
    pass();
    for (let k = width - 1; k >= 0; k--) {
      for (let shift = 0; shift < 16; shift += bits) {
        for (let at = 0; at < count; at++) digits[at] = (groups[at * width + k]! >> shift) & ((1 << bits) - 1);
        pass();
      }
    }
    return order;
  }
}

/** `array` copied into a new one of `length` elements. */
function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/** A special range as groups and prefix, for `RangeTable.within`. */
interface SpecialGroups {
  range: SpecialRange;
  prefix: number;
  groups: readonly number[];
}

// The special ranges as groups (`groups`) and, per family (4: [0], 6: [1]), the first bytes an address may start with
// to lie in one (`firstBytes`): most entries are public, and skip the list of special ranges after one look-up. Made on
// the first check.
let specialLookupMade: { groups: readonly SpecialGroups[]; firstBytes: readonly Uint8Array[] } | undefined;
function specialLookup(): { groups: readonly SpecialGroups[]; firstBytes: readonly Uint8Array[] } {
  if (specialLookupMade) return specialLookupMade;
  const groups = specialRanges().map((range) => {
    const source = parseTrustedSource(range.cidr) as ParsedSource;
    const first = new Uint16Array(8);
    Source.writeGroups(source, first, 0);
    return { range, prefix: source.prefix, groups: [...first] };
  });
  const firstBytes = [new Uint8Array(256), new Uint8Array(256)];
  for (const { range, prefix, groups: first } of groups) {
    const byte = first[0]! >> 8;
    firstBytes[range.family === 4 ? 0 : 1]!.fill(1, byte, byte + 2 ** (8 - Math.min(8, prefix)));
  }
  return (specialLookupMade = { groups, firstBytes });
}

/** The special range the range at `at` of `table` lies in. A loop, not `find`: a closure over `at` would cost each entry a context. */
function specialRangeAt(table: RangeTable, at: number, specials: readonly SpecialGroups[]): SpecialRange | undefined {
  for (const special of specials) if (special.range.family === table.family && table.within(at, special)) return special.range;
  return undefined;
}

/**
 * One pass over a family's ranges sorted by start, then size descending. CIDR blocks either nest or are disjoint, so the
 * stack holds a chain of nested ranges: a range equal to the top is a duplicate, one inside it is redundant, any other is
 * top level. The top-level ranges are disjoint; they cover the whole family when they follow each other without a gap
 * from the first address to the last.
 */
function sweep(table: RangeTable, cidrOfEntry: (index: number) => string, allowAnyAddress: boolean, findings: Finding[]): void {
  const { width, groups, prefixes, indexes } = table;
  const cidrOf = (at: number) => cidrOfEntry(indexes[at]!);
  const stack = new Int32Array(table.count);
  let depth = 0;
  const topLevel: number[] = [];
  const duplicates = new Map<number, number[]>();
  // The first address not covered yet by the top-level ranges so far, and whether they reached the family's end.
  const uncovered = new Uint16Array(width);
  let contiguous = true;
  let reachedEnd = false;
  const order = table.sorted();
  let outer = -1;
  let outerCidr = '';
  for (let i = 0; i < order.length; i++) {
    const at = order[i]!;
    while (depth > 0 && table.endsBefore(stack[depth - 1]!, at)) depth--;
    const top = depth > 0 ? stack[depth - 1]! : -1;
    if (top !== -1 && table.same(top, at)) {
      const group = duplicates.get(top);
      if (group) group.push(indexes[at]!);
      else duplicates.set(top, [indexes[top]!, indexes[at]!]);
      continue;
    }
    if (top !== -1) {
      // The outer range's text made once for all the ranges it holds.
      if (top !== outer) {
        outer = top;
        outerCidr = cidrOf(top);
      }
      findings.push(finding('overlap', 'warning', [indexes[at]!, indexes[top]!], { cidr: cidrOf(at), other: outerCidr }));
    } else if (contiguous) {
      // Once there is a gap, the top-level ranges are neither followed nor kept (a real list has one before its first).
      for (let k = 0; k < width && contiguous; k++) contiguous = !reachedEnd && uncovered[k] === groups[at * width + k];
      // The address after this range's last one: its last address plus one, carried from the last group.
      let carry = 1;
      for (let k = width - 1; k >= 0; k--) {
        const sum = (groups[at * width + k]! | hostBitsOf(prefixes[at]!, k)) + carry;
        uncovered[k] = sum & 0xffff;
        carry = sum >> 16;
      }
      reachedEnd = carry === 1;
      topLevel.push(indexes[at]!);
    }
    stack[depth++] = at;
  }
  for (const [first, indexList] of duplicates) {
    findings.push(finding('duplicate', 'error', indexList, { cidr: cidrOf(first), count: indexList.length }));
  }
  if (contiguous && reachedEnd) {
    const params = { family: table.family, count: topLevel.length };
    topLevel.sort((a, b) => a - b);
    findings.push(
      allowAnyAddress
        ? finding('whole-internet-confirm', 'warning', topLevel, params)
        : finding('whole-internet', 'error', topLevel, params),
    );
  }
}

/** A source already read: what `parseTrustedSource` made of its text, and its label. Items of `parseTrustedSourceList` are such. */
export interface ReadTrustedSource {
  result: ParseResult;
  label?: string | undefined;
}

/** Reads each input of a list into its entry: the address (a string, or an object's `address`) parsed, and the label when it is text. */
function readTrustedSources(inputs: ReadonlyArray<TrustedSourceInput>): TrustedSourceEntry[] {
  return (Array.isArray(inputs) ? inputs : []).map((item: unknown, index): TrustedSourceEntry => {
    const record = typeof item === 'object' && item !== null ? (item as { address?: unknown; label?: unknown }) : undefined;
    const result = parseTrustedSource((record ? record.address : item) as string);
    return typeof record?.label === 'string' ? { index, input: result.input, result, label: record.label } : { index, input: result.input, result };
  });
}

/**
 * Checks a list of trusted sources against the rules: invalid entries, duplicates, nesting, whole internet, non-public
 * ranges, limits. Reads every input; a caller that has read them already (a pasted list, an editor's rows) passes the
 * results to `checkParsedTrustedSources` instead.
 */
export function checkTrustedSources(
  inputs: ReadonlyArray<TrustedSourceInput>,
  rules: Partial<TrustedSourceRules> = {},
): TrustedSourceCheck {
  return checkParsedTrustedSources(readTrustedSources(inputs), rules);
}

/**
 * `checkTrustedSources` of sources already read, e.g. the items of `parseTrustedSourceList` or the editor's rows: each
 * `result` must be what `parseTrustedSource` made of the entry's text (an entry's `input` is its `result.input`).
 */
export function checkParsedTrustedSources(
  sources: ReadonlyArray<ReadTrustedSource>,
  rules: Partial<TrustedSourceRules> = {},
): TrustedSourceCheck {
  const entries = (Array.isArray(sources) ? sources : []).map((source, index): TrustedSourceEntry => {
    const { result, label } = source;
    // A source that already is its entry here (an item of a pasted list, checked as that list) is not copied: at
    // 100,000 entries, one object less per entry is a tenth of the time.
    const read = source as ReadTrustedSource & Partial<TrustedSourceEntry>;
    if (read.index === index && read.input === result.input && (typeof label === 'string' || !('label' in source))) return read as TrustedSourceEntry;
    const entry: TrustedSourceEntry = { index, input: result.input, result };
    if (typeof label === 'string') entry.label = label;
    return entry;
  });

  // Blank rows alone mean "nothing entered": say that once instead of "empty" per row.
  if (entries.every((entry) => !entry.result.ok && entry.result.code === 'empty')) {
    return { ok: false, entries, findings: [finding('none', 'error', [], {})] };
  }
  const ipv4 = new RangeTable(4, entries.length);
  const ipv6 = new RangeTable(6, entries.length);
  const findings: Finding[] = [];
  for (const { index, result } of entries) {
    if (!result.ok) findings.push(invalid(index, result));
    else (result.family === 4 ? ipv4 : ipv6).add(index, result);
  }
  const cidrOf = (index: number) => (entries[index]!.result as ParsedSource).cidr;
  return { ...checkRanges(entries.length, findings, ipv4, ipv6, cidrOf, rules), entries };
}

/**
 * Errors first, list-wide ones leading; then in the order of the entries they concern, else as found. Sorted as numbers
 * (rank, first entry, place found) by the typed array's own sort: no comparison function for thousands of findings.
 */
function sortedFindings(findings: Finding[], count: number): Finding[] {
  // Each key: rank, first entry and place found in one number (exact below 2^53 for any list a page can hold).
  const scale = 2 ** Math.ceil(Math.log2(findings.length + 1));
  const keys = new Float64Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const rank = (f.severity === 'error' ? 0 : 2) + (f.code === 'too-many' ? 0 : 1);
    keys[i] = (rank * (count + 2) + (f.entries[0] ?? -1) + 1) * scale + i;
  }
  keys.sort();
  const sorted = new Array<Finding>(findings.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = findings[keys[i]! % scale]!;
  return sorted;
}

const invalid = (index: number, { code, params }: ParseFailure): Finding => ({ code, severity: 'error', entries: [index], params });

/**
 * The check of a list of `count` entries whose invalid ones are in `findings` already, its sources in `ipv4` and
 * `ipv6`: the limits, the non-public ranges, the duplicates, the nesting and the whole internet; findings sorted.
 */
function checkRanges(
  count: number,
  findings: Finding[],
  ipv4: RangeTable,
  ipv6: RangeTable,
  cidrOf: (index: number) => string,
  rules: Partial<TrustedSourceRules>,
): { ok: boolean; findings: Finding[] } {
  const maxEntries = rules.maxEntries ?? DEFAULT_TRUSTED_SOURCE_RULES.maxEntries;
  const allowIpv6 = rules.allowIpv6 ?? DEFAULT_TRUSTED_SOURCE_RULES.allowIpv6;
  const allowAnyAddress = rules.allowAnyAddress ?? DEFAULT_TRUSTED_SOURCE_RULES.allowAnyAddress;
  if (count > maxEntries) {
    const excess = Array.from({ length: count - maxEntries }, (_, i) => maxEntries + i);
    findings.push(finding('too-many', 'error', excess, { count, max: maxEntries }));
  }
  if (!allowIpv6) {
    for (let at = 0; at < ipv6.count; at++) {
      const index = ipv6.indexes[at]!;
      findings.push(finding('ipv6-not-allowed', 'error', [index], { cidr: cidrOf(index) }));
    }
  }
  const tables = allowIpv6 ? [ipv4, ipv6] : [ipv4];
  const special = specialLookup();
  for (const table of tables) {
    const firstBytes = special.firstBytes[table.family === 4 ? 0 : 1]!;
    for (let at = 0; at < table.count; at++) {
      // Most entries are public, and skip the list of special ranges after one look-up.
      if (!firstBytes[table.groups[at * table.width]! >> 8]) continue;
      const inside = specialRangeAt(table, at, special.groups);
      const index = table.indexes[at]!;
      if (inside) findings.push(finding('not-public', 'warning', [index], { cidr: cidrOf(index), kind: inside.kind }));
    }
  }
  for (const table of tables) sweep(table, cidrOf, allowAnyAddress, findings);

  const sorted = sortedFindings(findings, count);
  return { ok: !sorted.some((f) => f.severity === 'error'), findings: sorted };
}
