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

const hosts = new Set<LocaleController<string>>();
let observer: MutationObserver | undefined;

// One observer for the whole document: any `lang` change may concern any element below it.
function watch(controller: LocaleController<string>): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of hosts) each.refresh();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController<string>): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its locale (its own `lang`, else the nearest ancestor's, else the document's) and its messages in
 * that locale, with the host's `messages` property overriding any of them. Re-renders the host when the locale changes.
 */
export class LocaleController<K extends string> implements ReactiveController {
  #locale: Locale = 'en';

  constructor(
    private readonly host: LocaleHost,
    private readonly catalogs: Readonly<Record<Locale, Readonly<Record<K, MessageTemplate>>>>,
  ) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    this.#locale = toLocale(resolveLang(this.host));
    watch(this as LocaleController<string>);
  }

  hostDisconnected(): void {
    unwatch(this as LocaleController<string>);
  }

  /** Re-reads the locale; the host calls it from `updated` when its own `lang` changed inside a shadow root. */
  refresh(): void {
    const next = toLocale(resolveLang(this.host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.host.requestUpdate();
    }
  }

  /** The message for `key` in the current locale, host override first. */
  t(key: K, params?: MessageParams): string {
    const override = this.host.messages?.[key];
    const template = override ?? this.catalogs[this.#locale][key] ?? this.catalogs.en[key];
    return interpolate(template, params, this.#locale);
  }
}
