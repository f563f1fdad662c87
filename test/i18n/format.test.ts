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

  // Amounts in EUR, USD, GBP and CHF with up to two fraction digits are formatted in en and de without Intl: the same
  // text as Intl's, character for character (no-break spaces included), or the first price waits for Intl's data.
  const quickMoney = ['0', '0.5', '7', '12.50', '999.99', '1000', '1234.5', '007.10', '99999999999999999.99', '123456789012345678901234567890'];
  for (const locale of ['en', 'de'] as const) {
    for (const currency of ['EUR', 'USD', 'GBP', 'CHF']) {
      it(`formats ${currency} in ${locale} as Intl does, amount by amount`, () => {
        for (const amount of quickMoney) {
          const intl = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
          expect(formatMoney(amount, currency, locale), amount).to.equal(intl);
        }
      });
    }
  }

  // Amounts Intl has to round, and other currencies, still go to Intl.
  const intlMoney: [string, string, 'en' | 'de'][] = [
    ['12.345', 'EUR', 'en'],
    ['0.125', 'EUR', 'de'],
    ['12.5', 'JPY', 'en'],
    ['12.5', 'SEK', 'de'],
    ['1234.567', 'BHD', 'en'],
    ['-5', 'EUR', 'en'],
  ];
  for (const [amount, currency, locale] of intlMoney) {
    it(`formats ${amount} ${currency} in ${locale} with Intl`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
      expect(formatMoney(amount, currency, locale)).to.equal(intl);
    });
  }

  it('formats whole and fractional GB in en and de as Intl does', () => {
    for (const locale of ['en', 'de'] as const) {
      const intl = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' });
      for (const value of [0, 1, 50, 999, 1000, 1500, 65536, 1_000_000, 50.5, 2 ** 60]) {
        expect(formatGigabytes(value, locale), `${value} in ${locale}`).to.equal(intl.format(value));
      }
    }
  });

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
