/**
 * Checks an order against a catalog: the payload's shape (zod), then everything zod alone cannot know (the service,
 * version, node type, size and region exist and fit together; storage on the rules; trusted sources valid and
 * canonical; documents accepted at their current version; the billing profile). Every broken rule is one issue with
 * its path, all of them at once. Pure: runs in the browser and on the host's server alike.
 */
import * as z from 'zod/mini';
import {
  documentsFor, findService, isSizeOffered, optionsFor, storageRulesFor, trustedSourceRulesFor, type Catalog, type LocalizedText,
  type OptionOf, type OptionValue, type Service,
} from '../schema/catalog.js';
import { formatPath, issueParams, issuesFromZod, type Issue, type IssueParams } from '../schema/issues.js';
import type { FreeTextCode } from '../schema/free-text.js';
import { checkOptionValue, type OptionValueCode } from '../schema/option-value.js';
import { own } from '../schema/raw-input.js';
import { KEEP_WHEN_MISSING, ORDER_SCHEMA_CODES, orderSchemas, type Order } from '../schema/order.js';
import { defaultText } from './localized-text.js';
import { optionBlock, optionValue, optionValuesOf, type OptionBlock } from './options.js';
import { checkTrustedSources } from './trusted-sources.js';

/** The codes of wrong shapes (`issuesFromZod`), shared by the order and the catalog. */
export type ShapeIssueCode =
  | 'required' | 'unknown-key' | 'expected-text' | 'expected-number' | 'expected-whole-number' | 'expected-boolean'
  | 'expected-list' | 'expected-object' | 'empty-text' | 'text-too-long' | 'number-too-small' | 'number-too-big'
  | 'too-few-items' | 'too-many-items' | 'invalid-choice' | 'invalid-value' | FreeTextCode;

/** Every code of an order issue of its own (besides the trusted-source codes, `TrustedSourceCode`). */
export type OrderIssueCode =
  | ShapeIssueCode | 'order-not-an-object' | 'invalid-idempotency-key' | 'unknown-service' | 'unknown-version'
  | 'unknown-node-type' | 'unknown-size' | 'size-node-type-mismatch' | 'unknown-region' | 'service-not-in-region'
  | 'size-not-in-region' | 'unknown-availability-zone' | 'storage-not-a-number' | 'storage-below-minimum'
  | 'storage-above-maximum' | 'storage-off-step' | 'trusted-source-not-canonical' | 'whole-internet-not-confirmed'
  | 'document-not-accepted' | 'document-version-outdated' | 'document-not-applicable' | 'unknown-document'
  | 'duplicate-document' | 'invalid-date-time' | 'document-accepted-in-future' | 'billing-profile-missing'
  | 'billing-profile-ambiguous' | 'unknown-billing-profile' | 'company-missing' | 'contact-name-missing' | 'email-missing'
  | 'email-invalid' | 'street-missing' | 'postal-code-missing' | 'city-missing' | 'country-unknown' | 'vat-id-invalid'
  | OptionValueCode | OptionBlock | 'unknown-option' | 'option-required';

/** A problem of an order: `{ path, code, params }`; `describeIssue` says it in words. */
export type OrderIssue = Issue;

export interface ValidateOrderOptions {
  /**
   * The customer's existing billing profiles. Without this list any non-empty `billingProfile.id` passes here, and
   * the server must check that the profile exists and belongs to the customer.
   */
  billingProfiles?: ReadonlyArray<{ id: string }>;
  /** The current time, for "accepted in the future" (default: now). */
  now?: Date;
}

export type ValidateOrderResult = { ok: true; order: Order } | { ok: false; issues: OrderIssue[] };

/** How far an `acceptedAt` may lie ahead of `now` (clocks of browser and server differ a little). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

type Shape = ReturnType<typeof orderSchemas>['orderSchema']['shape'];

/** The choices of an order, as ids. */
export interface OrderChoices {
  serviceId?: string | undefined;
  version?: string | undefined;
  nodeTypeId?: string | undefined;
  sizeId?: string | undefined;
  regionId?: string | undefined;
  availabilityZoneId?: string | undefined;
}

/**
 * The rules between an order's choices: the service, version, node type, size, region and zone exist and fit together.
 * Each broken rule goes to `add`, in field order; returns the service the choices name. `validateOrder` checks an
 * order with it, `reconcileDraft` a draft's choices as typed.
 */
