/**
 * The decisions of following an order's status, by polling or by a status stream: when to ask or reconnect again,
 * which answers count, and when to stop. Pure: no lit, no DOM, no timers; the loops themselves live in
 * `controllers/live-status-controller.ts`.
 */
import {
  FINAL_STATUSES,
  parseStatusAnswer,
  type FinalOrderStatus,
  type OrderStatus,
  type StatusAnswer,
} from '../schema/order-status.js';

export const DEFAULT_POLL_INTERVAL_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Backoff never waits longer than this by default, however long the outage. */
export const DEFAULT_MAX_BACKOFF_MS = 60_000;

export interface PollDelayInput {
  /** Failed requests in a row (rejections and timeouts); 0 while healthy. */
  readonly failures: number;
  /** The steady interval while healthy, in ms. */
  readonly intervalMs: number;
  /**
   * The cap of the backoff, in ms; a cap below `intervalMs` counts as `intervalMs`. Default: 12 intervals, at most
   * `DEFAULT_MAX_BACKOFF_MS`, so that a fast-polling badge also comes back soon after an outage.
   */
  readonly maxBackoffMs?: number;
  /** Random source in [0, 1); `Math.random` unless a test passes its own. */
  readonly random?: () => number;
}

/** A duration from an attribute or option: a positive finite number of ms, else the fallback. */
export function toDurationMs(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * How long to wait before the next status request. Healthy (`failures` 0): the steady interval. After the n-th failure
 * in a row: exponential backoff from the interval (ceiling = interval × 2ⁿ, capped at `maxBackoffMs`) with "equal
 * jitter", a delay in [ceiling/2, ceiling]: many badges that lost the same server do not all come back in the same
 * millisecond, and none retries at once. Bad inputs (negative,
 * NaN, infinite) fall back to safe values rather than throwing: a timer must always get a finite delay.
 */
export function nextPollDelay({ failures, intervalMs, maxBackoffMs, random = Math.random }: PollDelayInput): number {
  const interval = toDurationMs(intervalMs, DEFAULT_POLL_INTERVAL_MS);
  const failed = Number.isFinite(failures) ? Math.max(0, Math.floor(failures)) : 0;
  if (failed === 0) return interval;
  const wantedCap = maxBackoffMs ?? Math.min(DEFAULT_MAX_BACKOFF_MS, 12 * interval);
  const cap = Math.max(interval, toDurationMs(wantedCap, DEFAULT_MAX_BACKOFF_MS));
  // 2 ** 1100 is Infinity, which min() turns into the cap: no overflow to guard against.
  const ceiling = Math.min(cap, interval * 2 ** failed);
  const draw = random();
  const share = Number.isFinite(draw) ? Math.min(1, Math.max(0, draw)) : 0.5;
  return Math.round(ceiling / 2 + (ceiling / 2) * share);
}

/**
 * The retry schedule of one connection (polling, or a status stream): counts the failures in a row and tells how long
 * to wait before the next attempt (`nextPollDelay`). `next(true)` after an answer (or an open stream): healthy again, so
 * the next attempt comes one interval later, however long the outage was. Keeps no timer: the controller sets them.
 */
export class Backoff {
  failures = 0;

  constructor(
    private readonly intervalMs: () => number,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait in ms after an attempt that succeeded (`ok`) or failed. */
  next(ok: boolean): number {
    this.failures = ok ? 0 : this.failures + 1;
    return nextPollDelay({ failures: this.failures, intervalMs: this.intervalMs(), random: this.random });
  }
}

/** Whether nothing will change after this status (`ready`, `failed`, `cancelled`), so polling stops. */
export function isFinalStatus(status: OrderStatus | string): status is FinalOrderStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

/**
 * What a poll's answer means. An answer without a textual `status` (null, `{}`, an HTML error page passed on as a
 * string) is a broken endpoint: `undefined`, a failure like a rejection, so the last known status stays. An answer
 * with a status we do not know (`suspended`) is real news and shows as `unknown`.
 */
export function readPolledAnswer(value: unknown): StatusAnswer | undefined {
  try {
    if (typeof value !== 'object' || value === null || typeof (value as { status?: unknown }).status !== 'string') {
      return undefined;
    }
  } catch {
    return undefined;
  }
  return parseStatusAnswer(value);
}

/**
 * What one `status` event of a status stream means: its `data` is JSON `{ orderId, status, updatedAt?, message? }`,
 * read like a poll's answer. Undefined (the event is ignored, the status shown stays) for data that is not JSON, has no
 * textual status, or is about another order than `orderId`.
 */
export function readStreamedStatus(data: unknown, orderId: string): StatusAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(String(data));
  } catch {
    return undefined;
  }
  const answer = readPolledAnswer(value);
  return answer && (value as { orderId?: unknown }).orderId === orderId ? answer : undefined;
}
