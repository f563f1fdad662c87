/**
 * The wizard's draft: everything the customer entered, possibly incomplete or invalid, kept as typed so a reload or a
 * step back loses nothing. From it: the order input for `validateOrder`, the reconciliation with a (changed) catalog,
 * presets from a host or a partner's deep link, and the draft of a saved copy (the copy itself: `wizard-persistence.ts`).
 * Pure: no lit, no DOM.
 *
 * Field ids: a problem's `path` is the order path of the field (`sizeId`, `trustedSources[2]`,
 * `billingProfile.new.email`), so the element finds the field to focus by path. Document checkboxes are
 * `acceptedDocuments.<id>` (`formatPath`, e.g. `acceptedDocuments["service-description-iam"]`).
 */
import { documentsFor, findService, optionsFor, SLUG_PATTERN, trustedSourceRulesFor, type Catalog } from '../schema/catalog.js';
import { checkOptionValue } from '../schema/option-value.js';
import { formatPath, issueParams, type Issue } from '../schema/issues.js';
import { isIsoDateTime, type NewBillingProfileInput } from '../schema/order.js';
import { isRecord, own } from '../schema/raw-input.js';
import { defaultText } from './localized-text.js';
import { checkOrderChoices, validateOrder } from './order-validation.js';
import { offeredOptions } from './options.js';
import { checkTrustedSources, parseTrustedSource } from './trusted-sources.js';

/** A trusted-source row as typed; `parseTrustedSource` makes it canonical when the order is built. */
export interface TrustedSourceRow {
  address: string;
  label?: string;
}

export const NEW_PROFILE_FIELDS = ['company', 'contactName', 'email', 'street', 'postalCode', 'city', 'country', 'vatId'] as const;
export type NewProfileField = (typeof NEW_PROFILE_FIELDS)[number];
/** The "new invoice profile" form as typed; `vatId` may stay empty. */
export type NewProfileDraft = Record<NewProfileField, string>;

export interface BillingDraft {
  /** `existing`: a profile of the customer by `profileId`; `new`: the `newProfile` form. */
  mode?: 'existing' | 'new';
  profileId?: string;
  newProfile: NewProfileDraft;
}

/** When the customer ticked a document's checkbox, and which version it showed. */
export interface DocumentAcceptanceDraft {
  version: string;
  acceptedAt: string;
}

export interface OrderDraft {
  serviceId?: string;
  version?: string;
  nodeTypeId?: string;
  sizeId?: string;
  /** As typed ("50", "abc") or as a number, so nothing is lost; `storageNumber` reads it. */
  storageGb?: number | string;
  trustedSources: TrustedSourceRow[];
  /**
   * Text typed into the trusted-sources editor's new-address field but not added, as typed: kept like every typed
   * value; never part of the order (`buildOrder` leaves it out) and never pre-filled.
   */
  pendingTrustedSource?: string;
  confirmWholeInternet?: boolean;
  regionId?: string;
  availabilityZoneId?: string;
  billing: BillingDraft;
  /** By catalog document id. */
  acceptedDocuments: Record<string, DocumentAcceptanceDraft>;
  /**
   * The options' values by option id, as typed (a number option's text too), kept when an option stops being offered
   * (another region or size), so that going back restores it; `buildOrder` sends only the offered ones.
   */
  options?: Record<string, string | number | boolean>;
  partner?: string;
}

/** What `validateOrder` receives for a draft: an order input whose missing fields are left out. */
export interface OrderCandidate {
  idempotencyKey: string;
  serviceId?: string;
  version?: string;
  nodeTypeId?: string;
  sizeId?: string;
  /** A number when the text reads as one, else the text, so `validateOrder` says `storage-not-a-number`. */
  storageGb?: number | string;
  trustedSources: { cidr: string; label?: string }[];
  trustedSourcesConfirmWholeInternet?: boolean;
  regionId?: string;
  availabilityZoneId?: string;
  billingProfile: { id?: string; new?: NewBillingProfileInput };
  acceptedDocuments: { id: string; version: string; acceptedAt: string }[];
  options?: Record<string, string | number | boolean>;
  meta?: { partner: string };
}

/** Something in a preset or a saved draft that was not taken: where, a stable code and its `params`. */
export type DraftProblem = Issue;

/** The codes of this module's own (the others are order and trusted-source codes). */
export type DraftIssueCode = 'preset-not-an-object' | 'not-prefillable' | 'duplicate-key' | 'service-cleared' | 'region-cleared';

