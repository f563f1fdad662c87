import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createSubmission, orderFingerprint, rejectSubmit, resolveSubmit, startSubmit, type OrderSubmitAnswer, type SubmissionState,
} from '../core/wizard-submission.js';
import type { Order } from '../schema/order.js';

/** What `submitOrder` gets beside the order: the attempt's key, and a signal aborted on timeout or when the wizard leaves the page. */
export interface SubmitOrderOptions {
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/**
 * The host's backend call, as the wizard's `submitOrder` property: resolves to `{ orderId }` (`OrderSubmitAnswer`) or
 * rejects with `{ message, fieldErrors?: [{ path, message }] }` (`OrderSubmitRejection`). May be `async` and await first.
 */
export type SubmitOrder = (order: Order, options: SubmitOrderOptions) => PromiseLike<OrderSubmitAnswer> | OrderSubmitAnswer;

/** The detail of `order-submit`: plain data, the attempt's abort signal, and the one function a host must call synchronously. */
export interface OrderSubmitDetail {
  readonly order: Order;
  readonly idempotencyKey: string;
  /** Aborted when the attempt times out (`TimeoutError`) or the wizard leaves the page (`AbortError`): pass it to `fetch`. */
  readonly signal: AbortSignal;
  /**
   * Pass the backend call, synchronously: it resolves to `{ orderId }` (`OrderSubmitAnswer`) or rejects with
   * `{ message, fieldErrors?: [{ path, message }] }` (`OrderSubmitRejection`). Ignored when `submitOrder` is set.
   */
  respondWith(answer: PromiseLike<OrderSubmitAnswer> | OrderSubmitAnswer): void;
}

export interface OrderSubmitOptions {
  /** Milliseconds to wait for the answer before "we could not confirm your order". */
  timeoutMs(): number;
  /** The host's `submitOrder`, when it set one: it places the order instead of a `respondWith` call. */
  submitOrder(): SubmitOrder | undefined;
  /** Before the event goes out: the host saves the draft with this key, so a reload mid-request retries with it. */
  onSending(state: SubmissionState): void;
  /** The attempt ended (placed or failed), or nothing answered. */
  onSettled(state: SubmissionState, order: Order): void;
}

/**
 * Sends `order-submit` for a Lit host: exactly one event per attempt (further presses while one runs send nothing),
 * the idempotency key from `startSubmit` (same order, same key), and the answer from `submitOrder` when set, else from
 * `respondWith`, taken only during dispatch. The attempt's signal aborts on timeout (which fails the attempt while still
 * taking a late answer) and when the host leaves the page (which fails it, the key kept for a retry). `noResponder` is
 * true when nothing answered.
 */
export class OrderSubmitController implements ReactiveController {
  state: SubmissionState = createSubmission();
  noResponder = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: { abort: AbortController; order: Order } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: OrderSubmitOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // The host's request must not run on for a wizard that left the page.
    this.#abort(undefined);
  }

  get busy(): boolean {
    return this.state.status === 'submitting';
  }

  restore(saved: Parameters<typeof createSubmission>[0]): void {
    this.state = createSubmission(saved);
    this.noResponder = false;
  }

  /** Starts an attempt with a validated order (any key); ignored while one runs or after the order was placed. */
  submit(order: Order): void {
    const start = startSubmit(this.state, orderFingerprint(order));
    if (!start.send) return;
    const attempt = ++this.#attempt;
    const key = start.idempotencyKey;
    this.state = start.state;
    this.noResponder = false;
    this.host.requestUpdate();
    this.options.onSending(this.state);
    const payload: Order = { ...order, idempotencyKey: key };
    const abort = new AbortController();
    const { signal } = abort;
    const submitOrder = this.options.submitOrder();
    let answer: Promise<unknown> | undefined;
    let open = !submitOrder;
    const detail: OrderSubmitDetail = {
      order: payload,
      idempotencyKey: key,
      signal,
      respondWith: (value) => {
        if (open && answer === undefined) answer = Promise.resolve(value);
      },
    };
    try {
      this.host.dispatchEvent(new CustomEvent('order-submit', { detail, bubbles: true, composed: true }));
    } finally {
      open = false;
    }
    // A synchronous throw of submitOrder is a rejection like any other.
    if (submitOrder) answer = new Promise((resolve) => resolve(submitOrder(payload, { idempotencyKey: key, signal })));
    if (!answer) {
      // Nothing was sent anywhere: back to idle with the same key, and an integrator error, never a fake success.
      this.state = createSubmission({ idempotencyKey: key, orderFingerprint: this.state.orderFingerprint });
      this.noResponder = true;
      this.#settled(payload);
      return;
    }
    this.#running = { abort, order: payload };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (attempt === this.#attempt) this.#abort(new DOMException('signal timed out', 'TimeoutError'));
    }, Math.max(0, this.options.timeoutMs()));
    answer.then(
      (value) => this.#settle(resolveSubmit(this.state, value, key), payload),
      // Rejections after the abort are the abort's echo (the attempt already failed), and a rejection of an older attempt
      // must not fail a newer one that is still running.
      (error: unknown) => {
        if (attempt === this.#attempt && !signal.aborted) this.#settle(rejectSubmit(this.state, error, key), payload);
      },
    );
  }

  /** Aborts the running attempt's signal and, while it is unanswered, fails it with `reason` (a timeout or nothing). */
  #abort(reason: DOMException | undefined): void {
    const running = this.#running;
    clearTimeout(this.#timer);
    if (!running || running.abort.signal.aborted) return;
    running.abort.abort(reason);
    if (this.busy) this.#settle(rejectSubmit(this.state, reason), running.order);
  }

  #settle(next: SubmissionState, order: Order): void {
    if (next === this.state) return;
    clearTimeout(this.#timer);
    this.#running = undefined;
    this.state = next;
    this.#settled(order);
  }

  #settled(order: Order): void {
    this.host.requestUpdate();
    this.options.onSettled(this.state, order);
  }
}
