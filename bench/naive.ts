// The naive baseline: what a list check looks like with ip-cidr and no thought for scale. Each item becomes an IPCIDR
// (a bare address gets /32 or /128), then every pair of the same family is tested both ways with `contains(string)`:
// both ways true is a duplicate, one way an overlap. Kinder to the baseline than the literal `new IPCIDR(a).contains(b)`
// per pair: each object is built once, and pairs of different families are skipped instead of throwing inside ip-cidr.
import IPCIDR from 'ip-cidr';

export interface NaiveResult {
  valid: number;
  invalid: number;
  duplicates: number;
  overlaps: number;
  pairs: number;
}

/** The items of a pasted list, split as the product splits them (lines, commas, semicolons, spaces; `#` comments). */
export function splitItems(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.replace(/#.*$/, '').split(/[,;\s]+/))
    .filter(Boolean);
}

type Cidr = { text: string; family: 4 | 6; cidr: IPCIDR };

/** Each item as an IPCIDR; the ones ip-cidr refuses are counted as invalid. */
export function buildCidrs(items: readonly string[]): { cidrs: Cidr[]; invalid: number } {
  const cidrs: Cidr[] = [];
  let invalid = 0;
  for (const item of items) {
    const family = item.includes(':') ? 6 : 4;
    const text = item.includes('/') ? item : `${item}/${family === 4 ? 32 : 128}`;
    try {
      cidrs.push({ text, family, cidr: new IPCIDR(text) });
    } catch {
      invalid++;
    }
  }
  return { cidrs, invalid };
}

/** How many same-family pairs a list has (what the pair loop visits). */
export function sameFamilyPairs(cidrs: readonly Cidr[]): number {
  const v4 = cidrs.filter((c) => c.family === 4).length;
  const v6 = cidrs.length - v4;
  return (v4 * (v4 - 1)) / 2 + (v6 * (v6 - 1)) / 2;
}

/** Every same-family pair, both ways. */
export function checkPairs(cidrs: readonly Cidr[]): { duplicates: number; overlaps: number; pairs: number } {
  let duplicates = 0;
  let overlaps = 0;
  let pairs = 0;
  for (let i = 0; i < cidrs.length; i++) {
    const a = cidrs[i]!;
    for (let j = i + 1; j < cidrs.length; j++) {
      const b = cidrs[j]!;
      if (a.family !== b.family) continue;
      pairs++;
      const aHoldsB = a.cidr.contains(b.text);
      const bHoldsA = b.cidr.contains(a.text);
      if (aHoldsB && bHoldsA) duplicates++;
      else if (aHoldsB || bHoldsA) overlaps++;
    }
  }
  return { duplicates, overlaps, pairs };
}

/** The whole naive check, with the time of each phase. */
export function naiveCheck(items: readonly string[]): NaiveResult & { buildMs: number; pairMs: number } {
  const t0 = performance.now();
  const { cidrs, invalid } = buildCidrs(items);
  const t1 = performance.now();
  const found = checkPairs(cidrs);
  const t2 = performance.now();
  return { valid: cidrs.length, invalid, ...found, buildMs: t1 - t0, pairMs: t2 - t1 };
}
