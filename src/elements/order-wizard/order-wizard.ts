import { provide } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogSourceController, type CatalogSource } from '../../controllers/catalog-source-controller.js';
import { DraftPersistenceController } from '../../controllers/draft-persistence-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { OrderSubmitController } from '../../controllers/order-submit-controller.js';
import { RadioGroupsController } from '../../controllers/radio-groups-controller.js';
import { validateOrder } from '../../core/order-validation.js';
import { priceOrder, type OrderPrice } from '../../core/pricing.js';
import { buildOrder, draftFromPreset, emptyDraft, reconcileDraft, type OrderDraft } from '../../core/wizard-draft.js';
import { autoChoices, canVisit, completedSteps, firstStepWithIssues, issuesByStep, resumeStep, stepsFor, type StepId } from '../../core/wizard-steps.js';
import type { SubmissionState } from '../../core/wizard-submission.js';
import {
  fieldForPath, persistKeyFor, persistMode, readPresetAttribute, serviceDefaults, summaryIssues, type FieldId,
} from '../../core/wizard-view.js';
import { formatMoney } from '../../i18n/format.js';
import { orderWizardMessagesDe, orderWizardMessagesEn, type OrderWizardMessageKey, type OrderWizardMessages } from '../../i18n/order-wizard.messages.js';
import type { Locale, MessageParams } from '../../i18n/translate.js';
import { findService, formatCatalogIssues, type Catalog, type Issue } from '../../schema/catalog.js';
import type { Order } from '../../schema/order.js';
import type { EditorSource } from '../trusted-sources-editor/trusted-sources-editor.js';
import type { FetchStatus } from '../order-status-badge/order-status-badge.js';
import { clearedText, issueText } from './issue-text.js';
import { styles } from './order-wizard.styles.js';
import * as panels from './panels.js';
import { billingStep, type BillingProfileOption } from './steps/billing.js';
import type { StepView } from './steps/fields.js';
import { regionStep } from './steps/region.js';
import { serviceStep } from './steps/service.js';
import { sizeStep } from './steps/size.js';
import { storageStep } from './steps/storage.js';
import { summaryStep } from './steps/summary.js';
import { trustedSourcesStep } from './steps/trusted-sources.js';
import { wizardCatalogContext, wizardDraftContext, wizardLocaleContext } from './wizard-context.js';

import type { OrderChangeDetail, OrderConfigErrorDetail, OrderPlacedDetail, OrderStepChangeDetail } from './events.js';

export type { BillingProfileOption } from './steps/billing.js';
export type * from './events.js';

const VALIDATION_KEY = '00000000-0000-4000-8000-000000000000';

/**
 * @summary The whole ordering flow: service and version, node size, storage, trusted sources, region, invoice profile,
 * summary with documents, "Place order now", then the order's live status.
 *
 * Works out of the box with the built-in catalog. Never talks to a backend: the host answers `order-submit` with
 * `respondWith(promise)`. The draft is saved as the customer goes (`persist`), under `order-wizard:<persist-key>`, or
 * by default `order-wizard:<service or "any">:<id or "wizard">` — two wizards on one page need distinct ids or keys.
 *
 * @fires order-step-change - `{ from, to }` before the step changes; cancelable (the wizard stays). Bubbles, composed.
 * @fires order-change - `{ draft, price }` whenever the draft changes. Bubbles, composed.
 * @fires order-submit - `{ order, idempotencyKey, respondWith(promise) }`, once per attempt; a listener must call
 *   `respondWith` synchronously with a promise of `{ orderId }` (or a rejection `{ message, fieldErrors? }`).
 * @fires order-placed - `{ orderId, order }` after the host confirmed the order. Bubbles, composed.
 * @fires order-config-error - `{ issues, source }` for an invalid catalog, preset or draft, or choices a new catalog cleared.
 *
 * @csspart base - The wizard's frame (also of the loading text, the configuration error and the confirmation).
 * @csspart step - Each entry of the step list, and the section of the current step.
 * @csspart label - Each field's label or legend.
 * @csspart hint - Each hint below a label.
 * @csspart error - Each inline error, the error summary and the submit errors.
 * @csspart control - Each input, select and radiogroup.
 * @csspart option - Each option of a radiogroup.
 *
 * @cssprop --order-wizard-gap - Space between parts (default `--ow-space`).
 * @cssprop --order-wizard-max-width - Widest the wizard grows (default `64rem`).
 * @cssprop --order-wizard-accent - Current step, selected options and the main button (default `--ow-color-primary`).
 * @cssprop --order-wizard-error-color - Errors (default `--ow-color-danger`).
 * @cssprop --order-wizard-panel-background - Price panel and notices (default `--ow-color-surface-alt`).
 */
