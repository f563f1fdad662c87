import { expect } from '@open-wc/testing';
import {
  fillPlaceholders, formatNumber, interpolate, MAX_QUOTED_LENGTH, pluralCategory, quoteText, toLocale,
} from '../../src/i18n/translate.js';
import { describeIssue } from '../../src/i18n/describe-issue.js';
import { registerTranslation, type Translation } from '../../src/i18n/translations.js';

describe('toLocale', () => {
  const rows: [string | null | undefined, string][] = [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE_ch', 'de'],
    ['en-GB', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['nl-BE', 'nl'],
    ['pl', 'pl'],
    ['it', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of rows) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => {
      expect(toLocale(tag)).to.equal(locale);
    });
  }
});

describe("toLocale with a host's translations for longer tags", () => {
  // The pseudo-locale and a Swiss German of the host's: each serves its own tag, and English and German stay as they are.
  before(() => registerTranslation({ $code: 'en-XA' } as Translation, { $code: 'de_CH' } as Translation));
  const rows: [string, string][] = [
    ['en-XA', 'en-xa'],
    ['EN_xa', 'en-xa'],
    ['en-XA-x-test', 'en-xa'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de-CH', 'de-ch'],
    ['de-ch-1996', 'de-ch'],
    ['de-AT', 'de'],
    ['de', 'de'],
  ];
  for (const [tag, locale] of rows) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => {
      expect(toLocale(tag)).to.equal(locale);
    });
  }
});

describe('interpolate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(interpolate('{n} of {max}', { n: 1234, max: 'x' }, 'de')).to.equal('1.234 of x');
    expect(interpolate('{n} of {max}', { n: 1234, max: 'x' }, 'en')).to.equal('1,234 of x');
  });
  it('formats bigints', () => {
    expect(interpolate('{count}', { count: 2n ** 64n }, 'en')).to.equal('18,446,744,073,709,551,616');
  });
  it('picks the plural form from count', () => {
    const template = { one: '{count} address', other: '{count} addresses' };
    expect(interpolate(template, { count: 1 })).to.equal('1 address');
    expect(interpolate(template, { count: 16 })).to.equal('16 addresses');
    expect(interpolate(template, { count: 1n })).to.equal('1 address');
  });
  it('leaves unknown placeholders visible and ignores inherited keys', () => {
    expect(interpolate('{missing} {toString}', {})).to.equal('{missing} {toString}');
  });
});

describe('quoteText and the quoted parameters', () => {
  const longest = 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128';
  // [text, quoted]
  const rows: [string, string][] = [
    ['', ''],
    ['10.0.0.0/8', '10.0.0.0/8'],
    [longest, longest],
    ['x'.repeat(MAX_QUOTED_LENGTH), 'x'.repeat(MAX_QUOTED_LENGTH)],
    ['x'.repeat(MAX_QUOTED_LENGTH + 1), `${'x'.repeat(MAX_QUOTED_LENGTH - 1)}…`],
    ['a'.repeat(1_000_000), `${'a'.repeat(MAX_QUOTED_LENGTH - 1)}…`],
    // A character outside the BMP across the cut is left out whole, never halved into a lone surrogate.
    [`${'x'.repeat(MAX_QUOTED_LENGTH - 2)}😀tail`, `${'x'.repeat(MAX_QUOTED_LENGTH - 2)}…`],
    [`${'x'.repeat(MAX_QUOTED_LENGTH - 3)}😀tail`, `${'x'.repeat(MAX_QUOTED_LENGTH - 3)}😀…`],
  ];
  for (const [text, quoted] of rows) {
    it(`quotes ${text.length} characters as ${quoted.length}`, () => {
      expect(quoteText(text)).to.equal(quoted);
      expect(quoted.length).to.be.at.most(MAX_QUOTED_LENGTH);
    });
  }

  it('quotes what the customer typed, shortened, in every message; sentences and labels filled in stay whole', () => {
    const megabyte = '1'.repeat(1_000_000);
    const short = `${'1'.repeat(MAX_QUOTED_LENGTH - 1)}…`;
    for (const name of ['address', 'text', 'input', 'cidr', 'from', 'to', 'octet', 'group', 'prefix']) {
      expect(interpolate(`[{${name}}]`, { [name]: megabyte }), name).to.equal(`[${short}]`);
    }
    const sentence = 'x'.repeat(200);
    expect(interpolate('{message} {reason} {label} {option} {other}', { message: sentence, reason: sentence, label: sentence, option: sentence, other: sentence }))
      .to.equal(Array(5).fill(sentence).join(' '));
    // The wizard's error summary, from the same code the server gets.
    expect(describeIssue({ code: 'trusted-source-not-added', params: { address: megabyte } }))
      .to.equal(`${short} has not been added yet: press Add, or clear the field.`);
  });
});

