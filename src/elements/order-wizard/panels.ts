// The wizard's fixed parts around the step: step list, error summary, price panel, notices, confirmation, errors.
import { html, nothing } from 'lit';
import type { CatalogSource } from '../../controllers/catalog-source-controller.js';
import type { OrderPrice } from '../../core/pricing.js';
import type { StepId } from '../../core/wizard-steps.js';
import type { SubmissionState } from '../../core/wizard-submission.js';
import type { FieldId } from '../../core/wizard-view.js';
import { formatGigabytes, formatNumber } from '../../i18n/format.js';
import type { OrderWizardMessageKey } from '../../i18n/order-wizard.messages.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import { describeCatalogIssue, formatCatalogIssues } from '../../i18n/describe-issue.js';
import type { FetchStatus } from '../order-status-badge/order-status-badge.js';

type T = (key: OrderWizardMessageKey, params?: MessageParams) => string;

export interface StepListView {
  t: T;
  steps: readonly StepId[];
  /** Each step's name in the list. */
  name(step: StepId): string;
  current: StepId;
  /** The steps shown as completed: valid and visited (see `completedAndVisited`). */
  done: ReadonlySet<StepId>;
  canVisit(step: StepId): boolean;
  go(step: StepId): void;
}

/**
 * The step list: done / current / to do by shape (a tick, a ring, a number) and in words for screen readers,
 * `aria-current="step"`, steps that may be visited as buttons. Narrow, only the marks show (the step count and the
 * heading name the step).
 */
export function stepList({ t, steps, name: stepName, current, done, canVisit, go }: StepListView) {
  // One template per kind of step, no white space between its blocks (flex items) but the one that separates the
  // step's name from its state when read out ("Storage (not completed)"): the list is on every first step.
  return html`<nav class="steps" aria-label=${t('steps-label')}><ol>${steps.map((step, index) => {
    const state = step === current ? 'current' : done.has(step) ? 'done' : 'todo';
    const number = index + 1;
    const name = stepName(step);
    const said = `(${t(`step-${state}`)})`;
    if (state === 'current') {
      return html`<li part="step" class="step current"><span class="step-label" aria-current="step"><span class="step-number" aria-hidden="true"
        >${number}</span><span class="step-name">${name}</span> <span class="step-state visually-hidden">${said}</span></span></li>`;
    }
    if (canVisit(step)) {
      return html`<li part="step" class="step ${state}"><button type="button" class="step-label link" @click=${() => go(step)}><span class="step-number"
        aria-hidden="true">${number}</span><span class="step-name">${name}</span> <span class="step-state visually-hidden">${said}</span></button></li>`;
    }
    return html`<li part="step" class="step ${state}"><span class="step-label"><span class="step-number" aria-hidden="true">${number}</span><span
      class="step-name">${name}</span> <span class="step-state visually-hidden">${said}</span></span></li>`;
  })}</ol></nav>`;
}

export interface SummaryEntry {
  field: FieldId | undefined;
  text: string;
}

/**
 * The GOV.UK error summary: a heading and one link per problem; each link focuses its field. The alert role sits on an
 * element inside the focusable box, as GOV.UK Frontend has it since 4.4 (JAWS read only the heading of an alert that
 * was also named by it). It lists the last attempt's problems until the next one (GOV.UK's rule), says so, and crosses
 * out those fixed since (`now`: the problems as they are): a change of style, not of the alert's words, which screen
 * readers would read out again at each keystroke.
 */
export function errorSummary(t: T, entries: readonly SummaryEntry[], now: readonly SummaryEntry[], focusField: (field: FieldId | undefined) => void) {
  if (!entries.length) return nothing;
  return html`<div part="error" class="error-summary" tabindex="-1">
    <div role="alert">
      <h3 class="error-summary-title">${t('error-summary-title')}</h3>
      <p class="hint">${t('error-summary-last-attempt')}</p>
      <ul class="plain">
        ${entries.map(({ field, text }) => {
          const fixed = !now.some((entry) => entry.field === field && entry.text === text);
          return html`<li class=${fixed ? 'fixed' : ''}><a
            href=${`#${field ?? 'step-heading'}`} @click=${(event: Event) => {
              event.preventDefault();
              focusField(field);
            }}>${text}</a></li>`;
        })}
      </ul>
    </div>
  </div>`;
}

