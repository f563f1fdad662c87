// What a page in another language must not show: the English words of every message that language words differently.
// Shared by the language tests (shipped-languages.test.ts, pseudo-locale.test.ts).
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import type { MessageTemplate } from '../../src/i18n/translate.js';
import type { MessageGroup, Translation } from '../../src/i18n/translations.js';
import { ENGLISH } from './english-messages.js';

/** The built-in catalog's own texts ("Keycloak as a Service"): the catalog's, in its one language, not ours to check. */
export const CATALOG_TEXTS = (function collect(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 3 ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(collect);
  return [];
})(builtInCatalog).sort((a, b) => b.length - a.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string, flags = 'u') => new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, flags);

/** A function that takes each of `texts` out of a text where it stands as whole words (longest first). */
export function textRemover(texts: readonly string[]): (text: string) => string {
  const patterns = [...new Set(texts)].filter(Boolean).sort((a, b) => b.length - a.length).map((each) => wordPattern(each, 'gu'));
  return (text) => patterns.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
const withoutCatalogTexts = textRemover(CATALOG_TEXTS);

// Whole words only: "Add" in "Address" is not the button's word.
export const hasWord = (text: string, word: string) => wordPattern(word).test(text);

/** The English words of `english` that `text` shows, outside the catalog's texts. */
export const englishIn = (text: string, english: string[]) => {
  const rest = withoutCatalogTexts(text);
  return english.filter((word) => hasWord(rest, word));
};

const textsOf = (template: MessageTemplate) => (typeof template === 'string' ? [template] : Object.values(template));

/**
 * The English words a page in `translation`'s language must not show: every piece of English text between placeholders
 * ("Step", "Next"; "of" is too short to tell), of every message the language words differently (or lacks).
 */
export function englishWords(translation: Translation): string[] {
  // Terms every language uses (RAM, vCPU, CIDR) are no sign of English.
  const all = (Object.keys(ENGLISH) as MessageGroup[])
    .flatMap((group) => Object.values(translation[group] as Readonly<Record<string, MessageTemplate>>).flatMap(textsOf))
    .join('\n');
  const words = new Set<string>();
  for (const [group, english] of Object.entries(ENGLISH) as [MessageGroup, Readonly<Record<string, MessageTemplate>>][]) {
    for (const key of Object.keys(english)) {
      const own = (translation[group] as Readonly<Record<string, MessageTemplate>>)[key];
      const translated = own === undefined ? [] : textsOf(own);
      for (const text of textsOf(english[key]!)) {
        if (translated.includes(text)) continue;
        for (const piece of text.split(/\{\w+\}/)) {
          const word = piece.trim().replace(/^[\s,.:;()“”"]+|[\s,.:;()“”"]+$/g, '');
          if (/\p{L}{3}/u.test(word) && !hasWord(all, word)) words.add(word);
        }
      }
    }
  }
  return [...words];
}
