import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogSourceController, type CatalogSource } from '../../controllers/catalog-source-controller.js';
import { CatalogLocaleController } from '../../controllers/locale-controller.js';
import { OrderSubmitController } from '../../controllers/order-submit-controller.js';
import { RadioGroupsController } from '../../controllers/radio-groups-controller.js';
import { WizardFlowController } from '../../controllers/wizard-flow-controller.js';
import { catalogInLocale, type CatalogInLocale } from '../../core/localized-text.js';
import { validateOrder } from '../../core/order-validation.js';
import { priceOrder, type OrderPrice } from '../../core/pricing.js';
import { buildOrder, draftFromPreset, emptyDraft, reconcileDraft, type ClearedChoice, type OrderDraft } from '../../core/wizard-draft.js';
import {
  autoChoices, canVisit, completedAndVisited, fixedService, stepsFor, stepStatus, VALIDATION_KEY, type StepId, type StepStatus,
} from '../../core/wizard-steps.js';
import type { SubmissionState } from '../../core/wizard-submission.js';
import {
  hasPrice, persistKeyFor, persistMode, readPresetAttribute, serviceDefaults, statusUrlFor, unknownServiceIssue, type StepProblem,
} from '../../core/wizard-view.js';
import { formatPrice, preparePriceFormats } from '../../i18n/format.js';
import { orderWizardMessagesEn, type OrderWizardMessageKey, type OrderWizardMessages } from '../../i18n/order-wizard.messages.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import { findService, type Catalog, type CatalogInput } from '../../schema/catalog.js';
import type { Issue } from '../../schema/issues.js';
import type { Order } from '../../schema/order.js';
import type { SubmitOrder } from '../../controllers/order-submit-controller.js';
import type { FetchStatus } from '../order-status-badge/order-status-badge.js';
import type { ResolveClientAddress } from '../trusted-sources-editor/trusted-sources-editor.js';
import { clearedText, issueText } from './issue-text.js';
import { styles } from './order-wizard.styles.js';
import * as panels from './panels.js';
import { stepContent, type BillingProfileOption, type RadioGroupName, type StepView } from './steps/index.js';
import { orderRecap } from './steps/summary.js';
import { wizardCatalogContext, wizardDraftContext, wizardLocaleContext } from './wizard-context.js';

import type { TargetedEvent } from '../element-events.js';
import { afterNextPaint, nextTask } from '../tasks.js';
import type {
  OrderChangeDetail, OrderConfigErrorDetail, OrderConfigErrorSource, OrderPlacedDetail, OrderReadyDetail, OrderStepChangeDetail,
  OrderSubmitDetail,
} from './events.js';

export type { BillingProfileOption } from './steps/index.js';
export type * from './events.js';

const NOTHING_DONE: ReadonlySet<StepId> = new Set();

