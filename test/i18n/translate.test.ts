import { expect } from '@open-wc/testing';
import { interpolate, toLocale } from '../../src/i18n/translate.js';

describe('toLocale', () => {
  const rows: [string | null | undefined, string][] = [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE_ch', 'de'],
    ['en-GB', 'en'],
    ['fr', 'en'],
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
