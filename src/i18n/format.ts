// Locale-aware formatting of the values the elements show. Pure: Intl only, runs in Node too.
import { formatNumber, type Locale } from './translate.js';

export { formatNumber };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Formats a money amount given as a decimal string ("12.50"); the string goes to Intl as it is, never through a float. */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  // Intl.NumberFormat.format takes decimal strings exactly (ECMA-402 NumberFormat v3); the cast is for older lib types.
  return numberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
}

/**
 * Makes the formats of a price panel (money, GB) ahead of the first price, e.g. while the page is idle: the first Intl
 * object of a page waits ~16 ms for the locale's data, which the first choice of a customer should not.
 */
export function preparePriceFormats(currency: string, locale: Locale): void {
  formatPrice('0', currency, locale);
  formatGigabytes(0, locale);
}

/** `formatMoney`, or the amount with the code as given when Intl does not know the currency: a list never breaks on it. */
export function formatPrice(amount: string, currency: string, locale: Locale): string {
  try {
    return formatMoney(amount, currency || 'EUR', locale);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** Storage in GB (decimal gigabytes, as the catalog prices it). */
export function formatGigabytes(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' }).format(value);
}

/** RAM in GiB: Intl has no binary units, so the number is formatted and the unit appended. */
export function formatGibibytes(value: number, locale: Locale): string {
  return `${formatNumber(value, locale)}\u00a0GiB`;
}
