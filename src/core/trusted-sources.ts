/**
 * Trusted sources: the addresses allowed to reach a managed service's public endpoint. Decides what a source is (parse,
 * canonical CIDR) and what a list of them means (duplicates, nesting, the whole internet, non-public ranges).
 * Pure: no DOM, runs in Node, so the server validates with the same code as the editor.
 *
 * Ranges are computed with native bigints: ip-cidr 4 needs ~25–45 µs per object (measured), too slow for 10,000 entries,
 * and it accepts octal-like, zone-id and IPv4-mapped notations we must reject anyway. The tests use it as an oracle.
 */
import type { MessageParams } from '../i18n/translate.js';
import { formatTrustedSourceMessage } from '../i18n/trusted-sources.messages.js';

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

/** A text that is not a source: `code` and `params` render the reason in any locale, `message` is the English text. */
export interface ParseFailure {
  ok: false;
  input: string;
  code: ParseErrorCode;
  params: MessageParams;
  message: string;
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
  params: MessageParams;
  message: string;
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

function fail(input: string, code: ParseErrorCode, params: MessageParams = {}): ParseFailure {
  return { ok: false, input, code, params, message: formatTrustedSourceMessage(code, params) };
}

/** Reads one trusted source (`203.0.113.0/24`, `2001:db8::/48`, a bare address); never throws. */
export function parseTrustedSource(text: string): ParseResult {
  if (typeof text !== 'string') return fail('', 'not-text');
  if (text.length > MAX_TRUSTED_SOURCE_LENGTH) return fail(text, 'too-long', { max: MAX_TRUSTED_SOURCE_LENGTH });
  const source = text.replace(ASCII_SPACE, '');
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

  const family = address.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  const groups = family === 4 ? readIpv4(address) : readIpv6(address);
  if (!Array.isArray(groups)) return fail(text, groups.code, groups.params);

  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d+$/.test(prefixText)) return fail(text, 'invalid-prefix', { prefix: prefixText });
    if (prefixText.length > 1 && prefixText.startsWith('0')) return fail(text, 'prefix-leading-zero', { prefix: prefixText });
    prefix = Number(prefixText);
    if (prefix > bits) return fail(text, 'prefix-too-long', { prefix: prefixText, max: bits, family });
  }

  // Clear the host bits group by group: plain numbers are much faster than bigints here.
  const masked = groups.slice();
  for (let i = Math.floor(prefix / 16); i < masked.length; i++) {
    const kept = Math.max(0, prefix - 16 * i);
    masked[i] = (masked[i] ?? 0) & ((0xffff << (16 - kept)) & 0xffff);
  }
  const hostBits = masked.some((group, i) => group !== groups[i]);
  if (family === 6 && prefix >= 96 && masked[5] === 0xffff && masked.slice(0, 5).every((group) => group === 0)) {
    return fail(text, 'ipv4-mapped', { suggestion: `${formatIpv4(masked.slice(6))}/${prefix - 96}` });
  }
  if (family === 6 && address.includes('.')) return fail(text, 'ipv4-in-ipv6');

  let start = 0n;
  for (let i = 0; i < masked.length; i += 2) start = (start << 32n) | BigInt((masked[i] ?? 0) * 0x10000 + (masked[i + 1] ?? 0));
  const addressCount = 1n << BigInt(bits - prefix);
  const result: ParsedSource = {
    ok: true,
    input: text,
    cidr: `${family === 4 ? formatIpv4(masked) : formatIpv6(masked)}/${prefix}`,
    family,
    prefix,
    addressCount,
    start,
    end: start + addressCount - 1n,
  };
  if (hostBits) result.adjusted = 'host-bits';
  else if (prefixText === undefined) result.adjusted = 'bare-address';
  return result;
}

type Problem = { code: ParseErrorCode; params: MessageParams };

/** An address as 16-bit groups (2 for IPv4, 8 for IPv6), or why it is not one. */
type Groups = number[];

