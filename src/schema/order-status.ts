/**
 * An order's provisioning status and the answer a host's status endpoint gives: `{ status, message?, updatedAt? }`.
 * Pure: no lit, no DOM, runs in Node. The strict zod schema for backends is in `status-answer.ts`.
 */
/** The statuses an order goes through, in order. */
export const ORDER_STATUSES = ['received', 'provisioning', 'ready', 'failed', 'cancelled'] as const;
export type KnownOrderStatus = (typeof ORDER_STATUSES)[number];
/** A status as the widgets show it: a known one, or `unknown` for anything else. */
export type OrderStatus = KnownOrderStatus | 'unknown';

/** Statuses after which nothing changes any more: polling stops. */
export const FINAL_STATUSES = ['ready', 'failed', 'cancelled'] as const satisfies readonly KnownOrderStatus[];
export type FinalOrderStatus = (typeof FINAL_STATUSES)[number];

/**
 * The names the provider's portal uses (new, processing, DONE; see the seed documents) and the American spelling,
 * mapped to ours, so a backend modelled on that portal works as it is. Compared trimmed and case-insensitively.
 */
export const ORDER_STATUS_ALIASES: Readonly<Record<string, KnownOrderStatus>> = {
  new: 'received',
  processing: 'provisioning',
  done: 'ready',
  canceled: 'cancelled',
};

/** A status answer as the widgets use it: status normalised, message trimmed, `updatedAt` as an ISO string. */
export interface StatusAnswer {
  readonly status: OrderStatus;
  readonly message?: string;
  readonly updatedAt?: string;
}

// ISO 8601 date-time with `Z` or an offset. Checked without zod: the badge alone must stay small (no schema library).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a value is an ISO 8601 date-time with `Z` or an offset that names a real moment. */
export function isIsoDateTimeWithOffset(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Any value to a status: known names and aliases to theirs, everything else (other strings, non-strings) to `unknown`. */
export function toOrderStatus(value: unknown): OrderStatus {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if ((ORDER_STATUSES as readonly string[]).includes(name)) return name as KnownOrderStatus;
  return Object.hasOwn(ORDER_STATUS_ALIASES, name) ? ORDER_STATUS_ALIASES[name]! : 'unknown';
}

function toUpdatedAt(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return isIsoDateTimeWithOffset(value) ? value : undefined;
}

/**
 * Reads whatever a status endpoint answered. Never throws: an unknown or missing status becomes `unknown`, a message
 * that is not text (or blank) and an `updatedAt` that is neither an ISO date-time with offset nor epoch milliseconds
 * are dropped, and anything that is not an object is an answer with status `unknown`.
 */
export function parseStatusAnswer(input: unknown): StatusAnswer {
  try {
    return readStatusAnswer(input);
  } catch {
    // A getter or proxy that throws: still an answer, just one that says nothing.
    return { status: 'unknown' };
  }
}

function readStatusAnswer(input: unknown): StatusAnswer {
  const record: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const status = toOrderStatus(record['status']);
  const message = typeof record['message'] === 'string' ? record['message'].trim() : '';
  const updatedAt = toUpdatedAt(record['updatedAt']);
  return {
    status,
    ...(message ? { message } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  };
}
