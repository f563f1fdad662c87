import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createSubmission, orderFingerprint, rejectSubmit, resolveSubmit, startSubmit, type OrderSubmitAnswer, type SubmissionState,
} from '../core/wizard-submission.js';
import type { Order } from '../schema/order.js';

/** The detail of `order-submit`: plain data plus the one function a host must call synchronously. */
export interface OrderSubmitDetail {
  readonly order: Order;
  readonly idempotencyKey: string;
  /**
   * Pass the backend call, synchronously: it resolves to `{ orderId }` (`OrderSubmitAnswer`) or rejects with
   * `{ message, fieldErrors?: [{ path, message }] }` (`OrderSubmitRejection`).
   */
  respondWith(answer: PromiseLike<OrderSubmitAnswer> | OrderSubmitAnswer): void;
}

export interface OrderSubmitOptions {
  /** Milliseconds to wait for the answer before "we could not confirm your order". */
  timeoutMs(): number;
  /** Before the event goes out: the host saves the draft with this key, so a reload mid-request retries with it. */
  onSending(state: SubmissionState): void;
  /** The attempt ended (placed or failed), or no listener called `respondWith`. */
  onSettled(state: SubmissionState, order: Order): void;
}

/**
 * Sends `order-submit` for a Lit host: exactly one event per attempt (further presses while one runs send nothing),
 * the idempotency key from `startSubmit` (same order, same key), `respondWith` taken only during dispatch, and a timeout
 * that fails the attempt while still taking a late answer. `noResponder` is true when no listener answered.
 */
export class OrderSubmitController implements ReactiveController {
  state: SubmissionState = createSubmission();
  noResponder = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: OrderSubmitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#timer);
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
    this.state = start.state;
    this.noResponder = false;
    this.host.requestUpdate();
    this.options.onSending(this.state);
    const payload: Order = { ...order, idempotencyKey: start.idempotencyKey };
    let answer: Promise<unknown> | undefined;
    let open = true;
    const detail: OrderSubmitDetail = {
      order: payload,
      idempotencyKey: start.idempotencyKey,
      respondWith: (value) => {
        if (open && answer === undefined) answer = Promise.resolve(value);
      },
    };
    try {
      this.host.dispatchEvent(new CustomEvent('order-submit', { detail, bubbles: true, composed: true }));
    } finally {
      open = false;
    }
    if (!answer) {
      // Nothing was sent anywhere: back to idle with the same key, and an integrator error, never a fake success.
      this.state = createSubmission({ idempotencyKey: start.idempotencyKey, orderFingerprint: this.state.orderFingerprint });
      this.noResponder = true;
      this.#settled(payload);
      return;
    }
    const key = start.idempotencyKey;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (attempt === this.#attempt && this.busy) this.#settle(rejectSubmit(this.state, { name: 'TimeoutError' }, key), payload);
    }, Math.max(0, this.options.timeoutMs()));
    answer.then(
      (value) => this.#settle(resolveSubmit(this.state, value, key), payload),
      // A rejection of an older attempt must not fail a newer one that is still running.
      (error: unknown) => {
        if (attempt === this.#attempt) this.#settle(rejectSubmit(this.state, error, key), payload);
      },
    );
  }

  #settle(next: SubmissionState, order: Order): void {
    if (next === this.state) return;
    clearTimeout(this.#timer);
    this.state = next;
    this.#settled(order);
  }

  #settled(order: Order): void {
    this.host.requestUpdate();
    this.options.onSettled(this.state, order);
  }
}
