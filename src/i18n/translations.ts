/**
 * The languages of the elements. English is built in: each element and each pure module carries its own English
 * messages, the fallback of every other language key by key. Every other language is one `Translation` object,
 * registered with `registerTranslation`; the languages the package ships (`order-widgets/translations/<code>`) are
 * loaded on demand by the first element that needs one. Pure: no DOM, runs in Node.
 */
import type { nodeSizePickerMessagesEn } from './node-size-picker.messages.js';
import type { orderStatusMessagesEn } from './order-status.messages.js';
import type { orderWizardMessagesEn } from './order-wizard.messages.js';
import type { orderMessagesEn } from './order.messages.js';
import type { MessageTemplate, PluralCategory, PluralForms } from './translate.js';
import type { trustedSourcesEditorMessagesEn } from './trusted-sources-editor.messages.js';
import type { trustedSourceMessagesEn } from './trusted-sources.messages.js';

/**
 * Plural forms of one message in a language: `other`, and exactly the CLDR categories the language distinguishes besides
 * (`Intl.PluralRules`: `one` in German and French, `one`, `few` and `many` in Polish). Without a list, any of them.
 */
export type PluralTemplate<Categories extends PluralCategory = PluralCategory> = { readonly other: string } & {
  readonly [C in Exclude<Categories, 'other'>]: string;
};

/**
 * A message group in another language: every key of the English group, with plural forms exactly where English has
 * them (those of `Categories`, when given).
 */
export type TranslatedMessages<English, Categories extends PluralCategory = never> = {
  readonly [K in keyof English]: English[K] extends string ? string
    : [Categories] extends [never] ? PluralForms : PluralTemplate<Categories>;
};

/**
 * One language: every message of every element, grouped as in `src/i18n/*.messages.ts`. A missing or misspelt key is
 * a type error; at run time a missing key falls back to English. `Categories` names the plural categories the
 * language distinguishes besides `other` (`Translation<'one' | 'few' | 'many'>` for Polish): then every message with
 * plural forms must give exactly those. Without it, a message gives `other` and any categories it likes.
 */
export interface Translation<Categories extends PluralCategory = never> {
  /**
   * The tag the elements match against `lang`: a language (`de`) serves every tag of it (`de-AT`); a longer tag
   * (`de-CH`, the pseudo-locale `en-XA`) serves itself and its own extensions, ahead of its language's translation.
   */
  readonly $code: string;
  /** The language's name in itself, e.g. `Deutsch`. */
  readonly $name: string;
  readonly orderWizard: TranslatedMessages<typeof orderWizardMessagesEn, Categories>;
  readonly order: TranslatedMessages<typeof orderMessagesEn, Categories>;
  readonly trustedSources: TranslatedMessages<typeof trustedSourceMessagesEn, Categories>;
  readonly trustedSourcesEditor: TranslatedMessages<typeof trustedSourcesEditorMessagesEn, Categories>;
  readonly nodeSizePicker: TranslatedMessages<typeof nodeSizePickerMessagesEn, Categories>;
  readonly orderStatus: TranslatedMessages<typeof orderStatusMessagesEn, Categories>;
}

/** The name of a message group of a `Translation`. */
export type MessageGroup = Exclude<keyof Translation, '$code' | '$name'>;

/**
 * The languages the package ships, loaded on demand (a chunk of their own for bundlers, inlined into the CDN file).
 * Keyed by language code; internal, also for tests, which count the loads.
 */
export const translationLoaders: Record<string, () => Promise<Translation>> = {
  de: () => import('./locales/de.js').then((module) => module.de),
  fr: () => import('./locales/fr.js').then((module) => module.fr),
  nl: () => import('./locales/nl.js').then((module) => module.nl),
  pl: () => import('./locales/pl.js').then((module) => module.pl),
};

const registered = new Map<string, Translation>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const warned = new Set<string>();
const listeners = new Set<(code: string) => void>();
let version = 0;

// A tag as a key: `de-ch` of `DE_ch`.
const keyOf = (tag: string) => tag.trim().toLowerCase().replaceAll('_', '-');

/**
 * Registers languages: a language of the host's own, a shipped one imported up front, or new words for one (register it
 * again, changed: `{ ...de, orderWizard: { ...de.orderWizard, next: 'Los' } }`). Elements already on the page show
 * them at once. English is built in (its words change per element, through the `messages` property).
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    const code = keyOf(translation.$code);
    registered.set(code, translation);
    warned.delete(code);
    version += 1;
    for (const listener of listeners) listener(code);
  }
}

/** Calls `listener` with the code of every translation registered from now on; returns the unsubscribe function. */
export function onTranslationRegistered(listener: (code: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts registrations: a cache of rendered words made at another count is stale. */
export function translationsVersion(): number {
  return version;
}

/**
 * Maps any BCP 47 tag (`de-AT`, `EN`, `fr`) to a language the elements can speak: a registered one or one the package
 * ships (loaded on demand), the longest that matches (`en-XA` when a host registered it, else `en`); anything else
 * falls back to English.
 */
export function toLocale(tag: string | null | undefined): string {
  // The tag, then the tag less its last subtag, down to the language (RFC 4647 lookup): `en-xa`, `en`.
  for (let code = keyOf(tag ?? ''); code; code = code.slice(0, Math.max(code.lastIndexOf('-'), 0))) {
    if (registered.has(code) || (Object.hasOwn(translationLoaders, code) && !failed.has(code))) return code;
  }
  return 'en';
}

/**
 * Loads a shipped language that is not registered yet and registers it. Returns the pending load, or undefined when
 * there is nothing to wait for (English, registered, not shipped, or its load failed: then the words stay English).
 */
export function loadTranslation(locale: string): Promise<void> | undefined {
  if (locale === 'en' || registered.has(locale) || failed.has(locale) || !Object.hasOwn(translationLoaders, locale)) return undefined;
  let load = loading.get(locale);
  if (!load) {
    load = translationLoaders[locale]!().then(
      (translation) => registerTranslation(translation),
      (error: unknown) => {
        failed.add(locale);
        console.warn(`order-widgets: the "${locale}" translation could not be loaded; the elements speak English.`, error);
      },
    );
    loading.set(locale, load);
    void load.finally(() => loading.delete(locale));
  }
  return load;
}

/**
 * The template of `key` in the English `group` for the locale: the registered translation's, else English. A missing
 * key warns once per locale, not once per key.
 */
export function messageTemplate<K extends string, T extends MessageTemplate>(
  locale: string,
  group: MessageGroup,
  english: Readonly<Record<K, T>>,
  key: K,
): T {
  if (locale === 'en') return english[key];
  // A host's translation in plain JavaScript may lack a group or a key (and never lends a key from Object.prototype).
  const messages = registered.get(locale)?.[group] as Readonly<Record<string, T>> | undefined;
  if (messages && Object.hasOwn(messages, key)) return messages[key]!;
  warnOnce(locale, key, group);
  return english[key];
}

function warnOnce(locale: string, key: string, group: MessageGroup): void {
  // A load under way: nothing is missing yet (an element asking before its first render).
  if (warned.has(locale) || loading.has(locale)) return;
  warned.add(locale);
  console.warn(
    registered.has(locale)
      ? `order-widgets: the "${locale}" translation lacks "${key}" (${group}) and maybe more; what it lacks shows in English.`
      : `order-widgets: no "${locale}" translation is registered (order-widgets/translations/${locale} registers it on import); messages show in English.`,
  );
}
