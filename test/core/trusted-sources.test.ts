import { expect } from '@open-wc/testing';
import {
  checkParsedTrustedSources,
  checkTrustedSourceList,
  checkTrustedSources,
  DEFAULT_TRUSTED_SOURCE_RULES,
  findSpecialRange,
  parseTrustedSource,
  parseTrustedSourceList,
  readTrustedSourceList,
} from '../../src/core/trusted-sources.js';
import type { Finding, ParsedSource, ParseResult, TrustedSourceCheck, TrustedSourceInput, TrustedSourceList } from '../../src/core/trusted-sources.js';
import { formatTrustedSourceMessage, trustedSourceMessagesEn } from '../../src/i18n/trusted-sources.messages.js';
import { trustedSourceMessagesDe } from '../../src/i18n/locales/de.js';
// German registered up front, as on a server that answers in German.
import '../../src/translations/de.js';
import { interpolate } from '../../src/i18n/translate.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';

function parsed(result: ParseResult): ParsedSource {
  if (!result.ok) throw new Error(`expected ${JSON.stringify(result.input)} to parse, got ${result.code}`);
  return result;
}

function summary(check: TrustedSourceCheck): string[] {
  return check.findings.map((f) => `${f.severity} ${f.code} [${f.entries.join(',')}]`);
}

function only(check: TrustedSourceCheck, code: Finding['code']): Finding {
  const found = check.findings.filter((f) => f.code === code);
  expect(found, `findings with code ${code}`).to.have.length(1);
  return found[0] as Finding;
}