/** A choice `reconcileDraft` removed: the draft field, the value it had, why. */
export interface ClearedChoice {
  field: string;
  value: string;
  code: string;
  params?: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Raw = Record<string, unknown>;

function problem(path: string, code: string, params?: Params): DraftProblem {
  return params ? { path, code, params } : { path, code };
}

const absent = (value: unknown) => value === undefined || value === null;

export function emptyDraft(): OrderDraft {
  return {
    trustedSources: [],
    billing: { newProfile: { company: '', contactName: '', email: '', street: '', postalCode: '', city: '', country: '', vatId: '' } },
    acceptedDocuments: {},
  };
}

const STORAGE_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * The storage as a number: a finite number, or a text of digits with an optional sign and decimal part ("50", "50.5",
 * "50,5", "-50"). A text too long for a number stays a number, capped, so the minimum/maximum rule answers it rather
 * than "not a number".
 */
export function storageNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!STORAGE_TEXT.test(text)) return undefined;
  const number = Number(text.replace(',', '.'));
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(number, Number.MAX_SAFE_INTEGER));
}

// ---- Reading a preset or a saved draft ----

const CHOICE_KEYS = ['serviceId', 'version', 'nodeTypeId', 'sizeId', 'regionId', 'availabilityZoneId'] as const;
type ChoiceKey = (typeof CHOICE_KEYS)[number];
const DRAFT_KEYS = new Set<string>([
  ...CHOICE_KEYS, 'storageGb', 'trustedSources', 'pendingTrustedSource', 'confirmWholeInternet', 'billing', 'acceptedDocuments',
  'options', 'partner',
]);
/** Order-shaped spellings a preset may use instead, and the draft field each one fills. */
const ORDER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['trustedSourcesConfirmWholeInternet', 'confirmWholeInternet'],
  ['billingProfile', 'billing'],
  ['meta', 'partner'],
]);
/**
 * The customer's own acts, which a preset cannot do for them: accepting documents, confirming the whole internet, text
 * typed but not added (a preset gives trusted sources as rows), and the key of an order attempt (the wizard makes one
 * per order).
 */
const NOT_PREFILLABLE = new Set([
  'acceptedDocuments', 'confirmWholeInternet', 'trustedSourcesConfirmWholeInternet', 'pendingTrustedSource', 'idempotencyKey',
]);

type Mode = 'preset' | 'saved';
/** Reports a problem; `text` for codes that bring their own English words (the trusted-source findings). */
type Add = (path: string, code: string, params?: Params) => void;

/** Reads the draft's shape: wrong types and unknown keys are dropped and reported; values stay as typed. */
function readDraft(input: Raw, mode: Mode, add: Add): OrderDraft {
  const draft = emptyDraft();
  const keys = Object.keys(input);
  for (const key of keys) {
    const known = DRAFT_KEYS.has(key) || (mode === 'preset' && (ORDER_ALIASES.has(key) || key === 'idempotencyKey'));
    if (!known) add(formatPath([key]), 'unknown-key', { key });
    else if (mode === 'preset' && NOT_PREFILLABLE.has(key)) add(key, 'not-prefillable', { key });
  }
  const has = (key: string) => Object.hasOwn(input, key) && !(mode === 'preset' && NOT_PREFILLABLE.has(key));
  // A preset may name a field in the order's spelling; the draft's spelling wins when both are given.
  const source = (key: string): string | undefined => {
    const alias = [...ORDER_ALIASES].find(([, target]) => target === key)?.[0];
    if (mode === 'preset' && alias && has(alias)) {
      if (!has(key)) return alias;
      add(alias, 'duplicate-key', { key: alias, other: key });
    }
    return has(key) ? key : undefined;
  };

  for (const key of CHOICE_KEYS) {
    const value = readText(own(input, key), key, add);
    if (value) draft[key] = value;
  }
  const storage = own(input, 'storageGb');
  if (typeof storage === 'number' || typeof storage === 'string') draft.storageGb = storage;
  else if (!absent(storage)) add('storageGb', 'storage-not-a-number');

  if (has('trustedSources')) draft.trustedSources = readRows(own(input, 'trustedSources'), add);
  const pending = has('pendingTrustedSource') ? own(input, 'pendingTrustedSource') : undefined;
  if (typeof pending === 'string') draft.pendingTrustedSource = pending;
  else if (!absent(pending)) add('pendingTrustedSource', 'expected-text');
  const confirm = source('confirmWholeInternet');
  if (confirm) {
    const value = own(input, confirm);
    if (typeof value === 'boolean') draft.confirmWholeInternet = value;
    else if (!absent(value)) add(confirm, 'expected-boolean');
  }
  const billing = source('billing');
  if (billing === 'billing') draft.billing = readBilling(own(input, billing), add);
  else if (billing === 'billingProfile') draft.billing = readBillingProfile(own(input, billing), add);
  if (has('acceptedDocuments')) draft.acceptedDocuments = readAcceptances(own(input, 'acceptedDocuments'), add);
  if (has('options')) {
    const options = readOptions(own(input, 'options'), add);
    if (options) draft.options = options;
  }
  const partner = source('partner');
  if (partner === 'meta') {
    const meta = readObject(own(input, 'meta'), ['meta'], add, ['partner']);
    const value = readText(own(meta, 'partner'), 'meta.partner', add);
    if (value) draft.partner = value;
  } else if (partner) {
    const value = readText(own(input, partner), partner, add);
    if (value) draft.partner = value;
  }
  return draft;
}

