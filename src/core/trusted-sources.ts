/**
 * Trusted sources: the addresses allowed to reach a managed service's public endpoint. Decides what a source is (parse,
 * canonical CIDR) and what a list of them means (duplicates, nesting, the whole internet, non-public ranges).
 * Pure: no DOM, runs in Node, so the server validates with the same code as the editor.
 *
 * Home-made, and measured against what a developer would pick instead (`npm run bench`: cidr-tools, fast-cidr-tools and
 * ipaddr.js, each with a sort-and-sweep): those parsers accept notations we must refuse (cidr-tools reads `300.12.7.1`
 * as 44.12.7.1 and `example.com` as an address) and list no duplicates or nesting. A list is checked without bigints or
 * an object per range: addresses as 16-bit groups in typed arrays, a radix sort, one sweep. ip-cidr is the tests' oracle.
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

/** One item of a pasted list: its 1-based line, the item as typed (trimmed), and what it is. */
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
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/;
const HOSTNAME = /^(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?$/i;

// Shared by the failures without parameters: a list of thousands of findings makes no object it need not make.
const NO_PARAMS: CodeParams = Object.freeze({});

function fail(input: string, code: ParseErrorCode, params: CodeParams = NO_PARAMS): ParseFailure {
  return { ok: false, input, code, params };
}

/** Reads one trusted source (`203.0.113.0/24`, `2001:db8::/48`, a bare address); never throws. */
export function parseTrustedSource(text: string): ParseResult {
  if (typeof text !== 'string') return fail('', 'not-text');
  if (text.length > MAX_TRUSTED_SOURCE_LENGTH) return fail(text, 'too-long', { max: MAX_TRUSTED_SOURCE_LENGTH });
  // Items of a pasted list never have spaces around them: skip the replace unless an end may be one.
  const source = text.charCodeAt(0) > 0x20 && text.charCodeAt(text.length - 1) > 0x20 ? text : text.replace(ASCII_SPACE, '');
  if (source === '') return fail(text, 'empty');

  const odd = NOT_PRINTABLE_ASCII.exec(source);
  if (odd) {
    const character = String.fromCodePoint(source.codePointAt(odd.index) ?? 0);
    if (/^[\t\n\v\f\r ]$/.test(character)) return fail(text, 'inner-space');
    if (/^\p{Nd}$/u.test(character)) return fail(text, 'non-ascii-digit', { character });
    if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return fail(text, 'invalid-character', { character });
    const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return fail(text, 'hidden-character', { codepoint: `U+${hex}` });
  }
  if (source.includes('%')) return fail(text, 'zone-id');

  const slash = source.indexOf('/');
  if (slash !== -1 && source.includes('/', slash + 1)) return fail(text, 'extra-slash');
  const address = slash === -1 ? source : source.slice(0, slash);
  const prefixText = slash === -1 ? undefined : source.slice(slash + 1);
  if (address === '') return fail(text, 'missing-address');
  if (prefixText === '') return fail(text, 'missing-prefix');

  if (!address.includes(':')) {
    const value = readIpv4(address);
    if (typeof value !== 'number') return fail(text, value.code, value.params);
    const prefix = readPrefix(text, prefixText, 4);
    if (typeof prefix !== 'number') return prefix;
    const size = 2 ** (32 - prefix);
    const start = value - (value % size);
    // The address as read has no leading zeros (refused above) and the prefix none either: without host bits the text
    // is its own canonical form, and no new string is made.
    return new Source(text, source, prefixText === undefined ? BARE : start === value ? AS_TYPED : FORMATTED, 4, prefix, start, start !== value ? 'host-bits' : prefixText === undefined ? 'bare-address' : undefined);
  }

  const groups = readIpv6(address);
  if (!Array.isArray(groups)) return fail(text, groups.code, groups.params);
  const prefix = readPrefix(text, prefixText, 6);
  if (typeof prefix !== 'number') return prefix;

  // Clear the host bits group by group: plain numbers are much faster than bigints here.
  let hostBits = false;
  for (let i = prefix >> 4; i < 8; i++) {
    const kept = Math.max(0, prefix - 16 * i);
    const group = groups[i] ?? 0;
    groups[i] = group & ((0xffff << (16 - kept)) & 0xffff);
    if (groups[i] !== group) hostBits = true;
  }
  if (prefix >= 96 && groups[5] === 0xffff && groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0) {
    return fail(text, 'ipv4-mapped', { suggestion: `${formatIpv4Number((groups[6] ?? 0) * 0x10000 + (groups[7] ?? 0))}/${prefix - 96}` });
  }
  if (address.includes('.')) return fail(text, 'ipv4-in-ipv6');
  // A tight copy: the parser's array grew by pushes and splices, and each source keeps it.
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  return new Source(text, source, FORMATTED, 6, prefix, [a, b, c, d, e, f, g, h], hostBits ? 'host-bits' : prefixText === undefined ? 'bare-address' : undefined);
}

/** The prefix length as typed, or the family's full length without one; a failure of `text` when it is not one. */
function readPrefix(text: string, prefixText: string | undefined, family: 4 | 6): number | ParseFailure {
  const bits = family === 4 ? 32 : 128;
  if (prefixText === undefined) return bits;
  if (!/^\d+$/.test(prefixText)) return fail(text, 'invalid-prefix', { prefix: prefixText });
  if (prefixText.length > 1 && prefixText.startsWith('0')) return fail(text, 'prefix-leading-zero', { prefix: prefixText });
  const prefix = Number(prefixText);
  if (prefix > bits) return fail(text, 'prefix-too-long', { prefix: prefixText, max: bits, family });
  return prefix;
}

// 2^n and 2^n - 1 for n = 0..128, made once: the address count and the host bits of every prefix length.
const POWERS_OF_TWO: readonly bigint[] = Array.from({ length: 129 }, (_, n) => 1n << BigInt(n));
const HOST_MASKS: readonly bigint[] = POWERS_OF_TWO.map((power) => power - 1n);

/** The first address of an IPv6 range from its (masked) groups, skipping the zero groups of the host part. */
function ipv6Start(groups: readonly number[]): bigint {
  let last = 3;
  while (last > 0 && !groups[2 * last] && !groups[2 * last + 1]) last--;
  let start = 0n;
  for (let i = 0; i <= last; i++) start = (start << 32n) | BigInt(groups[2 * i]! * 0x10000 + groups[2 * i + 1]!);
  return last === 3 ? start : start << BigInt(32 * (3 - last));
}

/**
 * A source that was read. Its first address is kept as the parser had it, in 16-bit groups (2 for IPv4, 8 for IPv6):
 * `start`, `end` and `addressCount` make their bigints only when asked, and a list is checked without any.
 */
// How a source's canonical CIDR is made from what was typed (trimmed): that text itself (IPv4 with a prefix and no host
// bits: the reader refused leading zeros), that text with `/32` (a bare IPv4 address), or written from the groups.
const AS_TYPED = 0;
const BARE = 1;
const FORMATTED = 2;

class Source implements ParsedSource {
  readonly ok = true;
  declare adjusted?: 'host-bits' | 'bare-address';
  // IPv4: the first address's two groups as two small integers (no array, no heap number); IPv6: the eight groups.
  readonly #high: number;
  readonly #low: number;
  readonly #groups: readonly number[] | undefined;
  // Once written, the canonical CIDR replaces `#typed` (`#form` becomes AS_TYPED): a source asked again (the editor's
  // value, its form data on every keystroke) does not write it again.
  #typed: string;
  #form: number;

  constructor(
    readonly input: string,
    typed: string,
    form: number,
    readonly family: 4 | 6,
    readonly prefix: number,
    first: number | readonly number[],
    adjusted: 'host-bits' | 'bare-address' | undefined,
  ) {
    this.#typed = typed;
    this.#form = form;
    this.#high = typeof first === 'number' ? first >>> 16 : 0;
    this.#low = typeof first === 'number' ? first & 0xffff : 0;
    this.#groups = typeof first === 'number' ? undefined : first;
    if (adjusted) this.adjusted = adjusted;
  }

  /**
   * The canonical CIDR, written when first asked: a list of 100,000 sources keeps no second string per source (the
   * check asks only for those it reports), and a source asked again gets the same string.
   */
  get cidr(): string {
    if (this.#form === AS_TYPED) return this.#typed;
    this.#typed = this.#form === BARE
      ? `${this.#typed}/32`
      : `${this.#groups ? formatIpv6(this.#groups) : formatIpv4Number(this.#high * 0x10000 + this.#low)}/${this.prefix}`;
    this.#form = AS_TYPED;
    return this.#typed;
  }

  get start(): bigint {
    return this.#groups ? ipv6Start(this.#groups) : BigInt(this.#high * 0x10000 + this.#low);
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
      if (source.#groups) into.set(source.#groups, at);
      else {
        into[at] = source.#high;
        into[at + 1] = source.#low;
      }
      return;
    }
    for (let i = source.family === 4 ? 1 : 7, start = source.start; i >= 0; i--, start >>= 16n) into[at + i] = Number(start & 0xffffn);
  }
}

type Problem = { code: ParseErrorCode; params: CodeParams };

/** An address as 16-bit groups (2 for IPv4, 8 for IPv6), or why it is not one. */
type Groups = number[];

/** An IPv4 address as one number (0 … 2^32 - 1), or why it is not one. */
function readIpv4(address: string): number | Problem {
  if (/[^0-9.]/.test(address)) {
    if (address.split('.').some((octet) => /^0x/i.test(octet))) return { code: 'hex-ipv4', params: {} };
    if (HOSTNAME.test(address)) return { code: 'hostname', params: {} };
    return { code: 'invalid-character', params: { character: /[^0-9.]/.exec(address)?.[0] ?? '' } };
  }
  // A scan of digits instead of split('.') and Number(): this runs for every entry of long lists.
  let count = 0;
  let high = 0;
  let low = 0;
  let problem: Problem | undefined;
  for (let from = 0, value = 0, i = 0; i <= address.length; i++) {
    const code = i < address.length ? address.charCodeAt(i) : 0x2e;
    if (code !== 0x2e) {
      value = value * 10 + code - 0x30;
      continue;
    }
    if (i === from) return { code: 'empty-octet', params: {} };
    if (i - from > 1 && address.charCodeAt(from) === 0x30) problem ??= { code: 'leading-zero', params: { octet: address.slice(from, i) } };
    else if (i - from > 3 || value > 255) problem ??= { code: 'octet-out-of-range', params: { octet: address.slice(from, i) } };
    if (count < 2) high = high * 256 + value;
    else low = low * 256 + value;
    count++;
    value = 0;
    from = i + 1;
  }
  if (count === 1) return { code: 'integer-address', params: {} };
  if (count < 4) return { code: 'shortened-ipv4', params: {} };
  if (count > 4) return { code: 'too-many-octets', params: {} };
  if (problem) return problem;
  return high * 0x10000 + low;
}

function readIpv6(address: string): Groups | Problem {
  let text = address;
  if (text.includes(':::')) return { code: 'ipv6-triple-colon', params: {} };
  const compressed = text.indexOf('::');
  if (compressed !== -1 && text.includes('::', compressed + 2)) return { code: 'ipv6-double-colon-twice', params: {} };

  // A dotted tail is read only to say what to type instead: the mapped IPv4 range, or else plain IPv6 (see the caller).
  let tail: Groups = [];
  if (text.includes('.')) {
    const colon = text.lastIndexOf(':');
    const ipv4 = readIpv4(text.slice(colon + 1));
    if (typeof ipv4 !== 'number') return { code: 'ipv4-in-ipv6', params: {} };
    tail = [Math.floor(ipv4 / 0x10000), ipv4 % 0x10000];
    const head = text.slice(0, colon + 1);
    text = head.endsWith('::') ? head : head.slice(0, -1);
  }

  const groups: number[] = [];
  let gap = -1;
  let i = 0;
  if (text.startsWith('::')) [gap, i] = [0, 2];
  while (i < text.length) {
    let j = i;
    let group = 0;
    for (let digit = hexDigit(text.charCodeAt(j)); digit >= 0; digit = hexDigit(text.charCodeAt(++j))) group = group * 16 + digit;
    const next = text[j];
    if (next !== undefined && next !== ':') return { code: 'invalid-character', params: { character: next } };
    if (j === i) return { code: 'ipv6-empty-group', params: {} };
    if (j - i > 4) return { code: 'ipv6-group-too-long', params: { group: text.slice(i, j) } };
    groups.push(group);
    if (text.startsWith('::', j)) [gap, i] = [groups.length, j + 2];
    else if (next === ':' && j + 1 === text.length) return { code: 'ipv6-empty-group', params: {} };
    else i = j + 1;
  }
  groups.push(...tail);
  if (gap === -1 ? groups.length > 8 : groups.length > 7) return { code: 'ipv6-too-many-groups', params: {} };
  if (gap === -1 && groups.length < 8) return { code: 'ipv6-too-few-groups', params: {} };
  if (gap !== -1) groups.splice(gap, 0, ...Array<number>(8 - groups.length).fill(0));
  return groups;
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

/** RFC 5952: lower case, no leading zeros, the first longest run of two or more zero groups as `::`. */
function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      text += '::';
      i += bestLength - 1;
    } else {
      if (i > 0 && i !== bestStart + bestLength) text += ':';
      text += (groups[i] ?? 0).toString(16);
    }
  }
  return text;
}