describe('fillPlaceholders', () => {
  const rows: [string, string, Record<string, string>, string][] = [
    ['fills each placeholder', 'Order {orderId}, {time}', { orderId: '1234', time: 'now' }, 'Order 1234, now'],
    ['leaves unknown placeholders visible', '{missing} {orderId}', { orderId: '7' }, '{missing} 7'],
    ['ignores inherited keys', '{toString} {constructor}', {}, '{toString} {constructor}'],
    ['does not fill a placeholder inside a value', 'Order {orderId}', { orderId: '{orderId}' }, 'Order {orderId}'],
    ['takes replacement patterns in a value literally', 'Order {orderId}', { orderId: "$& $' $1" }, "Order $& $' $1"],
  ];
  for (const [name, text, params, expected] of rows) {
    it(name, () => {
      expect(fillPlaceholders(text, params)).to.equal(expected);
    });
  }
  it('leaves a text without parameters as it is', () => {
    expect(fillPlaceholders('Ready {orderId}')).to.equal('Ready {orderId}');
  });
});

describe('formatNumber', () => {
  // [value, en, de]: what Intl.NumberFormat gives, written out; integers are formatted without Intl.
  const rows: [number | bigint, string, string][] = [
    [0, '0', '0'],
    [1, '1', '1'],
    [2, '2', '2'],
    [999, '999', '999'],
    [1000, '1,000', '1.000'],
    [1234, '1,234', '1.234'],
    [10000, '10,000', '10.000'],
    [100000, '100,000', '100.000'],
    [1234567, '1,234,567', '1.234.567'],
    [-1, '-1', '-1'],
    [-999, '-999', '-999'],
    [-1000, '-1,000', '-1.000'],
    [-1234567, '-1,234,567', '-1.234.567'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991', '9.007.199.254.740.991'],
    [0n, '0', '0'],
    [1n, '1', '1'],
    [1000n, '1,000', '1.000'],
    [-65536n, '-65,536', '-65.536'],
    [2n ** 64n, '18,446,744,073,709,551,616', '18.446.744.073.709.551.616'],
    // Not integers: Intl formats them.
    [1.5, '1.5', '1,5'],
    [1234.5678, '1,234.568', '1.234,568'],
    [-0, '-0', '-0'],
    // Past 2^53 Intl shows a double's shortest digits, not its exact value: String(2 ** 60) would differ.
    [2 ** 60, '1,152,921,504,606,847,000', '1.152.921.504.606.847.000'],
    [NaN, 'NaN', 'NaN'],
    [Infinity, '∞', '∞'],
  ];
  for (const [value, en, de] of rows) {
    it(`formats ${typeof value === 'bigint' ? `${value}n` : Object.is(value, -0) ? '-0' : value} as ${en} in en and ${de} in de, as Intl does`, () => {
      expect([formatNumber(value, 'en'), formatNumber(value, 'de')]).to.deep.equal([en, de]);
      expect([formatNumber(value, 'en'), formatNumber(value, 'de')]).to.deep.equal([
        new Intl.NumberFormat('en').format(value),
        new Intl.NumberFormat('de').format(value),
      ]);
    });
  }
});

describe('pluralCategory', () => {
  // [count, en and de]: the same in both, and what Intl.PluralRules says.
  const rows: [number, 'one' | 'other'][] = [
    [0, 'other'], [1, 'one'], [2, 'other'], [999, 'other'], [1000, 'other'], [10000, 'other'], [-1, 'one'], [-2, 'other'],
    [-0, 'other'], [1.5, 'other'], [0.9995, 'one'], [NaN, 'other'], [Infinity, 'other'],
  ];
  for (const [count, form] of rows) {
    it(`says ${form} for ${Object.is(count, -0) ? '-0' : count} in en and de, as Intl does`, () => {
      for (const locale of ['en', 'de'] as const) {
        expect(pluralCategory(count, locale)).to.equal(form);
        expect(pluralCategory(count, locale)).to.equal(new Intl.PluralRules(locale).select(count));
      }
    });
  }

  it('picks the German plural forms too', () => {
    const template = { one: '{count} Adresse', other: '{count} Adressen' };
    expect([0, 1, 2, 1000].map((count) => interpolate(template, { count }, 'de'))).to.deep.equal([
      '0 Adressen', '1 Adresse', '2 Adressen', '1.000 Adressen',
    ]);
  });
});
