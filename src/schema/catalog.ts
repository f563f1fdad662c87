/**
 * The catalog: what an integrator offers (services, their versions, node types and sizes, storage, regions, documents
 * to accept) and at what monthly price. `parseCatalog` checks a catalog and lists every problem by path, as a code with its
 * parameters (`formatCatalogIssues` puts them in words). Pure: no lit, no DOM, runs in Node.
 *
 * Model: every orderable product is one service with its own `versions`. Each database engine (MariaDB, PostgreSQL,
 * MySQL) is a service of kind `database`, so `<order-wizard service="postgresql">` preselects it directly, while the
 * wizard's "Select Database Type" step lists the services of that kind. Prices are decimal strings ("12.50", never
 * floats or exponents); `core/pricing.ts` turns them into integer minor units.
 *
 * Every text the customer sees (names, descriptions, labels, document titles and links) is a plain string or a map
 * from locale tag to text (`{ "en": "Terms", "de": "AGB" }`) that holds the catalog's `defaultLocale`. The parsed
 * catalog keeps the maps: `core/localized-text.ts` picks the text for a locale when it is shown.
 */
import * as z from 'zod/mini';
import { FREE_TEXT_CODES, freeText } from './free-text.js';
import { formatPath, issuesFromZod, type Issue } from './issues.js';
import { checkOptionValue } from './option-value.js';
import { isRecord, listOf, own } from './raw-input.js';

export const SERVICE_KINDS = ['iam', 'database', 'registry'] as const;

/** Largest storage, in GB, any catalog may offer; with prices below 1,000,000 every sum stays an exact safe integer. */
export const MAX_STORAGE_GB = 1_000_000;

/** An id: lowercase letters, digits and inner hyphens, at most 63 characters (a DNS label). */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const VERSION = /^[0-9A-Za-z](?:[0-9A-Za-z._+-]{0,30}[0-9A-Za-z])?$/;
/** A non-negative decimal below one million with at most 3 fraction digits; the currency may allow fewer. */
export const PRICE_PATTERN = /^(?:0|[1-9]\d{0,5})(?:\.\d{1,3})?$/;
const CURRENCY = /^[A-Z]{3}$/;
/**
 * The part of an `https:` URL a pattern can say; the catalog's JSON Schema carries it as its `pattern`, so editors
 * check the same. `https://` in lower case, a host part without `@` (so no user name or password), then path, query
 * and fragment. Whitespace, control characters and backslashes are refused anywhere: the URL parser would drop or
 * rewrite them. Whether host and port are ones the URL parser accepts is left to the parser.
 */
