/**
 * Message lookup and formatting shared by the core (English messages for servers and logs) and the elements
 * (the user's language). Pure: no DOM, runs in Node.
 */

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message: plain text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type MessageTemplate = string | { readonly one: string; readonly other: string };
export type MessageParams = Readonly<Record<string, string | number | bigint>>;
export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;

/** Maps any BCP 47 tag (`de-AT`, `EN`, `fr`) to a supported locale; unknown or empty tags fall back to English. */
export function toLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}

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

/**
 * Fills `{name}` placeholders. Numbers and bigints are formatted for the locale; `count` also picks the plural form.
 * Unknown placeholders are left as they are, so a missing parameter is visible rather than silently empty.
 */
export function interpolate(template: MessageTemplate, params: MessageParams = {}, locale: Locale = 'en'): string {
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    const count = params['count'];
    const rule = pluralRule(locale).select(typeof count === 'bigint' ? Number(count) : Number(count ?? 0));
    text = rule === 'one' ? template.one : template.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'string' ? value : numberFormat(locale).format(value as number | bigint);
  });
}
