// @ts-check
// The demo's pretend provisioning: an order's status follows from its age alone (nothing runs in the background),
// so a restart, a slow poll or a test with an injected clock all see the same story.

/** Milliseconds after creation, at speed 1, when the order starts provisioning and when it is done. */
export const PROVISIONING_AFTER_MS = 3_000;
export const DONE_AFTER_MS = 12_000;

/**
 * Text that makes an order fail, to show the failed state: put it in a trusted source's label or in the company name
 * of a new invoice profile (any case).
 */
export const FAIL_MARKER = 'fail-demo';

/** The status message of a failed demo order (the badge adds its own "open a support ticket" advice). */
export const FAILED_MESSAGE = `Provisioning stopped: this demo order contains the failure marker "${FAIL_MARKER}".`;

/** @param {unknown} value */
const hasMarker = (value) => typeof value === 'string' && value.toLowerCase().includes(FAIL_MARKER);

/**
 * Whether a validated order carries the failure marker.
 * @param {Record<string, unknown>} order
 */
export function isFailDemo(order) {
  const sources = Array.isArray(order['trustedSources']) ? order['trustedSources'] : [];
  if (sources.some((source) => hasMarker(source?.label))) return true;
  const billing = /** @type {{ new?: { company?: unknown } } | undefined} */ (order['billingProfile']);
  return hasMarker(billing?.new?.company);
}

/**
 * The status answer of an order at `now`: received, then provisioning, then ready (or failed, with the marker).
 * `updatedAt` is when the current status began. `speed` 2 runs twice as fast.
 * @param {{ createdAt: string, order: Record<string, unknown> }} record
 * @param {number} now epoch milliseconds
 * @param {number} speed
 * @returns {{ status: 'received' | 'provisioning' | 'ready' | 'failed', message?: string, updatedAt: string }}
 */
export function statusAt(record, now, speed) {
  const created = Date.parse(record.createdAt);
  const elapsed = (now - created) * speed;
  const at = (/** @type {number} */ offset) => new Date(created + Math.floor(offset / speed)).toISOString();
  if (elapsed < PROVISIONING_AFTER_MS) return { status: 'received', updatedAt: at(0) };
  if (elapsed < DONE_AFTER_MS) return { status: 'provisioning', updatedAt: at(PROVISIONING_AFTER_MS) };
  if (isFailDemo(record.order)) return { status: 'failed', message: FAILED_MESSAGE, updatedAt: at(DONE_AFTER_MS) };
  return { status: 'ready', updatedAt: at(DONE_AFTER_MS) };
}
