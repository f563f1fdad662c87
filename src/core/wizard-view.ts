/**
 * Decisions of `<order-wizard>`'s view that are not about validity (that is `wizard-steps.ts`): which field an issue
 * belongs to, which issues the error summary lists, how services group, what picking a service or a region changes,
 * what an edit in the trusted-sources editor changes, the slider's position for a typed storage, the storage key of the
 * saved draft. Pure: no lit, no DOM.
 */
import {
  findService, SERVICE_KINDS, storageRulesFor, type Catalog, type ServiceKind, type StorageRules,
} from '../schema/catalog.js';
import type { Issue } from '../schema/issues.js';
import { checkOrderChoices } from './order-validation.js';
import { storageNumber, type OrderDraft, type TrustedSourceRow } from './wizard-draft.js';

/** The fields of the wizard, by id; an issue's path leads to one of them (see `fieldForPath`). */
export type FieldId =
  | 'serviceId' | 'version' | 'sizeId' | 'storageGb' | 'trustedSources' | 'regionId' | 'availabilityZoneId'
  | 'billingProfile' | `billingProfile.new.${string}` | `acceptedDocuments${string}` | `options${string}`;

const DIRECT = new Set(['serviceId', 'version', 'sizeId', 'storageGb', 'regionId', 'availabilityZoneId']);

/**
 * The field that fixes an issue at an order path: `nodeTypeId` → `sizeId` (one picker for both), every trusted-source
 * path → `trustedSources` (the editor), `billingProfile` and `billingProfile.id` → `billingProfile` (the radiogroup),
 * `billingProfile.new.email` as it is, `acceptedDocuments.terms.version` → `acceptedDocuments.terms`.
 * Undefined for a path no field holds (the error summary then links to the step heading).
 */
export function fieldForPath(path: string): FieldId | undefined {
  if (DIRECT.has(path)) return path as FieldId;
  if (path === 'nodeTypeId') return 'sizeId';
  if (/^trustedSources(?:ConfirmWholeInternet)?(?:$|[.[])/.test(path)) return 'trustedSources';
  if (path === 'billingProfile' || path === 'billingProfile.id' || path === 'billingProfile.new') return 'billingProfile';
  const newField = /^billingProfile\.new\.([A-Za-z]+)$/.exec(path)?.[1];
  if (newField) return `billingProfile.new.${newField}`;
  // `formatPath` writes `acceptedDocuments.terms`, or `acceptedDocuments["service-description-iam"]` for ids with hyphens.
  const documentField = /^acceptedDocuments(?:\.[A-Za-z_$][\w$]*|\["[a-z0-9-]+"\])/.exec(path)?.[0];
  if (documentField) return documentField as FieldId;
  // An option's control has its path as id: `options.tier`, `options["instance-name"]`.
  const optionField = /^options(?:\.[A-Za-z_$][\w$]*|\["[a-z0-9-]+"\])$/.exec(path)?.[0];
  if (optionField) return optionField as FieldId;
  return undefined;
}

export interface FieldIssue {
  /** The field to link to and to mark; undefined when no field holds the path. */
  field: FieldId | undefined;
  issue: Issue;
}

/**
 * The issues one error summary lists, in order, each with its field. One issue per field (the first), except for the
 * trusted sources, where each entry's problem is its own line; exact repeats are dropped.
 */
export function summaryIssues(issues: readonly Issue[]): FieldIssue[] {
  const seen = new Set<string>();
  const result: FieldIssue[] = [];
  const paths = new Set(issues.map((issue) => issue.path));
  for (const issue of issues) {
    // "Select a version" says nothing while no service is chosen; "Select a node size" covers the node type.
    const implied = IMPLIED[issue.path];
    if (implied && issue.code === 'required' && paths.has(implied)) continue;
    const field = fieldForPath(issue.path);
    const key = field === 'trustedSources' || field === undefined ? `${issue.path} ${issue.code}` : field;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ field, issue });
  }
  return result;
}

/** A problem shown on a step: the core's issue, or the message the host gave for a path when it rejected the order. */
export type StepProblem = FieldIssue | { field: FieldId | undefined; message: string };

