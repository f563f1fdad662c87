/**
 * Message lookup and formatting shared by the core (English messages for servers and logs) and the elements
 * (the user's language). Pure: no DOM, runs in Node.
 */

/** The languages the package ships: English built in, every other one a module loaded on demand (`translations.ts`). */
export const LOCALES = ['en', 'de', 'fr', 'nl', 'pl'] as const;
/** A language code: one of `LOCALES`, or one a host registered (`registerTranslation`). */
export type Locale = string;

/** A CLDR plural category, as `Intl.PluralRules` names it. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Plural forms, chosen by the `count` parameter as the locale's CLDR rules say (`Intl.PluralRules`): `other` always,
 * and the other categories the language distinguishes (English `one`; Polish `one`, `few` and `many`). A category the
 * forms lack takes `other`.
 */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

/** A message: plain text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type MessageTemplate = string | PluralForms;
export type MessageParams = Readonly<Record<string, string | number | bigint>>;
export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;

export { toLocale } from './translations.js';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralRule(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

// The first Intl object a page makes costs ~16 ms of loading locale data: more than half of a first render's budget.
// Integers, nearly every number a message shows, need none of it in the shipped locales: digits grouped by three with
// these separators, and the plural form "one" for 1 and -1 only (exactly what Intl gives, tested value by value).
const GROUP_SEPARATORS: Readonly<Record<string, string>> = { en: ',', de: '.' };

/** Formats a number or bigint for the locale as Intl does (`1,234` / `1.234`); integers of en and de without Intl. */
export function formatNumber(value: number | bigint, locale: Locale): string {
  const separator = Object.hasOwn(GROUP_SEPARATORS, locale) ? GROUP_SEPARATORS[locale] : undefined;
  const integer = typeof value === 'bigint' || (Number.isSafeInteger(value) && !Object.is(value, -0));
  if (separator === undefined || !integer) return numberFormat(locale).format(value);
  const digits = String(value < 0 ? -value : value);
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += separator + digits.slice(i, i + 3);
  return value < 0 ? `-${text}` : text;
}

/** The plural category of a count in the locale, as Intl.PluralRules says; for integers in en and de without Intl. */
export function pluralCategory(count: number, locale: Locale): PluralCategory {
  if ((locale === 'en' || locale === 'de') && Number.isInteger(count)) return count === 1 || count === -1 ? 'one' : 'other';
  return pluralRule(locale).select(count);
}

// A bigint past 2^53 (the addresses of an IPv6 range) would lose its last digits as a number, and CLDR rules read them
// (Polish: the last two; French: a multiple of a million). Its last six digits above a million keep every rule's answer.
const pluralNumber = (count: bigint) => (count < 1_000_000n ? Number(count) : 1_000_000 + Number(count % 1_000_000n));

// `{name}`: a placeholder in a message.
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The parameters that carry what the customer typed or pasted (an address, a range as written, a part of one): a
 * message quotes them shortened (`quoteText`), in every language, whatever their length.
 */
const QUOTED_PARAMS = /^(?:address|text|input|cidr|from|to|octet|group|prefix)$/;

/** Longest quote, in UTF-16 code units: every address or range as it can be written (at most 43) is quoted whole. */
export const MAX_QUOTED_LENGTH = 48;

/**
 * Text quoted in a message, shortened when longer than `MAX_QUOTED_LENGTH`: its start and "…", cut between two
 * characters (never inside a surrogate pair), so a megabyte typed or pasted makes a message of a line.
 */
export function quoteText(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  let end = MAX_QUOTED_LENGTH - 1;
  if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Fills `{name}` placeholders with text, leaving unknown ones as they are: `interpolate` for messages whose parameters
 * are all text, without number formatting or plural forms (the status badge needs no more).
 */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string>> = {}): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => (Object.hasOwn(params, name) ? params[name]! : placeholder));
}

/**
 * Fills `{name}` placeholders. Numbers and bigints are formatted for the locale; `count` also picks the plural form;
 * the customer's text (`{address}`, `{text}`, `{cidr}`, …) is quoted shortened (`quoteText`). Unknown placeholders are
 * left as they are, so a missing parameter is visible rather than silently empty.
 */
export function interpolate(template: MessageTemplate, params: MessageParams = {}, locale: Locale = 'en'): string {
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    const count = params['count'];
    const category = pluralCategory(typeof count === 'bigint' ? pluralNumber(count) : Number(count ?? 0), locale);
    text = template[category] ?? template.other;
  }
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    if (typeof value !== 'string') return formatNumber(value as number | bigint, locale);
    return QUOTED_PARAMS.test(name) ? quoteText(value) : value;
  });
}
