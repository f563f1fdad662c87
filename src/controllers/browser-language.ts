// The opt-in to the browser's languages. A module of its own: the elements carry only the hook it sets.
import { toLocale } from '../i18n/translations.js';
import { setPageDefaultLang } from './locale-controller.js';

/** The first of the browser's languages the elements speak (English, shipped or registered), or '' when none is. */
function browserLang(): string {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  return tags.find((tag) => /^en(?:[-_]|$)/i.test(tag) || toLocale(tag) !== 'en') ?? '';
}

const follow = () => setPageDefaultLang(browserLang);

/**
 * Opt-in, off by default: when neither an element nor its ancestors nor the document name a language, the elements
 * speak the first of the browser's languages (`navigator.languages`) that they know (English, a shipped language or
 * a registered one), else English. Elements on the page follow at once, and again when the browser's languages change.
 * A `lang` on the page always wins: the page's language is what its own text is written in.
 */
export function setFollowBrowserLanguage(enabled: boolean): void {
  if (enabled) window.addEventListener('languagechange', follow);
  else window.removeEventListener('languagechange', follow);
  setPageDefaultLang(enabled ? browserLang : undefined);
}