const HTTPS_URL = /^https:\/\/[^\s\\/?#@\x00-\x1f]+(?:[/?#][^\s\\\x00-\x1f]*)?$/u;

/** True for an absolute `https:` URL with a host and without user name or password. */
export function isHttpsUrl(value: string): boolean {
  if (!HTTPS_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Fraction digits of an ISO 4217 currency's minor unit: 0 (JPY…), 3 (BHD…) or, for all others, 2. */
export function currencyDigits(currency: string): number {
  if (!CURRENCY.test(currency)) return 2;
  if ('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.includes(currency)) return 0;
  return 'BHD IQD JOD KWD LYD OMR TND'.includes(currency) ? 3 : 2;
}

/**
 * The shape of a locale tag as `Intl.getCanonicalLocales` writes it (`de`, `de-AT`, `zh-Hant-TW`, `de-CH-1996`);
 * the catalog's JSON Schema carries it. Whether the tag is well-formed BCP 47 and canonical is for `Intl` to say.
 */
export const LOCALE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[\da-z]{1,8})*$/;

/**
 * True for a well-formed BCP 47 tag (as `Intl.getCanonicalLocales` judges it, in Node and browsers alike) written in
 * its canonical form and of the shape `LOCALE_TAG_PATTERN` says: `de-AT`, not `de-at`, `de_AT` or `german`.
 */
export function isLocaleTag(tag: string): boolean {
  if (!LOCALE_TAG_PATTERN.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

// Each helper makes its schema once and hands out that instance wherever a field needs it: a zod schema is immutable,
// so one instance serves every field of the same rule, and the module makes far fewer objects when it loads (a page
// that loads the wizard pays for every one of them before its first step shows).
const shared = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const sharedBy = <K, T>(make: (key: K) => T): ((key: K) => T) => {
  const made = new Map<K, T>();
  return (key) => {
    let schema = made.get(key);
    if (!schema) made.set(key, (schema = make(key)));
    return schema;
  };
};

const localeTag = () =>
  z.string('invalid-locale').check(z.regex(LOCALE_TAG_PATTERN, 'invalid-locale'), z.refine(isLocaleTag, 'invalid-locale'));
const text = sharedBy((max: number) => z.string().check(z.trim(), freeText(), z.minLength(1), z.maxLength(max)));
/**
 * A customer-facing text: plain, or one per locale. The map is an object of texts rather than `z.record`, which would
 * add 0.6 KB (min+gzip) to every bundle with the catalog; `parseCatalog` checks its keys (and that the catalog's
 * `defaultLocale` is among them), and the JSON Schema script adds their pattern as `propertyNames`.
 */
const localized = sharedBy(<T extends z.ZodMiniString>(value: () => T) => z.union([value(), z.catchall(z.object({}), value())]));
const localizedText = sharedBy((max: number) => localized(() => text(max)));
const slug = shared(() => z.string('invalid-slug').check(z.regex(SLUG_PATTERN, 'invalid-slug')));
const price = shared(() => z.string('invalid-price').check(z.regex(PRICE_PATTERN, 'invalid-price')));
const gigabytes = shared(() => z.int().check(z.minimum(1), z.maximum(MAX_STORAGE_GB)));
const maxEntries = shared(() => z.int().check(z.minimum(1), z.maximum(1000)));
const list = <T extends z.ZodMiniType>(item: T, min = 0) => z.array(item).check(z.minLength(min), z.maxLength(1000));
const kind = shared(() => z.enum(SERVICE_KINDS));

// ---- Options: what a customer may add or set beyond size and storage ----

export const OPTION_TYPES = ['choice', 'toggle', 'number', 'text'] as const;
/** Where an option shows: the wizard's own "Options" step, or inside one of its steps. */
export const OPTION_STEPS = ['options', 'service', 'size', 'storage', 'trusted-sources', 'region', 'billing'] as const;
/** Largest value and step of a number option; with prices below one million every amount stays a safe integer. */
export const MAX_OPTION_NUMBER = 1_000_000;
/** A factor on the node price: a non-negative decimal below 1000 with at most 2 decimals ("1" doubles the node). */
export const FACTOR_PATTERN = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
/** A tax rate in percent: below 100, at most 2 decimals ("19", "7.7"). */
export const TAX_RATE_PATTERN = /^(?:0|[1-9]\d?)(?:\.\d{1,2})?$/;

/** True for a pattern `new RegExp(pattern, 'u')` accepts. */
export function isRegExpSource(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const optionNumber = shared(() => z.int().check(z.minimum(0), z.maximum(MAX_OPTION_NUMBER)));
const textLength = shared(() => z.int().check(z.minimum(0), z.maximum(1000)));
/** A value an option may hold: a choice id or text, a number, true or false. */
const optionValue = shared(() => z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean()]));

/**
 * Makes the catalog's zod schemas, once, on first use (`parseCatalog`, or a module that imports one of the exported
 * schemas below). A page that shows the wizard with a catalog in parsed form already (the example catalog) makes none
 * of them, and no page makes them before its first step needs them.
 */
function makeCatalogSchemas() {
  /** Storage that comes with a service, billed per GB and month. */
  const storageRulesSchema = z.strictObject({
    /** Smallest size in GB; the seeds promise "at least 50 GB". Default 50. */
    minGb: z._default(gigabytes(), 50),
    /** Largest size in GB. */
    maxGb: gigabytes(),
    /** Sizes go from `minGb` in steps of `stepGb` up to `maxGb`; the step must divide the range. Default 1. */
    stepGb: z._default(gigabytes(), 1),
    /** Price of one GB for one month, e.g. "0.12". */
    pricePerGbMonth: price(),
  });

  /** A service's changes to the catalog's storage rules; fields left out keep the catalog's value. */
  const storageOverrideSchema = z.strictObject({
    minGb: z.optional(gigabytes()),
    maxGb: z.optional(gigabytes()),
    stepGb: z.optional(gigabytes()),
    pricePerGbMonth: z.optional(price()),
  });

  /** Limits for the trusted sources (IP addresses and ranges allowed to reach the service). */
  const trustedSourceRulesSchema = z.strictObject({
    /** Most entries an order may list. Default 100. */
    maxEntries: z._default(maxEntries(), 100),
    /** Whether IPv6 ranges are accepted. Default true. */
    allowIpv6: z._default(z.boolean(), true),
    /** Whether `0.0.0.0/0` (or `::/0`) may be listed; the order must then confirm it explicitly. Default false. */
    allowAnyAddress: z._default(z.boolean(), false),
  });

  /** A service's changes to the catalog's trusted-source rules; fields left out keep the catalog's value. */
  const trustedSourceRulesOverrideSchema = z.strictObject({
    maxEntries: z.optional(maxEntries()),
    allowIpv6: z.optional(z.boolean()),
    allowAnyAddress: z.optional(z.boolean()),
  });

  /** A kind of node (e.g. general purpose, memory optimised); sizes belong to one node type. */
  const nodeTypeSchema = z.strictObject({
    /** Unique within the service: lowercase letters, digits and hyphens. */
    id: slug(),
    label: localizedText(100),
    description: z.optional(localizedText(1000)),
  });

  /** An orderable node size with its monthly price. */
  const nodeSizeSchema = z.strictObject({
    /** Unique within the service. */
    id: slug(),
    /** The `id` of one of the service's `nodeTypes`. */
    nodeType: slug(),
    /** Display name, e.g. "M"; the UI falls back to the id. */
    label: z.optional(localizedText(100)),
    vcpu: z.int().check(z.minimum(1), z.maximum(1024)),
    ramGiB: z.number().check(z.minimum(0.5), z.maximum(65536)),
    /** Price of one node for one month, without storage, e.g. "89.00". */
    monthlyPrice: price(),
    /** Region ids where this size is available; left out: wherever its service is offered. */
    regions: z.optional(list(slug(), 1)),
  });

  /**
   * What an option (or one of its choices) adds to the monthly price; every part that is set adds up. `perNode` and
   * `nodeFactor` count the nodes (the service's node-count option, else 1); `perUnit` counts a number option's value.
   */
  const priceEffectSchema = z.strictObject({
    /** A fixed amount per month, e.g. "29.00". */
    monthly: z.optional(price()),
    /** An amount per node and month. */
    perNode: z.optional(price()),
    /** For a number option: an amount per unit of its value and month (e.g. per day of backup retention). */
    perUnit: z.optional(price()),
    /** A factor on the node price, e.g. "1" for a standby node; the amount is rounded half up to the currency's minor unit. */
    nodeFactor: z.optional(z.string('invalid-factor').check(z.regex(FACTOR_PATTERN, 'invalid-factor'))),
  });

  /** One choice of a `choice` option. */
  const optionChoiceSchema = z.strictObject({
    /** Unique within the option; what the order holds. */
    id: slug(),
    label: localizedText(100),
    description: z.optional(localizedText(1000)),
    price: z.optional(priceEffectSchema),
  });

  /** An option is offered only when another option of the order holds one of `values`. */
  const optionConditionSchema = z.strictObject({
    /** The id of another option of the same service. */
    option: slug(),
    values: list(optionValue(), 1),
  });

  const optionShape = {
    /** Unique among the options of a service; the key of its value in the order's `options`. */
    id: slug(),
    /** `choice` (one of `choices`), `toggle` (true or false), `number` (whole, `min` to `max` in `step`s) or `text`. */
    type: z.enum(OPTION_TYPES),
    label: localizedText(100),
    description: z.optional(localizedText(1000)),
    /** Where the wizard shows it. Default "options", a step of its own. */
    showIn: z._default(z.enum(OPTION_STEPS), 'options'),
    /** Whether the order must give a value (a default counts). Default false. */
    required: z._default(z.boolean(), false),
    /** The value to start with (a choice id for a choice option). */
    default: z.optional(optionValue()),
    /** For a choice option: its choices, in the order shown. */
    choices: z.optional(list(optionChoiceSchema, 1)),
    /** For a number option: the smallest and largest value, and the step from `min` (default 1). */
    min: z.optional(optionNumber()),
    max: z.optional(optionNumber()),
    step: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_OPTION_NUMBER))),
    /** For a number option: its unit as shown, e.g. "days". */
    unit: z.optional(localizedText(20)),
    /** For a number option: its value is the number of nodes (at most one such option per service). */
    nodeCount: z.optional(z.boolean()),
    /** For a text option: the fewest and most characters, and a pattern (JavaScript, `u` flag) the whole text matches. */
    minLength: z.optional(textLength()),
    maxLength: z.optional(textLength()),
    pattern: z.optional(z.string('invalid-pattern').check(z.minLength(1), z.maxLength(500), z.refine(isRegExpSource, 'invalid-pattern'))),
    /** What it adds to the price (a choice option: each choice's own `price` too). */
    price: z.optional(priceEffectSchema),
    /** Offered only in these regions. */
    regions: z.optional(list(slug(), 1)),
    /** Offered only with these sizes. */
    sizes: z.optional(list(slug(), 1)),
    /** Offered only when another option holds one of some values. */
    when: z.optional(optionConditionSchema),
  };

  /** An option of one service. */
  const optionSchema = z.strictObject(optionShape);

  /** An option of the catalog, for the services it names (by id or kind; with neither, for every service). */
  const catalogOptionSchema = z.strictObject({
    ...optionShape,
    services: z.optional(list(slug(), 1)),
    kinds: z.optional(list(kind(), 1)),
  });

  /** How prices are shown: per month, per hour or both, and with which tax. Prices in the catalog are always monthly. */
  const pricingSchema = z.strictObject({
    /** `monthly` (default), `hourly` or `both`. Hourly amounts are monthly ones divided by `hoursPerMonth`. */
    show: z._default(z.enum(['monthly', 'hourly', 'both']), 'monthly'),
    /** Hours in a billing month. Default 730 (365 × 24 / 12). */
    hoursPerMonth: z._default(z.int().check(z.minimum(1), z.maximum(744)), 730),
    tax: z.optional(
      z.strictObject({
        /** In percent, e.g. "19". */
        ratePercent: z.string('invalid-tax-rate').check(z.regex(TAX_RATE_PATTERN, 'invalid-tax-rate')),
        /** What the tax is called, e.g. "VAT". */
        label: localizedText(50),
        /** Whether the catalog's prices include the tax (gross). Default false: they are net, the tax is added. */
        included: z._default(z.boolean(), false),
      }),
    ),
  });

  /** An orderable product: Keycloak, one database engine, Harbor. */
  const serviceSchema = z.strictObject({
    /** Unique; what `<order-wizard service="…">` names, e.g. "postgresql". */
    id: slug(),
    kind: kind(),
    /** Display name, e.g. "PostgreSQL". */
    name: localizedText(100),
    description: z.optional(localizedText(1000)),
    /** Versions that can be ordered, newest or recommended first (the first one is the default). */
    versions: list(z.string('invalid-version').check(z.regex(VERSION, 'invalid-version')), 1),
    nodeTypes: list(nodeTypeSchema, 1),
    sizes: z.array(nodeSizeSchema).check(z.minLength(1, 'service-without-sizes'), z.maxLength(1000)),
    /** A fixed monthly fee on top of node and storage, e.g. for a licence. */
    monthlyBaseFee: z.optional(price()),
    storage: z.optional(storageOverrideSchema),
    trustedSources: z.optional(trustedSourceRulesOverrideSchema),
    /** Options of this service alone (besides the catalog's `options` that apply to it). */
    options: z.optional(list(optionSchema)),
  });

  const availabilityZoneSchema = z.strictObject({
    /** Unique within the region, e.g. "de-west-1a". */
    id: slug(),
    label: localizedText(100),
  });

  /** One service a region offers, optionally limited to some of its sizes. */
  const regionOfferSchema = z.strictObject({
    /** A service id. */
    service: slug(),
    /** Size ids of that service offered here; left out: all of its sizes (each size's own `regions` still applies). */
    sizes: z.optional(list(slug(), 1)),
  });

  const regionSchema = z.strictObject({
    id: slug(),
    /** Display name, e.g. "Germany West (Cologne)". */
    label: localizedText(100),
    /** May be empty; an order may then name no zone. */
    availabilityZones: z._default(list(availabilityZoneSchema), () => []),
    offers: list(regionOfferSchema),
  });

  /**
   * An absolute `https:` URL; any other scheme, a relative or protocol-relative URL is refused. The pattern becomes the
   * JSON Schema's; the refinement adds what only the URL parser knows.
   */
  const httpsUrl = shared(() =>
    z.string('url-not-https').check(z.maxLength(2000), z.regex(HTTPS_URL, 'url-not-https'), z.refine(isHttpsUrl, 'url-not-https')));

  /** A document the customer must accept before ordering (terms, data processing agreement, service description). */
  const catalogDocumentSchema = z.strictObject({
    id: slug(),
    title: localizedText(200),
    /** An absolute `https:` URL (see `httpsUrl`); one per locale where legal texts differ. */
    url: localized(httpsUrl),
    /** The current version; an order must accept exactly this one. */
    version: text(50),
    /** Service ids this document applies to. With neither `services` nor `kinds` it applies to every service. */
    services: z.optional(list(slug(), 1)),
    /** Service kinds this document applies to (in addition to `services`). */
    kinds: z.optional(list(kind(), 1)),
  });

  const catalogSchema = z.strictObject({
    /** Schema marker; only 1 exists. */
    schemaVersion: z.optional(z.literal(1)),
    /** The locale every localized text must have, and the one shown when a text has none for the page's. Default "en". */
    defaultLocale: z._default(localeTag(), 'en'),
    /** ISO 4217 code in capitals, e.g. "EUR"; it decides how many fraction digits prices may have. */
    currency: z.string('invalid-currency').check(z.regex(CURRENCY, 'invalid-currency')),
    storage: storageRulesSchema,
    trustedSources: z.prefault(trustedSourceRulesSchema, {}),
    services: list(serviceSchema, 1),
    regions: list(regionSchema, 1),
    documents: z._default(list(catalogDocumentSchema), () => []),
    /**
     * Where a customer whose order failed opens a support ticket: an absolute `https:` URL, one per locale where the
     * pages differ. The status of a failed order links to it.
     */
    support: z.optional(localized(httpsUrl)),
    /** Options for several services, by id or kind. */
    options: z._default(list(catalogOptionSchema), () => []),
    pricing: z.prefault(pricingSchema, {}),
  });
  return { storageRulesSchema, storageOverrideSchema, trustedSourceRulesSchema, trustedSourceRulesOverrideSchema, nodeTypeSchema, nodeSizeSchema, priceEffectSchema, optionChoiceSchema, optionConditionSchema, optionSchema, catalogOptionSchema, pricingSchema, serviceSchema, availabilityZoneSchema, regionOfferSchema, regionSchema, catalogDocumentSchema, catalogSchema };
}

type CatalogSchemas = ReturnType<typeof makeCatalogSchemas>;
const catalogSchemas = shared(makeCatalogSchemas);
/** One of the schemas; a call a bundler drops with the export when nothing uses it (`@__PURE__` below). */
const schemaNamed = <K extends keyof CatalogSchemas>(name: K): CatalogSchemas[K] => catalogSchemas()[name];

// The schemas, for an integrator's own code (its server, the JSON Schema script): made when the importing module loads.

/** Storage that comes with a service, billed per GB and month. */
export const storageRulesSchema = /* @__PURE__ */ schemaNamed('storageRulesSchema');
/** A service's changes to the catalog's storage rules; fields left out keep the catalog's value. */
export const storageOverrideSchema = /* @__PURE__ */ schemaNamed('storageOverrideSchema');
/** Limits for the trusted sources (IP addresses and ranges allowed to reach the service). */
export const trustedSourceRulesSchema = /* @__PURE__ */ schemaNamed('trustedSourceRulesSchema');
/** A service's changes to the catalog's trusted-source rules; fields left out keep the catalog's value. */
export const trustedSourceRulesOverrideSchema = /* @__PURE__ */ schemaNamed('trustedSourceRulesOverrideSchema');
/** A kind of node (e.g. general purpose, memory optimised); sizes belong to one node type. */
export const nodeTypeSchema = /* @__PURE__ */ schemaNamed('nodeTypeSchema');
/** An orderable node size with its monthly price. */
export const nodeSizeSchema = /* @__PURE__ */ schemaNamed('nodeSizeSchema');
/**
 * What an option (or one of its choices) adds to the monthly price; every part that is set adds up. `perNode` and
 * `nodeFactor` count the nodes (the service's node-count option, else 1); `perUnit` counts a number option's value.
 */
export const priceEffectSchema = /* @__PURE__ */ schemaNamed('priceEffectSchema');
/** One choice of a `choice` option. */
export const optionChoiceSchema = /* @__PURE__ */ schemaNamed('optionChoiceSchema');
/** An option is offered only when another option of the order holds one of `values`. */
export const optionConditionSchema = /* @__PURE__ */ schemaNamed('optionConditionSchema');
/** An option of one service. */
export const optionSchema = /* @__PURE__ */ schemaNamed('optionSchema');
/** An option of the catalog, for the services it names (by id or kind; with neither, for every service). */
export const catalogOptionSchema = /* @__PURE__ */ schemaNamed('catalogOptionSchema');
/** How prices are shown: per month, per hour or both, and with which tax. Prices in the catalog are always monthly. */
export const pricingSchema = /* @__PURE__ */ schemaNamed('pricingSchema');
/** An orderable product: Keycloak, one database engine, Harbor. */
export const serviceSchema = /* @__PURE__ */ schemaNamed('serviceSchema');
export const availabilityZoneSchema = /* @__PURE__ */ schemaNamed('availabilityZoneSchema');
/** One service a region offers, optionally limited to some of its sizes. */
export const regionOfferSchema = /* @__PURE__ */ schemaNamed('regionOfferSchema');
export const regionSchema = /* @__PURE__ */ schemaNamed('regionSchema');
/** A document the customer must accept before ordering (terms, data processing agreement, service description). */
export const catalogDocumentSchema = /* @__PURE__ */ schemaNamed('catalogDocumentSchema');
/** A whole catalog: services, regions, documents, options, storage, trusted-source and pricing rules. */
export const catalogSchema = /* @__PURE__ */ schemaNamed('catalogSchema');

export type ServiceKind = (typeof SERVICE_KINDS)[number];
/** A customer-facing text of a catalog: plain, or a map from locale tag to text. */
export type LocalizedText = string | Readonly<Record<string, string>>;
export type CatalogInput = z.input<typeof catalogSchema>;
export type Catalog = z.output<typeof catalogSchema>;
export type Service = z.output<typeof serviceSchema>;
export type NodeType = z.output<typeof nodeTypeSchema>;
export type NodeSize = z.output<typeof nodeSizeSchema>;
export type Region = z.output<typeof regionSchema>;
export type AvailabilityZone = z.output<typeof availabilityZoneSchema>;
export type RegionOffer = z.output<typeof regionOfferSchema>;
export type CatalogDocument = z.output<typeof catalogDocumentSchema>;
export type StorageRules = z.output<typeof storageRulesSchema>;
export type TrustedSourceRulesConfig = z.output<typeof trustedSourceRulesSchema>;
export type OptionType = (typeof OPTION_TYPES)[number];
export type OptionStep = (typeof OPTION_STEPS)[number];
export type ServiceOption = z.output<typeof optionSchema>;
export type CatalogOption = z.output<typeof catalogOptionSchema>;
export type OptionChoice = z.output<typeof optionChoiceSchema>;
export type PriceEffect = z.output<typeof priceEffectSchema>;
export type PricingRules = z.output<typeof pricingSchema>;
/** A value of an option in an order: a choice id or text, a whole number, true or false. */
export type OptionValue = string | number | boolean;

export type CatalogIssue = Issue;

/** `warnings` list harmless oddities (a node type without sizes is never shown). */
export type ParseCatalogResult =
  | { ok: true; catalog: Catalog; warnings: CatalogIssue[] }
  | { ok: false; issues: CatalogIssue[]; warnings: CatalogIssue[] };

// ---- Catalog queries (used by validation, pricing and the wizard) ----

// Generic over the catalog, so that a catalog with its texts in one locale (`core/localized-text.ts`) gives its own parts.
export function findService<C extends Catalog>(catalog: C, id: unknown): C['services'][number] | undefined {
  return catalog.services.find((service) => service.id === id);
}

/** The catalog's rules changed by a service's override: each field the service sets wins, the others stay. */
function overridden<T extends object>(base: T, override: Partial<T> | undefined): T {
  return Object.fromEntries(Object.entries(base).map(([key, value]) => [key, override?.[key as keyof T] ?? value])) as T;
}

/** The storage rules that apply to a service: the catalog's, changed by the service's own `storage`. */
export function storageRulesFor(catalog: Catalog, service?: Service): StorageRules {
  return overridden(catalog.storage, service?.storage);
}

/** The trusted-source rules that apply to a service: the catalog's, changed by the service's own `trustedSources`. */
export function trustedSourceRulesFor(catalog: Catalog, service?: Service): TrustedSourceRulesConfig {
  return overridden(catalog.trustedSources, service?.trustedSources);
}

/** Regions that offer the service at all. */
export function regionsFor<C extends Catalog>(catalog: C, service: Service): C['regions'][number][] {
  return catalog.regions.filter((region) => region.offers.some((offer) => offer.service === service.id));
}

/** Whether a size of a service can be ordered in a region (region offers the service and that size, size allows region). */
export function isSizeOffered(service: Service, size: NodeSize, region: Region): boolean {
  const offer = region.offers.find((candidate) => candidate.service === service.id);
  return !!offer && (!offer.sizes || offer.sizes.includes(size.id)) && (!size.regions || size.regions.includes(region.id));
}

/** The documents an order for the service must accept. */
export function documentsFor<C extends Catalog>(catalog: C, service: Service): C['documents'][number][] {
  return catalog.documents.filter(
    (doc) => (!doc.services && !doc.kinds) || !!doc.services?.includes(service.id) || !!doc.kinds?.includes(service.kind),
  );
}

/** An option of a catalog `C`: one of the catalog's or of a service's own, with its texts as `C` has them. */
export type OptionOf<C extends Catalog> = C['options'][number] | NonNullable<C['services'][number]['options']>[number];

/** Whether a catalog option is for the service: named by id or kind, or naming none. */
function optionApplies(option: { services?: readonly string[] | undefined; kinds?: readonly string[] | undefined }, service: Service): boolean {
  return (!option.services && !option.kinds) || !!option.services?.includes(service.id) || !!option.kinds?.includes(service.kind);
}

/** The options a service offers: the catalog's that apply to it, in catalog order, then its own. */
export function optionsFor<C extends Catalog>(catalog: C, service: C['services'][number]): OptionOf<C>[] {
  return [...catalog.options.filter((option) => optionApplies(option, service)), ...(service.options ?? [])];
}

// ---- parseCatalog ----

/** The codes of catalog issues of its own (besides the shape codes of `issuesFromZod`). */
export type CatalogIssueCode =
  | 'catalog-not-an-object' | 'invalid-slug' | 'invalid-version' | 'invalid-currency' | 'invalid-price' | 'price-too-precise'
  | 'url-not-https' | 'duplicate-id' | 'unknown-node-type' | 'unknown-service' | 'unknown-size' | 'unknown-region'
  | 'service-without-sizes' | 'service-not-offered' | 'size-not-offered' | 'storage-min-above-max' | 'storage-step-mismatch'
  | 'node-type-without-size' | 'invalid-locale' | 'missing-default-locale' | 'invalid-factor' | 'invalid-tax-rate'
  | 'invalid-pattern' | 'option-field-not-for-type' | 'option-needs-field' | 'option-min-above-max' | 'option-step-mismatch'
  | 'duplicate-node-count' | 'unknown-option' | 'circular-option-dependency' | 'invalid-default';

// The codes the catalog's schemas name themselves (through zod's error parameter).
const CATALOG_SCHEMA_CODES: ReadonlySet<string> = new Set([
  'invalid-slug', 'invalid-price', 'invalid-version', 'service-without-sizes', 'url-not-https', 'invalid-currency', 'invalid-locale',
  'invalid-factor', 'invalid-tax-rate', 'invalid-pattern', ...FREE_TEXT_CODES,
]);

type Raw = Record<string, unknown>;
type Add = (path: string, code: string, params?: Record<string, string | number>) => void;

const textOf = (value: unknown, key?: string): string | undefined => {
  const field = key === undefined ? value : own(value, key);
  return typeof field === 'string' ? field : undefined;
};

/** What a value is, as a code for messages about wrong input (`catalog-not-an-object`'s `received`). */
export type ValueKind = 'missing' | 'null' | 'list' | 'text' | 'number' | 'true' | 'false' | 'object' | 'function' | 'symbol';

/** The `ValueKind` of a value. */
export function valueKind(value: unknown): ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'function') return 'function';
  return typeof value === 'symbol' ? 'symbol' : 'object';
}

