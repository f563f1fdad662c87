import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate, type Locale, type MessageParams, type MessageTemplate } from '../i18n/translate.js';
import { loadTranslation, messageTemplate, onTranslationRegistered, toLocale, type MessageGroup } from '../i18n/translations.js';

export type MessageOverrides = Partial<Record<string, MessageTemplate>>;

type LocaleHost = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides | undefined };

// What a page that names no language speaks: '' (English) unless it opted in (`setFollowBrowserLanguage`, a module of
// its own so that a page that does not opt in ships none of it).
let pageDefault: (() => string) | undefined;

/** Sets what a page that names no language speaks, and re-reads every element's locale. Internal. */
export function setPageDefaultLang(get: (() => string) | undefined): void {
  pageDefault = get;
  refreshAll();
}

/**
 * Walks up from the element, through shadow roots to their hosts, to the nearest `lang`; then the document's; then,
 * if the page opted in (`setFollowBrowserLanguage`), the browser's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement.lang || (pageDefault?.() ?? '');
}

const hosts = new Set<LangController>();
const refreshAll = () => {
  for (const each of hosts) each.refresh();
};
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

// One observer for the whole document: any `lang` change may concern any element below it. A host's own `lang` is
// each element's to watch (`observedAttributes`): the observer would miss it inside a shadow root, and it reports a
// microtask late, after a host's `await element.updateComplete` has already resumed. A translation registered later
// (a host's own language, new words, a language loaded on demand) may concern any element too.
function watch(controller: LangController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    unsubscribe = onTranslationRegistered((code) => {
      for (const each of hosts) each.refresh(code);
    });
  }
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    unsubscribe?.();
    unsubscribe = undefined;
  }
}

/**
 * Gives an element its locale (its own `lang`, else the nearest ancestor's, else the document's) and re-renders the
 * host when it changes. A shipped language that is not registered yet is loaded on demand: the host's
 * `scheduleUpdate` waits for it through `schedule`, so that the host never shows English first. `LocaleController`
 * adds the element's messages; an element whose messages are plain text (the status badge) takes this one alone and so
 * ships without number formatting and plural rules.
 */
export class LangController implements ReactiveController {
  #locale: Locale = 'en';

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    this.#locale = toLocale(resolveLang(this.host));
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /**
   * Re-reads the locale; the observer calls it on a change of a `lang` above, the host on a change of its own.
   * `registered`: the code of a translation just registered, whose words are new even if the locale stays.
   */
  refresh(registered?: string): void {
    const next = toLocale(resolveLang(this.host));
    if (next !== this.#locale || next === registered) {
      this.#locale = next;
      this.host.requestUpdate();
    }
  }

  /**
   * For the host's `scheduleUpdate`: runs `update` once the locale's language is there (at once, unless a shipped
   * language is still loading). Lit awaits what this returns, so `updateComplete` includes the wait.
   */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    const loading = loadTranslation(this.#locale);
    // Again after the wait: the locale may have changed meanwhile.
    return loading ? loading.then(() => this.schedule(update)) : update();
  }
}

/**
 * Gives an element its locale (as `LangController`) and its messages in that locale, with the host's `messages`
 * property overriding any of them. Re-renders the host when the locale changes.
 */
export class LocaleController<K extends string> extends LangController {
  declare readonly host: LocaleHost;

  constructor(
    host: LocaleHost,
    private readonly group: MessageGroup,
    private readonly english: Readonly<Record<K, MessageTemplate>>,
  ) {
    super(host);
  }

  /** The message for `key` in the current locale, host override first, then the translation, then English. */
  t(key: K, params?: MessageParams): string {
    const override = this.host.messages?.[key];
    const template = override ?? messageTemplate(this.locale, this.group, this.english, key);
    return interpolate(template, params, this.locale);
  }
}

/**
 * A `LocaleController` that also keeps the language tag as the page writes it (`de-AT`, `fr`, "" for none), for
 * catalog texts: a catalog may have words for a region or a language the elements' messages do not. A change of the
 * tag alone (`de` to `de-AT`) re-renders the host too.
 */
export class CatalogLocaleController<K extends string> extends LocaleController<K> {
  #tag = '';

  get tag(): string {
    return this.#tag;
  }

  override hostConnected(): void {
    super.hostConnected();
    this.#tag = resolveLang(this.host);
  }

  override refresh(registered?: string): void {
    const tag = resolveLang(this.host);
    if (tag !== this.#tag) {
      this.#tag = tag;
      this.host.requestUpdate();
    }
    super.refresh(registered);
  }
}
