// Deterministic, realistic trusted-source lists for the benchmarks: public IPv4 hosts and networks, IPv6 networks and
// hosts of real-looking providers, nested ranges, the same range again in another spelling, a few private ranges and
// typos, pasted the way people paste (lines, commas, comments). Same seed, same list, on every machine.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// First octets of public address space held by clouds, ISPs and enterprises (none is special-purpose as a whole).
const PUBLIC_V4 = [
  3, 5, 13, 18, 20, 23, 31, 34, 35, 37, 40, 44, 46, 51, 52, 54, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95,
  104, 109, 116, 128, 130, 134, 136, 138, 141, 144, 145, 146, 147, 148, 151, 152, 157, 159, 162, 164, 165, 167, 176, 178,
  185, 188, 193, 194, 195, 212, 213, 217,
];
// /32 allocations of real providers (Hetzner, Vodafone, AWS, Google, RIPE, Meta, Cloudflare, AWS EU).
const PUBLIC_V6 = [
  [0x2a01, 0x04f8], [0x2a02, 0x8108], [0x2600, 0x1f18], [0x2a00, 0x1450], [0x2001, 0x067c], [0x2a03, 0x2880],
  [0x2606, 0x4700], [0x2a05, 0xd014],
] as const;
const TYPOS = ['300.12.7.1', '85.214.132.', 'example.com', '2a01:4f8::g1', '91.198.174.192/33', '10.0.0.1/8/8', '141.30.l.0/24'];
const COMMENTS = ['office Berlin', 'VPN egress', 'CI runners', 'backup site', 'partner: Example GmbH', 'monitoring'];

interface Entry {
  family: 4 | 6;
  /** IPv4: one 32-bit number; IPv6: eight 16-bit groups. */
  v4?: number;
  v6?: number[];
  prefix: number;
}

const v4Text = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const v4Mask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

function v6Mask(groups: number[], prefix: number): number[] {
  return groups.map((group, i) => {
    const kept = Math.max(0, Math.min(16, prefix - 16 * i));
    return group & ((0xffff << (16 - kept)) & 0xffff);
  });
}

/** RFC 5952 text; `expanded`: all eight groups with leading zeros; `upper`: capitals. */
function v6Text(groups: number[], { expanded = false, upper = false } = {}): string {
  let text: string;
  if (expanded) text = groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
  else {
    let best = -1;
    let length = 1;
    for (let i = 0; i < 8; ) {
      let j = i;
      while (j < 8 && groups[j] === 0) j++;
      if (j - i > length) [best, length] = [i, j - i];
      i = j === i ? i + 1 : j;
    }
    const hex = groups.map((g) => g.toString(16));
    text = best === -1 ? hex.join(':') : `${hex.slice(0, best).join(':')}::${hex.slice(best + length).join(':')}`;
  }
  return upper ? text.toUpperCase() : text;
}

const keyOf = (e: Entry) => (e.family === 4 ? `4 ${e.v4} ${e.prefix}` : `6 ${e.v6!.join(':')} ${e.prefix}`);

function canonicalText(e: Entry, bare: boolean): string {
  if (e.family === 4) return bare && e.prefix === 32 ? v4Text(e.v4!) : `${v4Text(e.v4!)}/${e.prefix}`;
  return bare && e.prefix === 128 ? v6Text(e.v6!) : `${v6Text(e.v6!)}/${e.prefix}`;
}

/** The same range written differently: `/32` added or dropped, host bits set, IPv6 expanded or in capitals. */
function otherSpelling(e: Entry, random: () => number): string {
  if (e.family === 4) {
    if (e.prefix === 32) return random() < 0.5 ? `${v4Text(e.v4!)}/32` : v4Text(e.v4!);
    const hostBits = ~v4Mask(e.prefix) >>> 0;
    return `${v4Text((e.v4! | (1 + Math.floor(random() * hostBits))) >>> 0)}/${e.prefix}`;
  }
  const style = random();
  const text = style < 0.4 ? v6Text(e.v6!, { expanded: true }) : v6Text(e.v6!, { upper: style < 0.8 });
  return e.prefix === 128 && style >= 0.8 ? text : `${text}/${e.prefix}`;
}

function randomEntry(random: () => number): Entry {
  const pick = random();
  const int = (n: number) => Math.floor(random() * n);
  if (pick < 0.72) {
    const first = pick < 0.02 ? (random() < 0.5 ? 10 : 192) : PUBLIC_V4[int(PUBLIC_V4.length)]!;
    const address = first === 192 ? ((192 << 24) | (168 << 16) | (int(256) << 8) | int(256)) >>> 0 : ((first << 24) | (int(256) << 16) | (int(256) << 8) | int(256)) >>> 0;
    const r = random();
    const prefix = r < 0.66 ? 32 : r < 0.8 ? 24 : r < 0.9 ? 28 + int(3) : r < 0.97 ? 20 + int(4) : 16 + int(4);
    return { family: 4, v4: (address & v4Mask(prefix)) >>> 0, prefix };
  }
  const [a, b] = PUBLIC_V6[int(PUBLIC_V6.length)]!;
  const groups = [a, b, int(0x10000), int(0x10000), int(0x10000), int(0x10000), int(0x10000), int(0x10000)];
  const r = random();
  const prefix = r < 0.35 ? 128 : r < 0.55 ? 64 : r < 0.8 ? 56 : 48;
  if (prefix === 128 && random() < 0.5) groups.splice(4, 4, 0, 0, 0, 1 + int(16)); // ::2-style server addresses
  return { family: 6, v6: v6Mask(groups, prefix), prefix };
}