const issue = (path: string, code: string, params?: Record<string, string | number>): CatalogIssue =>
  params ? { path, code, params } : { path, code };

/** Reports the second and later uses of an id (or of a plain string, without `key`) in a list. */
function unique(list: unknown[], path: string, add: Add, key?: string): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const id = textOf(item, key);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else add(`${path}[${index}]${key ? `.${key}` : ''}`, 'duplicate-id', { id, first: `${path}[${first}]` });
  });
  return new Set(seen.keys());
}

/** Min above max, or a step that does not divide the range, for the catalog's storage or a service's override. */
function checkStorage(base: unknown, override: Raw | undefined, path: string, add: Add): void {
  const has = (key: string) => own(override, key) !== undefined;
  const value = (key: string, fallback?: number): number | undefined => {
    const raw = has(key) ? own(override, key) : (own(base, key) ?? fallback);
    return Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= MAX_STORAGE_GB ? (raw as number) : undefined;
  };
  if (override && !has('minGb') && !has('maxGb') && !has('stepGb')) return;
  const min = value('minGb', 50);
  const max = value('maxGb');
  const step = value('stepGb', 1);
  // A service's problem is reported at a key it sets itself.
  const at = (...keys: string[]) => `${path}.${(override && keys.find(has)) || keys[0]}`;
  if (min === undefined || max === undefined) return;
  if (min > max) add(at('minGb', 'maxGb'), 'storage-min-above-max', { min, max });
  else if (step !== undefined && (max - min) % step !== 0) {
    add(at('stepGb', 'minGb', 'maxGb'), 'storage-step-mismatch', { step, min, max });
  }
}