/**
 * `value` when it is an object, its keys outside `known` reported as unknown (without `known` every key is data, such
 * as a document id); else undefined, reported as `expected-object` unless absent.
 */
function readObject(value: unknown, at: readonly (string | number)[], add: Add, known?: readonly string[]): Raw | undefined {
  if (!isRecord(value)) {
    if (!absent(value)) add(formatPath(at), 'expected-object');
    return undefined;
  }
  if (known) for (const key of Object.keys(value)) if (!known.includes(key)) add(formatPath([...at, key]), 'unknown-key', { key });
  return value;
}

/** A trimmed text, or undefined for nothing or a blank text. */
function readText(value: unknown, path: string, add: Add): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') {
    add(path, 'expected-text');
    return undefined;
  }
  return value.trim() || undefined;
}

/** Rows as strings (`"1.2.3.4/32"`) or objects (`{ address }` as the editor holds them, `{ cidr }` as an order does). */
function readRows(value: unknown, add: Add): TrustedSourceRow[] {
  if (!Array.isArray(value)) {
    if (!absent(value)) add('trustedSources', 'expected-list');
    return [];
  }
  const rows: TrustedSourceRow[] = [];
  value.forEach((item: unknown, index) => {
    const path = `trustedSources[${index}]`;
    if (typeof item === 'string') return rows.push({ address: item });
    if (!isRecord(item)) return add(path, 'expected-text');
    readObject(item, ['trustedSources', index], add, ['address', 'cidr', 'label']);
    const address = own(item, 'address') ?? own(item, 'cidr');
    if (typeof address !== 'string') return add(path, absent(address) ? 'required' : 'expected-text');
    const row: TrustedSourceRow = { address };
    const label = own(item, 'label');
    if (typeof label === 'string') row.label = label;
    else if (!absent(label)) add(`${path}.label`, 'expected-text');
    rows.push(row);
  });
  return rows;
}

function readNewProfile(value: unknown, at: readonly string[], add: Add): NewProfileDraft {
  const profile = emptyDraft().billing.newProfile;
  const record = readObject(value, at, add, NEW_PROFILE_FIELDS);
  for (const field of NEW_PROFILE_FIELDS) {
    const text = own(record, field);
    if (typeof text === 'string') profile[field] = text;
    else if (!absent(text)) add(formatPath([...at, field]), 'expected-text');
  }
  return profile;
}

/** The draft's spelling: `{ mode, profileId, newProfile }`. */
function readBilling(value: unknown, add: Add): BillingDraft {
  const billing = emptyDraft().billing;
  const record = readObject(value, ['billing'], add, ['mode', 'profileId', 'newProfile']);
  if (!record) return billing;
  const mode = own(record, 'mode');
  if (mode === 'existing' || mode === 'new') billing.mode = mode;
  else if (!absent(mode)) add('billing.mode', 'invalid-choice', { choices: 'existing, new' });
  const profileId = readText(own(record, 'profileId'), 'billing.profileId', add);
  if (profileId) billing.profileId = profileId;
  billing.newProfile = readNewProfile(own(record, 'newProfile'), ['billing', 'newProfile'], add);
  return billing;
}

