import { expect } from '@open-wc/testing';
import { formatGibibytes, formatGigabytes, formatMoney, formatNumber, formatPrice, preparePriceFormats } from '../../src/i18n/format.js';

// Intl uses a narrow no-break space in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  const money: [string, string, 'en' | 'de', string][] = [
    ['12.50', 'EUR', 'en', '€12.50'],
    ['12.50', 'EUR', 'de', '12,50 €'],
    ['1234.5', 'EUR', 'de', '1.234,50 €'],
    ['0.30', 'EUR', 'en', '€0.30'],
    ['99999999999999999.99', 'EUR', 'en', '€99,999,999,999,999,999.99'],
  ];
  for (const [amount, currency, locale, expected] of money) {
    it(`formats ${amount} ${currency} in ${locale} exactly`, () => {
      expect(plain(formatMoney(amount, currency, locale))).to.equal(expected);
    });
  }

  it('formats numbers, bigints, GB and GiB for the locale', () => {
    expect(formatNumber(4096, 'de')).to.equal('4.096');
    expect(formatNumber(2n ** 32n, 'en')).to.equal('4,294,967,296');
    expect(plain(formatGigabytes(1500, 'de'))).to.equal('1.500 GB');
    expect(plain(formatGigabytes(50, 'en'))).to.equal('50 GB');
    expect(plain(formatGibibytes(16, 'de'))).to.equal('16 GiB');
  });

  it('formatPrice formats like formatMoney, and shows an unknown currency code as given rather than throw', () => {
    expect(plain(formatPrice('12.50', 'EUR', 'de'))).to.equal('12,50 €');
    expect(plain(formatPrice('12.50', '', 'en'))).to.equal('€12.50');
    expect(formatPrice('12.50', 'euro', 'en')).to.equal('12.50 euro');
  });

  it('prepares the formats of a price panel ahead without throwing, even for a currency Intl does not know', () => {
    expect(() => preparePriceFormats('EUR', 'de')).not.to.throw();
    expect(() => preparePriceFormats('euro', 'en')).not.to.throw();
    expect(plain(formatPrice('1234.5', 'EUR', 'de'))).to.equal('1.234,50 €');
    expect(plain(formatGigabytes(1500, 'en'))).to.equal('1,500 GB');
  });
});