/** Where the customer-facing texts are, as paths into a catalog (`[]`: each item of a list). */
const LOCALIZED_TEXTS = [
  'services[].name', 'services[].description', 'services[].nodeTypes[].label', 'services[].nodeTypes[].description',
  'services[].sizes[].label', 'regions[].label', 'regions[].availabilityZones[].label', 'documents[].title', 'documents[].url',
  'support',
  'pricing.tax.label',
  ...['options[]', 'services[].options[]'].flatMap((at) =>
    ['label', 'description', 'unit', 'choices[].label', 'choices[].description'].map((key) => `${at}.${key}`),
  ),
];

/**
 * The keys of localized texts (maps): locale tags (`__proto__` too, which zod skips in silence), the catalog's default
 * locale among them. The texts themselves are zod's to check.
 */
function checkLocalizedTexts(raw: Raw, add: Add): void {
  const given = own(raw, 'defaultLocale') ?? 'en';
  const locale = typeof given === 'string' && isLocaleTag(given) ? given : undefined;
  const visit = (value: unknown, path: PropertyKey[], steps: string[]): void => {
    const [step, ...rest] = steps;
    if (step === undefined) {
      if (!isRecord(value)) return;
      for (const key of Object.keys(value)) if (!isLocaleTag(key)) add(formatPath([...path, key]), 'invalid-locale');
      if (locale !== undefined && own(value, locale) === undefined) add(formatPath(path), 'missing-default-locale', { locale });
      return;
    }
    const key = step.replace('[]', '');
    const field = own(value, key);
    if (step.endsWith('[]')) listOf(field).forEach((item, i) => visit(item, [...path, key, i], rest));
    else visit(field, [...path, key], rest);
  };
  for (const path of LOCALIZED_TEXTS) visit(raw, [], path.split('.'));
}

