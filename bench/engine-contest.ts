// The engine's task and its contestants, run by `npm run bench` in Node (bundled by esbuild) and in Chromium (this
// module in the bench page): a pasted list of trusted sources read, each entry canonicalised, duplicates and nested
// ranges found. Ours is the product's engine; each peer is what a developer would pick instead (cidr-tools,
// fast-cidr-tools, ipaddr.js) to parse and canonicalise, plus the sort-and-sweep that finds duplicates and nested ranges
// (none of them lists these). Every contestant answers with the same summary, so the harness checks that all of them
// found the same.
import { parseCidr } from 'cidr-tools';
import { bigint2ip, parse as fastParse } from 'fast-cidr-tools';
import ipaddr from 'ipaddr.js';
import { checkTrustedSourceList, readTrustedSourceList } from '../src/core/trusted-sources.js';

/** What a contestant found: entries read, valid ones, duplicate groups (entry indexes) and nested pairs (inner, outer). */
export interface ContestSummary {
  entries: number;
  valid: number;
  /** A digest of the canonical texts, the duplicate groups and the nested pairs: equal digests, equal findings. */
  digest: string;
  duplicates: number;
  nested: number;
}

export type Contestant = (text: string) => ContestSummary;

// A small, order-sensitive digest (FNV-1a over the texts and numbers): enough to tell two contestants' findings apart.
class Digest {
  #hash = 0x811c9dc5;
  add(value: string | number): void {
    const text = String(value);
    let hash = this.#hash;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    this.#hash = Math.imul(hash ^ 0x2c, 0x01000193);
  }
  get value(): string {
    return (this.#hash >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * The product: the list read by its own reader into columns (no object per entry), then checked (canonical texts,
 * duplicates, nesting, the other rules), as a server or a tool checks a pasted list.
 */
export const ours: Contestant = (text) => {
  const list = readTrustedSourceList(text);
  // The canonical texts digested as read, before the check, as the peers digest theirs before their sweep.
  const digest = new Digest();
  let valid = 0;
  for (let i = 0; i < list.length; i++) {
    const cidr = list.cidr(i);
    if (cidr !== undefined) {
      valid++;
      digest.add(cidr);
    }
  }
  const check = checkTrustedSourceList(list, { maxEntries: Number.MAX_SAFE_INTEGER, allowIpv6: true });
  let duplicates = 0;
  let nested = 0;
  // Duplicate groups in the order of their first entry, nested pairs in the order of the inner entry: the sweep's order.
  const groups = check.findings.filter((f) => f.code === 'duplicate').sort((a, b) => a.entries[0]! - b.entries[0]!);
  for (const finding of groups) {
    duplicates++;
    for (const index of finding.entries) digest.add(index);
  }
  const pairs = check.findings.filter((f) => f.code === 'overlap').sort((a, b) => a.entries[0]! - b.entries[0]!);
  for (const finding of pairs) {
    nested++;
    digest.add(finding.entries[0]!);
    digest.add(finding.entries[1]!);
  }
  return { entries: list.length, valid, digest: digest.value, duplicates, nested };
};

// ---- What a peer needs besides its parser: the list split as the product splits it, and a sort-and-sweep ----

/** The items of a pasted list: lines, `#` comments to the end of a line, then commas, semicolons and spaces. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const hash = line.indexOf('#');
    for (const item of (hash === -1 ? line : line.slice(0, hash)).split(/[,;\s]+/)) if (item) items.push(item);
  }
  return items;
}

interface PeerRange {
  index: number;
  start: bigint;
  end: bigint;
}

const byStartThenSizeDescending = (a: PeerRange, b: PeerRange) =>
  a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end !== b.end ? (a.end > b.end ? -1 : 1) : a.index - b.index;

/** The classic sort-and-sweep over [start, end] ranges: equal ranges are duplicates, a range inside another is nested. */
function sortAndSweep(ranges: PeerRange[], groups: number[][], pairs: [number, number][]): void {
  ranges.sort(byStartThenSizeDescending);
  const stack: PeerRange[] = [];
  const byFirst = new Map<PeerRange, number[]>();
  for (const range of ranges) {
    let top = stack.at(-1);
    while (top && top.end < range.start) {
      stack.pop();
      top = stack.at(-1);
    }
    if (top && top.start === range.start && top.end === range.end) {
      const group = byFirst.get(top);
      if (group) group.push(range.index);
      else byFirst.set(top, [top.index, range.index]);
      continue;
    }
    if (top) pairs.push([range.index, top.index]);
    stack.push(range);
  }
  groups.push(...byFirst.values());
}

/**
 * A peer contestant: `read` turns one item into its canonical text and range (or throws, or answers undefined, when
 * the item is not an address or network). Families are swept apart, as their ranges never meet.
 */
function peer(read: (item: string) => { cidr: string; start: bigint; end: bigint; family: 4 | 6 } | undefined): Contestant {
  return (text) => {
    const items = splitList(text);
    const digest = new Digest();
    const families: Record<4 | 6, PeerRange[]> = { 4: [], 6: [] };
    let valid = 0;
    items.forEach((item, index) => {
      let range;
      try {
        range = read(item);
      } catch {
        range = undefined;
      }
      if (!range) return;
      valid++;
      digest.add(range.cidr);
      families[range.family].push({ index, start: range.start, end: range.end });
    });
    const groups: number[][] = [];
    const pairs: [number, number][] = [];
    sortAndSweep(families[4], groups, pairs);
    sortAndSweep(families[6], groups, pairs);
    groups.sort((a, b) => a[0]! - b[0]!);
    for (const group of groups) for (const index of group) digest.add(index);
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [inner, outer] of pairs) {
      digest.add(inner);
      digest.add(outer);
    }
    return { entries: items.length, valid, digest: digest.value, duplicates: groups.length, nested: pairs.length };
  };
}

// The product refuses what these parsers let through (cidr-tools reads `300.12.7.1` as 44.12.7.1 and `example.com` as
// an address, fast-cidr-tools reads `85.214.132.`): the contest's list has no typos, so every contestant reads the same
// entries and must find the same.
const withPrefix = (item: string, family: 4 | 6) => (item.includes('/') ? item : `${item}/${family === 4 ? 32 : 128}`);
const familyOf = (item: string): 4 | 6 => (item.includes(':') ? 6 : 4);

/** cidr-tools 11: `parseCidr` gives the range; the canonical text from its `normalizeCidr`-style start address. */
export const cidrTools: Contestant = peer((item) => {
  const parsed = parseCidr(withPrefix(item, familyOf(item)));
  const prefix = Number(parsed.prefix);
  return { cidr: `${bigint2ip(parsed.start, parsed.version)}/${prefix}`, start: parsed.start, end: parsed.end, family: parsed.version };
});

/** fast-cidr-tools: `parse` gives [start, end, version]; the canonical text from `bigint2ip` and the prefix as typed. */
export const fastCidrTools: Contestant = peer((item) => {
  const family = familyOf(item);
  const text = withPrefix(item, family);
  const [start, end, version] = fastParse(text);
  const prefix = Number(text.slice(text.indexOf('/') + 1));
  if (!(prefix >= 0 && prefix <= (version === 4 ? 32 : 128))) return undefined;
  return { cidr: `${bigint2ip(start, version)}/${prefix}`, start, end, family: version };
});

/** ipaddr.js 2: `parseCIDR`, the network address and its RFC 5952 text; the range from its bytes. */
export const ipaddrJs: Contestant = peer((item) => {
  const family = familyOf(item);
  const text = withPrefix(item, family);
  const [, prefix] = ipaddr.parseCIDR(text);
  const network = family === 4 ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
  let start = 0n;
  for (const byte of network.toByteArray()) start = (start << 8n) | BigInt(byte);
  const bits = family === 4 ? 32 : 128;
  const end = start | ((1n << BigInt(bits - prefix)) - 1n);
  const address = family === 4 ? network.toString() : (network as ipaddr.IPv6).toRFC5952String();
  return { cidr: `${address}/${prefix}`, start, end, family };
});

export const CONTESTANTS: Record<string, Contestant> = {
  'order-widgets': ours,
  'cidr-tools + sort-and-sweep': cidrTools,
  'fast-cidr-tools + sort-and-sweep': fastCidrTools,
  'ipaddr.js + sort-and-sweep': ipaddrJs,
};