/** The order's spelling: `{ id }` or `{ new: {…} }`. */
function readBillingProfile(value: unknown, add: Add): BillingDraft {
  const billing = emptyDraft().billing;
  const record = readObject(value, ['billingProfile'], add, ['id', 'new']);
  if (!record) return billing;
  const profile = own(record, 'new');
  if (!absent(own(record, 'id')) && !absent(profile)) {
    add('billingProfile', 'billing-profile-ambiguous');
    return billing;
  }
  const id = readText(own(record, 'id'), 'billingProfile.id', add);
  if (id) return { ...billing, mode: 'existing', profileId: id };
  if (isRecord(profile)) return { ...billing, mode: 'new', newProfile: readNewProfile(profile, ['billingProfile', 'new'], add) };
  if (!absent(profile)) add('billingProfile.new', 'expected-object');
  return billing;
}

/** The options' values: text, numbers and true/false by option id; anything else is dropped and reported. */
function readOptions(value: unknown, add: Add): Record<string, string | number | boolean> | undefined {
  const record = readObject(value, ['options'], add);
  if (!record) return undefined;
  const entries: [string, string | number | boolean][] = [];
  for (const id of Object.keys(record)) {
    const option = record[id];
    if (typeof option === 'string' || typeof option === 'boolean' || (typeof option === 'number' && Number.isFinite(option))) entries.push([id, option]);
    else if (!absent(option)) add(formatPath(['options', id]), 'invalid-value');
  }
  // fromEntries defines own properties: an id "__proto__" stays data.
  return Object.fromEntries(entries);
}

function readAcceptances(value: unknown, add: Add): Record<string, DocumentAcceptanceDraft> {
  const record = readObject(value, ['acceptedDocuments'], add);
  if (!record) return {};
  const entries: [string, DocumentAcceptanceDraft][] = [];
  for (const id of Object.keys(record)) {
    const path = formatPath(['acceptedDocuments', id]);
    const version = own(record[id], 'version');
    const acceptedAt = own(record[id], 'acceptedAt');
    if (!SLUG_PATTERN.test(id)) add(path, 'unknown-document', { id });
    else if (typeof version !== 'string' || typeof acceptedAt !== 'string' || !isIsoDateTime(acceptedAt)) add(path, 'invalid-value');
    else entries.push([id, { version, acceptedAt }]);
  }
  // fromEntries defines own properties, so no id can reach a prototype (ids are slugs anyway).
  return Object.fromEntries(entries);
}

// ---- Presets ----

/**
 * A draft from a host's `preset`/`draft` or a partner's deep link (a partial draft or an order-shaped object): what is
 * valid for the catalog is kept, everything else is dropped and reported. Dropped: unknown keys (also `__proto__` and
 * `constructor`, read as data), wrong types, choices the catalog lacks (via `reconcileDraft`), storage that is not a
 * number or off the rules, trusted sources that are invalid, duplicates, over the limit or not allowed. Billing text is
 * kept as typed: the billing step shows what is wrong with it. Document acceptances, the whole-internet confirmation and
 * text typed but not added are the customer's own and never pre-filled.
 */
export function draftFromPreset(catalog: Catalog, input: unknown): { draft: OrderDraft; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const add: Add = (path, code, params) => problems.push(problem(path, code, params));
  if (!isRecord(input)) {
    if (!absent(input)) add('', 'preset-not-an-object');
    return { draft: emptyDraft(), problems };
  }
  const { draft, cleared } = reconcileDraft(catalog, readDraft(input, 'preset', add));
  for (const choice of cleared) problems.push(problem(choice.field, choice.code, choice.params));

  if (draft.storageGb !== undefined) {
    const gb = storageNumber(draft.storageGb);
    const issue = gb === undefined ? problem('storageGb', 'storage-not-a-number') : storageIssue(catalog, draft.serviceId, gb);
    if (issue) {
      problems.push(issue);
      delete draft.storageGb;
    } else draft.storageGb = gb;
  }
  draft.trustedSources = validRows(catalog, draft, add);
  if (draft.options) draft.options = validOptions(catalog, draft, draft.options, add);
  if (draft.partner && draft.partner.length > 100) {
    add('meta.partner', 'text-too-long', { count: 100 });
    delete draft.partner;
  }
  return { draft, problems };
}

/** The preset's option values the service's options accept (an unknown option or a value off its rules is reported). */
function validOptions(
  catalog: Catalog, draft: OrderDraft, options: Record<string, string | number | boolean>, add: Add,
): Record<string, string | number | boolean> {
  const service = findService(catalog, draft.serviceId);
  const known = service ? optionsFor(catalog, service) : [];
  const kept: [string, string | number | boolean][] = [];
  for (const [id, value] of Object.entries(options)) {
    const option = known.find((candidate) => candidate.id === id);
    const path = formatPath(['options', id]);
    if (!option) {
      add(path, 'unknown-option', { id, service: service ? defaultText(catalog, service.name) : '' });
      continue;
    }
    const result = checkOptionValue(option, value);
    if (result.ok) kept.push([id, result.value]);
    else add(path, result.code, { option: defaultText(catalog, option.label), ...result.params });
  }
  return Object.fromEntries(kept);
}