/**
 * @summary The whole ordering flow: service and version, node size, storage, trusted sources, region, invoice profile,
 * summary with documents, "Place order now", then the order's live status.
 *
 * Works out of the box with the built-in catalog. Never talks to a backend: the host sets `submitOrder`, or answers
 * `order-submit` with `respondWith(promise)`. The draft is saved as the customer goes (`persist`), under `order-wizard:<persist-key>`, or
 * by default `order-wizard:<service or "any">:<id or "wizard">` — two wizards on one page need distinct ids or keys.
 * Trusted sources are kept as typed, invalid ones and an address typed but not added yet included. A placed order is
 * never sent again; when a saved draft turns out to be placed already (another tab, a bfcache return), its order number
 * and status badge show instead.
 *
 * @fires {CustomEvent<OrderReadyDetail>} order-ready - `{ catalog, step }` once the first valid catalog is there and the
 *   first step is shown with the draft validated (`step` undefined when a saved order turned out placed). Bubbles, composed.
 * @fires {CustomEvent<OrderStepChangeDetail>} order-step-change - `{ from, to }` before the step changes; cancelable
 *   (the wizard stays). Bubbles, composed.
 * @fires {CustomEvent<OrderChangeDetail>} order-change - `{ draft, price }` whenever the draft changes. Bubbles, composed.
 * @fires {CustomEvent<OrderSubmitDetail>} order-submit - `{ order, idempotencyKey, signal, respondWith(promise) }`, once
 *   per attempt; without `submitOrder`, a listener must call `respondWith` synchronously with a promise of `{ orderId }`
 *   (or a rejection `{ message, fieldErrors? }`). `signal` aborts on timeout and when the wizard leaves the page.
 *   Bubbles, composed.
 * @fires {CustomEvent<OrderPlacedDetail>} order-placed - `{ orderId, order }` after the host confirmed the order.
 *   Bubbles, composed.
 * @fires {CustomEvent<OrderConfigErrorDetail>} order-config-error - `{ issues, source }` for a catalog that is invalid,
 *   not loaded or too large (`catalog`), choices a new catalog cleared (`catalog-change`), an invalid `preset`, `draft`,
 *   saved draft (`restore`) or `service`. Bubbles, composed.
 * @attr {string} lang - Language of the element's texts: German (`de`, also `de-CH`, …), French (`fr`), Dutch (`nl`),
 *   Polish (`pl`), one registered with `registerTranslation`, else English. Without it, the nearest ancestor's `lang`,
 *   else the document's, else the browser's if the page opted in (`setFollowBrowserLanguage`); followed at once. A
 *   catalog's texts in several languages follow the tag as written: `de-AT`, else `de`, else the catalog's `defaultLocale`.
 *
 * @csspart base - The wizard's frame (also of the loading text, the configuration error and the confirmation).
 * @csspart step - Each entry of the step list, and the section of the current step.
 * @csspart label - Each field's label or legend.
 * @csspart hint - Each hint below a label.
 * @csspart error - Each inline error, the error summary and the submit errors.
 * @csspart control - Each input, select and radiogroup.
 * @csspart option - Each option of a radiogroup.
 *
 * @cssprop [--order-wizard-gap=var(--ow-space)] - Space between parts.
 * @cssprop [--order-wizard-max-width=64rem] - Widest the wizard grows.
 * @cssprop [--order-wizard-accent=var(--ow-color-primary)] - Current step, selected options and the main button.
 * @cssprop [--order-wizard-error-color=var(--ow-color-danger)] - Errors.
 * @cssprop [--order-wizard-panel-background=var(--ow-color-surface-alt)] - Price panel and notices.
 */
export class OrderWizard extends LitElement {
  static override styles = styles;

  /** A catalog object (`CatalogInput`, validated with `parseCatalog`); wins over `catalog-url`. */
  @property({ attribute: false }) catalog: CatalogInput | undefined;
  /** URL of a catalog JSON, fetched and validated; without `catalog` and this, the built-in catalog. */
  @property({ attribute: 'catalog-url' }) catalogUrl: string | undefined;
  /**
   * A service id (e.g. `keycloak`): the service is fixed, no other is offered; its versions still are, and with a
   * single version the step is skipped.
   */
  @property() service: string | undefined;
  /** Partner or reseller id, sent as `order.meta.partner`. */
  @property() partner: string | undefined;
  /** JSON pre-fill of the order (a partial draft or order); invalid parts are ignored and reported. */
  @property() preset: string | undefined;
  /** The customer's existing invoice profiles: `{ id, label, description? }[]`. */
  @property({ attribute: false }) billingProfiles: BillingProfileOption[] = [];
  /** Where the draft is kept: `session` (default), `local` or `none`. */
  @property() persist: 'session' | 'local' | 'none' = 'session';
  /** Storage key of the draft (prefixed `order-wizard:`); see the summary for the default. */
  @property({ attribute: 'persist-key' }) persistKey: string | undefined;
  /** Passed to the confirmation's `<order-status-badge>`, which then polls and announces the status. */
  @property({ attribute: false }) fetchStatus: FetchStatus | undefined;
  /**
   * The order status page, linked from the confirmation: a URL (relative to the page, or http/https) in which
   * `{orderId}` stands for the order's id, URL-encoded, e.g. `/orders/{orderId}`. Without it the confirmation has no link.
   */
  @property({ attribute: 'status-url' }) statusUrl: string | undefined;
  /**
   * The order's status stream (Server-Sent Events) for the confirmation's badge: a URL like `status-url`, with
   * `{orderId}`, e.g. `/api/orders/{orderId}/events`. The badge follows it and polls `fetchStatus` while it is down.
   */
  @property({ attribute: 'status-stream-url' }) statusStreamUrl: string | undefined;
  /** Offers "Add my IP" in the trusted-sources step: `() => Promise<string>`, the address the host's backend sees. */
  @property({ attribute: false }) resolveClientAddress: ResolveClientAddress | undefined;
  /**
   * Places the order: `(order, { idempotencyKey, signal }) => Promise<{ orderId }>`, may be `async`; rejects like
   * `respondWith`'s promise. When set, `order-submit` still fires but needs no `respondWith` (a call is ignored).
   */
  @property({ attribute: false }) submitOrder: SubmitOrder | undefined;
  /** Milliseconds to wait for the host's answer (default 30000); then the attempt's signal aborts. */
  @property({ type: Number, attribute: 'submit-timeout' }) submitTimeout = 30_000;
  /** Overrides of any wizard message, by key, in every locale. */
  @property({ attribute: false }) messages: OrderWizardMessages | undefined;

