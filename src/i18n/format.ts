// Locale-aware formatting of the values the elements show. Pure: no DOM, runs in Node too.
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

// The first Intl object of a page waits ~16 ms for the locale's data (see translate.ts), and the first prices a customer
// sees come with the size step. In en and de, amounts in these currencies with at most two fraction digits need none of
// it: grouped integer digits, the decimal sign, two fraction digits and the currency's sign where Intl puts it. Anything
// else (other currencies or locales, amounts Intl has to round) goes to Intl. Tested against Intl, amount by amount.
const MONEY_SIGNS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF' };
const DECIMAL_SIGNS: Readonly<Record<string, string>> = { en: '.', de: ',' };

function formatMoneyWithoutIntl(amount: string, currency: string, locale: Locale): string | undefined {
  const sign = Object.hasOwn(MONEY_SIGNS, currency) ? MONEY_SIGNS[currency] : undefined;
  const decimal = Object.hasOwn(DECIMAL_SIGNS, locale) ? DECIMAL_SIGNS[locale] : undefined;
  const parts = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (sign === undefined || decimal === undefined || !parts) return undefined;
  const number = `${formatNumber(BigInt(parts[1]!), locale)}${decimal}${(parts[2] ?? '').padEnd(2, '0')}`;
  // A letter code stands apart from the digits (no-break space); a symbol sits right before them in English.
  if (locale === 'de') return `${number}\u00a0${sign}`;
  return sign.length > 1 ? `${sign}\u00a0${number}` : `${sign}${number}`;
}

/**
 * Formats a money amount given as a decimal string ("12.50"); the string goes to Intl as it is, never through a float.
 * `fractionDigits` shows more digits than the currency has (an hourly amount, "0.1386").
 */
export function formatMoney(amount: string, currency: string, locale: Locale, fractionDigits?: number): string {
  const quick = fractionDigits === undefined ? formatMoneyWithoutIntl(amount, currency, locale) : undefined;
  if (quick !== undefined) return quick;
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  // Intl.NumberFormat.format takes decimal strings exactly (ECMA-402 NumberFormat v3); the cast is for older lib types.
  return numberFormat(locale, { style: 'currency', currency, ...digits }).format(amount as unknown as number);
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
export function formatPrice(amount: string, currency: string, locale: Locale, fractionDigits?: number): string {
  try {
    return formatMoney(amount, currency || 'EUR', locale, fractionDigits);
  } catch {
    return `${amount} ${currency}`;
  }
}

const GIGABYTE_SPACES: Readonly<Record<string, string>> = { en: ' ', de: '\u00a0' };

/** Storage in GB (decimal gigabytes, as the catalog prices it). */
export function formatGigabytes(value: number, locale: Locale): string {
  // Whole gigabytes in en and de without Intl, as for money above: "1,500 GB" (a space) and "1.500 GB" (no-break space).
  const space = Object.hasOwn(GIGABYTE_SPACES, locale) ? GIGABYTE_SPACES[locale] : undefined;
  if (space !== undefined && Number.isSafeInteger(value) && value >= 0) return `${formatNumber(value, locale)}${space}GB`;
  return numberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' }).format(value);
}

/** RAM in GiB: Intl has no binary units, so the number is formatted and the unit appended. */
export function formatGibibytes(value: number, locale: Locale): string {
  return `${formatNumber(value, locale)}\u00a0GiB`;
}

/**
 * An option's value in words, at the edge: a toggle says `words.on` or `words.off` (the page's language), a choice its
 * label, a number or text itself with the option's unit.
 */
export function formatOptionValue(
  entry: { option: { type: string; unit?: string | undefined }; value: string | number | boolean; choice?: { label: string } | undefined },
  words: { on: string; off: string },
): string {
  if (entry.option.type === 'toggle') return entry.value === true ? words.on : words.off;
  if (entry.choice) return entry.choice.label;
  return entry.option.unit ? `${entry.value} ${entry.option.unit}` : String(entry.value);
}