/** A range strictly inside `outer`, when `outer` is a network. */
function nestedIn(outer: Entry, random: () => number): Entry | undefined {
  if (outer.family === 4) {
    if (outer.prefix > 28) return undefined;
    const prefix = outer.prefix + 1 + Math.floor(random() * (32 - outer.prefix));
    const inside = (outer.v4! | Math.floor(random() * 2 ** (32 - outer.prefix))) >>> 0;
    return { family: 4, v4: (inside & v4Mask(prefix)) >>> 0, prefix };
  }
  if (outer.prefix > 64) return undefined;
  const prefix = random() < 0.5 ? 128 : 64;
  const groups = outer.v6!.map((g, i) => (i * 16 >= outer.prefix ? g | Math.floor(random() * 0x10000) : g));
  // Keep the outer prefix's bits, randomise the rest.
  const masked = v6Mask(groups, outer.prefix);
  const inner = groups.map((g, i) => {
    const kept = Math.max(0, Math.min(16, outer.prefix - 16 * i));
    const hostMask = ~((0xffff << (16 - kept)) & 0xffff) & 0xffff;
    return masked[i]! | (g & hostMask);
  });
  return { family: 6, v6: v6Mask(inner, prefix), prefix };
}

export interface PastedList {
  text: string;
  /** Items in the text (what the parser should find). */
  items: number;
  distinct: number;
  duplicates: number;
  nested: number;
  invalid: number;
}

/**
 * A pasted list of `count` items: ~94% distinct ranges, ~3% nested inside an earlier network, ~2% an earlier range in
 * another spelling, a few typos (unless `typos` is false); one item per line, sometimes two separated by a comma,
 * sometimes a `# comment`.
 */
export function pastedList(count: number, seed = 6, typos = true): PastedList {
  const random = mulberry32(seed);
  const entries: Entry[] = [];
  const networks: Entry[] = [];
  const seen = new Set<string>();
  const items: string[] = [];
  let duplicates = 0;
  let nested = 0;
  let invalid = 0;
  const add = (e: Entry, text: string) => {
    seen.add(keyOf(e));
    entries.push(e);
    if ((e.family === 4 && e.prefix <= 28) || (e.family === 6 && e.prefix <= 64)) networks.push(e);
    items.push(text);
  };
  while (items.length < count) {
    const r = random();
    if (r < 0.02 && entries.length > 10) {
      items.push(otherSpelling(entries[Math.floor(random() * entries.length)]!, random));
      duplicates++;
    } else if (r < 0.05 && networks.length > 10) {
      const inner = nestedIn(networks[Math.floor(random() * networks.length)]!, random);
      if (!inner || seen.has(keyOf(inner))) continue;
      add(inner, canonicalText(inner, true));
      nested++;
    } else if (r < 0.051 && typos) {
      items.push(TYPOS[Math.floor(random() * TYPOS.length)]!);
      invalid++;
    } else {
      const e = randomEntry(random);
      if (seen.has(keyOf(e))) continue;
      add(e, canonicalText(e, true));
    }
  }
  const lines: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const r = random();
    if (r < 0.05 && i + 1 < items.length) lines.push(`${items[i]}, ${items[++i]}`);
    else if (r < 0.08) lines.push(`${items[i]}  # ${COMMENTS[Math.floor(random() * COMMENTS.length)]}`);
    else lines.push(items[i]!);
  }
  return { text: lines.join('\n'), items: items.length, distinct: entries.length, duplicates, nested, invalid };
}

/** `count` distinct, valid sources (canonical CIDRs, some nested inside others): what an editor holds. */
export function distinctSources(count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const seen = new Set<string>();
  const networks: Entry[] = [];
  const out: string[] = [];
  while (out.length < count) {
    const inner = random() < 0.03 && networks.length > 10 ? nestedIn(networks[Math.floor(random() * networks.length)]!, random) : undefined;
    const e = inner ?? randomEntry(random);
    if (seen.has(keyOf(e))) continue;
    seen.add(keyOf(e));
    if ((e.family === 4 && e.prefix <= 28) || (e.family === 6 && e.prefix <= 64)) networks.push(e);
    out.push(canonicalText(e, false));
  }
  return out;
}