/** zod's issues with those of a localized text's union unpacked: the issues of the form the input took (the map for an object). */
function unpackUnions(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ ...issue, path }];
    return unpackUnions(issue.errors[isRecord(issue.input) ? 1 : 0] ?? [], path);
  });
}

/** Rules between fields (unique ids, references, storage range, price precision), read defensively from raw input. */
function checkReferences(raw: Raw, add: Add, warn: Add): void {
  const currency = textOf(raw, 'currency');
  const digits = currency !== undefined && CURRENCY.test(currency) ? currencyDigits(currency) : undefined;
  const checkPrice = (value: unknown, path: string) => {
    if (digits === undefined || typeof value !== 'string' || !PRICE_PATTERN.test(value)) return;
    if ((value.split('.')[1]?.length ?? 0) > digits) add(path, 'price-too-precise', { currency: currency ?? '', digits });
  };

  const storage = own(raw, 'storage');
  checkStorage(storage, undefined, 'storage', add);
  checkPrice(own(storage, 'pricePerGbMonth'), 'storage.pricePerGbMonth');

  const regionList = own(raw, 'regions');
  const regions = listOf(regionList);
  const regionIds = unique(regions, 'regions', add, 'id');
  const serviceList = own(raw, 'services');
  const services = listOf(serviceList);
  unique(services, 'services', add, 'id');
  const sizesByService = new Map<string, Set<string>>();

  services.forEach((service, i) => {
    const path = `services[${i}]`;
    unique(listOf(own(service, 'versions')), `${path}.versions`, add);
    const nodeTypeList = own(service, 'nodeTypes');
    const nodeTypes = listOf(nodeTypeList);
    const nodeTypeIds = unique(nodeTypes, `${path}.nodeTypes`, add, 'id');
    const sizes = listOf(own(service, 'sizes'));
    const sizeIds = unique(sizes, `${path}.sizes`, add, 'id');
    const usedNodeTypes = new Set<string>();
    sizes.forEach((size, k) => {
      const nodeType = textOf(size, 'nodeType');
      if (nodeType !== undefined) {
        usedNodeTypes.add(nodeType);
        if (Array.isArray(nodeTypeList) && !nodeTypeIds.has(nodeType)) {
          add(`${path}.sizes[${k}].nodeType`, 'unknown-node-type', { id: nodeType });
        }
      }
      const sizeRegions = listOf(own(size, 'regions'));
      unique(sizeRegions, `${path}.sizes[${k}].regions`, add);
      sizeRegions.forEach((region, m) => {
        if (typeof region === 'string' && Array.isArray(regionList) && !regionIds.has(region)) {
          add(`${path}.sizes[${k}].regions[${m}]`, 'unknown-region', { id: region });
        }
      });
      checkPrice(own(size, 'monthlyPrice'), `${path}.sizes[${k}].monthlyPrice`);
    });
    nodeTypes.forEach((nodeType, k) => {
      const id = textOf(nodeType, 'id');
      if (id !== undefined && !usedNodeTypes.has(id)) warn(`${path}.nodeTypes[${k}]`, 'node-type-without-size', { id });
    });
    checkPrice(own(service, 'monthlyBaseFee'), `${path}.monthlyBaseFee`);
    const override = own(service, 'storage');
    if (isRecord(override)) {
      checkStorage(storage, override, `${path}.storage`, add);
      checkPrice(own(override, 'pricePerGbMonth'), `${path}.storage.pricePerGbMonth`);
    }
    const id = textOf(service, 'id');
    if (id !== undefined && !sizesByService.has(id)) sizesByService.set(id, sizeIds);
  });

  const serviceKnown = (id: string) => !Array.isArray(serviceList) || sizesByService.has(id);
  regions.forEach((region, i) => {
    const path = `regions[${i}]`;
    unique(listOf(own(region, 'availabilityZones')), `${path}.availabilityZones`, add, 'id');
    const offers = listOf(own(region, 'offers'));
    unique(offers, `${path}.offers`, add, 'service');
    offers.forEach((offer, k) => {
      const service = textOf(offer, 'service');
      if (service === undefined) return;
      if (!serviceKnown(service)) return add(`${path}.offers[${k}].service`, 'unknown-service', { id: service });
      const offered = listOf(own(offer, 'sizes'));
      unique(offered, `${path}.offers[${k}].sizes`, add);
      offered.forEach((size, m) => {
        if (typeof size === 'string' && sizesByService.get(service)?.has(size) === false) {
          add(`${path}.offers[${k}].sizes[${m}]`, 'unknown-size', { id: size, service });
        }
      });
    });
  });

  checkOptions(raw, add, checkPrice);

  const documents = listOf(own(raw, 'documents'));
  unique(documents, 'documents', add, 'id');
  documents.forEach((doc, i) => {
    const listed = listOf(own(doc, 'services'));
    unique(listed, `documents[${i}].services`, add);
    listed.forEach((service, k) => {
      if (typeof service === 'string' && !serviceKnown(service)) {
        add(`documents[${i}].services[${k}]`, 'unknown-service', { id: service });
      }
    });
  });
}