export function checkOrderChoices(
  catalog: Catalog, choices: OrderChoices, add: (path: keyof OrderChoices, code: OrderIssueCode, params: IssueParams) => void,
): Service | undefined {
  const { serviceId, version, nodeTypeId, sizeId, regionId, availabilityZoneId: zoneId } = choices;
  // Messages name catalog texts in the catalog's default locale; `catalogInLocale` gives a catalog in another one.
  const text = (value: LocalizedText) => defaultText(catalog, value);
  const service = findService(catalog, serviceId);
  if (serviceId !== undefined && !service) add('serviceId', 'unknown-service', { id: serviceId });

  if (service && version !== undefined && !service.versions.includes(version)) {
    add('version', 'unknown-version', { version, service: text(service.name), choices: service.versions.join(', ') });
  }
  const nodeType = service?.nodeTypes.find((candidate) => candidate.id === nodeTypeId);
  if (service && nodeTypeId !== undefined && !nodeType) {
    add('nodeTypeId', 'unknown-node-type', { id: nodeTypeId, service: text(service.name) });
  }
  const size = service?.sizes.find((candidate) => candidate.id === sizeId);
  // The size as the customer knows it; the message puts it in words (`{size} ({vcpu} vCPU, {ram} GiB RAM)`).
  const sizeParams: IssueParams = size ? { size: size.label === undefined ? size.id : text(size.label), vcpu: size.vcpu, ram: size.ramGiB } : {};
  if (service && sizeId !== undefined && !size) add('sizeId', 'unknown-size', { id: sizeId, service: text(service.name) });
  const sizeFits = !!size && (!nodeType || size.nodeType === nodeType.id);
  if (size && nodeType && !sizeFits) add('sizeId', 'size-node-type-mismatch', { ...sizeParams, nodeType: text(nodeType.label) });

  const region = catalog.regions.find((candidate) => candidate.id === regionId);
  if (regionId !== undefined && !region) add('regionId', 'unknown-region', { id: regionId });
  if (region && service) {
    if (!region.offers.some((offer) => offer.service === service.id)) {
      add('regionId', 'service-not-in-region', { service: text(service.name), region: text(region.label) });
    } else if (size && sizeFits && !isSizeOffered(service, size, region)) {
      add('sizeId', 'size-not-in-region', { ...sizeParams, region: text(region.label) });
    }
  }
  if (region && zoneId !== undefined && !region.availabilityZones.some((zone) => zone.id === zoneId)) {
    add('availabilityZoneId', 'unknown-availability-zone', { id: zoneId, region: text(region.label) });
  }
  return service;
}

function orderIssue(path: string, code: OrderIssueCode, params?: IssueParams): OrderIssue {
  return params ? { path, code, params } : { path, code };
}

