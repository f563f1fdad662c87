import { LitElement, html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult } from 'lit';
import { LangController } from '../../controllers/locale-controller.js';
import { LiveStatusController, resolveWebLink, type FetchStatus } from '../../controllers/live-status-controller.js';
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_REQUEST_TIMEOUT_MS } from '../../core/status-polling.js';
import { orderStatusMessagesEn, type OrderStatusMessageKey, type OrderStatusMessages } from '../../i18n/order-status.messages.js';
import { fillPlaceholders, type Locale } from '../../i18n/translate.js';
import { messageTemplate } from '../../i18n/translations.js';
import { toOrderStatus, type OrderStatus, type StatusAnswer } from '../../schema/order-status.js';
import type { TargetedEvent } from '../element-events.js';
import { styles } from './order-status-badge.styles.js';

export type { FetchedStatus, FetchStatus } from '../../controllers/live-status-controller.js';

export interface OrderStatusChangeDetail {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly previous: OrderStatus;
}
export type OrderStatusChangeEvent = CustomEvent<OrderStatusChangeDetail>;

// 24×24, stroked in currentColor; the shape differs per status so that colour is never the only signal.
const ICONS: Record<OrderStatus, SVGTemplateResult> = {
  received: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="3" fill="currentColor"/>`,
  provisioning: svg`<circle cx="12" cy="12" r="9" opacity="0.3"/><path class="spin" d="M12 3a9 9 0 0 1 9 9"/>`,
  ready: svg`<circle cx="12" cy="12" r="9"/><path d="m8 12.5 2.8 2.8L16.5 9.5"/>`,
  failed: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5"/><circle cx="12" cy="16.5" r="0.6" fill="currentColor"/>`,
  cancelled: svg`<circle cx="12" cy="12" r="9"/><path d="m5.7 18.3 12.6-12.6"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M9.6 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-1 .8-1 1.5v.4"/><circle cx="12" cy="16.8" r="0.6" fill="currentColor"/>`,
};

function formatTime(iso: string | undefined, locale: Locale): string | undefined {
  const date = new Date(iso ?? '');
  return Number.isNaN(date.getTime()) ? undefined : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * @summary Shows an order's provisioning status as text, icon and colour; optionally follows it live (pushed by a status
 * stream, or polled) and announces changes.
 *
 * Statuses: `received`, `provisioning`, `ready`, `failed`, `cancelled` (the portal's `new`, `processing`, `DONE` are
 * read as aliases); anything else shows as "Unknown". With `order-id` set and a status that is not final, the badge
 * follows the order: by its status stream with `stream-url` (Server-Sent Events, `status` events; reconnecting with
 * backoff and jitter, resuming after the last event id), by polling `fetchStatus` without a stream or while the stream is
 * down: at once, then every `poll-interval` ms, backing off with jitter after failures. While the status may be out of
 * date it shows "Connection lost — retrying…" next to the last known status, and at once when the browser goes offline.
 * Polling pauses while the page is hidden; everything pauses while offline and resumes at once when online; it stops on
 * a final status or when removed from the DOM.
 *
 * @fires {CustomEvent<OrderStatusChangeDetail>} order-status-change - A pushed or polled answer changed the status
 *   (including the first answer, if it differs from the status shown before). Not fired when the host sets `status` itself. Detail
 *   `{ orderId, status, previous }`; bubbles, composed, not cancelable.
 * @attr {string} lang - Language of the element's texts: German (`de`, also `de-CH`, …), French (`fr`), Dutch (`nl`),
 *   Polish (`pl`), one registered with `registerTranslation`, else English. Without it, the nearest ancestor's `lang`,
 *   else the document's, else the browser's if the page opted in (`setFollowBrowserLanguage`); followed at once.
 *
 * @csspart base - The badge box.
 * @csspart icon - The status icon (decorative, `aria-hidden`).
 * @csspart label - The status text.
 * @csspart message - The server's message, when there is one.
 *
 * @cssprop [--order-status-badge-radius=var(--ow-radius)] - Corner radius.
 * @cssprop [--order-status-badge-padding=calc(var(--ow-space) * 0.75) var(--ow-space)] - Inner padding.
 * @cssprop [--order-status-badge-gap=var(--ow-space)] - Space between icon and text.
 * @cssprop [--order-status-badge-background=var(--ow-color-surface)] - Background.
 * @cssprop [--order-status-badge-icon-size=1.25em] - Icon size.
 * @cssprop [--order-status-badge-color-received=var(--ow-color-info)] - Colour of `received`.
 * @cssprop [--order-status-badge-color-provisioning=var(--ow-color-warning)] - Colour of `provisioning`.
 * @cssprop [--order-status-badge-color-ready=var(--ow-color-success)] - Colour of `ready`.
 * @cssprop [--order-status-badge-color-failed=var(--ow-color-danger)] - Colour of `failed`.
 * @cssprop [--order-status-badge-color-cancelled=var(--ow-color-text-muted)] - Colour of `cancelled`.
 * @cssprop [--order-status-badge-color-unknown=var(--ow-color-text-muted)] - Colour of an unknown status.
 */
export class OrderStatusBadge extends LitElement {
  static override styles = styles;