  @provide({ context: wizardCatalogContext }) @state() private activeCatalog: Catalog | undefined;
  @provide({ context: wizardDraftContext }) @state() private current: OrderDraft = emptyDraft();
  @provide({ context: wizardLocaleContext }) @state() private locale: Locale = 'en';
  @state() private priceAnnouncement = '';

  #pendingDraft: unknown;
  #readyPending = false;
  #memo: { key: unknown[]; status: StepStatus } | undefined;
  /**
   * A fresh start (nothing restored or pre-filled) shows its first step before the draft is validated: that frame needs
   * only the visible steps, and on a phone validating the whole order took about a tenth of the time to it. Until
   * that frame is painted no step counts as complete (a first step the catalog completes on its own gets its mark a
   * moment later). Whatever needs the issues or the complete steps validates at once (`#validated()`): Next, a choice,
   * "Place order now", and the flow resuming past the first step (a preset, a draft set by the host, a new catalog).
   * `updateComplete` resolves with that first frame; `order-ready` comes once the draft is validated.
   */
  #provisional = false;
  #settling = false;

  readonly #i18n = new CatalogLocaleController<OrderWizardMessageKey>(this, 'orderWizard', orderWizardMessagesEn);
  readonly #source = new CatalogSourceController(this, {
    catalog: () => this.catalog, url: () => this.catalogUrl, onChange: (source) => this.#onCatalog(source),
  });
  readonly #submission = new OrderSubmitController(this, {
    timeoutMs: () => (Number.isFinite(this.submitTimeout) ? this.submitTimeout : 30_000),
    submitOrder: () => (typeof this.submitOrder === 'function' ? this.submitOrder : undefined),
    onSending: () => this.#flow.sending(),
    onSettled: (submission, order) => this.#onSettled(submission, order),
  });
  readonly #flow = new WizardFlowController(this, {
    steps: () => this.#steps,
    done: () => this.#validated().done,
    issues: (step) => this.#validated().issues[step],
    draft: () => (this.activeCatalog ? this.current : undefined),
    submission: () => this.#submission,
    mode: () => persistMode(this.persist),
    key: () => persistKeyFor({ persistKey: this.persistKey, service: this.service, id: this.id }),
  });
  readonly #radios = new RadioGroupsController<RadioGroupName>(this);

  /** The customer's draft (a copy). Setting it pre-fills the wizard like `preset`: invalid parts ignored and reported. */
  get draft(): OrderDraft {
    return structuredClone(this.current);
  }
  set draft(value: unknown) {
    // A host template re-sets its property on every render: the same object again is no new pre-fill.
    if (value === this.#draftSet) return;
    this.#draftSet = value;
    if (this.activeCatalog) this.#applyPreset({ value, problems: [] }, 'draft');
    else this.#pendingDraft = value;
  }
  #draftSet: unknown;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#i18n.refresh();
  }

  // Waits for the language's module when it is loaded on demand: the first render is already in that language; and,
  // with no catalog given, for the example catalog. The first render runs in a task of its own, after the one that
  // connected the wizard (on a page without a bundler, the CDN file's evaluation): on a phone the two together were one
  // long task, which delays whatever the customer does meanwhile. `nextTask` yields to the browser's scheduler: with a
  // plain timeout, a frame between the two painted an empty wizard and delayed its first step (README, Performance).
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () =>
      this.#i18n.schedule(() => {
        const example = this.#source.waiting();
        return example ? example.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
      });
    return this.hasUpdated ? update() : nextTask().then(update);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = this.#i18n.locale;
    if (!this.hasUpdated || changed.has('catalog') || changed.has('catalogUrl')) this.#source.refresh();
    else if (this.activeCatalog && changed.has('preset')) this.#applyPreset(readPresetAttribute(this.preset), 'preset');
    else if (this.activeCatalog && (changed.has('partner') || changed.has('service'))) this.#setDraft(this.current, false);
  }

  protected override firstUpdated(): void {
    // Prices show from the first choice on: their formats are made while the page is idle, not on that first click.
    if (typeof requestIdleCallback !== 'function') return;
    requestIdleCallback(() => preparePriceFormats(this.activeCatalog?.currency ?? 'EUR', this.#i18n.locale), { timeout: 5000 });
  }

  protected override updated(): void {
    if (this.#provisional) {
      if (!this.#settling) {
        this.#settling = true;
        void afterNextPaint().then(() => {
          this.#settling = false;
          this.#settle();
        });
      }
      return;
    }
    // After the render that shows the first step (validated): a host may now measure or focus it.
    if (!this.#readyPending || !this.activeCatalog) return;
    this.#readyPending = false;
    const { status } = this.#submission.state;
    this.#fire<OrderReadyDetail>('order-ready', { catalog: this.activeCatalog, step: status === 'placed' ? undefined : this.#flow.step });
  }

  #t = (key: OrderWizardMessageKey, params?: MessageParams) => this.#i18n.t(key, params);

  #fire<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  #onCatalog(source: CatalogSource): void {
    this.requestUpdate();
    if (source.status !== 'ready') {
      this.activeCatalog = undefined;
      if (source.status === 'invalid') this.#fire<OrderConfigErrorDetail>('order-config-error', { issues: source.issues, source: 'catalog' });
      return;
    }
    const first = !this.activeCatalog && !this.#flow.started;
    this.activeCatalog = source.catalog;
    if (first) return this.#start(source.catalog);
    const { draft, cleared } = reconcileDraft(source.catalog, this.current);
    this.#reportCleared(cleared, 'catalog-change');
    this.#setDraft(draft, false);
    this.#flow.resume(this.#flow.step);
  }

  #reportCleared(cleared: ClearedChoice[], source: OrderConfigErrorSource): void {
    if (!cleared.length) return;
    const issues: Issue[] = cleared.map(({ field, code, params }) => (params ? { path: field, code, params } : { path: field, code }));
    this.#flow.cleared = issues;
    this.#fire<OrderConfigErrorDetail>('order-config-error', { issues, source });
  }

  #applyPreset(input: { value?: unknown; problems: Issue[] }, source: 'preset' | 'draft'): void {
    const catalog = this.activeCatalog;
    if (!catalog) return;
    const { draft, problems } = input.value === undefined ? { draft: emptyDraft(), problems: [] } : draftFromPreset(catalog, input.value);
    const issues = [...input.problems, ...problems];
    if (issues.length) this.#fire<OrderConfigErrorDetail>('order-config-error', { issues, source });
    this.#setDraft(draft, false);
    this.#flow.resume(undefined);
  }

  #start(catalog: Catalog): void {
    this.#readyPending = true;
    const unknown = unknownServiceIssue(catalog, this.service);
    if (unknown) this.#fire<OrderConfigErrorDetail>('order-config-error', { issues: [unknown], source: 'service' });
    const restored = this.#flow.restore(catalog);
    if (restored.kind === 'placed') return this.requestUpdate();
    if (restored.kind === 'saved') {
      if (restored.problems.length) this.#fire<OrderConfigErrorDetail>('order-config-error', { issues: restored.problems, source: 'restore' });
      this.#reportCleared(restored.cleared, 'restore');
      this.#setDraft(restored.draft, false);
      return this.#flow.resume(restored.step);
    }
    if (this.#pendingDraft !== undefined) return this.#applyPreset({ value: this.#pendingDraft, problems: [] }, 'draft');
    if (this.preset) return this.#applyPreset(readPresetAttribute(this.preset), 'preset');
    this.#provisional = true;
    this.#setDraft(this.current, false);
    this.#flow.resume(this.#steps[0]);
  }

  /** Ends the first frame's provisional state (see `#provisional`): the draft is validated from now on. */
  #settle(): void {
    if (!this.#provisional) return;
    this.#provisional = false;
    this.requestUpdate();
  }

  #validated(): StepStatus {
    this.#settle();
    return this.#status;
  }

  /** The visible steps; before the first frame is painted, without validating the draft. */
  get #steps(): StepId[] {
    const catalog = this.activeCatalog;
    return this.#provisional && catalog ? stepsFor(catalog, this.current, { preselectedService: this.service }) : this.#status.steps;
  }

  /** The visible steps, the issues by step and the complete steps of the draft now, from one validation. */
  get #status(): StepStatus {
    // Issues name catalog texts (a region, a document): in the page's language.
    const catalog = this.#shown;
    const key = [catalog, this.current, this.billingProfiles, this.service];
    if (this.#memo?.key.every((part, index) => part === key[index])) return this.#memo.status;
    const status = stepStatus(catalog, this.current, { preselectedService: this.service, billingProfiles: this.billingProfiles });
    this.#memo = { key, status };
    return status;
  }

  /** The catalog with its texts in the page's language (`lang` as written, e.g. `de-AT`): what the steps show. */
  get #shown(): CatalogInLocale | undefined {
    return this.activeCatalog && catalogInLocale(this.activeCatalog, this.#i18n.tag);
  }

  /** The price of a draft (the one now by default), made once per draft and language: a change and the render share it. */
  #price(draft = this.current, catalog = this.#shown!): OrderPrice {
    if (this.#priced?.catalog === catalog && this.#priced.draft === draft) return this.#priced.price;
    const price = priceOrder(catalog, buildOrder(this.activeCatalog!, draft, { idempotencyKey: VALIDATION_KEY }));
    this.#priced = { catalog, draft, price };
    return price;
  }
  #priced: { catalog: CatalogInLocale; draft: OrderDraft; price: OrderPrice } | undefined;

  #setDraft(next: OrderDraft, byUser = true): void {
    const catalog = this.activeCatalog;
    if (!catalog) return;
    const draft = serviceDefaults(catalog, autoChoices(catalog, next, { preselectedService: this.service }));
    if (this.partner) draft.partner = this.partner;
    const before = byUser ? this.#price().total : undefined;
    this.current = draft;
    if (byUser) {
      this.#settle();
      this.#flow.edited();
    }
    if (byUser && hasPrice(catalog, draft)) {
      const { total } = this.#price();
      if (total !== before) this.priceAnnouncement = this.#t('price-announce', { total: this.#money(total) });
    }
    this.#flow.save();
    // The price is made when a listener reads it: a fresh start paints its first step without one.
    const shown = this.#shown!;
    const price = () => this.#price(draft, shown);
    this.#fire<OrderChangeDetail>('order-change', {
      draft: structuredClone(draft),
      get price() {
        return price();
      },
    });
  }

  #placeOrder = (): void => {
    const catalog = this.activeCatalog;
    if (!catalog || this.#submission.busy) return;
    const { steps, issues } = this.#validated();
    const first = steps.find((step) => issues[step].length > 0);
    const result = validateOrder(catalog, buildOrder(catalog, this.current, { idempotencyKey: VALIDATION_KEY }), { billingProfiles: this.billingProfiles });
    if (first || !result.ok) return this.#flow.showErrors(first ?? 'summary');
    this.#submission.submit(result.order);
  };

  #onSettled(submission: SubmissionState, order: Order): void {
    const { status, failure, orderId, idempotencyKey } = submission;
    if (status === 'placed' && orderId && idempotencyKey) {
      void this.#flow.placed({ idempotencyKey, orderId });
      this.#fire<OrderPlacedDetail>('order-placed', { orderId, order });
    } else if (failure?.kind === 'field-errors') this.#flow.showFieldErrors(failure.fieldErrors, failure.step);
  }

  #money = (amount: string, fractionDigits?: number) => formatPrice(amount, this.activeCatalog?.currency ?? 'EUR', this.#i18n.locale, fractionDigits);

  /** Problems in the customer's words: the core's issues in the wizard's language, the host's messages as given. */
  #entries(problems: readonly StepProblem[]): panels.SummaryEntry[] {
    return problems.map((problem) => ({ field: problem.field, text: 'issue' in problem ? issueText(problem.issue, this.#i18n.locale, this.#t) : problem.message }));
  }

  #view(errors: panels.SummaryEntry[]): StepView {
    const catalog = this.#shown!;
    return {
      t: this.#t, locale: this.#i18n.locale, catalog, draft: this.current, service: findService(catalog, this.current.serviceId),
      error: (field) => errors.find((entry) => entry.field === field)?.text,
      update: (change) => {
        const next = change(this.current);
        if (next !== this.current) this.#setDraft(next);
      },
      radioKeydown: (group) => this.#radios.keydown(group),
      money: this.#money,
    };
  }

  /** The confirmation: what was ordered and its monthly price (while the draft is still here), the status, the way on. */
  #confirmation(orderId: string | undefined) {
    const view = this.#view([]);
    const recap = view.service
      ? orderRecap(view, { steps: [], profiles: this.billingProfiles, change: () => {} }, this.#price())
      : undefined;
    return panels.confirmation({
      t: this.#t, orderId, fetchStatus: this.fetchStatus, recap, statusUrl: statusUrlFor(this.statusUrl, orderId),
      streamUrl: statusUrlFor(this.statusStreamUrl, orderId), supportUrl: this.#shown?.support,
    });
  }

  /** The chosen service and version, and region, for the price panel. */
  #config(): string[] {
    const { serviceId, version, regionId } = this.current;
    const service = findService(this.#shown!, serviceId);
    const region = this.#shown!.regions.find((candidate) => candidate.id === regionId);
    return [service && `${service.name} ${version ?? ''}`.trim(), region?.label].filter((line): line is string => !!line);
  }

  override render() {
    const t = this.#t;
    const notReady = panels.catalogState(t, this.#source.source);
    if (notReady) return notReady;
    const { status, orderId } = this.#submission.state;
    if (status === 'placed') return html`<div part="base" class="base">${this.#confirmation(orderId)}</div>`;
    const steps = this.#steps;
    const done = this.#provisional ? NOTHING_DONE : this.#status.done;
    const flow = this.#flow;
    const fixed = !!fixedService(this.activeCatalog!, { preselectedService: this.service });
    const stepName = (step: StepId) => t(fixed && step === 'service' ? 'step-version' : `step-${step}`);
    const heading = fixed && flow.step === 'service' ? t('heading-version', { service: findService(this.#shown!, this.current.serviceId)?.name ?? '' }) : t(`heading-${flow.step}`);
    const errors = this.#entries(flow.problems());
    const cleared = flow.cleared.map((issue) => clearedText(issue, this.#i18n.locale, t));
    const extras = {
      steps, profiles: this.billingProfiles, resolveClientAddress: this.resolveClientAddress, serviceFixed: fixed, change: (step: StepId) => void flow.goTo(step),
    };
    // No white space between the blocks (grid and flex items all): it would only be a text node each, and a first step
    // on a phone pays for every node.
    return html`<div part="base" class="base">${panels.stepList({
        t, steps, name: stepName, current: flow.step, done: completedAndVisited(done, flow.visited), canVisit: (step) => canVisit(steps, step, done, flow.visited),
        go: (step) => void flow.goTo(step),
      })}<div class="layout"><section part="step" class="step-panel" aria-labelledby="step-heading"
          ><p class="step-count">${t('step-count', { current: steps.indexOf(flow.step) + 1, total: steps.length })}</p
          ><h2 id="step-heading" tabindex="-1">${heading}</h2
          >${panels.clearedNotice(t, cleared)}${panels.errorSummary(t, this.#entries(flow.summary), errors, (field) => panels.focusField(this.renderRoot as ShadowRoot, field))
          }<div class="step-content">${stepContent(flow.step, this.#view(errors), extras)}</div
          >${flow.step === 'summary' ? panels.orderTotal(t, this.#i18n.locale, this.#price(), this.#money) : nothing}${panels.actions({
            t, first: steps.indexOf(flow.step) <= 0, summary: flow.step === 'summary', submission: this.#submission.state,
            busy: this.#submission.busy, noResponder: this.#submission.noResponder, back: () => flow.back(), next: () => flow.next(), place: this.#placeOrder,
          })}</section
        >${panels.pricePanel(t, this.#i18n.locale, hasPrice(this.activeCatalog!, this.current) ? this.#price() : undefined, this.#money, this.priceAnnouncement, this.#config())}</div
      ></div>`;
  }
}

/** The events of `<order-wizard>` as a listener on the wizard gets them: with their detail, the wizard as `currentTarget`. */
export interface OrderWizardEventMap extends HTMLElementEventMap {
  'order-ready': TargetedEvent<OrderWizard, CustomEvent<OrderReadyDetail>>;
  'order-step-change': TargetedEvent<OrderWizard, CustomEvent<OrderStepChangeDetail>>;
  'order-change': TargetedEvent<OrderWizard, CustomEvent<OrderChangeDetail>>;
  'order-submit': TargetedEvent<OrderWizard, CustomEvent<OrderSubmitDetail>>;
  'order-placed': TargetedEvent<OrderWizard, CustomEvent<OrderPlacedDetail>>;
  'order-config-error': TargetedEvent<OrderWizard, CustomEvent<OrderConfigErrorDetail>>;
}

export interface OrderWizard {
  addEventListener<K extends keyof OrderWizardEventMap>(type: K, listener: (this: OrderWizard, event: OrderWizardEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof OrderWizardEventMap>(type: K, listener: (this: OrderWizard, event: OrderWizardEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'order-wizard': OrderWizard;
  }
}
