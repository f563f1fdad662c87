import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClearedChoice, DraftProblem, OrderDraft } from '../core/wizard-draft.js';
import type { PlacedOrder } from '../core/wizard-persistence.js';
import { isStepId, resumeStep, type StepId } from '../core/wizard-steps.js';
import type { FieldError } from '../core/wizard-submission.js';
import { stepProblems, type PersistMode, type StepProblem } from '../core/wizard-view.js';
import type { Catalog } from '../schema/catalog.js';
import type { Issue } from '../schema/issues.js';
import { DraftPersistenceController } from './draft-persistence-controller.js';
import type { OrderSubmitController } from './order-submit-controller.js';

export interface WizardFlowOptions {
  /** The steps visible for the draft now. */
  steps(): StepId[];
  /** The steps without issues (see `completedSteps`). */
  done(): ReadonlySet<StepId>;
  /** The issues the core finds on a step. */
  issues(step: StepId): readonly Issue[];
  /** The draft to save; undefined while there is no usable catalog. */
  draft(): OrderDraft | undefined;
  submission(): OrderSubmitController;
  /** Where the draft is kept, and under which key (see `persistKeyFor`). */
  mode(): PersistMode;
  key(): string;
}

/** What a start finds in storage: nothing, an order placed meanwhile (the submission shows it), or a draft to apply. */
export type RestoredFlow =
  | { kind: 'none' }
  | { kind: 'placed' }
  | { kind: 'saved'; draft: OrderDraft; step: string; cleared: ClearedChoice[]; problems: DraftProblem[] };

type FlowHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Where the customer is in `<order-wizard>` and where they have been: the step shown, the steps visited, the steps
 * whose errors show, the field errors of the host. Moves between steps (Next validates, Back never loses anything, a
 * jump from the step list or a "Change" link) fire a cancelable `order-step-change` and move focus to the step heading,
 * or to the error summary. The summary lists the problems as the last failed attempt (Next, "Place order now", the
 * host's rejection) found them, GOV.UK's way: typing changes the inline errors, never the alert, which is announced
 * once, when it appears; it goes when the step changes or an attempt succeeds. Saves the draft with the step as the
 * customer goes, restores it on start, and recognises an order placed meanwhile (on start and on a return through the
 * back/forward cache).
 */
export class WizardFlowController implements ReactiveController {
  step: StepId = 'service';
  /** Choices a catalog change or a restore cleared: told on the step shown, until the customer moves on. */
  cleared: Issue[] = [];
  #visited = new Set<StepId>();
  #showErrors = new Set<StepId>();
  #extra: FieldError[] = [];
  #summary: StepProblem[] = [];
  readonly #persistence: DraftPersistenceController;

  constructor(
    private readonly host: FlowHost,
    private readonly options: WizardFlowOptions,
  ) {
    host.addController(this);
    this.#persistence = new DraftPersistenceController(host, {
      mode: options.mode, key: options.key, onPageRestored: () => this.#checkPlaced(),
    });
  }

  hostConnected(): void {}

  /** Whether the flow has shown a step yet (a first usable catalog starts it). */
  get started(): boolean {
    return this.#visited.size > 0;
  }

  /** The steps the customer has been to (shown, or passed on the way to the step shown). */
  get visited(): ReadonlySet<StepId> {
    return this.#visited;
  }

  /** The problems a step shows now: the core's once Next or "Place order now" was tried there, then the host's. */
  problems(step = this.step): StepProblem[] {
    return stepProblems(this.#showErrors.has(step) ? this.options.issues(step) : [], this.#extra.filter((error) => error.step === step));
  }

  /** What the error summary of the step shown lists: its problems when the last attempt failed, not as typed since. */
  get summary(): readonly StepProblem[] {
    return this.#summary;
  }

  /**
   * Takes the saved copy back. When its order was placed meanwhile, the copy goes and the submission becomes that placed
   * order (with its order id when the marker has one); else the submission takes the attempt's key, the visited steps
   * come back, and the draft is returned for the host to apply before `resume(step)`.
   */
  restore(catalog: Catalog): RestoredFlow {
    const restored = this.#persistence.load(catalog);
    if (!restored.state) return { kind: 'none' };
    const { state, cleared, problems } = restored;
    const submission = this.options.submission();
    const placed = this.#persistence.placedOrder(state.idempotencyKey);
    if (placed) {
      submission.restore({ ...state, ...placed, placed: true });
      this.#persistence.clear();
      return { kind: 'placed' };
    }
    submission.restore(state);
    this.#visited = new Set((state.visited ?? []).filter(isStepId));
    return { kind: 'saved', draft: state.draft, step: state.step, cleared, problems };
  }

  /** Shows `preferred` when it is visible and may be visited, else the first step not complete (see `resumeStep`). */
  resume(preferred: unknown): void {
    const steps = this.options.steps();
    // Which steps are complete is asked once, and only when needed (not to show the first step).
    let done: ReadonlySet<StepId> | undefined;
    const completed = () => (done ??= this.options.done());
    const step = resumeStep(steps, preferred, completed, this.#visited);
    if (step !== this.step) this.#summary = [];
    this.step = step;
    this.#visited.add(this.step);
    // A pre-filled draft opens past its complete steps: the customer sees them there (the summary lists each choice),
    // so they count as visited; a step before with a problem does not.
    for (const before of steps.slice(0, steps.indexOf(step))) if (completed().has(before)) this.#visited.add(before);
    this.host.requestUpdate();
  }

  /** Saves the draft with the step, the visited steps and the last attempt's key; nothing once the order is placed. */
  save(): void {
    const draft = this.options.draft();
    const { status, idempotencyKey, orderFingerprint } = this.options.submission().state;
    if (!draft || status === 'placed') return;
    this.#persistence.save({ draft, step: this.step, visited: [...this.#visited], idempotencyKey, orderFingerprint });
  }

  /** The order was placed: the marker is written, the saved draft goes, focus moves to the confirmation's heading. */
  async placed(order: PlacedOrder): Promise<void> {
    this.#persistence.placed(order);
    await this.host.updateComplete;
    this.#focus('#step-heading');
  }

  #checkPlaced(): void {
    const submission = this.options.submission();
    const { status, idempotencyKey } = submission.state;
    const placed = status === 'placed' ? undefined : this.#persistence.placedOrder(idempotencyKey);
    if (!placed) return;
    submission.restore({ ...submission.state, ...placed, placed: true });
    this.host.requestUpdate();
  }

  #focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Goes to a step unless the host cancels `order-step-change`, then focuses its heading (or the error summary). */
  async goTo(to: StepId, focus: 'heading' | 'errors' = 'heading'): Promise<void> {
    if (to !== this.step) {
      const change = new CustomEvent('order-step-change', { detail: { from: this.step, to }, bubbles: true, composed: true, cancelable: true });
      if (!this.host.dispatchEvent(change)) return;
      this.step = to;
      this.#visited.add(to);
      this.cleared = [];
      this.#summary = [];
      this.host.requestUpdate();
      this.save();
    }
    if (focus === 'errors') this.#summary = this.problems(to);
    await this.host.updateComplete;
    this.#focus(focus === 'errors' ? '.error-summary' : '#step-heading');
  }

  /** Next: the error summary when the step has issues, else the following step. */
  next(): void {
    const { step } = this;
    if (this.options.issues(step).length) return this.showErrors(step);
    const steps = this.options.steps();
    void this.goTo(steps[steps.indexOf(step) + 1] ?? step);
  }

  back(): void {
    const steps = this.options.steps();
    void this.goTo(steps[steps.indexOf(this.step) - 1] ?? this.step);
  }

  /** Shows a step's errors from now on and goes there, focusing the error summary. */
  showErrors(step: StepId): void {
    this.#showErrors = new Set([...this.#showErrors, step]);
    this.host.requestUpdate();
    void this.goTo(step, 'errors');
  }

  /** The host rejected the order with field errors: each shows on its step; the wizard goes to the first concerned. */
  showFieldErrors(errors: FieldError[], step: StepId): void {
    this.#extra = errors;
    this.#showErrors = new Set([...this.#showErrors, ...errors.map((error) => error.step)]);
    this.host.requestUpdate();
    void this.goTo(step, 'errors');
  }

  /** The order goes out: the last failed attempt's summary goes, the draft is saved with the attempt's key. */
  sending(): void {
    this.#summary = [];
    this.save();
  }

  /** The customer changed the draft: the host's errors are theirs to check again. */
  edited(): void {
    if (!this.#extra.length) return;
    this.#extra = [];
    this.host.requestUpdate();
  }
}