/** Checks `input` against the catalog; returns the normalised order or every issue found. Never throws. */
export function validateOrder(catalog: Catalog, input: unknown, options: ValidateOrderOptions = {}): ValidateOrderResult {
  const issues: OrderIssue[] = [];
  const add = (path: string, code: OrderIssueCode, params?: IssueParams) => issues.push(orderIssue(path, code, params));
  const text = (value: LocalizedText) => defaultText(catalog, value);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    add('', 'order-not-an-object');
    return { ok: false, issues };
  }
  const raw = input as Record<string, unknown>;
  const { orderSchema } = orderSchemas();
  const parsed = z.safeParse(orderSchema, raw, { reportInput: true });
  if (!parsed.success) {
    for (const draft of issuesFromZod(parsed.error.issues, ORDER_SCHEMA_CODES, KEEP_WHEN_MISSING)) {
      add(draft.path, draft.code as OrderIssueCode, draft.params);
    }
  }
  // Each field read on its own, so the rules between fields still run when some other field is malformed.
  const field = <K extends keyof Shape>(key: K): z.output<Shape[K]> | undefined => {
    if (parsed.success) return parsed.data[key] as z.output<Shape[K]>;
    const result = z.safeParse(orderSchema.shape[key], Object.hasOwn(raw, key) ? raw[key] : undefined);
    return result.success ? (result.data as z.output<Shape[K]>) : undefined;
  };

  const choices: OrderChoices = {
    serviceId: field('serviceId'), version: field('version'), nodeTypeId: field('nodeTypeId'), sizeId: field('sizeId'),
    regionId: field('regionId'), availabilityZoneId: field('availabilityZoneId'),
  };
  const service = checkOrderChoices(catalog, choices, add);

  const storageGb = field('storageGb');
  if (storageGb !== undefined) {
    const { minGb: min, maxGb: max, stepGb: step } = storageRulesFor(catalog, service);
    if (storageGb < min) add('storageGb', 'storage-below-minimum', { min });
    else if (storageGb > max) add('storageGb', 'storage-above-maximum', { max });
    else if ((storageGb - min) % step !== 0) {
      const lower = min + Math.floor((storageGb - min) / step) * step;
      add('storageGb', 'storage-off-step', { step, lower, upper: lower + step });
    }
  }

  const sources = field('trustedSources');
  if (sources) {
    const inputs = sources.map(({ cidr, label }) => (label ? { address: cidr, label } : { address: cidr }));
    const check = checkTrustedSources(inputs, trustedSourceRulesFor(catalog, service));
    const wholeInternet: string[] = [];
    for (const finding of check.findings) {
      if (finding.severity === 'error') {
        // `too-many` lists every entry past the limit; it is one problem of the list.
        const list = finding.code === 'too-many' || !finding.entries.length;
        for (const path of list ? ['trustedSources'] : finding.entries.map((index) => `trustedSources[${index}]`)) {
          issues.push({ path, code: finding.code, params: issueParams(finding.params) });
        }
      } else if (finding.code === 'whole-internet-confirm') {
        for (const index of finding.entries) {
          const result = check.entries[index]?.result;
          if (result?.ok) wholeInternet.push(result.cidr);
        }
      }
    }
    if (wholeInternet.length && field('trustedSourcesConfirmWholeInternet') !== true) {
      add('trustedSourcesConfirmWholeInternet', 'whole-internet-not-confirmed', { cidr: wholeInternet.join(', ') });
    }
    for (const { index, input: text, result } of check.entries) {
      if (result.ok && (result.adjusted || text !== result.cidr)) {
        add(`trustedSources[${index}]`, 'trusted-source-not-canonical', { input: text, cidr: result.cidr });
      }
    }
  }

  const accepted = field('acceptedDocuments');
  if (accepted) {
    const now = (options.now ?? new Date()).getTime();
    const applicable = service ? documentsFor(catalog, service) : undefined;
    const seen = new Set<string>();
    accepted.forEach((acceptance, i) => {
      const path = `acceptedDocuments[${i}]`;
      const doc = catalog.documents.find((candidate) => candidate.id === acceptance.id);
      if (!doc) return add(`${path}.id`, 'unknown-document', { id: acceptance.id });
      if (seen.has(doc.id)) return add(path, 'duplicate-document', { title: text(doc.title) });
      seen.add(doc.id);
      if (service && !applicable?.includes(doc)) {
        return add(`${path}.id`, 'document-not-applicable', { title: text(doc.title), service: text(service.name) });
      }
      if (acceptance.version !== doc.version) {
        add(`${path}.version`, 'document-version-outdated', { title: text(doc.title), version: doc.version, accepted: acceptance.version });
      }
      if (Date.parse(acceptance.acceptedAt) > now + CLOCK_SKEW_MS) add(`${path}.acceptedAt`, 'document-accepted-in-future');
    });
    for (const doc of applicable ?? []) {
      if (!seen.has(doc.id)) add('acceptedDocuments', 'document-not-accepted', { id: doc.id, title: text(doc.title), version: doc.version });
    }
  }

  // Read from the input itself: zod skips an own "__proto__" key in silence, and every key given must be an option.
  const optionValues = service ? checkOptions(catalog, service, optionValuesOf(own(raw, 'options')), choices, add) : {};

  const billing = field('billingProfile');
  if (billing) {
    if (billing.id !== undefined && billing.new !== undefined) add('billingProfile', 'billing-profile-ambiguous');
    else if (billing.id === undefined && billing.new === undefined) add('billingProfile', 'billing-profile-missing');
    else if (billing.id !== undefined && options.billingProfiles && !options.billingProfiles.some((p) => p.id === billing.id)) {
      add('billingProfile.id', 'unknown-billing-profile', { id: billing.id });
    }
  }

  if (!parsed.success || issues.length) return { ok: false, issues };
  const data = parsed.data;
  const { id, new: profile } = data.billingProfile;
  const order: Order = {
    ...data,
    options: optionValues,
    trustedSources: data.trustedSources.map(({ cidr, label }) => (label ? { cidr, label } : { cidr })),
    billingProfile: id !== undefined || !profile ? { id: id ?? '' } : { new: withoutEmpty(profile) },
    acceptedDocuments: data.acceptedDocuments.map((acceptance) => ({
      ...acceptance,
      acceptedAt: new Date(Date.parse(acceptance.acceptedAt)).toISOString(),
    })),
  };
  return { ok: true, order };
}