/** The fields each option type may have beyond the common ones; the other types' fields are refused on it. */
const OPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  choice: ['choices'],
  toggle: [],
  number: ['min', 'max', 'step', 'unit', 'nodeCount'],
  text: ['minLength', 'maxLength', 'pattern'],
};
/** The fields an option type cannot do without. */
const OPTION_NEEDS: Readonly<Record<string, readonly string[]>> = { choice: ['choices'], number: ['min', 'max'] };
const TYPE_FIELDS = new Set(Object.values(OPTION_FIELDS).flat());

/** One option's own rules: fields of its type, ranges, unique choices, prices' decimals. */
function checkOption(option: unknown, path: string, add: Add, checkPrice: (value: unknown, path: string) => void): void {
  const type = textOf(option, 'type');
  const fields = type !== undefined ? OPTION_FIELDS[type] : undefined;
  if (fields) {
    for (const field of TYPE_FIELDS) {
      if (own(option, field) !== undefined && !fields.includes(field)) add(`${path}.${field}`, 'option-field-not-for-type', { field, type: type! });
    }
    for (const field of OPTION_NEEDS[type!] ?? []) if (own(option, field) === undefined) add(path, 'option-needs-field', { field, type: type! });
  }
  const whole = (key: string) => (Number.isInteger(own(option, key)) ? (own(option, key) as number) : undefined);
  if (type === 'number') {
    const [min, max, step] = [whole('min'), whole('max'), whole('step') ?? 1];
    if (min !== undefined && max !== undefined) {
      if (min > max) add(`${path}.min`, 'option-min-above-max', { min, max });
      else if (step >= 1 && (max - min) % step !== 0) add(`${path}.step`, 'option-step-mismatch', { step, min, max });
    }
  } else if (type === 'text') {
    const [min, max] = [whole('minLength'), whole('maxLength')];
    if (min !== undefined && max !== undefined && min > max) add(`${path}.minLength`, 'option-min-above-max', { min, max });
  }
  const prices = (effect: unknown, at: string) => {
    for (const key of ['monthly', 'perNode', 'perUnit']) checkPrice(own(effect, key), `${at}.${key}`);
    if (own(effect, 'perUnit') !== undefined && type !== undefined && type !== 'number') {
      add(`${at}.perUnit`, 'option-field-not-for-type', { field: 'perUnit', type });
    }
  };
  prices(own(option, 'price'), `${path}.price`);
  const choices = listOf(own(option, 'choices'));
  unique(choices, `${path}.choices`, add, 'id');
  choices.forEach((choice, k) => prices(own(choice, 'price'), `${path}.choices[${k}].price`));
  unique(listOf(own(option, 'regions')), `${path}.regions`, add);
  unique(listOf(own(option, 'sizes')), `${path}.sizes`, add);
}