/** Reads a pasted list: items split by newlines, commas, semicolons and spaces; `#` starts a comment to the line's end. */
export function parseTrustedSourceList(text: string): TrustedSourceListItem[] {
  const items: TrustedSourceListItem[] = [];
  forEachListItem(text, (line, item) => items.push({ line, text: item, result: parseTrustedSource(item) }));
  return items;
}

/** How many items `parseTrustedSourceList` would give, without reading them: cheap enough to refuse a huge paste first. */
export function countTrustedSourceListItems(text: string): number {
  let count = 0;
  forEachListItem(text, () => (count += 1));
  return count;
}

const LIST_SEPARATORS = /[,;\s]+/;

// Splits a list as typed: lines, `#` comments to the end of a line, then the separators within a line.
function forEachListItem(text: string, visit: (line: number, item: string) => void): void {
  if (typeof text !== 'string') return;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const hash = raw.indexOf('#');
    const line = hash === -1 ? raw : raw.slice(0, hash);
    for (const item of line.split(LIST_SEPARATORS)) {
      if (item !== '') visit(index + 1, item);
    }
  });
}

interface SpecialRange {
  kind: SpecialRangeKind;
  cidr: string;
  family: 4 | 6;
  start: bigint;
  end: bigint;
}

// Most specific first, so the broadcast address is not reported as merely reserved.
const SPECIAL_RANGES: readonly SpecialRange[] = (
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
});

