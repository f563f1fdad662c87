import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate, toLocale, type Locale, type MessageParams, type MessageTemplate } from '../i18n/translate.js';

export type MessageOverrides = Partial<Record<string, MessageTemplate>>;

type LocaleHost = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides | undefined };

/** Walks up from the element, through shadow roots to their hosts, to the nearest `lang`; then the document's. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement.lang ?? '';
}

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

// One observer for the whole document: any `lang` change may concern any element below it. A host's own `lang` is
// each element's to watch (`observedAttributes`): the observer would miss it inside a shadow root, and it reports a
// microtask late, after a host's `await element.updateComplete` has already resumed.
function watch(controller: LangController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of hosts) each.refresh();
    });
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its locale (its own `lang`, else the nearest ancestor's, else the document's) and re-renders the
 * host when it changes. `LocaleController` adds the element's messages; an element whose messages are plain text
 * (the status badge) takes this one alone and so ships without number formatting and plural rules.
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

  /** Re-reads the locale; the observer calls it on a change of a `lang` above, the host on a change of its own. */
  refresh(): void {
    const next = toLocale(resolveLang(this.host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.host.requestUpdate();
    }
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
    private readonly catalogs: Readonly<Record<Locale, Readonly<Record<K, MessageTemplate>>>>,
  ) {
    super(host);
  }

  /** The message for `key` in the current locale, host override first. */
  t(key: K, params?: MessageParams): string {
    const override = this.host.messages?.[key];
    const template = override ?? this.catalogs[this.locale][key] ?? this.catalogs.en[key];
    return interpolate(template, params, this.locale);
  }
}