  // `static properties` rather than decorators: the badge is often loaded alone, and the decorator code is its weight.
  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    orderId: { attribute: 'order-id' },
    hideOrderId: { type: Boolean, attribute: 'hide-order-id' },
    supportUrl: { attribute: 'support-url' },
    live: { type: Boolean, reflect: true },
    message: {},
    updatedAt: { attribute: 'updated-at' },
    fetchStatus: { attribute: false },
    streamUrl: { attribute: 'stream-url' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    messages: { attribute: false },
  };

  /** The status (reflected); polling sets it. Unknown values show as "Unknown", always as text. */
  status = '';
  /** The order's id, shown as "Order {id}" and passed to `fetchStatus`. */
  orderId = '';
  /** Leaves "Order {id}" out, where the page shows the id already (a table's order column, a confirmation). */
  hideOrderId = false;
  /** Where a failed order gets help (the catalog's `support`): a link "Open a support ticket" next to the advice. */
  supportUrl: string | undefined;
  /** Announces changes: gives the status text `role="status"` (a polite live region). */
  live = false;
  /** Secondary text from the server; polling sets it from the answer. */
  message: string | undefined;
  /** When the status last changed (ISO 8601), shown as a localised date and time; polling sets it. */
  updatedAt: string | undefined;
  /** `(orderId, { signal }) => Promise<{ status, message?, updatedAt? }>`: when set, the badge polls it. */
  fetchStatus: FetchStatus | undefined;
  /** The order's status stream (Server-Sent Events): a URL relative to the page, or http(s); the badge follows it. */
  streamUrl: string | undefined;
  /** Steady polling interval in ms (default 5000); also where the stream's reconnect backoff starts. */
  pollInterval = DEFAULT_POLL_INTERVAL_MS;
  /** A request without an answer after this many ms (default 10000) is aborted and counts as failed. */
  requestTimeout = DEFAULT_REQUEST_TIMEOUT_MS;
  /** Overrides of any message by key (e.g. `failed-advice`), in every locale: plain text, same `{…}` placeholders. */
  messages: OrderStatusMessages | undefined;

  readonly #lang = new LangController(this);

  readonly #live = new LiveStatusController(this, (answer) => this.#applyAnswer(answer));

  /** True while the status may be out of date: offline, polls failing, or the stream down with nothing to poll (read-only). */
  get reconnecting(): boolean {
    return this.#live.reconnecting;
  }

  // Its own `lang`: at once, so that `await badge.updateComplete` after setting it finds the badge in that language.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#lang.refresh();
  }

  // Waits for the language's module when it is loaded on demand: the first render is already in that language.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#lang.schedule(() => super.scheduleUpdate());
  }

  /** The message for `key` in the current locale, the host's override first. */
  #t(key: OrderStatusMessageKey, params?: Readonly<Record<string, string>>): string {
    return fillPlaceholders(this.messages?.[key] ?? messageTemplate(this.#lang.locale, 'orderStatus', orderStatusMessagesEn, key), params);
  }

  #applyAnswer(answer: StatusAnswer): void {
    const previous = toOrderStatus(this.status);
    this.status = answer.status;
    this.message = answer.message;
    this.updatedAt = answer.updatedAt;
    if (answer.status === previous) return;
    const detail: OrderStatusChangeDetail = { orderId: this.orderId, status: answer.status, previous };
    this.dispatchEvent(new CustomEvent('order-status-change', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const status = toOrderStatus(this.status);
    const time = formatTime(this.updatedAt, this.#lang.locale);
    return html`
      <div part="base" class="base" data-status=${status}>
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[status]}</svg>
        <div class="text">
          <div class="live" role=${this.live ? 'status' : nothing}>
            <span part="label" class="label">${this.#t(`status-${status}`)}</span>
            ${this.orderId && !this.hideOrderId ? html`<span class="order">${this.#t('order', { orderId: this.orderId })}</span>` : nothing}
            ${this.message ? html`<span part="message" class="message">${this.message}</span>` : nothing}
            ${status === 'failed' ? html`<span class="advice">${this.#t('failed-advice')}</span>` : nothing}
            ${status === 'failed' && resolveWebLink(this.supportUrl)
              ? html`<a class="support" href=${this.supportUrl}>${this.#t('support-link')}</a>`
              : nothing}
            ${this.reconnecting ? html`<span class="reconnecting">${this.#t(this.#live.offline ? 'offline' : 'reconnecting')}</span>` : nothing}
          </div>
          ${time ? html`<time class="time" datetime=${this.updatedAt ?? ''}>${this.#t('updated-at', { time })}</time>` : nothing}
        </div>
      </div>
    `;
  }
}

/** The events of `<order-status-badge>` as a listener on the badge gets them: with their detail, the badge as `currentTarget`. */
export interface OrderStatusBadgeEventMap extends HTMLElementEventMap {
  'order-status-change': TargetedEvent<OrderStatusBadge, OrderStatusChangeEvent>;
}

export interface OrderStatusBadge {
  addEventListener<K extends keyof OrderStatusBadgeEventMap>(type: K, listener: (this: OrderStatusBadge, event: OrderStatusBadgeEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof OrderStatusBadgeEventMap>(type: K, listener: (this: OrderStatusBadge, event: OrderStatusBadgeEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'order-status-badge': OrderStatusBadge;
  }
  // Shared by every element, `document` and `window`: typed wherever the event bubbles to.
  interface GlobalEventHandlersEventMap {
    'order-status-change': OrderStatusChangeEvent;
  }
}