export class OrderWizard extends LitElement {
  static override styles = styles;

  /** A catalog object (validated with `parseCatalog`); wins over `catalog-url`. */
  @property({ attribute: false }) catalog: unknown;
  /** URL of a catalog JSON, fetched and validated; without `catalog` and this, the built-in catalog. */
  @property({ attribute: 'catalog-url' }) catalogUrl: string | undefined;
  /** A service id to preselect (e.g. `postgresql`); with a single version its step is skipped. */
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
  /** Milliseconds to wait for the host's answer to `order-submit` (default 30000). */
  @property({ type: Number, attribute: 'submit-timeout' }) submitTimeout = 30_000;
  /** Overrides of any wizard message, by key, in every locale. */
  @property({ attribute: false }) messages: OrderWizardMessages | undefined;

  @provide({ context: wizardCatalogContext }) @state() private activeCatalog: Catalog | undefined;
  @provide({ context: wizardDraftContext }) @state() private current: OrderDraft = emptyDraft();
  @provide({ context: wizardLocaleContext }) @state() private locale: Locale = 'en';
  @state() private step: StepId = 'service';
  @state() private showErrors = new Set<StepId>();
  /** Errors the core cannot see: the host's field errors, or a child element's (a row typed but invalid, text not added). */
  @state() private extraErrors: { path: string; message: string; step: StepId }[] = [];
  @state() private cleared: Issue[] = [];
  @state() private priceAnnouncement = '';

  #visited = new Set<StepId>();
  #seed: EditorSource[] = [];
  #pendingDraft: unknown;
  #memo: { key: unknown[]; issues: ReturnType<typeof issuesByStep> } | undefined;