/** The items, the monthly total, the tax (added to net prices, or the part of gross ones) and the hourly amount. */
function priceItems(t: T, locale: Locale, price: OrderPrice, money: (amount: string, fractionDigits?: number) => string) {
  const label = (item: OrderPrice['items'][number]) =>
    item.id === 'base' ? t('price-base')
      : item.id === 'node' ? t('price-node', { size: item.quantity > 1 ? `${item.quantity} × ${item.label}` : item.label })
        : item.id === 'storage' ? t('price-storage', { gb: formatGigabytes(item.quantity, locale) })
          : item.quantity > 1 ? `${item.label} (${item.quantity} ×)` : item.label;
  const { tax } = price;
  const rate = tax ? { rate: tax.ratePercent.replace('.', formatNumber(1.5, locale).charAt(1)), label: tax.label } : undefined;
  const hourly = price.show !== 'monthly'
    ? html`<p class="hint price-hourly">${t('price-hourly', { amount: money(tax && !tax.included ? price.hourly.gross : price.hourly.total, price.hourly.digits) })}</p>`
    : nothing;
  return html`<dl class="price-items">
      ${price.items.map((item) => html`<div class="price-row"><dt>${label(item)}</dt><dd>${money(item.amount)}</dd></div>`)}
      <div class="price-row total"><dt>${t('price-total')}</dt><dd class="price-total">${money(price.total)}</dd></div>
      ${tax && rate
        ? tax.included
          ? html`<div class="price-row tax"><dt>${t('price-tax-included', rate)}</dt><dd>${money(tax.amount)}</dd></div>`
          : html`<div class="price-row tax"><dt>${t('price-tax-added', rate)}</dt><dd>${money(tax.amount)}</dd></div>
              <div class="price-row total gross"><dt>${t('price-gross', rate)}</dt><dd class="price-gross">${money(price.gross)}</dd></div>`
        : nothing}
    </dl>
    ${hourly}`;
}

/**
 * The itemised monthly price under the chosen configuration (`config`: the service and version, the region). The live
 * region next to it says the new total when it changes.
 */
export function pricePanel(t: T, locale: Locale, price: OrderPrice | undefined, money: (amount: string, fractionDigits?: number) => string, announcement: string, config: readonly string[] = []) {
  return html`<aside class="price" aria-labelledby="price-heading"><h2 class="price-heading" id="price-heading">${t('price-heading')}</h2
    >${config.length ? html`<ul class="plain price-config">${config.map((line) => html`<li>${line}</li>`)}</ul>` : nothing
    }${price?.items.length ? priceItems(t, locale, price, money) : html`<p class="hint">${t('price-empty')}</p>`
    }<div class="visually-hidden" role="status" aria-live="polite">${announcement}</div></aside>`;
}

/** The itemised total beside "Place order now": what the order costs, options and tax included. */
export function orderTotal(t: T, locale: Locale, price: OrderPrice, money: (amount: string, fractionDigits?: number) => string) {
  if (!price.items.length) return nothing;
  return html`<section class="order-total" aria-labelledby="order-total-heading">
    <h3 class="subheading" id="order-total-heading">${t('price-heading')}</h3>
    ${priceItems(t, locale, price, money)}
  </section>`;
}

export interface SubmitFailureView {
  t: T;
  kind: 'timeout' | 'message' | 'invalid-response';
  message?: string | undefined;
  busy: boolean;
  retry(): void;
}

/** "We could not confirm your order" with the reason and "Try again" (same idempotency key). */
export function submitFailure({ t, kind, message, busy, retry }: SubmitFailureView) {
  const reason = kind === 'timeout' ? t('submit-timeout') : kind === 'invalid-response' ? t('submit-invalid-response') : '';
  return html`<div part="error" class="notice notice-error" role="alert">
    <h3>${t('submit-failed-title')}</h3>
    ${reason ? html`<p>${reason}</p>` : nothing}
    ${message ? html`<p>${t('submit-host-message', { message })}</p>` : nothing}
    <p>${t('submit-failed-body')}</p>
    <button type="button" class="button secondary retry" aria-busy=${busy ? 'true' : 'false'} @click=${retry}>${t('retry')}</button>
  </div>`;
}

/** No listener called `respondWith`: an integrator error the customer can see, never a fake success. */
export function noResponder(t: T) {
  return html`<div part="error" class="notice notice-error integrator-error" role="alert">
    <h3>${t('no-responder-title')}</h3>
    <p>${t('no-responder-body')}</p>
  </div>`;
}

/** Choices the catalog no longer has, as the customer should hear it. */
export function clearedNotice(t: T, lines: readonly string[]) {
  if (!lines.length) return nothing;
  return html`<div class="notice notice-warning" role="status">
    <h3>${t('cleared-title')}</h3>
    <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
  </div>`;
}

