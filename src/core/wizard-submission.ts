/**
 * Placing the order: a small state machine (`idle → submitting → placed | failed`) that sends exactly one `order-submit`
 * per attempt and picks the idempotency key. Pure: no DOM; the key maker is injected.
 *
 * The element's flow: validate `buildOrder(…)` (any key), take `orderFingerprint(result.order)`, call `startSubmit`;
 * when it says `send`, save the draft WITH the returned key and fingerprint (a reload mid-request must retry with the
 * same key), then fire `order-submit` with `{ ...result.order, idempotencyKey }`. On the answer: `resolveSubmit` or
 * `rejectSubmit` (a timeout rejects with an error named `TimeoutError`, as `AbortSignal.timeout()` makes).
 *
 * Key rule: a key changes only when the order changes. The fingerprint leaves out the key itself and each document's
 * `acceptedAt`: ticking a checkbox again, or a restore, does not make another order; a document's id and version do.
 */
import { isRecord, own } from '../schema/raw-input.js';
import { STEP_IDS, stepForPath, type StepId } from './wizard-steps.js';

export type SubmissionStatus = 'idle' | 'submitting' | 'placed' | 'failed';

/** The host's answer to `order-submit` when its backend placed the order: what `respondWith`'s promise resolves to. */
export interface OrderSubmitAnswer {
  /** The backend's id of the order, non-empty. */
  readonly orderId: string;
}

/** A problem the host's backend found at one field of the order: its path (`trustedSources[0].cidr`) and its words. */
export interface OrderSubmitFieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * What `respondWith`'s promise should reject with when the backend refused the order (TypeScript cannot type a
 * rejection: type the thrown body with `satisfies OrderSubmitRejection`). With `fieldErrors` the wizard takes the
 * customer to the first step concerned and shows each message at its field; `validateOrder`'s issues are such field
 * errors. Any other rejection shows "We could not confirm your order" with `message`, and "Try again".
 */
export interface OrderSubmitRejection {
  readonly message: string;
  readonly fieldErrors?: readonly OrderSubmitFieldError[];
}

/** One error the host reported for a field: its order path, the host's words, the step holding the field. */
export interface FieldError {
  path: string;
  message: string;
  step: StepId;
}

/** Why an attempt did not place the order. Only `field-errors` needs a change; the others retry with the same key. */
export type SubmitFailure =
  | { kind: 'field-errors'; fieldErrors: FieldError[]; step: StepId; message?: string }
  /** The host rejected without usable field errors: "we could not confirm your order", with the host's words if any. */
  | { kind: 'message'; message?: string }
  | { kind: 'timeout' }
  /** The host resolved without a non-empty string `orderId`: the order may or may not be placed. */
  | { kind: 'invalid-response' };

export interface SubmissionState {
  readonly status: SubmissionStatus;
  /** Key and fingerprint of the current or last attempt. */
  readonly idempotencyKey?: string;
  readonly orderFingerprint?: string;
  readonly orderId?: string;
  readonly failure?: SubmitFailure;
}

export type StartResult =
  | { state: SubmissionState; send: true; idempotencyKey: string }
  | { state: SubmissionState; send: false };

const MAX_TEXT = 500;
const MAX_FIELD_ERRORS = 100;

type Raw = Record<string, unknown>;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : undefined;

/**
 * A random UUID v4: `crypto.randomUUID()` where it exists (browsers offer it in secure contexts only), else one made
 * from `crypto.getRandomValues`, which every context has.
 */
export function randomUuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A fresh state, or one restored from a saved draft, so a retry reuses the saved key; `placed` (from the placed marker,
 * with its `orderId` when known) makes it a placed order that is never sent again.
 */
export function createSubmission(
  saved: { idempotencyKey?: string; orderFingerprint?: string; placed?: boolean; orderId?: string } = {},
): SubmissionState {
  const { idempotencyKey, orderFingerprint, placed, orderId } = saved;
  const attempt = idempotencyKey !== undefined && orderFingerprint !== undefined ? { idempotencyKey, orderFingerprint } : {};
  if (!placed || idempotencyKey === undefined) return { status: 'idle', ...attempt };
  return { status: 'placed', ...attempt, ...(orderId ? { orderId } : {}) };
}

/**
 * Starts an attempt, or refuses while one is running or the order is placed (a click storm, Enter plus click, a second
 * press send nothing more). The key of the last attempt is reused when the fingerprint is unchanged; a changed order
 * gets a new key from `newKey`.
 */