/**
 * The problems a step shows, in order: the core's (see `summaryIssues`), then the host's. The inline errors are these
 * as the draft is now; the error summary keeps them as the last failed attempt found them (see `WizardFlowController`).
 */
export function stepProblems(issues: readonly Issue[], hostErrors: readonly { path: string; message: string }[]): StepProblem[] {
  return [...summaryIssues(issues), ...hostErrors.map(({ path, message }) => ({ field: fieldForPath(path), message }))];
}

/** A missing choice that another missing choice implies: the version goes with the service, the node type with the size. */
const IMPLIED: Readonly<Record<string, string>> = { version: 'serviceId', nodeTypeId: 'sizeId' };

/** Message keys for a missing choice, by path: "Select a service." rather than "This value is missing.". */
const MISSING: Readonly<Record<string, string>> = {
  serviceId: 'missing-service',
  version: 'missing-version',
  sizeId: 'missing-size',
  nodeTypeId: 'missing-node-type',
  regionId: 'missing-region',
  billingProfile: 'missing-billing',
  'billingProfile.id': 'missing-billing',
};

/** The wizard's own message key for an issue when it has a better one than the issue code's message; else undefined. */
export function wizardMessageKey(issue: Pick<Issue, 'path' | 'code'>): string | undefined {
  if (issue.code === 'required' || issue.code === 'billing-profile-missing') return MISSING[issue.path];
  return undefined;
}

/** The catalog's services grouped by kind, kinds in `SERVICE_KINDS` order, services in catalog order; empty kinds left out. */
export function servicesByKind<C extends Catalog>(catalog: C): { kind: ServiceKind; services: C['services'][number][] }[] {
  return SERVICE_KINDS.map((kind) => ({ kind, services: catalog.services.filter((service) => service.kind === kind) })).filter(
    (group) => group.services.length > 0,
  );
}

/**
 * The draft after the customer picks a service: its first version unless the chosen one is also offered, node type
 * and size kept only when the service has them, storage set to the service's minimum when none was typed yet (the
 * guides' "at least 50 GB" is where everyone starts). Never mutates `draft`.
 */
export function pickService(catalog: Catalog, draft: OrderDraft, serviceId: string): OrderDraft {
  const service = findService(catalog, serviceId);
  if (!service) return draft;
  const next: OrderDraft = { ...draft, serviceId: service.id };
  const { version, nodeTypeId, sizeId } = next;
  // What the order's rules find wrong with the kept choices for this service goes.
  checkOrderChoices(catalog, { serviceId: service.id, version, nodeTypeId, sizeId }, (field) => delete next[field]);
  if (next.storageGb === '') delete next.storageGb;
  return serviceDefaults(catalog, next);
}

/**
 * The defaults of a chosen service for what is not chosen yet: its first version (the catalog lists the recommended
 * one first) and its minimum storage. Text the customer typed (even empty text) is theirs and stays.
 */
export function serviceDefaults(catalog: Catalog, draft: OrderDraft): OrderDraft {
  const service = findService(catalog, draft.serviceId);
  if (!service || (draft.version !== undefined && draft.storageGb !== undefined)) return draft;
  const next: OrderDraft = { ...draft };
  next.version ??= service.versions[0];
  next.storageGb ??= storageRulesFor(catalog, service).minGb;
  return next;
}

/** The draft after the customer picks a region: the zone goes unless the new region has it. Never mutates `draft`. */
export function pickRegion(catalog: Catalog, draft: OrderDraft, regionId: string): OrderDraft {
  const region = catalog.regions.find((candidate) => candidate.id === regionId);
  if (!region) return draft;
  const next: OrderDraft = { ...draft, regionId: region.id };
  if (!region.availabilityZones.some((zone) => zone.id === next.availabilityZoneId)) delete next.availabilityZoneId;
  return next;
}

/** What the trusted-sources editor holds: every row as typed, the confirmation, the new-address text not added yet. */
export interface TrustedSourcesEdit {
  trustedSources: TrustedSourceRow[];
  confirmWholeInternet: boolean;
  pendingTrustedSource: string;
}

