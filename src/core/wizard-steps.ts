/**
 * The wizard's steps, in the order of the ordering guides: which are shown, which choices the catalog forces, what
 * keeps the customer on a step, and where they may go. Step validity is derived from `validateOrder` on the order the
 * draft makes, so the wizard and the host's server apply the same rules. Pure: no lit, no DOM.
 *
 * Field ids: every issue's `path` is the id of the field to focus, which is the order path (`storageGb`,
 * `trustedSources[1]`, `billingProfile.new.email`), with three adjustments made here: `size-not-in-region` is reported at
 * `regionId` (it is resolved on the region step), a missing existing profile at `billingProfile.id`, and document
 * issues at `acceptedDocuments.<id>` (`formatPath`), the checkbox of that document. An address typed but not added
 * (`pendingTrustedSource`), which no order holds, is reported at `trustedSources`, the editor it is typed into.
 */
import { findService, optionsFor, regionsFor, type Catalog, type OptionOf, type Region, type Service } from '../schema/catalog.js';
import { formatPath, type Issue } from '../schema/issues.js';
import { validateOrder } from './order-validation.js';
import { offeredOptions } from './options.js';
import { buildOrder, type OrderCandidate, type OrderDraft } from './wizard-draft.js';

export const STEP_IDS = ['service', 'size', 'storage', 'trusted-sources', 'region', 'options', 'billing', 'summary'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepOptions {
  /** The `service` attribute: a service id to start with. */
  preselectedService?: string;
}

export interface StepIssueOptions {
  /** The customer's billing profiles (from the host); without them any profile id passes here. */
  billingProfiles?: ReadonlyArray<{ id: string }>;
  now?: Date;
  /** The visible steps; an issue of a hidden step is shown on the summary, so it is never out of reach. */
  steps?: readonly StepId[];
}

export const isStepId = (value: unknown): value is StepId => (STEP_IDS as readonly unknown[]).includes(value);

/**
 * The service the customer does not choose: the preselected one (the `service` attribute, when the catalog has it), else
 * the catalog's only one. Its versions are still offered; no other service is.
 */
export function fixedService(catalog: Catalog, options: StepOptions): Service | undefined {
  const only = catalog.services.length === 1 ? catalog.services[0] : undefined;
  return findService(catalog, options.preselectedService) ?? only;
}

/** The fixed service when nothing is left to choose on the service step: it has a single version. */
function forcedService(catalog: Catalog, options: StepOptions): Service | undefined {
  const service = fixedService(catalog, options);
  return service && service.versions.length === 1 ? service : undefined;
}

/** The only region the service (or, before a service is chosen, any service) can be ordered in. */
function forcedRegion(catalog: Catalog, service: Service | undefined): Region | undefined {
  const regions = service ? regionsFor(catalog, service) : catalog.regions.filter((region) => region.offers.length > 0);
  return regions.length === 1 ? regions[0] : undefined;
}

function chosenService(catalog: Catalog, draft: OrderDraft, options: StepOptions): Service | undefined {
  return findService(catalog, draft.serviceId) ?? fixedService(catalog, options);
}

/**
 * The options of the draft's service offered for its choices so far (region, size, the other options' values as
 * `buildOrder` sends them), in catalog order; the wizard shows these.
 */
export function draftOptions<C extends Catalog>(catalog: C, draft: OrderDraft): OptionOf<C>[] {
  const service = findService(catalog, draft.serviceId);
  if (!service) return [];
  const values = buildOrder(catalog, draft, { idempotencyKey: VALIDATION_KEY }).options ?? {};
  return offeredOptions(optionsFor(catalog, service), { regionId: draft.regionId, sizeId: draft.sizeId, values });
}

/**
 * The visible steps. `service` is skipped when nothing is left to choose there (the service preselected, or the only
 * one, with one version);
 * `region` when one region offers the service and it has at most one zone; `options` when the service offers no
 * option of its own step; none of them when it shows an option of the service. The others are always shown: even a single size or the default storage is a decision the
 * customer should see.
 */
export function stepsFor(catalog: Catalog, draft: OrderDraft, options: StepOptions = {}): StepId[] {
  const service = chosenService(catalog, draft, options) ?? findService(catalog, options.preselectedService);
  const region = forcedRegion(catalog, chosenService(catalog, draft, options));
  // A step that shows an option of the service is never skipped: the option would be out of reach.
  const showsOption = (step: StepId) => !!service && optionsFor(catalog, service).some((option) => option.showIn === step);
  return STEP_IDS.filter((step) => {
    if (step === 'service') return !forcedService(catalog, options) || showsOption('service');
    if (step === 'region') return !region || region.availabilityZones.length > 1 || showsOption('region');
    if (step === 'options') return showsOption('options');
    return true;
  });
}

/**
 * The draft with the choices the catalog forces filled in: the fixed service (when it replaces another, that one's
 * version, node type and size go), a single version, a single node type or the node type of the chosen size, a single
 * region, a single zone. Run `reconcileDraft` first, so a stale choice is not taken for a made one.
 */
export function autoChoices(catalog: Catalog, draft: OrderDraft, options: StepOptions = {}): OrderDraft {
  const next: OrderDraft = structuredClone(draft);
  const fixed = fixedService(catalog, options);
  if (fixed && next.serviceId !== fixed.id) {
    if (next.serviceId !== undefined) for (const key of ['version', 'nodeTypeId', 'sizeId'] as const) delete next[key];
    next.serviceId = fixed.id;
  }
  const service = findService(catalog, next.serviceId);
  if (service) {
    if (service.versions.length === 1) next.version = service.versions[0];
    const size = service.sizes.find((candidate) => candidate.id === next.sizeId);
    const offeredTypes = service.nodeTypes.filter((type) => service.sizes.some((candidate) => candidate.nodeType === type.id));
    const nodeTypeId = next.nodeTypeId ?? size?.nodeType ?? (offeredTypes.length === 1 ? offeredTypes[0]?.id : undefined);
    if (nodeTypeId !== undefined) next.nodeTypeId = nodeTypeId;
  }
  const region = forcedRegion(catalog, service);
  if (region) next.regionId ??= region.id;
  const zones = catalog.regions.find((candidate) => candidate.id === next.regionId)?.availabilityZones ?? [];
  if (zones.length === 1 && zones[0]) next.availabilityZoneId ??= zones[0].id;
  return next;
}

// ---- Issues by step ----

const PATH_STEPS: ReadonlyMap<string, StepId> = new Map([
  ['serviceId', 'service'],
  ['version', 'service'],
  ['nodeTypeId', 'size'],
  ['sizeId', 'size'],
  ['storageGb', 'storage'],
  ['trustedSources', 'trusted-sources'],
  ['trustedSourcesConfirmWholeInternet', 'trusted-sources'],
  ['regionId', 'region'],
  ['availabilityZoneId', 'region'],
  ['billingProfile', 'billing'],
]);

/** The step holding the field at an order path (`billingProfile.new.email` → `billing`); anything else → `summary`. */
export function stepForPath(path: string): StepId {
  const head = /^[A-Za-z_$][\w$]*/.exec(path)?.[0] ?? '';
  return PATH_STEPS.get(head) ?? 'summary';
}

/** The idempotency key a draft is validated and priced with: validation of a draft is not about the key; any UUID does. */
export const VALIDATION_KEY = '00000000-0000-4000-8000-000000000000';

/** Moves an issue of `validateOrder` to the field the customer fixes it in (see the module comment). */
function toField(issue: Issue, order: OrderCandidate, draft: OrderDraft): Issue {
  const at = (path: string): Issue => ({ ...issue, path });
  if (issue.code === 'size-not-in-region') return at('regionId');
  if (issue.code === 'billing-profile-missing' && draft.billing.mode === 'existing') return at('billingProfile.id');
  const index = /^acceptedDocuments\[(\d+)\]/.exec(issue.path)?.[1];
  const documentId = index !== undefined ? order.acceptedDocuments[Number(index)]?.id : issue.params?.['id'];
  if (issue.path.startsWith('acceptedDocuments') && typeof documentId === 'string') {
    return at(formatPath(['acceptedDocuments', documentId]));
  }
  return issue;
}

const noIssues = () => Object.fromEntries(STEP_IDS.map((step) => [step, [] as Issue[]])) as Record<StepId, Issue[]>;

/**
 * An address typed into the trusted-sources editor but not added: the order would go without it, so it keeps the
 * customer on that step until they add it or clear the field, valid or not (whether it parses is for Add to say).
 */
function notAddedIssue(draft: OrderDraft): Issue[] {
  const address = draft.pendingTrustedSource?.trim();
  if (!address) return [];
  return [{ path: 'trustedSources', code: 'trusted-source-not-added', params: { address } }];
}

/**
 * Every issue of the draft, by the step that resolves it: `validateOrder` on `buildOrder`, which also sees what only the
 * draft holds (storage typed as text that is no number, trusted-source rows invalid as typed), and an address typed but
 * not added. Steps without issues have an empty list.
 */
export function issuesByStep(catalog: Catalog, draft: OrderDraft, options: StepIssueOptions = {}): Record<StepId, Issue[]> {
  const byStep = noIssues();
  const order = buildOrder(catalog, draft, { idempotencyKey: VALIDATION_KEY });
  const result = validateOrder(catalog, order, { billingProfiles: options.billingProfiles, now: options.now });
  const service = findService(catalog, draft.serviceId);
  const serviceOptions = service ? optionsFor(catalog, service) : [];
  for (const issue of [...(result.ok ? [] : result.issues), ...notAddedIssue(draft)]) {
    if (issue.path === 'idempotencyKey') continue;
    const placed = toField(issue, order, draft);
    // An option's problem belongs to the step the option shows in.
    const option = placed.path.startsWith('options') ? serviceOptions.find((candidate) => formatPath(['options', candidate.id]) === placed.path) : undefined;
    const step = option ? option.showIn : stepForPath(placed.path);
    byStep[!options.steps || options.steps.includes(step) ? step : 'summary'].push(placed);
  }
  return byStep;
}

/** The issues that keep the customer on `step` (Next validates with this). */
export function stepIssues(catalog: Catalog, draft: OrderDraft, step: StepId, options: StepIssueOptions = {}): Issue[] {
  return issuesByStep(catalog, draft, options)[step];
}

/** The first of `steps` with issues, where "Place order now" sends the customer; undefined when the order is valid. */
export function firstStepWithIssues(
  catalog: Catalog, draft: OrderDraft, steps: readonly StepId[], options: Omit<StepIssueOptions, 'steps'> = {},
): StepId | undefined {
  const byStep = issuesByStep(catalog, draft, { ...options, steps });
  return steps.find((step) => byStep[step].length > 0);
}

/** The steps without issues. The summary counts as complete only when the whole order is valid. */
export function completedSteps(
  catalog: Catalog, draft: OrderDraft, steps: readonly StepId[], options: Omit<StepIssueOptions, 'steps'> = {},
): Set<StepId> {
  return completeOf(steps, issuesByStep(catalog, draft, { ...options, steps }));
}

function completeOf(steps: readonly StepId[], byStep: Record<StepId, Issue[]>): Set<StepId> {
  const valid = STEP_IDS.every((step) => byStep[step].length === 0);
  return new Set(steps.filter((step) => byStep[step].length === 0 && (step !== 'summary' || valid)));
}

/** Where a draft stands, from one validation: the visible steps, the issues by step, the complete steps. */
export interface StepStatus {
  steps: StepId[];
  issues: Record<StepId, Issue[]>;
  done: Set<StepId>;
}

/** `stepsFor`, `issuesByStep` and `completedSteps` at once, validating the order once rather than once each. Without a
 * catalog: no steps. */
export function stepStatus(
  catalog: Catalog | undefined, draft: OrderDraft, options: StepOptions & Omit<StepIssueOptions, 'steps'> = {},
): StepStatus {
  if (!catalog) return { steps: [], issues: noIssues(), done: new Set() };
  const steps = stepsFor(catalog, draft, options);
  const issues = issuesByStep(catalog, draft, { ...options, steps });
  return { steps, issues, done: completeOf(steps, issues) };
}

// ---- Moving between steps ----

/**
 * The steps the step list calls completed: valid (in `done`) and visited. A step the customer has not been to is not
 * completed, even when its defaults would pass (the storage's minimum, a zone left to the provider).
 */
export function completedAndVisited(done: ReadonlySet<StepId>, visited: ReadonlySet<StepId>): Set<StepId> {
  return new Set([...done].filter((step) => visited.has(step)));
}

/** Whether the customer may go to `target`: it is visible, and every visible step before it is complete or it was visited. */
export function canVisit(
  steps: readonly StepId[], target: StepId, completed: ReadonlySet<StepId>, visited: ReadonlySet<StepId> = new Set(),
): boolean {
  const index = steps.indexOf(target);
  if (index === -1) return false;
  return visited.has(target) || steps.slice(0, index).every((step) => completed.has(step));
}

/**
 * The step to show after a reload: the saved one when it is still visible and may be visited, else the first visible
 * step that is not complete (the summary when all are). `completed` is asked only when the answer depends on it: the
 * first visible step may always be shown (a fresh start shows it before the draft is validated).
 */
export function resumeStep(
  steps: readonly StepId[], saved: unknown, completed: () => ReadonlySet<StepId>, visited: ReadonlySet<StepId> = new Set(),
): StepId {
  if (steps.length > 0 && saved === steps[0]) return saved as StepId;
  const done = completed();
  if (isStepId(saved) && canVisit(steps, saved, done, visited)) return saved;
  return steps.find((step) => !done.has(step)) ?? steps.at(-1) ?? 'summary';
}