function specialRangeOf(source: Pick<ParsedSource, 'family' | 'start' | 'end'>): SpecialRange | undefined {
  return SPECIAL_RANGES.find((range) => range.family === source.family && range.start <= source.start && source.end <= range.end);
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
const HOST_BITS = Uint16Array.from({ length: 129 * 8 }, (_, i) => 0xffff >>> Math.min(16, Math.max(0, (i >> 3) - 16 * (i & 7))));
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
    const prefix = source.prefix;
    this.prefixes[at] = prefix;
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
      const end = (groups[2 * a]! * 0x10000 + groups[2 * a + 1]!) + 2 ** (32 - this.prefixes[a]!) - 1;
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
   * The ranges in order of first address, then size descending, then entry: an LSD radix sort, a stable pass per byte
   * of the groups (last byte first) after one by prefix, so entry order breaks ties. No comparison, no object.
   */
  sorted(): Int32Array {
    const { count, width, groups, prefixes } = this;
    let order = new Int32Array(count);
    let next = new Int32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    const buckets = new Int32Array(257);
    const pass = (key: (at: number) => number) => {
      buckets.fill(0);
      for (let i = 0; i < count; i++) buckets[key(order[i]!) + 1]!++;
      for (let b = 1; b < 257; b++) buckets[b]! += buckets[b - 1]!;
      for (let i = 0; i < count; i++) next[buckets[key(order[i]!)]!++] = order[i]!;
      [order, next] = [next, order];
    };
    pass((at) => prefixes[at]!);
    for (let k = width - 1; k >= 0; k--) {
      pass((at) => groups[at * width + k]! & 0xff);
      pass((at) => groups[at * width + k]! >> 8);
    }
    return order;
  }
}

