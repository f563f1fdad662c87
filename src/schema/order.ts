/**
 * The order payload the wizard sends and the host's server checks (`validateOrder` in `core/order-validation.ts` adds
 * the rules that need the catalog). Strings are trimmed, codes normalised (country upper case, UUID lower case).
 * Pure: no lit, no DOM, runs in Node.
 */
import * as z from 'zod/mini';
import { FREE_TEXT_CODES, freeText } from './free-text.js';

/** Any UUID version, canonical 8-4-4-4-12 hex, either case (stored lower case). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_ATOM = "[\\w!#$%&'*+/=?^`{|}~-]+";
const EMAIL_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** Syntax only (ASCII addresses, a dotted domain); whether the mailbox exists is for the server to find out. */
const EMAIL = new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@${EMAIL_LABEL}(?:\\.${EMAIL_LABEL})+$`);
/** Loose on purpose: a two-letter prefix and 2–14 letters or digits once spaces, dots and hyphens are dropped. */
const VAT_ID = /^[A-Z]{2}[0-9A-Z]{2,14}$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

// The 249 officially assigned ISO 3166-1 alpha-2 codes, grouped by first letter (user-assigned codes such as XK are not).
const COUNTRY_GROUPS =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY HKMNRTU ' +
  'IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW ' +
  'SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  COUNTRY_GROUPS.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second)),
);

/** An ISO 8601 date-time with seconds optional and a time zone (`Z` or `±hh:mm`), on a real calendar day. */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second = 0, offsetHour = 0, offsetMinute = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1] ?? 0;
  return day! >= 1 && day! <= days && hour! <= 23 && minute! <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
}

// The schemas are made on first use (the first `validateOrder`), not when the module loads: a page showing the
// wizard's first step does not validate an order before that step is painted, and on a phone building them cost
// about a tenth of the CDN file's evaluation.
function makeOrderSchemas() {
  // Every text of an order is free text to the host's database: no control or bidi characters (`free-text.ts`).
  const text = (max: number) => z.string().check(z.trim(), freeText(), z.minLength(1), z.maxLength(max));
  /** Text a user types; its code covers missing, empty and wrong-typed values ("Enter the company name."). */
  const entered = (code: string, max: number) => z.string(code).check(z.trim(), freeText(), z.minLength(1, code), z.maxLength(max));

  const newBillingProfileSchema = z.strictObject({
    company: entered('company-missing', 200),
    contactName: entered('contact-name-missing', 200),
    email: entered('email-missing', 254).check(z.regex(EMAIL, 'email-invalid')),
    /** Street and house number. */
    street: entered('street-missing', 200),
    postalCode: entered('postal-code-missing', 20),
    city: entered('city-missing', 100),
    /** ISO 3166-1 alpha-2, e.g. "DE" (lower case is accepted and upper-cased). */
    country: z.string('country-unknown').check(
      z.trim(),
      z.toUpperCase(),
      z.refine((code) => COUNTRY_CODES.has(code), 'country-unknown'),
    ),
    /** Optional; stored without spaces, dots and hyphens, upper case. An empty value counts as not given. */
    vatId: z.optional(
      z.string('vat-id-invalid').check(
        z.overwrite((value) => value.replace(/[\s.-]/g, '').toUpperCase()),
        freeText(),
        z.refine((value) => value === '' || VAT_ID.test(value), 'vat-id-invalid'),
      ),
    ),
  });

  /**
   * Exactly one of `id` (an existing profile of the customer) or `new`. Written as one object with two optional keys so
   * each problem gets its own path; `validateOrder` reports both or neither.
   */
  const billingProfileSchema = z.strictObject({
    id: z.optional(text(100)),
    new: z.optional(newBillingProfileSchema),
  });

  const documentAcceptanceSchema = z.strictObject({
    /** A catalog document id. */
    id: text(100),
    /** The document version the user saw; must be the catalog's current one. */
    version: text(50),
    /** When the user accepted it: ISO 8601 with time zone, e.g. "2026-11-21T09:30:00Z" (stored as UTC). */
    acceptedAt: z.string('invalid-date-time').check(z.refine(isIsoDateTime, 'invalid-date-time')),
  });

  const trustedSourceItemSchema = z.strictObject({
    /** Canonical CIDR, e.g. "203.0.113.0/24" or "2001:db8::/48"; anything else is refused, not rewritten. */
    cidr: z.string(),
    /** What the range is, e.g. "office"; empty labels are dropped. */
    label: z.optional(z.string().check(z.trim(), z.maxLength(100), freeText())),
  });

  const orderSchema = z.strictObject({
    /** A UUID the client makes once per order, so a resent order is not placed twice. */
    idempotencyKey: z.string().check(z.regex(UUID, 'invalid-idempotency-key'), z.toLowerCase()),
    /** A catalog service id, e.g. "postgresql". */
    serviceId: text(100),
    /** One of the service's `versions`. */
    version: text(50),
    nodeTypeId: text(100),
    /** A size of that service and node type, offered in the region. */
    sizeId: text(100),
    /** Whole GB within the service's storage rules, on a step. */
    storageGb: z.number('storage-not-a-number'),
    trustedSources: z.array(trustedSourceItemSchema).check(z.maxLength(10_000)),
    /** Must be true when the catalog allows the whole internet and the list covers it. */
    trustedSourcesConfirmWholeInternet: z.optional(z.boolean()),
    regionId: text(100),
    /** Optional: without it the provider picks a zone of the region. */
    availabilityZoneId: z.optional(text(100)),
    billingProfile: billingProfileSchema,
    acceptedDocuments: z.array(documentAcceptanceSchema).check(z.maxLength(100)),
    /**
     * The values of the service's options by option id: a choice id or text, a whole number, true or false. An option
     * left out takes its default; `validateOrder` checks each value against the catalog and returns every offered
     * option that has a value.
     */
    options: z.optional(z.catchall(z.object({}), z.unknown())),
    meta: z.optional(z.strictObject({ /** Who sold or embedded the order. */ partner: z.optional(text(100)) })),
  });
  return { newBillingProfileSchema, billingProfileSchema, documentAcceptanceSchema, trustedSourceItemSchema, orderSchema };
}

/** The order's zod schemas, by name (each is also exported on its own). */
export type OrderSchemas = ReturnType<typeof makeOrderSchemas>;
let made: OrderSchemas | undefined;
/** The order's schemas, made on the first call. */
export const orderSchemas = (): OrderSchemas => (made ??= makeOrderSchemas());
/** One of the schemas; a call a bundler drops with the export when nothing uses it (`@__PURE__` below). */
const schemaNamed = <K extends keyof OrderSchemas>(name: K): OrderSchemas[K] => orderSchemas()[name];

// The schemas, for an integrator's own code (its server): made when the importing module loads.
/** A new invoice profile, typed by the customer. */
export const newBillingProfileSchema = /* @__PURE__ */ schemaNamed('newBillingProfileSchema');
/** Exactly one of `id` (an existing profile of the customer) or `new`; `validateOrder` reports both or neither. */
export const billingProfileSchema = /* @__PURE__ */ schemaNamed('billingProfileSchema');
/** A catalog document the customer accepted: its id, the version seen, when. */
export const documentAcceptanceSchema = /* @__PURE__ */ schemaNamed('documentAcceptanceSchema');
/** A trusted source of the order: its canonical CIDR and an optional label. */
export const trustedSourceItemSchema = /* @__PURE__ */ schemaNamed('trustedSourceItemSchema');
/** The order payload. */
export const orderSchema = /* @__PURE__ */ schemaNamed('orderSchema');

/** The codes the order's schemas name themselves (through zod's error parameter). */
export const ORDER_SCHEMA_CODES: ReadonlySet<string> = new Set([
  'invalid-idempotency-key', 'storage-not-a-number', 'company-missing', 'contact-name-missing', 'email-missing',
  'email-invalid', 'street-missing', 'postal-code-missing', 'city-missing', 'country-unknown', 'vat-id-invalid',
  'invalid-date-time', ...FREE_TEXT_CODES,
]);

/** Codes whose message also fits a missing value. */
export const KEEP_WHEN_MISSING: ReadonlySet<string> = new Set([
  'storage-not-a-number', 'company-missing', 'contact-name-missing', 'email-missing', 'street-missing',
  'postal-code-missing', 'city-missing', 'country-unknown',
]);

export type NewBillingProfileInput = z.input<typeof newBillingProfileSchema>;
export type NewBillingProfile = z.output<typeof newBillingProfileSchema>;
/** An existing billing profile of the customer, by id. */
export interface BillingProfileRef {
  id: string;
}
export type BillingProfileChoiceInput = BillingProfileRef | { new: NewBillingProfileInput };
export type BillingProfileChoice = BillingProfileRef | { new: NewBillingProfile };
export type DocumentAcceptance = z.output<typeof documentAcceptanceSchema>;
export type TrustedSourceItem = z.output<typeof trustedSourceItemSchema>;
/** What a client sends. */
export type OrderInput = Omit<z.input<typeof orderSchema>, 'billingProfile' | 'options'> & {
  billingProfile: BillingProfileChoiceInput;
  options?: Record<string, string | number | boolean>;
};
/** A valid order as `validateOrder` returns it: trimmed, normalised, `acceptedAt` in UTC. */
export type Order = Omit<z.output<typeof orderSchema>, 'billingProfile' | 'options'> & {
  billingProfile: BillingProfileChoice;
  /** Every option offered for the order's choices that has a value (given, else its default), text trimmed. */
  options: Record<string, string | number | boolean>;
};