export function startSubmit(state: SubmissionState, orderFingerprint: string, newKey: () => string = randomUuid): StartResult {
  if (state.status === 'submitting' || state.status === 'placed') return { state, send: false };
  const idempotencyKey =
    state.idempotencyKey !== undefined && state.orderFingerprint === orderFingerprint ? state.idempotencyKey : newKey();
  return { state: { status: 'submitting', idempotencyKey, orderFingerprint }, send: true, idempotencyKey };
}

/**
 * An answer belongs to the current attempt when it comes while submitting, or late after a timeout or a failure of the
 * same attempt (the host may still answer). `attemptKey`, when given, must be the attempt's key.
 */
function isCurrent(state: SubmissionState, attemptKey: string | undefined): boolean {
  const open = state.status === 'submitting' || state.status === 'failed';
  return open && (attemptKey === undefined || attemptKey === state.idempotencyKey);
}

/**
 * The host resolved: placed with its `orderId`, or `invalid-response`. Pass the attempt's key as `attemptKey`, so an
 * answer to an earlier attempt (stale) leaves the state as it is.
 */
export function resolveSubmit(state: SubmissionState, value: unknown, attemptKey?: string): SubmissionState {
  if (!isCurrent(state, attemptKey)) return state;
  const { idempotencyKey, orderFingerprint } = state;
  const orderId = own(value, 'orderId');
  if (typeof orderId === 'string' && orderId.trim()) return { status: 'placed', idempotencyKey, orderFingerprint, orderId: orderId.trim() };
  return { status: 'failed', idempotencyKey, orderFingerprint, failure: { kind: 'invalid-response' } };
}

/** The host rejected (or the attempt timed out): failed, with the classified reason. Stale answers leave the state as it is. */
export function rejectSubmit(state: SubmissionState, error: unknown, attemptKey?: string): SubmissionState {
  if (!isCurrent(state, attemptKey)) return state;
  const { idempotencyKey, orderFingerprint } = state;
  return { status: 'failed', idempotencyKey, orderFingerprint, failure: classifySubmitError(error) };
}

/**
 * Sorts a rejection: an error named `TimeoutError` → `timeout`; well-formed `fieldErrors` (`{ path, message }`, both
 * non-empty text; malformed entries are left out) → `field-errors` with the earliest step concerned; anything else →
 * `message`, with the host's text when it gave one (a string, or an object's `message`). Never throws, also not for a
 * hostile object.
 */
export function classifySubmitError(error: unknown): SubmitFailure {
  try {
    if (typeof error === 'string') return text(error) ? { kind: 'message', message: text(error) } : { kind: 'message' };
    if (typeof error !== 'object' || error === null) return { kind: 'message' };
    const { name, message: hostMessage, fieldErrors: list } = error as { name?: unknown; message?: unknown; fieldErrors?: unknown };
    if (name === 'TimeoutError') return { kind: 'timeout' };
    const message = text(hostMessage);
    const fieldErrors: FieldError[] = [];
    for (const entry of Array.isArray(list) ? list.slice(0, MAX_FIELD_ERRORS) : []) {
      const path = text(own(entry, 'path'));
      const entryMessage = text(own(entry, 'message'));
      if (path && entryMessage) fieldErrors.push({ path, message: entryMessage, step: stepForPath(path) });
    }
    const step = STEP_IDS.find((candidate) => fieldErrors.some((fieldError) => fieldError.step === candidate));
    if (step) return message ? { kind: 'field-errors', fieldErrors, step, message } : { kind: 'field-errors', fieldErrors, step };
    return message ? { kind: 'message', message } : { kind: 'message' };
  } catch {
    return { kind: 'message' };
  }
}

/** Key order sorted, `undefined` left out, like JSON but stable. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
  // fromEntries defines own properties, so a "__proto__" key stays data.
  return Object.fromEntries(keys.map((key) => [key, canonical(value[key])]));
}

/**
 * A stable text of what the order says: keys sorted, without the idempotency key and without the documents' `acceptedAt`
 * (documents sorted by id). Take it from the validated order, so whitespace and case that validation normalises do not
 * count as a change.
 */
export function orderFingerprint(order: object): string {
  const { idempotencyKey: _key, acceptedDocuments, ...content } = order as Raw;
  const documents = Array.isArray(acceptedDocuments)
    ? acceptedDocuments
        .map((acceptance: unknown) => (isRecord(acceptance) ? { id: own(acceptance, 'id'), version: own(acceptance, 'version') } : acceptance))
        .sort((a, b) => {
          const [x, y] = [String(own(a, 'id')), String(own(b, 'id'))];
          return x < y ? -1 : x > y ? 1 : 0;
        })
    : acceptedDocuments;
  return JSON.stringify(canonical({ ...content, acceptedDocuments: documents }));
}
