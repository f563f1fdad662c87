// Cross-checks the trusted-source engine of the built `order-widgets/schema` against ip-cidr (the reference library)
// on random ranges of both families: same canonical form, same first and last address, same size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import IPCIDR from 'ip-cidr';
import { checkTrustedSourceList, parseTrustedSource, readTrustedSourceList } from 'order-widgets/schema';

// A small seeded generator, so a failure is reproducible.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261121);
const int = (max) => Math.floor(random() * max);

function randomIpv4() {
  return `${int(256)}.${int(256)}.${int(256)}.${int(256)}/${int(33)}`;
}

function randomIpv6() {
  // Some zero groups, so compression is exercised; upper case in some groups, as users type it.
  const groups = Array.from({ length: 8 }, () => (random() < 0.4 ? '0' : int(65536).toString(16)));
  const text = groups.map((group) => (random() < 0.2 ? group.toUpperCase() : group)).join(':');
  return `${text}/${int(129)}`;
}

function reference(input) {
  const range = new IPCIDR(input);
  const [, prefix] = input.split('/');
  const start = range.addressStart;
  const family = input.includes(':') ? 6 : 4;
  return {
    cidr: `${family === 6 ? start.correctForm() : start.address}/${prefix}`,
    start: BigInt(range.start({ type: 'bigInteger' })),
    end: BigInt(range.end({ type: 'bigInteger' })),
    size: range.size,
  };
}

for (const [family, make] of [
  ['IPv4', randomIpv4],
  ['IPv6', randomIpv6],
]) {
  test(`agrees with ip-cidr on 5,000 random ${family} ranges`, () => {
    for (let i = 0; i < 5000; i += 1) {
      const input = make();
      const ours = parseTrustedSource(input);
      assert.equal(ours.ok, true, `${input}: ${ours.message}`);
      const theirs = reference(input);
      assert.equal(ours.cidr, theirs.cidr, input);
      assert.equal(ours.start, theirs.start, input);
      assert.equal(ours.end, theirs.end, input);
      assert.equal(ours.addressCount, theirs.size, input);
    }
  });
}

test('agrees with ip-cidr on 5,000 random ranges of both families pasted as one list and read into columns', () => {
  const inputs = Array.from({ length: 5000 }, () => (random() < 0.5 ? randomIpv4() : randomIpv6()));
  const list = readTrustedSourceList(inputs.map((input, i) => (i % 4 === 3 ? `${input}\n` : `${input}, `)).join(''));
  assert.equal(list.length, inputs.length);
  inputs.forEach((input, i) => {
    const theirs = reference(input);
    assert.equal(list.text(i), input);
    assert.equal(list.cidr(i), theirs.cidr, input);
    const ours = list.result(i);
    assert.equal(ours.start, theirs.start, input);
    assert.equal(ours.end, theirs.end, input);
    assert.equal(ours.addressCount, theirs.size, input);
  });
});

// A list with duplicates (an earlier entry again) and plenty of nesting (short prefixes hold many of the others).
function listWithRepeats(count) {
  const inputs = [];
  while (inputs.length < count) {
    if (inputs.length > 10 && random() < 0.03) inputs.push(inputs[int(inputs.length)]);
    else inputs.push(random() < 0.5 ? randomIpv4() : randomIpv6());
  }
  return inputs;
}

/** Duplicate groups and nested pairs by the textbook sort of ip-cidr's [start, end] ranges (start up, end down, entry up) and a sweep. */
function referenceFindings(inputs) {
  const found = [];
  for (const family of [4, 6]) {
    const ranges = inputs
      .map((input, index) => ({ index, family: input.includes(':') ? 6 : 4, ...reference(input) }))
      .filter((range) => range.family === family)
      .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end !== b.end ? (a.end > b.end ? -1 : 1) : a.index - b.index));
    const stack = [];
    const groups = new Map();
    for (const range of ranges) {
      while (stack.length && stack.at(-1).end < range.start) stack.pop();
      const top = stack.at(-1);
      if (top && top.start === range.start && top.end === range.end) {
        groups.set(top, [...(groups.get(top) ?? [top.index]), range.index]);
        continue;
      }
      if (top) found.push(`overlap ${range.index},${top.index}`);
      stack.push(range);
    }
    for (const group of groups.values()) found.push(`duplicate ${group.join(',')}`);
  }
  return found.sort();
}

// 2,000 entries sort each family by bytes; 40,000 (over 16,384 ranges a family) by 16-bit groups.
for (const count of [2000, 40_000]) {
  test(`finds the duplicates and nested ranges of ${count.toLocaleString('en')} random entries that a sort of ip-cidr's ranges finds`, () => {
    const inputs = listWithRepeats(count);
    const check = checkTrustedSourceList(readTrustedSourceList(inputs.join('\n')), { maxEntries: count, allowIpv6: true, allowAnyAddress: true });
    const ours = check.findings
      .filter((finding) => finding.code === 'duplicate' || finding.code === 'overlap')
      .map((finding) => `${finding.code} ${finding.entries.join(',')}`)
      .sort();
    const expected = referenceFindings(inputs);
    assert.ok(expected.some((f) => f.startsWith('duplicate')) && expected.some((f) => f.startsWith('overlap')), 'the list has both');
    assert.deepEqual(ours, expected);
  });
}