/**
 * The options' rules between fields: unique ids (a service's own option may not reuse the id of a catalog option for
 * it), each option's own rules, references (regions, sizes, the option a `when` names, the services of a catalog
 * option), one node-count option per service, no circle of `when`s.
 */
function checkOptions(raw: Raw, add: Add, checkPrice: (value: unknown, path: string) => void): void {
  const regionList = own(raw, 'regions');
  const regionIds = new Set(listOf(regionList).map((region) => textOf(region, 'id')));
  const serviceList = own(raw, 'services');
  const services = listOf(serviceList);
  const catalogOptions = listOf(own(raw, 'options'));
  unique(catalogOptions, 'options', add, 'id');
  const applies = (option: unknown, service: unknown) => {
    const ids = own(option, 'services');
    const kinds = own(option, 'kinds');
    if (ids === undefined && kinds === undefined) return true;
    const id = textOf(service, 'id');
    const kind = textOf(service, 'kind');
    return (id !== undefined && listOf(ids).includes(id)) || (kind !== undefined && listOf(kinds).includes(kind));
  };
  // Each service's options with their paths; a catalog option once per service it applies to.
  const perService = services.map((service, i) => {
    const shared = catalogOptions.flatMap((option, k) => (applies(option, service) ? [{ option, path: `options[${k}]` }] : []));
    const ownOptions = listOf(own(service, 'options')).map((option, k) => ({ option, path: `services[${i}].options[${k}]` }));
    unique(ownOptions.map(({ option }) => option), `services[${i}].options`, add, 'id');
    for (const { option, path } of ownOptions) {
      const id = textOf(option, 'id');
      const clash = shared.find((entry) => id !== undefined && textOf(entry.option, 'id') === id);
      if (clash) add(`${path}.id`, 'duplicate-id', { id: id!, first: clash.path });
    }
    return { service, options: [...shared, ...ownOptions] };
  });

  catalogOptions.forEach((option, k) => {
    checkOption(option, `options[${k}]`, add, checkPrice);
    listOf(own(option, 'services')).forEach((id, m) => {
      if (typeof id === 'string' && Array.isArray(serviceList) && !services.some((service) => textOf(service, 'id') === id)) {
        add(`options[${k}].services[${m}]`, 'unknown-service', { id });
      }
    });
  });
  services.forEach((service, i) => listOf(own(service, 'options')).forEach((option, k) => checkOption(option, `services[${i}].options[${k}]`, add, checkPrice)));

  // References, judged per service; a catalog option's problem is reported once.
  const reported = new Set<string>();
  const once = (path: string, code: string, params: Record<string, string | number>) => {
    if (reported.has(`${path} ${code}`)) return;
    reported.add(`${path} ${code}`);
    add(path, code, params);
  };
  for (const { service, options } of perService) {
    const sizeIds = new Set(listOf(own(service, 'sizes')).map((size) => textOf(size, 'id')));
    const ids = new Set(options.map(({ option }) => textOf(option, 'id')));
    const serviceId = textOf(service, 'id') ?? '';
    const nodeCounts = options.filter(({ option }) => own(option, 'nodeCount') === true && textOf(option, 'type') === 'number');
    nodeCounts.slice(1).forEach(({ path }) => once(`${path}.nodeCount`, 'duplicate-node-count', { service: serviceId, first: nodeCounts[0]!.path }));
    for (const { option, path } of options) {
      listOf(own(option, 'regions')).forEach((region, m) => {
        if (typeof region === 'string' && Array.isArray(regionList) && !regionIds.has(region)) once(`${path}.regions[${m}]`, 'unknown-region', { id: region });
      });
      // A catalog option for several services may name sizes some of them lack; a size no service of it has is a typo.
      listOf(own(option, 'sizes')).forEach((size, m) => {
        if (typeof size !== 'string') return;
        const known = path.startsWith('services')
          ? sizeIds.has(size)
          : perService.some((entry) => entry.options.some((other) => other.option === option) && listOf(own(entry.service, 'sizes')).some((s) => textOf(s, 'id') === size));
        if (!known) once(`${path}.sizes[${m}]`, 'unknown-size', { id: size, service: serviceId });
      });
      const other = textOf(own(option, 'when'), 'option');
      if (other !== undefined && !ids.has(other)) once(`${path}.when.option`, 'unknown-option', { id: other, service: serviceId });
    }
    // A circle of `when`s: no option of it could ever be offered.
    const next = new Map(options.map(({ option }) => [textOf(option, 'id'), textOf(own(option, 'when'), 'option')]));
    for (const { option, path } of options) {
      const start = textOf(option, 'id');
      const chain = [start];
      let at = next.get(start);
      while (at !== undefined && !chain.includes(at) && chain.length <= options.length) {
        chain.push(at);
        at = next.get(at);
      }
      if (at !== undefined && at === start) once(`${path}.when.option`, 'circular-option-dependency', { cycle: [...chain, start].join(' → ') });
    }
  }
}