/** A special range as groups and prefix, for `RangeTable.within`. */
interface SpecialGroups {
  range: SpecialRange;
  prefix: number;
  groups: readonly number[];
}

const SPECIAL_GROUPS: readonly SpecialGroups[] = SPECIAL_RANGES.map((range) => {
  const source = parseTrustedSource(range.cidr) as ParsedSource;
  const groups = new Uint16Array(8);
  Source.writeGroups(source, groups, 0);
  return { range, prefix: source.prefix, groups: [...groups] };
});

// Per family (4: [0], 6: [1]), the first bytes an address may start with to lie in a special range: most entries are
// public, and skip the list of special ranges after one look-up.
const SPECIAL_FIRST_BYTES = [new Uint8Array(256), new Uint8Array(256)];
for (const { range, prefix, groups } of SPECIAL_GROUPS) {
  const first = groups[0]! >> 8;
  SPECIAL_FIRST_BYTES[range.family === 4 ? 0 : 1]!.fill(1, first, first + 2 ** (8 - Math.min(8, prefix)));
}

/**
 * One pass over a family's ranges sorted by start, then size descending. CIDR blocks either nest or are disjoint, so the
 * stack holds a chain of nested ranges: a range equal to the top is a duplicate, one inside it is redundant, any other is
 * top level. The top-level ranges are disjoint; they cover the whole family when they follow each other without a gap
 * from the first address to the last.
 */