describe('parseTrustedSource', () => {
  // [input, canonical cidr, adjusted, address count]
  const accepted: [string, string, ParsedSource['adjusted'], bigint][] = [
    ['123.123.123.123/32', '123.123.123.123/32', undefined, 1n],
    ['222.222.222.128/28', '222.222.222.128/28', undefined, 16n],
    ['10.0.0.1', '10.0.0.1/32', 'bare-address', 1n],
    [' 8.8.8.8/32 ', '8.8.8.8/32', undefined, 1n],
    ['\t203.0.113.0/24\r\n', '203.0.113.0/24', undefined, 256n],
    ['222.222.222.130/28', '222.222.222.128/28', 'host-bits', 16n],
    ['10.1.2.3/8', '10.0.0.0/8', 'host-bits', 16777216n],
    ['255.255.255.255/1', '128.0.0.0/1', 'host-bits', 2147483648n],
    ['0.0.0.0/0', '0.0.0.0/0', undefined, 4294967296n],
    ['0.0.0.0', '0.0.0.0/32', 'bare-address', 1n],
    ['255.255.255.255', '255.255.255.255/32', 'bare-address', 1n],
    ['1.2.3.4/0', '0.0.0.0/0', 'host-bits', 4294967296n],
    ['2001:0DB8:0:0::/48', '2001:db8::/48', undefined, 2n ** 80n],
    ['::/0', '::/0', undefined, 2n ** 128n],
    ['::', '::/128', 'bare-address', 1n],
    ['::1', '::1/128', 'bare-address', 1n],
    ['2001:db8::1', '2001:db8::1/128', 'bare-address', 1n],
    ['2001:DB8::ABCD/128', '2001:db8::abcd/128', undefined, 1n],
    ['2001:db8::1/64', '2001:db8::/64', 'host-bits', 2n ** 64n],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1/128', 'bare-address', 1n],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1/128', 'bare-address', 1n],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1/128', 'bare-address', 1n],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1/128', 'bare-address', 1n],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0/128', 'bare-address', 1n],
    ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8/128', 'bare-address', 1n],
    ['fe80::/10', 'fe80::/10', undefined, 2n ** 118n],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/3', 'e000::/3', 'host-bits', 2n ** 125n],
    ['2600:1f18:abc::/47', '2600:1f18:abc::/47', undefined, 2n ** 81n],
    // Already RFC 5952 as typed, or nearly: `::` next to a written zero, not on the longest run, on the later of two.
    ['1:0:0:2::3', '1:0:0:2::3/128', 'bare-address', 1n],
    ['1:0::1', '1::1/128', 'bare-address', 1n],
    ['1::0:1/128', '1::1/128', undefined, 1n],
    ['1::2:0:0:0:3/128', '1:0:0:2::3/128', undefined, 1n],
    ['1:0:0:2::3:4/128', '1::2:0:0:3:4/128', undefined, 1n],
    ['2001:db8::1:0/112', '2001:db8::1:0/112', undefined, 2n ** 16n],
    ['2001:db8:0:1::/64', '2001:db8:0:1::/64', undefined, 2n ** 64n],
    ['2001:db8:0:0:0:0:2:1/128', '2001:db8::2:1/128', undefined, 1n],
    ['2001:db8::0001/128', '2001:db8::1/128', undefined, 1n],
    ['2001:db8::aBc/128', '2001:db8::abc/128', undefined, 1n],
  ];
  for (const [input, cidr, adjusted, addressCount] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${cidr}${adjusted ? ` (${adjusted})` : ''}`, () => {
      const result = parsed(parseTrustedSource(input));
      expect(result.cidr).to.equal(cidr);
      expect(result.input).to.equal(input);
      expect(result.adjusted).to.equal(adjusted);
      expect('adjusted' in result).to.equal(adjusted !== undefined);
      expect(result.family).to.equal(cidr.includes(':') ? 6 : 4);
      expect(result.prefix).to.equal(Number(cidr.split('/')[1]));
      expect(result.addressCount).to.equal(addressCount);
      expect(result.end - result.start + 1n).to.equal(addressCount);
    });
  }

  // [cidr, start, end]: the values ip-cidr 4.0.2 gives (its CommonJS dependency does not load in this test runner).
  const bounds: [string, bigint, bigint][] = [
    ['222.222.222.130/28', 0xdedede80n, 0xdedede8fn],
    ['0.0.0.0/0', 0x0n, 0xffffffffn],
    ['255.255.255.255/32', 0xffffffffn, 0xffffffffn],
    ['2001:db8::/48', 0x20010db8000000000000000000000000n, 0x20010db80000ffffffffffffffffffffn],
    ['::/0', 0x0n, 0xffffffffffffffffffffffffffffffffn],
    ['fe80::/10', 0xfe800000000000000000000000000000n, 0xfebfffffffffffffffffffffffffffffn],
    ['e000::/3', 0xe0000000000000000000000000000000n, 0xffffffffffffffffffffffffffffffffn],
    ['1:0:0:1::1/128', 0x10000000000010000000000000001n, 0x10000000000010000000000000001n],
    ['8.8.8.0/24', 0x08080800n, 0x080808ffn],
    ['128.0.0.0/1', 0x80000000n, 0xffffffffn],
    ['2001:db8::1:0:0:0/80', 0x20010db8000000000001000000000000n, 0x20010db8000000000001ffffffffffffn],
    ['1::/16', 0x10000000000000000000000000000n, 0x1ffffffffffffffffffffffffffffn],
    ['2a01:4f8:c0c::abcd:0/112', 0x2a0104f80c0c000000000000abcd0000n, 0x2a0104f80c0c000000000000abcdffffn],
  ];
  for (const [cidr, start, end] of bounds) {
    it(`gives start and end of ${cidr} as bigints`, () => {
      const result = parsed(parseTrustedSource(cidr));
      expect(result.start).to.equal(start);
      expect(result.end).to.equal(end);
    });
  }

  // [input, code, params it must carry]
  const rejected: [unknown, string, Record<string, unknown>?][] = [
    ['999.1.1.1/8', 'octet-out-of-range', { octet: '999' }],
    ['256.0.0.0', 'octet-out-of-range', { octet: '256' }],
    ['1.2.3.1000', 'octet-out-of-range', { octet: '1000' }],
    ['1.2.3.4/33', 'prefix-too-long', { prefix: '33', max: 32, family: 4 }],
    ['2001:db8::/129', 'prefix-too-long', { prefix: '129', max: 128, family: 6 }],
    ['1.2.3.4/99999999999999999999', 'prefix-too-long'],
    ['010.0.0.1', 'leading-zero', { octet: '010' }],
    ['1.2.3.04/32', 'leading-zero', { octet: '04' }],
    ['00.0.0.0', 'leading-zero', { octet: '00' }],
    ['127.1', 'shortened-ipv4'],
    ['1.2.3', 'shortened-ipv4'],
    ['1.2.3.4.5', 'too-many-octets'],
    ['1..2.3', 'empty-octet'],
    ['1.2.3.4.', 'empty-octet'],
    ['.1.2.3', 'empty-octet'],
    ['0x7f.0.0.1', 'hex-ipv4'],
    ['0X7F000001', 'hex-ipv4'],
    ['2130706433', 'integer-address'],
    ['2130706433/32', 'integer-address'],
    ['10.0.0.0/08', 'prefix-leading-zero', { prefix: '08' }],
    ['10.0.0.0/00', 'prefix-leading-zero'],
    ['fe80::1%eth0/64', 'zone-id'],
    ['fe80::1%25eth0', 'zone-id'],
    ['::ffff:10.0.0.0/104', 'ipv4-mapped', { suggestion: '10.0.0.0/8' }],
    ['::ffff:1.2.3.4', 'ipv4-mapped', { suggestion: '1.2.3.4/32' }],
    ['::FFFF:1.2.3.4/128', 'ipv4-mapped', { suggestion: '1.2.3.4/32' }],
    ['0:0:0:0:0:ffff:1.2.3.4', 'ipv4-mapped', { suggestion: '1.2.3.4/32' }],
    ['::ffff:a00:0/104', 'ipv4-mapped', { suggestion: '10.0.0.0/8' }],
    ['::ffff:0:0/96', 'ipv4-mapped', { suggestion: '0.0.0.0/0' }],
    ['::1.2.3.4', 'ipv4-in-ipv6'],
    ['64:ff9b::1.2.3.4', 'ipv4-in-ipv6'],
    ['::ffff:1.2.3', 'ipv4-in-ipv6'],
    ['::ffff:1.2.3.04', 'ipv4-in-ipv6'],
    ['2001:db8:::1/64', 'ipv6-triple-colon'],
    [':::', 'ipv6-triple-colon'],
    ['1:2:3:4:5:6:7:8:9', 'ipv6-too-many-groups'],
    ['1:2:3:4:5:6:7::8', 'ipv6-too-many-groups'],
    ['1:2:3:4:5:6:7:8::', 'ipv6-too-many-groups'],
    ['1:2:3:4:5:6:7', 'ipv6-too-few-groups'],
    ['2001:db8::1::2', 'ipv6-double-colon-twice'],
    ['::1::', 'ipv6-double-colon-twice'],
    ['12345::1', 'ipv6-group-too-long', { group: '12345' }],
    ['2001:0db80::/32', 'ipv6-group-too-long', { group: '0db80' }],
    [':1:2:3:4:5:6:7', 'ipv6-empty-group'],
    ['1:2:3:4:5:6:7:', 'ipv6-empty-group'],
    [':', 'ipv6-empty-group'],
    ['2001:db8::g', 'invalid-character', { character: 'g' }],
    ['2001:db8::-1', 'invalid-character', { character: '-' }],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\r\n', 'empty'],
    ['1.2.3.4\u200b', 'hidden-character', { codepoint: 'U+200B' }],
    ['\u200b1.2.3.4', 'hidden-character', { codepoint: 'U+200B' }],
    ['1.2.\u200c3.4', 'hidden-character', { codepoint: 'U+200C' }],
    ['1.2.3.4\u200d', 'hidden-character', { codepoint: 'U+200D' }],
    ['\ufeff1.2.3.4', 'hidden-character', { codepoint: 'U+FEFF' }],
    ['1.2.3.4\u2060', 'hidden-character', { codepoint: 'U+2060' }],
    ['\u202e1.2.3.4', 'hidden-character', { codepoint: 'U+202E' }],
    ['1.2.3.4\u00ad', 'hidden-character', { codepoint: 'U+00AD' }],
    ['1.2.3.4\u0000', 'hidden-character', { codepoint: 'U+0000' }],
    ['1.2.3.4\u00a0/24', 'hidden-character', { codepoint: 'U+00A0' }],
    ['\u00a01.2.3.4', 'hidden-character', { codepoint: 'U+00A0' }],
    ['\u0661.\u0662.\u0663.\u0664', 'non-ascii-digit', { character: '\u0661' }],
    ['\uff11.2.3.4', 'non-ascii-digit', { character: '\uff11' }],
    ['1.2.3.\u0967', 'non-ascii-digit', { character: '\u0967' }],
    ['1.2.3.4\uff0f24', 'invalid-character', { character: '\uff0f' }],
    ['1\u30022.3.4', 'invalid-character', { character: '\u3002' }],
    ['1.2.3.4\u{1f600}', 'invalid-character', { character: '\u{1f600}' }],
    ['1.2.3.4\ud800', 'hidden-character', { codepoint: 'U+D800' }],
    ['1'.repeat(65), 'too-long', { max: 64 }],
    [`1.2.3.4/24${' '.repeat(60)}`, 'too-long'],
    ['1.2.3.4/', 'missing-prefix'],
    ['/24', 'missing-address'],
    ['/', 'missing-address'],
    ['1.2.3.4/-1', 'invalid-prefix', { prefix: '-1' }],
    ['1.2.3.4/+8', 'invalid-prefix', { prefix: '+8' }],
    ['1.2.3.4/2.5', 'invalid-prefix'],
    ['1.2.3.4/0x10', 'invalid-prefix'],
    ['1.2.3.4/255.255.255.0', 'invalid-prefix'],
    ['1.2.3.4/1e1', 'invalid-prefix'],
    ['1.2.3.4 /24', 'inner-space'],
    ['1.2.3.4/ 24', 'inner-space'],
    ['1.2. 3.4', 'inner-space'],
    ['1.2.3.4\t/24', 'inner-space'],
    ['1.2.3.4/24/8', 'extra-slash'],
    ['1.2.3.4//24', 'extra-slash'],
    ['1.2.3.4-1.2.3.9', 'invalid-character', { character: '-' }],
    ['1,2,3,4', 'invalid-character', { character: ',' }],
    ['1.2.3.4a', 'invalid-character', { character: 'a' }],
    ['example.com', 'hostname'],
    ['localhost', 'hostname'],
    ['*', 'invalid-character', { character: '*' }],
    ['any', 'hostname'],
    ['-1.2.3.4', 'invalid-character', { character: '-' }],
    [undefined, 'not-text'],
    [null, 'not-text'],
    [2130706433, 'not-text'],
    [{ toString: () => '1.2.3.4' }, 'not-text'],
    [['1.2.3.4'], 'not-text'],
  ];
  for (const [input, code, params] of rejected) {
    const label = typeof input === 'string' ? JSON.stringify(input).slice(0, 40) : `non-string ${JSON.stringify(input) ?? 'undefined'}`;
    it(`rejects ${label} with ${code}`, () => {
      const result = parseTrustedSource(input as string);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.code).to.equal(code);
      if (params) expect(result.params).to.deep.include(params);
      expect(result.input).to.equal(typeof input === 'string' ? input : '');
      expect(describeIssue(result)).to.equal(formatTrustedSourceMessage(result.code, result.params, 'en'));
      expect(describeIssue(result)).not.to.match(/\{\w+\}/);
      expect(formatTrustedSourceMessage(result.code, result.params, 'de')).not.to.match(/\{\w+\}/);
    });
  }

  it('explains the reason in the message', () => {
    const outOfRange = parseTrustedSource('999.1.1.1/8');
    expect(outOfRange.ok ? '' : describeIssue(outOfRange)).to.equal(
      '“999” is too large: each part of an IPv4 address is a number from 0 to 255.',
    );
    const mapped = parseTrustedSource('::ffff:10.0.0.0/104');
    expect(mapped.ok ? '' : describeIssue(mapped)).to.equal(
      'Enter the IPv4 address itself (10.0.0.0/8) instead of its IPv4-mapped IPv6 form.',
    );
  });

  it('rejects a 1 MB string as too long without reading it', () => {
    const huge = `1.2.3.4${'\u200b'.repeat(1 << 20)}`;
    const result = parseTrustedSource(huge);
    expect(result.ok ? '' : result.code).to.equal('too-long');
  });

  it('never throws, whatever the characters', () => {
    const alphabet = ['0', '1', '9', 'f', 'F', 'x', ':', '::', '.', '/', '%', ' ', '-', '+', '#', '\u200b', '\u0661', '\ud83d'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = random() % 30;
      for (let i = 0; i < length; i++) text += alphabet[random() % alphabet.length];
      const result = parseTrustedSource(text);
      expect(typeof result.ok).to.equal('boolean');
      if (result.ok) expect(parsed(parseTrustedSource(result.cidr)).cidr, text).to.equal(result.cidr);
    }
  });
});

describe('parseTrustedSourceList', () => {
  it('splits on newlines, commas, semicolons, spaces and tabs, keeping 1-based line numbers', () => {
    const items = parseTrustedSourceList('1.1.1.1, 2.2.2.2;3.3.3.3\n\n4.4.4.4\t5.5.5.5  6.6.6.6\n7.7.7.7');
    expect(items.map((item) => [item.line, item.text])).to.deep.equal([
      [1, '1.1.1.1'],
      [1, '2.2.2.2'],
      [1, '3.3.3.3'],
      [3, '4.4.4.4'],
      [3, '5.5.5.5'],
      [3, '6.6.6.6'],
      [4, '7.7.7.7'],
    ]);
    expect(items.every((item) => item.result.ok)).to.equal(true);
  });

  const rows: [string, string, [number, string, string][]][] = [
    ['comments to the end of the line', '# office\n1.1.1.1 # vpn, 2.2.2.2\n#3.3.3.3', [[2, '1.1.1.1', '1.1.1.1/32']]],
    ['CRLF and lone CR line ends', '1.1.1.1\r\n2.2.2.0/24\r3.3.3.3\r\n', [
      [1, '1.1.1.1', '1.1.1.1/32'],
      [2, '2.2.2.0/24', '2.2.2.0/24'],
      [3, '3.3.3.3', '3.3.3.3/32'],
    ]],
    ['blank items and blank lines', ',,;\n \n\t, 1.1.1.1 ,;\n\n', [[3, '1.1.1.1', '1.1.1.1/32']]],
    ['IPv6 next to IPv4', '2001:DB8::/32;10.0.0.0/8', [
      [1, '2001:DB8::/32', '2001:db8::/32'],
      [1, '10.0.0.0/8', '10.0.0.0/8'],
    ]],
    ['invalid items, with their reason', 'bad\n1.2.3\n1.2.3.4/', [
      [1, 'bad', 'hostname'],
      [2, '1.2.3', 'shortened-ipv4'],
      [3, '1.2.3.4/', 'missing-prefix'],
    ]],
    ['a space before the prefix splits the item', '1.2.3.4 /24', [
      [1, '1.2.3.4', '1.2.3.4/32'],
      [1, '/24', 'missing-address'],
    ]],
    ['nothing but comments', '# only a comment\n   \n', []],
    ['every line break (\\r\\n counts once), Unicode spaces and a comment glued to an item', '1.1.1.1\r\n2.2.2.2\r3.3.3.3\n4.4.4.4\u00a05.5.5.5\u20286.6.6.6\u3000# c 7.7.7.7\n#x\n8.8.8.8#y\r\n\r\n9.9.9.9', [
      [1, '1.1.1.1', '1.1.1.1/32'],
      [2, '2.2.2.2', '2.2.2.2/32'],
      [3, '3.3.3.3', '3.3.3.3/32'],
      [4, '4.4.4.4', '4.4.4.4/32'],
      [4, '5.5.5.5', '5.5.5.5/32'],
      [4, '6.6.6.6', '6.6.6.6/32'],
      [6, '8.8.8.8', '8.8.8.8/32'],
      [8, '9.9.9.9', '9.9.9.9/32'],
    ]],
    ['an empty string', '', []],
    ['vertical tab, form feed and BOM between items; NEL and a zero-width space are no separators', '1.1.1.1\v2.2.2.2\f3.3.3.3\ufeff4.4.4.4\u00855.5.5.5\u200b6.6.6.6;;\t#x\r#y\n\r\n7.7.7.7', [
      [1, '1.1.1.1', '1.1.1.1/32'],
      [1, '2.2.2.2', '2.2.2.2/32'],
      [1, '3.3.3.3', '3.3.3.3/32'],
      [1, '4.4.4.4\u00855.5.5.5\u200b6.6.6.6', 'hidden-character'],
      [4, '7.7.7.7', '7.7.7.7/32'],
    ]],
  ];
  for (const [name, text, expected] of rows) {
    it(`handles ${name}`, () => {
      const items = parseTrustedSourceList(text);
      expect(items.map((item) => [item.line, item.text, item.result.ok ? item.result.cidr : item.result.code])).to.deep.equal(
        expected,
      );
    });
  }

  it('returns no items for a non-string', () => {
    expect(parseTrustedSourceList(undefined as unknown as string)).to.deep.equal([]);
  });

  it('reads 100,000 lines', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `11.${i >> 16}.${(i >> 8) & 255}.${i & 255}`).join('\n');
    const items = parseTrustedSourceList(text);
    expect(items).to.have.length(100_000);
    expect(items[99_999]?.line).to.equal(100_000);
    expect(items[99_999]?.result.ok && items[99_999].result.cidr).to.equal('11.1.134.159/32');
  });

  it('rejects a 1 MB line of one token as too long', () => {
    const items = parseTrustedSourceList(`1.1.1.1\n${'9'.repeat(1 << 20)}\n2.2.2.2`);
    expect(items.map((item) => [item.line, item.result.ok ? 'ok' : item.result.code])).to.deep.equal([
      [1, 'ok'],
      [2, 'too-long'],
      [3, 'ok'],
    ]);
  });
});

describe('checkTrustedSources', () => {
  it('accepts the seed example without findings', () => {
    const check = checkTrustedSources(['123.123.123.123/32', '222.222.222.128/28']);
    expect(check.ok).to.equal(true);
    expect(check.findings).to.deep.equal([]);
    expect(check.entries.map((entry) => (entry.result.ok ? entry.result.cidr : ''))).to.deep.equal([
      '123.123.123.123/32',
      '222.222.222.128/28',
    ]);
  });

  it('has the documented default rules', () => {
    expect(DEFAULT_TRUSTED_SOURCE_RULES).to.deep.equal({ maxEntries: 100, allowIpv6: true, allowAnyAddress: false });
  });

  // [name, inputs, rules, ok, findings as "severity code [entries]"]
  const rows: [string, TrustedSourceInput[], Parameters<typeof checkTrustedSources>[1], boolean, string[]][] = [
    ['no entry at all', [], undefined, false, ['error none []']],
    ['only blank entries', ['', '  '], undefined, false, ['error none []']],
    ['a blank entry next to a real one', ['8.8.8.8', ''], undefined, false, ['error empty [1]']],
    ['an invalid entry', ['8.8.8.8', '999.1.1.1/8'], undefined, false, ['error octet-out-of-range [1]']],
    ['the same address in two spellings', ['10.0.0.1', '10.0.0.1/32'], undefined, false, [
      'error duplicate [0,1]',
      'warning not-public [0]',
      'warning not-public [1]',
    ]],
    ['the same IPv6 range in two spellings', ['2001:DB8::/32', '2001:0db8::/32'], undefined, false, [
      'error duplicate [0,1]',
      'warning not-public [0]',
      'warning not-public [1]',
    ]],
    ['host bits making a duplicate', ['8.8.8.0/24', '8.8.8.77/24', '8.8.8.0/24'], undefined, false, ['error duplicate [0,1,2]']],
    ['a range inside another', ['8.8.0.0/16', '1.1.1.1', '8.8.8.8'], undefined, true, ['warning overlap [2,0]']],
    ['nesting three deep names the nearest', ['8.0.0.0/8', '8.8.0.0/16', '8.8.8.8', '8.9.0.0/16', '8.9.1.1'], undefined, true, [
      'warning overlap [1,0]',
      'warning overlap [2,1]',
      'warning overlap [3,0]',
      'warning overlap [4,3]',
    ]],
    ['a smaller range sharing its start with a larger one', ['8.0.0.0/16', '8.0.0.0/8', '8.0.0.0'], undefined, true, [
      'warning overlap [0,1]',
      'warning overlap [2,0]',
    ]],
    ['half of IPv4 next to all of it', ['0.0.0.0/1', '0.0.0.0/0'], undefined, false, [
      'error whole-internet [1]',
      'warning overlap [0,1]',
    ]],
    ['a duplicate inside another range', ['8.0.0.0/8', '8.8.8.8', '8.8.8.8/32'], undefined, false, [
      'error duplicate [1,2]',
      'warning overlap [1,0]',
    ]],
    ['IPv4 and IPv6 never overlap', ['0.0.0.0/1', '::/1'], undefined, true, []],
    ['0.0.0.0/0', ['0.0.0.0/0'], undefined, false, ['error whole-internet [0]']],
    ['::/0', ['::/0'], undefined, false, ['error whole-internet [0]']],
    ['two halves covering IPv4', ['128.0.0.0/1', '8.8.8.8', '0.0.0.0/1'], undefined, false, [
      'error whole-internet [0,2]',
      'warning overlap [1,2]',
    ]],
    ['quarters covering IPv6', ['::/2', '4000::/2', '8000::/2', 'c000::/2'], undefined, false, ['error whole-internet [0,1,2,3]']],
    ['three ranges ending at the last IPv4 address, covering it all', ['192.0.0.0/2', '0.0.0.0/1', '128.0.0.0/2'], undefined, false, [
      'error whole-internet [0,1,2]',
    ]],
    ['nested ranges at the very end of IPv4', ['255.255.255.255', '255.255.255.254/31', '255.255.255.0/24'], undefined, true, [
      'warning not-public [0]',
      'warning overlap [0,1]',
      'warning not-public [1]',
      'warning overlap [1,2]',
      'warning not-public [2]',
    ]],
    ['a gap leaves the internet uncovered', ['0.0.0.0/1', '128.0.0.0/2', '224.0.0.0/3'], undefined, true, []],
    ['the whole internet, allowed with confirmation', ['0.0.0.0/0', '::/0'], { allowAnyAddress: true }, true, [
      'warning whole-internet-confirm [0]',
      'warning whole-internet-confirm [1]',
    ]],
    ['more entries than allowed', ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4'], { maxEntries: 2 }, false, ['error too-many [2,3]']],
    ['exactly the allowed number', ['1.1.1.1', '2.2.2.2'], { maxEntries: 2 }, true, []],
    ['IPv6 where it is not allowed', ['1.1.1.1', '2600::/16', '2600::/16'], { allowIpv6: false }, false, [
      'error ipv6-not-allowed [1]',
      'error ipv6-not-allowed [2]',
    ]],
    ['::/0 where IPv6 is not allowed', ['::/0'], { allowIpv6: false }, false, ['error ipv6-not-allowed [0]']],
    ['an undefined rule keeps its default', ['0.0.0.0/0'], { allowAnyAddress: undefined }, false, ['error whole-internet [0]']],
  ];
  for (const [name, inputs, rules, ok, expected] of rows) {
    it(`reports ${name}`, () => {
      const check = checkTrustedSources(inputs, rules);
      expect(summary(check)).to.deep.equal(expected);
      expect(check.ok).to.equal(ok);
      expect(check.entries).to.have.length(inputs.length);
      for (const f of check.findings) {
        expect(describeIssue(f)).to.equal(formatTrustedSourceMessage(f.code, f.params, 'en'));
        expect(`${describeIssue(f)} ${formatTrustedSourceMessage(f.code, f.params, 'de')}`).not.to.match(/\{\w+\}/);
      }
    });
  }

  // [input, kind]
  const special: [string, string][] = [
    ['10.1.2.0/24', 'private'],
    ['172.16.0.0/12', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::/64', 'link-local'],
    ['100.64.0.0/10', 'shared'],
    ['100.127.255.255', 'shared'],
    ['192.0.2.0/24', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.0/25', 'documentation'],
    ['2001:db8:1::/48', 'documentation'],
    ['3fff:fff::/32', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3/16', 'unspecified'],
    ['::', 'unspecified'],
    ['fc00::/7', 'unique-local'],
    ['fd12:3456::/32', 'unique-local'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['198.18.0.0/15', 'benchmarking'],
    ['198.19.1.1', 'benchmarking'],
  ];
  for (const [input, kind] of special) {
    it(`warns that ${input} is not public (${kind})`, () => {
      const check = checkTrustedSources([input]);
      expect(check.ok).to.equal(true);
      const found = only(check, 'not-public');
      expect(found.severity).to.equal('warning');
      expect(found.entries).to.deep.equal([0]);
      expect(found.params['kind']).to.equal(kind);
      expect(found.params['cidr']).to.equal(parsed(parseTrustedSource(input)).cidr);
      expect(describeIssue(found)).to.contain('can never reach a public endpoint');
      expect(describeIssue(found)).to.contain(interpolate(trustedSourceMessagesEn[`kind-${kind}` as 'kind-private']));
    });
  }

  const public_: string[] = [
    '8.8.8.8', '1.1.1.1', '9.255.255.255', '11.0.0.0/8', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0',
    '192.167.255.255', '192.169.0.0', '198.17.255.255', '198.20.0.0', '223.255.255.255', '1.0.0.0/8', '2600::/12',
    '2001:db9::/32', '2001:db0::/28', '3ffe::/16', 'fbff::/16', 'fec0::/10', '2001:4860:4860::8888',
    '0.0.0.0/1', '0.0.0.0/7', '128.0.0.0/1', '::/3', 'fe00::/9', '10.0.0.0/7',
  ];
  for (const input of public_) {
    it(`does not flag ${input} as not public`, () => {
      const check = checkTrustedSources([input]);
      expect(summary(check)).to.deep.equal([]);
      expect(findSpecialRange(parsed(parseTrustedSource(input)))).to.equal(undefined);
    });
  }

  it('names both entries and the canonical range of a duplicate', () => {
    const check = checkTrustedSources(['2001:DB8::/32', '8.8.8.8', '2001:0db8::/32']);
    const duplicate = only(check, 'duplicate');
    expect(duplicate.entries).to.deep.equal([0, 2]);
    expect(duplicate.params).to.deep.equal({ cidr: '2001:db8::/32', count: 2 });
    expect(describeIssue(duplicate)).to.equal('2001:db8::/32 is listed 2 times; keep one.');
  });

  it('names both ranges of an overlap', () => {
    const overlap = only(checkTrustedSources(['8.8.8.8', '8.8.0.0/16']), 'overlap');
    expect(overlap.severity).to.equal('warning');
    expect(overlap.entries).to.deep.equal([0, 1]);
    expect(overlap.params).to.deep.equal({ cidr: '8.8.8.8/32', other: '8.8.0.0/16' });
    expect(describeIssue(overlap)).to.equal('8.8.8.8/32 lies within 8.8.0.0/16, which already allows it; you can remove it.');
  });

  it('says how to fix the whole internet, one entry or several', () => {
    const one = only(checkTrustedSources(['0.0.0.0/0']), 'whole-internet');
    expect(one.params).to.deep.equal({ family: 4, count: 1 });
    expect(describeIssue(one)).to.equal('This entry allows every IPv4 address: the service would be open to the whole internet.');
    const two = only(checkTrustedSources(['::/1', '8000::/1'], { allowAnyAddress: true }), 'whole-internet-confirm');
    expect(two.severity).to.equal('warning');
    expect(two.params).to.deep.equal({ family: 6, count: 2 });
    expect(describeIssue(two)).to.contain('Together these 2 entries allow every IPv6 address');
    expect(describeIssue(two)).to.contain('Confirm that this is intended.');
  });

  it('gives the seeds’ reason when nothing is entered', () => {
    const none = only(checkTrustedSources([]), 'none');
    expect(describeIssue(none)).to.equal('All access stays blocked until you add at least one trusted source.');
  });

  it('gives count and limit when there are too many entries', () => {
    const tooMany = only(checkTrustedSources(Array.from({ length: 101 }, (_, i) => `11.0.0.${i}`)), 'too-many');
    expect(tooMany.params).to.deep.equal({ count: 101, max: 100 });
    expect(tooMany.entries).to.deep.equal([100]);
    expect(describeIssue(tooMany)).to.equal('There are 101 entries; the limit is 100.');
  });

  it('keeps labels and reads inputs given as objects', () => {
    const check = checkTrustedSources([
      { address: ' 8.8.8.8 ', label: 'DNS' },
      { address: '1.1.1.0/24' },
      '9.9.9.9',
      { address: 'nope', label: 'typo' },
    ]);
    expect(check.entries.map(({ index, input, label }) => ({ index, input, label }))).to.deep.equal([
      { index: 0, input: ' 8.8.8.8 ', label: 'DNS' },
      { index: 1, input: '1.1.1.0/24', label: undefined },
      { index: 2, input: '9.9.9.9', label: undefined },
      { index: 3, input: 'nope', label: 'typo' },
    ]);
    expect('label' in (check.entries[1] ?? {})).to.equal(false);
    expect(check.entries[0]?.result.ok && check.entries[0].result.cidr).to.equal('8.8.8.8/32');
    expect(summary(check)).to.deep.equal(['error hostname [3]']);
  });

  it('treats malformed inputs as invalid entries instead of throwing', () => {
    const inputs = [null, 42, { label: 'no address' }, { address: 7 }] as unknown as TrustedSourceInput[];
    const check = checkTrustedSources(inputs);
    expect(summary(check)).to.deep.equal([
      'error not-text [0]',
      'error not-text [1]',
      'error not-text [2]',
      'error not-text [3]',
    ]);
    expect(check.ok).to.equal(false);
    expect(summary(checkTrustedSources(undefined as unknown as TrustedSourceInput[]))).to.deep.equal(['error none []']);
  });

  it('puts errors first, list-wide ones leading', () => {
    const check = checkTrustedSources(['10.0.0.1', '8.8.8.8', '8.8.8.8', 'x.', '1.1.1.1'], { maxEntries: 4 });
    expect(summary(check)).to.deep.equal([
      'error too-many [4]',
      'error duplicate [1,2]',
      'error hostname [3]',
      'warning not-public [0]',
    ]);
  });

  it('checks 10,000 distinct sources with the right findings', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 9000; i++) inputs.push(`11.${i >> 8}.${i & 255}.0/24`);
    for (let i = 0; i < 500; i++) inputs.push(`11.${i >> 8}.${i & 255}.7`); // inside the first 500 /24s
    for (let i = 0; i < 300; i++) inputs.push(`2600:${i.toString(16)}::/32`);
    for (let i = 0; i < 200; i++) inputs.push(`10.${i}.0.0/16`); // private
    expect(new Set(inputs).size).to.equal(10_000);

    const check = checkTrustedSources(inputs, { maxEntries: 10_000 });
    expect(check.ok).to.equal(true);
    expect(check.entries).to.have.length(10_000);
    const counts = new Map<string, number>();
    for (const f of check.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
    expect(Object.fromEntries(counts)).to.deep.equal({ 'not-public': 200, overlap: 500 });
    expect(check.findings.find((f) => f.code === 'overlap' && f.entries[0] === 9499)?.params).to.deep.equal({
      cidr: '11.1.243.7/32',
      other: '11.1.243.0/24',
    });

    const withDefaults = checkTrustedSources([...inputs.slice(0, 9999), inputs[0] as string]);
    expect(withDefaults.findings.filter((f) => f.severity === 'error').map((f) => f.code)).to.deep.equal([
      'too-many',
      'duplicate',
    ]);
  });
});

describe('checkParsedTrustedSources', () => {
  const read = (texts: string[]) => texts.map((text) => ({ result: parseTrustedSource(text) }));

  // Lists with every kind of finding: read first or read by the check, the answer is the same.
  const lists: [string, string[], Parameters<typeof checkTrustedSources>[1]][] = [
    ['nothing', [], undefined],
    ['blank entries', ['', ' '], undefined],
    ['a duplicate in two spellings, a typo and a private range', ['10.0.0.1', '8.8.8.8', '10.0.0.1/32', '127.1', '8.8.0.0/16'], undefined],
    ['IPv4 and IPv6 halves of the internet', ['0.0.0.0/1', '128.0.0.0/1', '::/1', '8000::/1'], { allowAnyAddress: true }],
    ['the last IPv4 address and its neighbours', ['255.255.255.255', '255.255.255.254/31', '255.255.255.0/24'], undefined],
    ['too many, IPv6 not allowed', ['1.1.1.1', '2600::/16', '3.3.3.3'], { maxEntries: 2, allowIpv6: false }],
  ];
  for (const [name, texts, rules] of lists) {
    it(`gives the answer of checkTrustedSources for ${name}`, () => {
      expect(checkParsedTrustedSources(read(texts), rules)).to.deep.equal(checkTrustedSources(texts, rules));
    });
  }

  it('takes the items of a pasted list as they are, without reading them again', () => {
    const items = parseTrustedSourceList('8.8.8.8 # resolver\n8.8.0.0/16, 999.1.1.1\n');
    const check = checkParsedTrustedSources(items);
    expect(check.entries.map(({ index, input }) => ({ index, input }))).to.deep.equal([
      { index: 0, input: '8.8.8.8' },
      { index: 1, input: '8.8.0.0/16' },
      { index: 2, input: '999.1.1.1' },
    ]);
    check.entries.forEach((entry, i) => expect(entry.result).to.equal(items[i]?.result));
    expect(summary(check)).to.deep.equal(['error octet-out-of-range [2]', 'warning overlap [0,1]']);
  });

  it('answers with the items of a pasted list as its entries, and with new ones for another list of them', () => {
    const items = parseTrustedSourceList('8.8.8.8, 8.8.0.0/16\n9.9.9.9');
    expect(items.map(({ line, text, index, input }) => [line, text, index, input])).to.deep.equal([
      [1, '8.8.8.8', 0, '8.8.8.8'],
      [1, '8.8.0.0/16', 1, '8.8.0.0/16'],
      [2, '9.9.9.9', 2, '9.9.9.9'],
    ]);
    checkParsedTrustedSources(items).entries.forEach((entry, i) => expect(entry).to.equal(items[i]));

    // Without the first item, each keeps its place in the new list; the items themselves do not change.
    const rest = checkParsedTrustedSources(items.slice(1));
    expect(rest.entries.map(({ index, input }) => [index, input])).to.deep.equal([[0, '8.8.0.0/16'], [1, '9.9.9.9']]);
    expect(summary(rest)).to.deep.equal([]);
    expect(items.map((item) => item.index)).to.deep.equal([0, 1, 2]);

    const labelled = checkParsedTrustedSources(items.map((item) => ({ ...item, label: 'DNS' })));
    expect(labelled.entries.map(({ index, label }) => [index, label])).to.deep.equal([[0, 'DNS'], [1, 'DNS'], [2, 'DNS']]);
    expect(summary(labelled)).to.deep.equal(['warning overlap [0,1]']);
  });

  it('keeps labels given with the results', () => {
    const check = checkParsedTrustedSources([
      { result: parseTrustedSource('8.8.8.8'), label: 'DNS' },
      { result: parseTrustedSource('1.1.1.1') },
    ]);
    expect(check.entries.map((entry) => entry.label)).to.deep.equal(['DNS', undefined]);
    expect('label' in (check.entries[1] ?? {})).to.equal(false);
  });

  it('treats a missing list as nothing entered', () => {
    expect(summary(checkParsedTrustedSources(undefined as unknown as []))).to.deep.equal(['error none []']);
  });
});

describe('readTrustedSourceList and checkTrustedSourceList', () => {
  // Every spelling the reader tells apart: typos, host bits, bare addresses, IPv6 in capitals, expanded, with host
  // bits, special ranges, duplicates across spellings, comments and every line break.
  const mixed = [
    '203.0.113.7, 203.0.113.0/24 # office',
    '85.214.132.0/22; 85.214.132.9/22\r\n300.12.7.1 example.com 10.0.0.1/8/8',
    '2A01:4F8::/32\t2a01:04f8:0000:0000:0000:0000:0000:0001 2a01:4f8::1/64\r2a01:4f8::1',
    '::ffff:1.2.3.4 fe80::1%eth0 192.168.1.1 8.8.8.8/33 8.8.8.08 ::/0 0.0.0.0/0 1.1.1.1/32 1.1.1.1',
  ].join('\n');
  // A long list, so that the columns grow many times over, IPv4 and IPv6 alike.
  const long = Array.from({ length: 700 }, (_, i) =>
    i % 3 === 0 ? `2a01:4f8:${(i % 7).toString(16)}::/${32 + (i % 3) * 16}` : `${40 + (i % 5)}.${i % 3}.${i % 11}.0/${16 + (i % 4) * 4}`,
  )
    .map((entry, i) => (i % 5 === 4 ? `${entry}\n` : `${entry}, `))
    .join('');

  const resultOf = (result: ParseResult) =>
    result.ok
      ? { ...result, cidr: result.cidr, start: result.start, end: result.end, addressCount: result.addressCount }
      : { ...result };

  for (const [name, text] of [['a list of every spelling', mixed], ['a list of 700 entries', long]] as const) {
    it(`reads ${name} as parseTrustedSourceList does, item by item`, () => {
      const list = readTrustedSourceList(text);
      const items = parseTrustedSourceList(text);
      expect(list.length).to.equal(items.length);
      items.forEach((item, i) => {
        expect([list.line(i), list.text(i), list.ok(i), list.cidr(i)], `item ${i}`).to.deep.equal([
          item.line, item.text, item.result.ok, item.result.ok ? item.result.cidr : undefined,
        ]);
        expect(resultOf(list.result(i)), `result of item ${i}`).to.deep.equal(resultOf(item.result));
      });
    });
  }

  const rules: [string, string, Parameters<typeof checkTrustedSources>[1]][] = [
    ['every spelling', mixed, undefined],
    ['every spelling, the whole internet allowed', mixed, { allowAnyAddress: true }],
    ['every spelling, at most 5 entries and no IPv6', mixed, { maxEntries: 5, allowIpv6: false }],
    ['700 entries', long, { maxEntries: 1000 }],
    ['700 entries, at most 100', long, undefined],
    ['nothing but a comment', '# nothing here\n', undefined],
    ['nothing at all', '', undefined],
  ];
  for (const [name, text, rule] of rules) {
    it(`finds in ${name} what checkParsedTrustedSources finds in its items`, () => {
      const expected = checkParsedTrustedSources(parseTrustedSourceList(text), rule);
      expect(checkTrustedSourceList(readTrustedSourceList(text), rule)).to.deep.equal({ ok: expected.ok, findings: expected.findings });
    });
  }

  it('finds duplicates, nesting, non-public ranges and typos with the item indexes', () => {
    const check = checkTrustedSourceList(readTrustedSourceList('8.8.8.8\n8.8.0.0/16, 10.1.2.3 8.8.8.8/32\n999.1.1.1'));
    expect(check.findings.map((f) => `${f.severity} ${f.code} [${f.entries.join(',')}]`)).to.deep.equal([
      'error duplicate [0,3]',
      'error octet-out-of-range [4]',
      'warning overlap [0,1]',
      'warning not-public [2]',
    ]);
    expect(check.ok).to.equal(false);
  });

  it('answers an item outside the list with nothing', () => {
    const list = readTrustedSourceList('8.8.8.8');
    expect([list.text(-1), list.text(1), list.ok(1), list.cidr(1), list.line(5)]).to.deep.equal(['', '', false, undefined, 0]);
    expect(readTrustedSourceList(undefined as unknown as string).length).to.equal(0);
  });

  it('checks a list made elsewhere item by item', () => {
    const texts = ['8.8.8.8', '8.8.0.0/16', 'example.com'];
    const elsewhere: TrustedSourceList = {
      length: texts.length,
      line: () => 1,
      text: (i) => texts[i] ?? '',
      ok: (i) => parseTrustedSource(texts[i] ?? '').ok,
      cidr: () => undefined,
      result: (i) => parseTrustedSource(texts[i] ?? ''),
    };
    const expected = checkTrustedSources(texts);
    expect(checkTrustedSourceList(elsewhere)).to.deep.equal({ ok: expected.ok, findings: expected.findings });
  });
});

describe('trusted-source messages', () => {
  it('has a German message for every English key, and no other', () => {
    expect(Object.keys(trustedSourceMessagesDe).sort()).to.deep.equal(Object.keys(trustedSourceMessagesEn).sort());
  });

  it('keeps the same placeholders and plural forms in German', () => {
    const shape = (template: unknown) =>
      typeof template === 'string'
        ? [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
        : Object.keys(template as object);
    for (const key of Object.keys(trustedSourceMessagesEn) as (keyof typeof trustedSourceMessagesEn)[]) {
      expect(shape(trustedSourceMessagesDe[key]), key).to.deep.equal(shape(trustedSourceMessagesEn[key]));
    }
  });

  it('renders a finding in German with interpolate', () => {
    const duplicate = only(checkTrustedSources(['2001:DB8::/32', '2001:0db8::/32']), 'duplicate');
    expect(interpolate(trustedSourceMessagesDe[duplicate.code], duplicate.params, 'de')).to.equal(
      '2001:db8::/32 ist 2-mal eingetragen; behalten Sie nur einen Eintrag.',
    );
    const tooMany = only(checkTrustedSources(Array.from({ length: 1001 }, (_, i) => `11.0.${i >> 8}.${i & 255}`), { maxEntries: 1000 }), 'too-many');
    expect(formatTrustedSourceMessage(tooMany.code, tooMany.params, 'de')).to.equal('Es sind 1.001 Einträge; erlaubt sind höchstens 1.000.');
  });

  it('renders the kind of a non-public range in the user’s language', () => {
    const notPublic = only(checkTrustedSources(['192.168.0.0/16']), 'not-public');
    expect(describeIssue(notPublic)).to.equal(
      '192.168.0.0/16 is not public (private range): such a source can never reach a public endpoint.',
    );
    expect(formatTrustedSourceMessage(notPublic.code, notPublic.params, 'de')).to.equal(
      '192.168.0.0/16 ist nicht öffentlich (privater Adressbereich): Eine solche Quelle kann einen öffentlichen Endpunkt nie erreichen.',
    );
  });

  it('renders the plural forms of the whole-internet finding in German', () => {
    const one = only(checkTrustedSources(['::/0']), 'whole-internet');
    expect(formatTrustedSourceMessage(one.code, one.params, 'de')).to.equal(
      'Dieser Eintrag lässt jede IPv6-Adresse zu: Der Dienst wäre aus dem gesamten Internet erreichbar.',
    );
    const two = only(checkTrustedSources(['0.0.0.0/1', '128.0.0.0/1']), 'whole-internet');
    expect(formatTrustedSourceMessage(two.code, two.params, 'de')).to.match(/^Zusammen lassen diese 2 Einträge jede IPv4-Adresse zu/);
  });

  it('shows an unknown code rather than throwing', () => {
    expect(formatTrustedSourceMessage('from-the-future' as 'none', {}, 'de')).to.equal('from-the-future');
  });
});