function readIpv4(address: string): Groups | Problem {
  if (/[^0-9.]/.test(address)) {
    if (address.split('.').some((octet) => /^0x/i.test(octet))) return { code: 'hex-ipv4', params: {} };
    if (HOSTNAME.test(address)) return { code: 'hostname', params: {} };
    return { code: 'invalid-character', params: { character: /[^0-9.]/.exec(address)?.[0] ?? '' } };
  }
  // A scan instead of split('.'): this runs for every entry of long lists.
  const octets: number[] = [];
  let problem: Problem | undefined;
  for (let from = 0, i = 0; i <= address.length; i++) {
    if (i < address.length && address.charCodeAt(i) !== 0x2e) continue;
    if (i === from) return { code: 'empty-octet', params: {} };
    const octet = address.slice(from, i);
    if (octet.length > 1 && octet.startsWith('0')) problem ??= { code: 'leading-zero', params: { octet } };
    else if (octet.length > 3 || Number(octet) > 255) problem ??= { code: 'octet-out-of-range', params: { octet } };
    octets.push(Number(octet));
    from = i + 1;
  }
  if (octets.length === 1) return { code: 'integer-address', params: {} };
  if (octets.length < 4) return { code: 'shortened-ipv4', params: {} };
  if (octets.length > 4) return { code: 'too-many-octets', params: {} };
  if (problem) return problem;
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return [a * 256 + b, c * 256 + d];
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
    if (!Array.isArray(ipv4)) return { code: 'ipv4-in-ipv6', params: {} };
    tail = ipv4;
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

function formatIpv4(groups: Groups): string {
  const [high = 0, low = 0] = groups;
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** RFC 5952: lower case, no leading zeros, the first longest run of two or more zero groups as `::`. */
function formatIpv6(groups: Groups): string {
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

const LIST_SEPARATORS = /[,;\s]+/;

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

/** The special (never public) range a source lies entirely inside, e.g. `{ kind: 'private', cidr: '10.0.0.0/8' }`. */
export function findSpecialRange(source: Pick<ParsedSource, 'family' | 'start' | 'end'>): { kind: SpecialRangeKind; cidr: string } | undefined {
  for (const range of SPECIAL_RANGES) {
    if (range.family === source.family && range.start <= source.start && source.end <= range.end) {
      return { kind: range.kind, cidr: range.cidr };
    }
  }
  return undefined;
}

function finding(code: Finding['code'], severity: Finding['severity'], entries: number[], params: MessageParams): Finding {
  return { code, severity, entries, params, message: formatTrustedSourceMessage(code, params) };
}

interface Range {
  index: number;
  source: ParsedSource;
}

function byStartThenSizeDescending(a: Range, b: Range): number {
  const x = a.source;
  const y = b.source;
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  if (x.end !== y.end) return x.end > y.end ? -1 : 1;
  return a.index - b.index;
}

/**
 * One pass over a family's ranges sorted by start, then size descending. CIDR blocks either nest or are disjoint, so the
 * stack holds a chain of nested ranges: a range equal to the top is a duplicate, one inside it is redundant, any other is
 * top level. The top-level ranges are disjoint; they cover the whole family when they follow each other without a gap.
 */
function sweep(ranges: Range[], family: 4 | 6, allowAnyAddress: boolean, findings: Finding[]): void {
  ranges.sort(byStartThenSizeDescending);
  const stack: Range[] = [];
  const topLevel: number[] = [];
  const duplicates = new Map<Range, number[]>();
  let nextUncovered = 0n;
  let contiguous = true;
  for (const range of ranges) {
    const { source } = range;
    let top = stack.at(-1);
    while (top && top.source.end < source.start) {
      stack.pop();
      top = stack.at(-1);
    }
    if (top && top.source.start === source.start && top.source.end === source.end) {
      const group = duplicates.get(top);
      if (group) group.push(range.index);
      else duplicates.set(top, [top.index, range.index]);
      continue;
    }
    if (top) {
      findings.push(finding('overlap', 'warning', [range.index, top.index], { cidr: source.cidr, other: top.source.cidr }));
    } else {
      contiguous &&= source.start === nextUncovered;
      nextUncovered = source.end + 1n;
      topLevel.push(range.index);
    }
    stack.push(range);
  }
  for (const [first, indexes] of duplicates) {
    findings.push(finding('duplicate', 'error', indexes, { cidr: first.source.cidr, count: indexes.length }));
  }
  if (contiguous && nextUncovered === 1n << (family === 4 ? 32n : 128n)) {
    const params = { family, count: topLevel.length };
    topLevel.sort((a, b) => a - b);
    findings.push(
      allowAnyAddress
        ? finding('whole-internet-confirm', 'warning', topLevel, params)
        : finding('whole-internet', 'error', topLevel, params),
    );
  }
}

/** Checks a list of trusted sources against the rules: invalid entries, duplicates, nesting, whole internet, non-public ranges, limits. */
export function checkTrustedSources(
  inputs: ReadonlyArray<TrustedSourceInput>,
  rules: Partial<TrustedSourceRules> = {},
): TrustedSourceCheck {
  const maxEntries = rules.maxEntries ?? DEFAULT_TRUSTED_SOURCE_RULES.maxEntries;
  const allowIpv6 = rules.allowIpv6 ?? DEFAULT_TRUSTED_SOURCE_RULES.allowIpv6;
  const allowAnyAddress = rules.allowAnyAddress ?? DEFAULT_TRUSTED_SOURCE_RULES.allowAnyAddress;
  const list = Array.isArray(inputs) ? inputs : [];
  const findings: Finding[] = [];
  const ranges: Range[] = [];

  const entries = list.map((item: unknown, index): TrustedSourceEntry => {
    const record = typeof item === 'object' && item !== null ? (item as { address?: unknown; label?: unknown }) : undefined;
    const address = record ? record.address : item;
    const result = parseTrustedSource(address as string);
    const entry: TrustedSourceEntry = { index, input: typeof address === 'string' ? address : '', result };
    if (typeof record?.label === 'string') entry.label = record.label;
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

  for (const { index, result } of entries) {
    if (!result.ok) {
      findings.push({ code: result.code, severity: 'error', entries: [index], params: result.params, message: result.message });
    } else if (result.family === 6 && !allowIpv6) {
      findings.push(finding('ipv6-not-allowed', 'error', [index], { cidr: result.cidr }));
    } else {
      ranges.push({ index, source: result });
      const special = findSpecialRange(result);
      if (special) findings.push(finding('not-public', 'warning', [index], { cidr: result.cidr, kind: special.kind }));
    }
  }

  for (const family of [4, 6] as const) {
    sweep(ranges.filter((range) => range.source.family === family), family, allowAnyAddress, findings);
  }

  // Errors first, list-wide ones leading; then in the order of the entries they concern.
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 2) + (f.code === 'too-many' ? 0 : 1);
  findings.sort((a, b) => rank(a) - rank(b) || (a.entries[0] ?? -1) - (b.entries[0] ?? -1));
  return { ok: !findings.some((f) => f.severity === 'error'), entries, findings };
}