  readonly #i18n = new LocaleController<OrderWizardMessageKey>(this, { en: orderWizardMessagesEn, de: orderWizardMessagesDe });
  readonly #source = new CatalogSourceController(this, {
    catalog: () => this.catalog, url: () => this.catalogUrl, onChange: (source) => this.#onCatalog(source),
  });
  readonly #persistence = new DraftPersistenceController(this, {
    mode: () => persistMode(this.persist),
    key: () => persistKeyFor({ persistKey: this.persistKey, service: this.service, id: this.id }),
    onPageRestored: () => this.#checkPlaced(),
  });
  readonly #submission = new OrderSubmitController(this, {
    timeoutMs: () => (Number.isFinite(this.submitTimeout) ? this.submitTimeout : 30_000),
    onSending: (submission) => this.#save(submission),
    onSettled: (submission, order) => void this.#onSettled(submission, order),
  });
  readonly #radios = new RadioGroupsController(this, ['service', 'version', 'region', 'zone', 'billing'] as const);

  /** The customer's draft (a copy). Setting it pre-fills the wizard like `preset`: invalid parts ignored and reported. */
  get draft(): OrderDraft {
    return structuredClone(this.current);
  }
  set draft(value: unknown) {
    if (this.activeCatalog) this.#applyPreset({ value, problems: [] }, 'draft');
    else this.#pendingDraft = value;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#i18n.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = this.#i18n.locale;
    if (!this.hasUpdated || changed.has('catalog') || changed.has('catalogUrl')) this.#source.refresh();
    else if (this.activeCatalog && changed.has('preset')) this.#applyPreset(readPresetAttribute(this.preset), 'preset');
    else if (this.activeCatalog && (changed.has('partner') || changed.has('service'))) this.#setDraft(this.current, false);
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
    const first = !this.activeCatalog && !this.#visited.size;
    this.activeCatalog = source.catalog;
    if (first) return this.#start(source.catalog);
    const { draft, cleared } = reconcileDraft(source.catalog, this.current);
    this.#reportCleared(cleared.map(({ field, code, message, params }) => ({ path: field, code, message, params })), 'catalog-change');
    this.#setDraft(draft, false);
    if (!this.#steps.includes(this.step)) this.step = resumeStep(this.#steps, this.step, this.#done, this.#visited);
  }

  #reportCleared(issues: Issue[], source: string): void {
    if (!issues.length) return;
    this.cleared = issues;
    this.#fire<OrderConfigErrorDetail>('order-config-error', { issues, source });
  }

  #applyPreset(input: { value?: unknown; problems: Issue[] }, source: 'preset' | 'draft'): void {
    const catalog = this.activeCatalog;
    if (!catalog) return;
    const { draft, problems } = input.value === undefined ? { draft: emptyDraft(), problems: [] } : draftFromPreset(catalog, input.value);
    const issues = [...input.problems, ...problems];
    if (issues.length) this.#fire<OrderConfigErrorDetail>('order-config-error', { issues, source });
    this.#setDraft(draft, false);
    this.step = resumeStep(this.#steps, undefined, this.#done, this.#visited);
  }

  #start(catalog: Catalog): void {
    if (this.service && !findService(catalog, this.service)) {
      const issue = { path: 'service', code: 'unknown-service', message: `There is no service "${this.service}" in the catalog.`, params: { id: this.service } };
      this.#fire<OrderConfigErrorDetail>('order-config-error', { issues: [issue], source: 'service' });
    }
    const restored = this.#persistence.load(catalog);
    if (restored.state) {
      const { state: saved, cleared, problems } = restored;
      if (this.#persistence.wasPlaced(saved.idempotencyKey)) {
        this.#submission.restore({ ...saved, placed: true });
        this.#persistence.clear();
        return;
      }
      this.#submission.restore(saved);
      this.#visited = new Set((saved.visited ?? []).filter((step): step is StepId => this.#steps.includes(step as StepId)));
      if (problems.length) this.#fire<OrderConfigErrorDetail>('order-config-error', { issues: problems, source: 'restore' });
      this.#reportCleared(cleared.map(({ field, code, message, params }) => ({ path: field, code, message, params })), 'restore');
      this.#setDraft(saved.draft, false);
      this.step = resumeStep(this.#steps, saved.step, this.#done, this.#visited);
    } else if (this.#pendingDraft !== undefined) this.#applyPreset({ value: this.#pendingDraft, problems: [] }, 'draft');
    else if (this.preset) this.#applyPreset(readPresetAttribute(this.preset), 'preset');
    else {
      this.#setDraft(this.current, false);
      this.step = this.#steps[0] ?? 'summary';
    }
    this.#visited.add(this.step);
    if (this.step === 'trusted-sources') this.#seedEditor();
  }

  get #steps(): StepId[] {
    return this.activeCatalog ? stepsFor(this.activeCatalog, this.current, { preselectedService: this.service }) : [];
  }

  get #issues(): ReturnType<typeof issuesByStep> {
    const key = [this.activeCatalog, this.current, this.billingProfiles, this.#steps.join()];
    if (this.#memo?.key.every((part, index) => part === key[index])) return this.#memo.issues;
    const issues = issuesByStep(this.activeCatalog!, this.current, { billingProfiles: this.billingProfiles, steps: this.#steps });
    this.#memo = { key, issues };
    return issues;
  }

  get #done(): Set<StepId> {
    return completedSteps(this.activeCatalog!, this.current, this.#steps, { billingProfiles: this.billingProfiles });
  }

  #price(draft = this.current): OrderPrice {
    return priceOrder(this.activeCatalog!, buildOrder(this.activeCatalog!, draft, { idempotencyKey: VALIDATION_KEY }));
  }

  #setDraft(next: OrderDraft, byUser = true): void {
    const catalog = this.activeCatalog;
    if (!catalog) return;
    const draft = serviceDefaults(catalog, autoChoices(catalog, next, { preselectedService: this.service }));
    if (this.partner) draft.partner = this.partner;
    const before = this.#price().total;
    this.current = draft;
    if (byUser) this.extraErrors = [];
    const price = this.#price();
    if (byUser && price.total !== before) this.priceAnnouncement = this.#t('price-announce', { total: this.#money(price.total) });
    this.#save();
    this.#fire<OrderChangeDetail>('order-change', { draft: structuredClone(draft), price });
  }

  #save(submission: SubmissionState = this.#submission.state): void {
    if (submission.status === 'placed' || !this.activeCatalog) return;
    const { idempotencyKey, orderFingerprint } = submission;
    this.#persistence.save({ draft: this.current, step: this.step, visited: [...this.#visited], idempotencyKey, orderFingerprint });
  }

  #checkPlaced(): void {
    const { idempotencyKey, status } = this.#submission.state;
    if (status !== 'placed' && this.#persistence.wasPlaced(idempotencyKey)) {
      this.#submission.restore({ ...this.#submission.state, placed: true });
      this.requestUpdate();
    }
  }

  #seedEditor(): void {
    this.#seed = this.current.trustedSources.map(({ address, label }) => ({ cidr: address, label: label ?? '' }));
  }

  async #goTo(to: StepId, focus: 'heading' | 'errors' = 'heading'): Promise<void> {
    if (to !== this.step) {
      if (!this.#fire<OrderStepChangeDetail>('order-step-change', { from: this.step, to }, true)) return;
      if (to === 'trusted-sources') this.#seedEditor();
      this.step = to;
      this.#visited.add(to);
      this.cleared = [];
      this.#save();
    }
    await this.updateComplete;
    const target = focus === 'errors' ? '.error-summary' : '#step-heading';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #next = (): void => {
    const steps = this.#steps;
    // The editor hands over valid rows only; one it still holds as invalid (or text not added yet) must not be lost.
    const editor = this.step === 'trusted-sources' ? this.renderRoot.querySelector('trusted-sources-editor') : null;
    if (editor && !this.#issues[this.step].length && !editor.checkValidity()) {
      this.extraErrors = [{ path: 'trustedSources', message: editor.validationMessage, step: this.step }];
      return void this.#goTo(this.step, 'errors');
    }
    if (this.#issues[this.step].length) {
      this.showErrors = new Set([...this.showErrors, this.step]);
      void this.#goTo(this.step, 'errors');
    } else void this.#goTo(steps[steps.indexOf(this.step) + 1] ?? this.step);
  };

  #back = (): void => void this.#goTo(this.#steps[this.#steps.indexOf(this.step) - 1] ?? this.step);

  #placeOrder = (): void => {
    const catalog = this.activeCatalog;
    if (!catalog || this.#submission.busy) return;
    const options = { billingProfiles: this.billingProfiles };
    const first = firstStepWithIssues(catalog, this.current, this.#steps, options);
    const result = validateOrder(catalog, buildOrder(catalog, this.current, { idempotencyKey: VALIDATION_KEY }), options);
    if (first || !result.ok) {
      const step = first ?? 'summary';
      this.showErrors = new Set([...this.showErrors, step]);
      return void this.#goTo(step, 'errors');
    }
    this.#submission.submit(result.order);
  };

  async #onSettled(submission: SubmissionState, order: Order): Promise<void> {
    const { status, failure, orderId, idempotencyKey } = submission;
    if (status === 'placed' && orderId && idempotencyKey) {
      this.#persistence.placed(idempotencyKey);
      this.#fire<OrderPlacedDetail>('order-placed', { orderId, order });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    } else if (failure?.kind === 'field-errors') {
      this.extraErrors = failure.fieldErrors;
      this.showErrors = new Set([...this.showErrors, ...failure.fieldErrors.map((error) => error.step)]);
      void this.#goTo(failure.step, 'errors');
    }
  }

  #money(amount: string): string {
    try {
      return formatMoney(amount, this.activeCatalog?.currency ?? 'EUR', this.#i18n.locale);
    } catch {
      return `${amount} ${this.activeCatalog?.currency ?? ''}`;
    }
  }

  /** The problems shown on a step: the core's once errors show there, then the host's field errors. */
  #stepErrors(step: StepId): panels.SummaryEntry[] {
    const own = this.showErrors.has(step) ? summaryIssues(this.#issues[step]).map(({ field, issue }) => ({ field, text: issueText(issue, this.#i18n.locale, this.#t) })) : [];
    const host = this.extraErrors.filter((error) => error.step === step).map((error) => ({ field: fieldForPath(error.path), text: error.message }));
    return [...own, ...host];
  }

  async #focusField(field: FieldId | undefined): Promise<void> {
    const root = this.renderRoot as ShadowRoot;
    const target = field ? root.getElementById(field) : root.getElementById('step-heading');
    const radio = target?.getAttribute('role') === 'radiogroup'
      ? (target.querySelector<HTMLElement>('[role=radio][tabindex="0"]') ?? target.querySelector<HTMLElement>('[role=radio]'))
      : undefined;
    (radio ?? target)?.focus();
  }

  #view(errors: panels.SummaryEntry[]): StepView {
    const catalog = this.activeCatalog!;
    return {
      t: this.#t, locale: this.#i18n.locale, catalog, draft: this.current, service: findService(catalog, this.current.serviceId),
      error: (field) => errors.find((entry) => entry.field === field)?.text,
      update: (change) => this.#setDraft(change(this.current)),
      radioKeydown: (group) => this.#radios.keydown(group),
      money: (amount) => this.#money(amount),
    };
  }

  #stepContent(view: StepView) {
    switch (this.step) {
      case 'service': return serviceStep(view);
      case 'size': return sizeStep(view);
      case 'storage': return storageStep(view);
      case 'trusted-sources': return trustedSourcesStep(view, this.#seed);
      case 'region': return regionStep(view);
      case 'billing': return billingStep(view, this.billingProfiles);
      case 'summary': return summaryStep(view, {
        steps: this.#steps, profiles: this.billingProfiles, change: (step) => void this.#goTo(step), now: () => new Date().toISOString(),
      });
    }
  }

  override render() {
    const t = this.#t;
    const source = this.#source.source;
    if (source.status === 'loading') return html`<p part="base" class="base" role="status">${t('catalog-loading')}</p>`;
    if (source.status === 'invalid') {
      const fetchFailed = source.issues.some((issue) => issue.code === 'catalog-fetch-failed');
      const details = fetchFailed ? `${t('catalog-fetch-failed', { url: source.url ?? '' })}\n${source.issues[0]?.message}` : formatCatalogIssues(source.issues);
      return panels.configError(t, details);
    }
    const { status, orderId } = this.#submission.state;
    if (status === 'placed') return html`<div part="base" class="base">${panels.confirmation(t, orderId, this.fetchStatus)}</div>`;
    const steps = this.#steps;
    const done = this.#done;
    const errors = this.#stepErrors(this.step);
    const cleared = this.cleared.map((issue) => clearedText(issue, this.#i18n.locale, t));
    return html`<div part="base" class="base">
      ${panels.stepList({ t, steps, current: this.step, done, canVisit: (step) => canVisit(steps, step, done, this.#visited), go: (step) => void this.#goTo(step) })}
      <div class="layout">
        <section part="step" class="step-panel" aria-labelledby="step-heading">
          <p class="step-count">${t('step-count', { current: steps.indexOf(this.step) + 1, total: steps.length })}</p>
          <h2 id="step-heading" tabindex="-1">${t(`heading-${this.step}`)}</h2>
          ${panels.clearedNotice(t, cleared)}
          ${panels.errorSummary(t, errors, (field) => void this.#focusField(field))}
          <div class="step-content">${this.#stepContent(this.#view(errors))}</div>
          ${panels.actions({
            t, first: steps.indexOf(this.step) <= 0, summary: this.step === 'summary', submission: this.#submission.state,
            busy: this.#submission.busy, noResponder: this.#submission.noResponder, back: this.#back, next: this.#next, place: this.#placeOrder,
          })}
        </section>
        ${panels.pricePanel(t, this.#i18n.locale, this.#price(), (amount) => this.#money(amount), this.priceAnnouncement)}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-wizard': OrderWizard;
  }
}