/** The storage rule a number breaks (the service's rules, or the catalog's without a service), from `validateOrder` itself. */
function storageIssue(catalog: Catalog, serviceId: string | undefined, gb: number): DraftProblem | undefined {
  const result = validateOrder(catalog, serviceId === undefined ? { storageGb: gb } : { serviceId, storageGb: gb });
  return result.ok ? undefined : result.issues.find((issue) => issue.path === 'storageGb');
}

/** The preset's rows that the service's rules accept; the others are reported at their index in the preset. */
function validRows(catalog: Catalog, draft: OrderDraft, add: Add): TrustedSourceRow[] {
  const rows = draft.trustedSources.map((row, index) => ({ row: { ...row }, index }));
  const filled = rows.filter(({ row, index }) => {
    if (row.address.trim()) return true;
    // A blank row means nothing; left in, the check would call a list of blank rows empty instead.
    add(`trustedSources[${index}]`, 'empty');
    return false;
  });
  const check = checkTrustedSources(filled.map(({ row }) => row), trustedSourceRulesFor(catalog, findService(catalog, draft.serviceId)));
  const dropped = new Set<number>();
  for (const finding of check.findings) {
    if (finding.severity !== 'error') continue;
    // Of equal entries the first stays.
    for (const at of finding.code === 'duplicate' ? finding.entries.slice(1) : finding.entries) {
      const index = filled[at]?.index;
      if (index === undefined || dropped.has(at)) continue;
      dropped.add(at);
      add(`trustedSources[${index}]`, finding.code, issueParams(finding.params));
    }
  }
  return filled.filter((_, at) => !dropped.has(at)).map(({ row, index }) => {
    const label = row.label?.trim();
    if (label && label.length > 100) add(`trustedSources[${index}].label`, 'text-too-long', { count: 100 });
    return label && label.length <= 100 ? { address: row.address.trim(), label } : { address: row.address.trim() };
  });
}

// ---- Reconciling with the catalog ----

/**
 * Clears choices the catalog no longer has (after the catalog was replaced, or on restore) and says which: a service
 * gone (then its version, node type and size go too); a version, node type or size the service lacks, or a size of
 * another node type; a region gone or not offering the service (then its zone goes too); a zone the region lacks;
 * acceptances of documents gone or changed to another version. Storage, trusted sources and billing are values, not
 * choices: the step issues report them. Never mutates `draft`.
 */
export function reconcileDraft(catalog: Catalog, draft: OrderDraft): { draft: OrderDraft; cleared: ClearedChoice[] } {
  const next: OrderDraft = structuredClone(draft);
  const cleared: ClearedChoice[] = [];
  const clear = (field: ChoiceKey, code: string, params: Params) => {
    const value = next[field];
    if (value === undefined) return;
    cleared.push({ field, value, code, params });
    delete next[field];
  };

  // The rules `validateOrder` applies to the choices, on the draft's as typed. A size the region does not offer stays:
  // it is the customer's to resolve on the region step. A zone goes with its region, cleared or not chosen.
  checkOrderChoices(catalog, draft, (field, code, params) => {
    if (code === 'size-not-in-region' || (field === 'availabilityZoneId' && next.regionId === undefined)) return;
    clear(field, code, params);
    if (code === 'unknown-service') for (const key of ['version', 'nodeTypeId', 'sizeId'] as const) clear(key, 'service-cleared', params);
  });
  if (next.regionId === undefined) clear('availabilityZoneId', 'region-cleared', {});

  const kept: [string, DocumentAcceptanceDraft][] = [];
  for (const [id, acceptance] of Object.entries(next.acceptedDocuments)) {
    const doc = catalog.documents.find((candidate) => candidate.id === id);
    const params: Params = doc ? { title: defaultText(catalog, doc.title), version: doc.version, accepted: acceptance.version } : { id };
    const code = !doc ? 'unknown-document' : doc.version !== acceptance.version ? 'document-version-outdated' : undefined;
    if (code) cleared.push({ field: formatPath(['acceptedDocuments', id]), value: acceptance.version, code, params });
    else kept.push([id, acceptance]);
  }
  next.acceptedDocuments = Object.fromEntries(kept);
  return { draft: next, cleared };
}