/**
 * The draft after an edit in the trusted-sources editor: the same draft when nothing changed (the editor fires on each
 * key), else one with the editor's rows, confirmation and pending text. Nothing pending is no field, so the draft and its
 * saved copy stay as they were before anything was typed there.
 */
export function editTrustedSources(draft: OrderDraft, edit: TrustedSourcesEdit): OrderDraft {
  const { trustedSources, confirmWholeInternet, pendingTrustedSource } = edit;
  const same = JSON.stringify(draft.trustedSources) === JSON.stringify(trustedSources)
    && draft.confirmWholeInternet === confirmWholeInternet && (draft.pendingTrustedSource ?? '') === pendingTrustedSource;
  if (same) return draft;
  const next: OrderDraft = { ...draft, trustedSources, confirmWholeInternet, pendingTrustedSource };
  if (!pendingTrustedSource) delete next.pendingTrustedSource;
  return next;
}

/** Where the slider stands for a typed storage: the number clamped to the rules, the minimum for text that is no number. */
export function storageSliderValue(rules: Pick<StorageRules, 'minGb' | 'maxGb'>, typed: unknown): number {
  const value = storageNumber(typed);
  if (value === undefined) return rules.minGb;
  return Math.min(rules.maxGb, Math.max(rules.minGb, value));
}

/** The problem with a `service` attribute that names no service of the catalog; undefined when it is fine or unset. */
export function unknownServiceIssue(catalog: Catalog, service: string | null | undefined): Issue | undefined {
  if (!service || findService(catalog, service)) return undefined;
  return { path: 'service', code: 'unknown-service', params: { id: service } };
}

export type PersistMode = 'session' | 'local' | 'none';

/** `persist` attribute → mode; anything unknown is the default, `session`. */
export function persistMode(value: unknown): PersistMode {
  return value === 'local' || value === 'none' ? value : 'session';
}

/**
 * The storage key of a wizard's saved draft: `order-wizard:<persist-key>` when set, else
 * `order-wizard:<service or "any">:<element id or "wizard">`. Two wizards on one page need distinct ids, services or
 * persist keys; the same wizard on the next page load finds its draft again.
 */
export function persistKeyFor(options: { persistKey?: string | null; service?: string | null; id?: string | null }): string {
  const own = options.persistKey?.trim();
  if (own) return `order-wizard:${own}`;
  return `order-wizard:${options.service?.trim() || 'any'}:${options.id?.trim() || 'wizard'}`;
}

/**
 * The `preset` attribute read as JSON: its value, or a `preset-not-json` problem and nothing (the wizard then starts
 * as if there were no preset). No attribute or an empty one: nothing, no problem.
 */
export function readPresetAttribute(text: string | null | undefined): { value?: unknown; problems: Issue[] } {
  if (!text?.trim()) return { problems: [] };
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch {
    return { problems: [{ path: '', code: 'preset-not-json' }] };
  }
}

/**
 * Whether the draft has a price to show: a node size of its service is chosen. The guides price nothing but what the
 * customer orders, a node with its storage; storage alone (its minimum is there from the start) is no price yet.
 */
export function hasPrice(catalog: Catalog, draft: Pick<OrderDraft, 'serviceId' | 'sizeId'>): boolean {
  const service = findService(catalog, draft.serviceId);
  return !!service?.sizes.some((size) => size.id === draft.sizeId);
}

/**
 * The link to an order's status page: the `status-url` template with `{orderId}` replaced by the id, URL-encoded.
 * Undefined without a template or an id, and for a template that is no http(s) link once resolved (a script URL…).
 */
export function statusUrlFor(template: string | null | undefined, orderId: string | undefined): string | undefined {
  const trimmed = template?.trim();
  if (!trimmed || !orderId) return undefined;
  const url = trimmed.replaceAll('{orderId}', encodeURIComponent(orderId));
  try {
    // Relative links are the host's own pages; the base only lets the parser read the scheme.
    const { protocol } = new URL(url, 'https://host.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