function sweep(table: RangeTable, entries: readonly TrustedSourceEntry[], allowAnyAddress: boolean, findings: Finding[]): void {
  const { width, groups, prefixes, indexes } = table;
  const cidrOf = (at: number) => (entries[indexes[at]!]!.result as ParsedSource).cidr;
  const stack = new Int32Array(table.count);
  let depth = 0;
  const topLevel: number[] = [];
  const duplicates = new Map<number, number[]>();
  // The first address not covered yet by the top-level ranges so far, and whether they reached the family's end.
  const uncovered = new Uint16Array(width);
  let contiguous = true;
  let reachedEnd = false;
  const order = table.sorted();
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
      findings.push(finding('overlap', 'warning', [indexes[at]!, indexes[top]!], { cidr: cidrOf(at), other: cidrOf(top) }));
    } else {
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

/** Reads each input of a list: the address (a string, or an object's `address`) parsed, and the label when it is text. */
function readTrustedSources(inputs: ReadonlyArray<TrustedSourceInput>): ReadTrustedSource[] {
  return (Array.isArray(inputs) ? inputs : []).map((item: unknown): ReadTrustedSource => {
    const record = typeof item === 'object' && item !== null ? (item as { address?: unknown; label?: unknown }) : undefined;
    const result = parseTrustedSource((record ? record.address : item) as string);
    return typeof record?.label === 'string' ? { result, label: record.label } : { result };
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
  const maxEntries = rules.maxEntries ?? DEFAULT_TRUSTED_SOURCE_RULES.maxEntries;
  const allowIpv6 = rules.allowIpv6 ?? DEFAULT_TRUSTED_SOURCE_RULES.allowIpv6;
  const allowAnyAddress = rules.allowAnyAddress ?? DEFAULT_TRUSTED_SOURCE_RULES.allowAnyAddress;
  const findings: Finding[] = [];
  const entries = (Array.isArray(sources) ? sources : []).map(({ result, label }, index): TrustedSourceEntry => {
    const entry: TrustedSourceEntry = { index, input: result.input, result };
    if (typeof label === 'string') entry.label = label;
    return entry;
  });

  // Blank rows alone mean "nothing entered": say that once instead of "empty" per row.
  if (entries.every((entry) => !entry.result.ok && entry.result.code === 'empty')) {
    findings.push(finding('none', 'error', [], {}));
    return { ok: false, entries, findings };
  }
  if (entries.length > maxEntries) {
    const excess = entries.slice(maxEntries).map((entry) => entry.index);
    findings.push(finding('too-many', 'error', excess, { count: entries.length, max: maxEntries }));
  }

  const ipv4 = new RangeTable(4, entries.length);
  const ipv6 = new RangeTable(6, entries.length);
  for (const { index, result } of entries) {
    if (!result.ok) {
      findings.push({ code: result.code, severity: 'error', entries: [index], params: result.params });
    } else if (result.family === 6 && !allowIpv6) {
      findings.push(finding('ipv6-not-allowed', 'error', [index], { cidr: result.cidr }));
    } else {
      const table = result.family === 4 ? ipv4 : ipv6;
      table.add(index, result);
      const at = table.count - 1;
      const special = SPECIAL_FIRST_BYTES[result.family === 4 ? 0 : 1]![table.groups[at * table.width]! >> 8]
        ? SPECIAL_GROUPS.find((each) => each.range.family === result.family && table.within(at, each))
        : undefined;
      if (special) findings.push(finding('not-public', 'warning', [index], { cidr: result.cidr, kind: special.range.kind }));
    }
  }

  sweep(ipv4, entries, allowAnyAddress, findings);
  sweep(ipv6, entries, allowAnyAddress, findings);

  // Errors first, list-wide ones leading; then in the order of the entries they concern.
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 2) + (f.code === 'too-many' ? 0 : 1);
  findings.sort((a, b) => rank(a) - rank(b) || (a.entries[0] ?? -1) - (b.entries[0] ?? -1));
  return { ok: !findings.some((f) => f.severity === 'error'), entries, findings };
}