/** Option defaults that break their option's own rules; needs a well-formed catalog. */
function checkOptionDefaults(catalog: Catalog, add: Add): void {
  const check = (option: ServiceOption | CatalogOption, path: string) => {
    if (option.default === undefined) return;
    const result = checkOptionValue(option, option.default);
    if (!result.ok) add(`${path}.default`, 'invalid-default', { reason: result.code, ...result.params });
  };
  catalog.options.forEach((option, k) => check(option, `options[${k}]`));
  catalog.services.forEach((service, i) => service.options?.forEach((option, k) => check(option, `services[${i}].options[${k}]`)));
}

/** Services and sizes that no region offers; needs a well-formed catalog. */
function checkCoverage(catalog: Catalog, add: Add): void {
  catalog.services.forEach((service, i) => {
    const regions = regionsFor(catalog, service);
    if (!regions.length) return add(`services[${i}]`, 'service-not-offered', { id: service.id });
    service.sizes.forEach((size, k) => {
      if (!regions.some((region) => isSizeOffered(service, size, region))) {
        add(`services[${i}].sizes[${k}]`, 'size-not-offered', { id: size.id, service: service.id });
      }
    });
  });
}

/**
 * Checks a catalog (e.g. `JSON.parse`d) and returns it with defaults filled in, or every problem found. Never throws;
 * never assigns input keys onto objects, so `__proto__` in the input cannot reach any prototype.
 */
export function parseCatalog(input: unknown): ParseCatalogResult {
  const issues: CatalogIssue[] = [];
  const warnings: CatalogIssue[] = [];
  if (!isRecord(input)) {
    issues.push(issue('', 'catalog-not-an-object', { received: valueKind(input) }));
    return { ok: false, issues, warnings };
  }
  const add: Add = (path, code, params) => issues.push(issue(path, code, params));
  const warn: Add = (path, code, params) => warnings.push(issue(path, code, params ?? {}));
  const parsed = z.safeParse(catalogSchemas().catalogSchema, input, { reportInput: true });
  if (!parsed.success) issues.push(...issuesFromZod(unpackUnions(parsed.error.issues), CATALOG_SCHEMA_CODES));
  checkLocalizedTexts(input, add);
  checkReferences(input, add, warn);
  if (parsed.success && !issues.length) {
    checkCoverage(parsed.data, add);
    checkOptionDefaults(parsed.data, add);
  }
  return parsed.success && !issues.length ? { ok: true, catalog: parsed.data, warnings } : { ok: false, issues, warnings };
}