/**
 * The order's options: each value given is one of an option of the service and fits its rules; an option that is not
 * offered for the region, size or the other options' values has none; a required one offered has one (its default
 * counts). Returns the offered options' values (given, else default), text trimmed.
 */
function checkOptions(
  catalog: Catalog, service: Service, given: Record<string, unknown>, choices: OrderChoices,
  add: (path: string, code: OrderIssueCode, params?: IssueParams) => void,
): Record<string, OptionValue> {
  const text = (value: LocalizedText) => defaultText(catalog, value);
  const options = optionsFor(catalog, service);
  const valid: Record<string, OptionValue> = {};
  const at = (id: string) => formatPath(['options', id]);
  const describe = (option: OptionOf<Catalog>, value: OptionValue) =>
    option.type === 'choice' ? text(option.choices?.find((choice) => choice.id === value)?.label ?? String(value)) : String(value);
  for (const key of Object.keys(given)) {
    const option = options.find((candidate) => candidate.id === key);
    if (!option) {
      add(at(key), 'unknown-option', { id: key, service: text(service.name) });
      continue;
    }
    // Nothing given (null, or blank text of an optional text option) is no value.
    const value = given[key];
    if (value === null || value === undefined || (option.type === 'text' && typeof value === 'string' && !value.trim())) continue;
    const result = checkOptionValue(option, value);
    if (result.ok) {
      valid[key] = result.value;
      continue;
    }
    const params: IssueParams = { option: text(option.label), ...result.params };
    const unit = option.unit === undefined ? '' : ` ${text(option.unit)}`;
    for (const bound of ['min', 'max', 'lower', 'upper', 'step'] as const) if (bound in params) params[bound] = `${params[bound]}${unit}`;
    if (result.code === 'unknown-option-choice') params['choices'] = (option.choices ?? []).map((choice) => text(choice.label)).join(', ');
    add(at(key), result.code, params);
  }
  const context = { regionId: choices.regionId, sizeId: choices.sizeId, values: valid };
  const size = service.sizes.find((candidate) => candidate.id === choices.sizeId);
  const region = catalog.regions.find((candidate) => candidate.id === choices.regionId);
  const values: Record<string, OptionValue> = {};
  for (const option of options) {
    const block = optionBlock(options, option, context);
    const label = text(option.label);
    if (block) {
      if (!Object.hasOwn(valid, option.id)) continue;
      const other = option.when && options.find((candidate) => candidate.id === option.when!.option);
      add(at(option.id), block, block === 'option-not-in-region' ? { option: label, region: region ? text(region.label) : '' }
        : block === 'option-not-for-size' ? { option: label, size: size?.label === undefined ? (size?.id ?? '') : text(size.label) }
          : { option: label, other: other ? text(other.label) : '', values: other ? option.when!.values.map((value) => describe(other, value)).join(', ') : '' });
      continue;
    }
    const value = optionValue(option, valid);
    if (value !== undefined) values[option.id] = value;
    else if (option.required && !hasInvalid(given, option.id, valid)) add(at(option.id), 'option-required', { option: label });
  }
  return values;
}

/** Whether a value was given for the option but refused (then its own issue says so, not "required"). */
function hasInvalid(given: Record<string, unknown>, id: string, valid: Record<string, unknown>): boolean {
  const value = Object.hasOwn(given, id) ? given[id] : undefined;
  return value !== undefined && value !== null && !(typeof value === 'string' && !value.trim()) && !Object.hasOwn(valid, id);
}

function withoutEmpty<T extends { vatId?: string | undefined }>(profile: T): T {
  const { vatId, ...rest } = profile;
  return (vatId ? { ...rest, vatId } : rest) as T;
}