/**
 * The draft of a saved copy (see `wizard-persistence.ts`): values kept as typed, also invalid ones; malformed fields
 * dropped and reported (`problems`); choices the catalog no longer has cleared (`cleared`, via `reconcileDraft`).
 */
export function draftFromSaved(catalog: Catalog, input: Record<string, unknown>): { draft: OrderDraft; cleared: ClearedChoice[]; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const { draft, cleared } = reconcileDraft(catalog, readDraft(input, 'saved', (path, code, params) => problems.push(problem(path, code, params))));
  return { draft, cleared, problems };
}

// ---- The order ----

/**
 * The order input for `validateOrder`: trusted sources canonical where they parse (as typed otherwise, so the check
 * names the problem at the same index: rows and `trustedSources[i]` stay aligned), storage as a number where it reads
 * as one, the node type from the size when none was chosen, billing as `{ id }` or `{ new }`, acceptances of the
 * documents that apply to the service, `meta.partner` when set. Missing choices are left out.
 */
export function buildOrder(catalog: Catalog, draft: OrderDraft, options: { idempotencyKey: string }): OrderCandidate {
  const service = findService(catalog, draft.serviceId);
  const size = service?.sizes.find((candidate) => candidate.id === draft.sizeId);
  const order: OrderCandidate = {
    idempotencyKey: options.idempotencyKey,
    trustedSources: draft.trustedSources.map(({ address, label }) => {
      const parsed = parseTrustedSource(address);
      const cidr = parsed.ok ? parsed.cidr : address;
      return label?.trim() ? { cidr, label: label.trim() } : { cidr };
    }),
    billingProfile: billingOf(draft.billing),
    acceptedDocuments: (service ? documentsFor(catalog, service) : catalog.documents).flatMap((doc) => {
      const acceptance = Object.hasOwn(draft.acceptedDocuments, doc.id) ? draft.acceptedDocuments[doc.id] : undefined;
      return acceptance ? [{ id: doc.id, version: acceptance.version, acceptedAt: acceptance.acceptedAt }] : [];
    }),
  };
  for (const key of ['serviceId', 'version', 'sizeId', 'regionId', 'availabilityZoneId'] as const) {
    const value = draft[key];
    if (value !== undefined) order[key] = value;
  }
  const nodeTypeId = draft.nodeTypeId ?? size?.nodeType;
  if (nodeTypeId !== undefined) order.nodeTypeId = nodeTypeId;
  const typed = draft.storageGb;
  if (typed !== undefined && !(typeof typed === 'string' && typed.trim() === '')) order.storageGb = storageNumber(typed) ?? typed;
  if (draft.confirmWholeInternet !== undefined) order.trustedSourcesConfirmWholeInternet = draft.confirmWholeInternet;
  const optionValues = service && draft.options ? optionsOf(catalog, draft, draft.options) : undefined;
  if (optionValues) order.options = optionValues;
  if (draft.partner) order.meta = { partner: draft.partner };
  return order;
}

/**
 * The values of the options offered for the draft's choices: a number option's text as a number where it reads as
 * one (else as typed, so the check names the problem), blank text left out. Values of options not offered stay in the
 * draft but not in the order.
 */
function optionsOf(catalog: Catalog, draft: OrderDraft, typed: Record<string, string | number | boolean>): Record<string, string | number | boolean> | undefined {
  const service = findService(catalog, draft.serviceId);
  if (!service) return undefined;
  const values: Record<string, string | number | boolean> = {};
  const options = optionsFor(catalog, service);
  for (const option of options) {
    if (!Object.hasOwn(typed, option.id)) continue;
    const value = typed[option.id]!;
    if (typeof value === 'string' && !value.trim()) continue;
    values[option.id] = option.type === 'number' && typeof value === 'string' ? (storageNumber(value) ?? value) : value;
  }
  const offered = new Set(offeredOptions(options, { regionId: draft.regionId, sizeId: draft.sizeId, values }).map((option) => option.id));
  const entries = Object.entries(values).filter(([id]) => offered.has(id));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function billingOf(billing: BillingDraft): OrderCandidate['billingProfile'] {
  if (billing.mode === 'existing') return billing.profileId ? { id: billing.profileId } : {};
  if (billing.mode !== 'new') return {};
  const { vatId, ...rest } = billing.newProfile;
  return { new: vatId.trim() ? { ...rest, vatId } : rest };
}