export interface ConfirmationView {
  t: T;
  orderId: string | undefined;
  fetchStatus: FetchStatus | undefined;
  /** What was ordered with its monthly price; undefined when the draft is gone (the page was reloaded since). */
  recap: unknown;
  /** The order status page (`status-url` with the id filled in). */
  statusUrl: string | undefined;
  /** The order's status stream for the badge (`status-stream-url` with the id filled in). */
  streamUrl: string | undefined;
  /** The catalog's support link, offered by the badge if the order fails. */
  supportUrl: string | undefined;
}

/**
 * The confirmation after placing: the order number, what was ordered and what it costs a month, its live status
 * (without the number again), what happens next and the link to the order status page.
 */
export function confirmation({ t, orderId, fetchStatus, recap, statusUrl, streamUrl, supportUrl }: ConfirmationView) {
  return html`<section part="step" class="step-panel confirmation" aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1">${t('placed-heading')}</h2>
    ${orderId
      ? html`<p class="order-id">${t('placed-order-id', { orderId })}</p>
          <p>${t('placed-status')}</p>
          <order-status-badge order-id=${orderId} hide-order-id support-url=${supportUrl ?? nothing} status="received" ?live=${!!(fetchStatus || streamUrl)} .fetchStatus=${fetchStatus} stream-url=${streamUrl ?? nothing}></order-status-badge>
          <p class="placed-next">${t('placed-next')}</p>
          ${statusUrl ? html`<p><a class="status-link" href=${statusUrl}>${t('placed-status-link')}</a></p>` : nothing}
          ${recap ? html`<h3 class="subheading">${t('placed-recap-heading')}</h3>${recap}` : nothing}`
      : html`<p>${t('placed-before')}</p>`}
  </section>`;
}

/**
 * Moves focus to the field an error summary's link names: a radiogroup's tab stop (else its first radio), a child
 * element through its own `focus()` (the picker's size, the editor's entry at fault), an input; the step heading
 * when no field holds the problem.
 */
export function focusField(root: ShadowRoot, field: FieldId | undefined): void {
  const target = root.getElementById(field ?? 'step-heading');
  const radio = target?.getAttribute('role') === 'radiogroup'
    ? (target.querySelector<HTMLElement>('[role=radio][tabindex="0"]') ?? target.querySelector<HTMLElement>('[role=radio]'))
    : undefined;
  (radio ?? target)?.focus();
}

/** While the catalog loads: a status line; when it cannot be used: the integrator error. Nothing when it is ready. */
export function catalogState(t: T, source: CatalogSource) {
  if (source.status === 'loading') return html`<p part="base" class="base" role="status">${t('catalog-loading')}</p>`;
  if (source.status !== 'invalid') return undefined;
  // Not loaded, or too large: where from, for the customer; why, for the integrator.
  const failure = source.issues.find((issue) => issue.code === 'catalog-fetch-failed' || issue.code === 'catalog-too-large');
  const details = failure ? `${t('catalog-fetch-failed', { url: source.url ?? '' })}\n${describeCatalogIssue(failure)}` : formatCatalogIssues(source.issues);
  return configError(t, details);
}

/** An integrator-readable error for a catalog that cannot be used: the paths and problems, and nothing to order. */
export function configError(t: T, details: string) {
  return html`<div part="base" class="base config-error" role="alert">
    <h2>${t('config-error-title')}</h2>
    <p>${t('config-error-body')}</p>
    <pre class="details">${details}</pre>
  </div>`;
}

export interface ActionsView {
  t: T;
  first: boolean;
  summary: boolean;
  submission: SubmissionState;
  busy: boolean;
  noResponder: boolean;
  back(): void;
  next(): void;
  place(): void;
}

/** Back and Next, or "Place order now" (busy while waiting) with what went wrong with the last attempt. */
export function actions({ t, first, summary, submission, busy, noResponder: none, back, next, place }: ActionsView) {
  const { status, failure } = submission;
  return html`${summary && status === 'failed' && failure && failure.kind !== 'field-errors'
      ? submitFailure({ t, kind: failure.kind, message: failure.kind === 'message' ? failure.message : undefined, busy, retry: place })
      : nothing}${summary && none ? noResponder(t) : nothing}<div class="actions">${first ? nothing : html`<button type="button" class="button secondary back"
      @click=${back}>${t('back')}</button>`}${summary
        ? html`<button type="button" class="button primary place-order" aria-busy=${busy ? 'true' : 'false'} @click=${place}>${t('place-order')}</button>`
        : html`<button type="button" class="button primary next" @click=${next}>${t('next')}</button>`
      }<span class="visually-hidden" role="status">${busy ? t('placing-order') : ''}</span></div>`;
}
