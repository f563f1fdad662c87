import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFinalStatus, nextPollDelay, readPolledAnswer, type BackoffJitter } from '../core/status-polling.js';
import type { OrderStatus, StatusAnswer } from '../schema/order-status.js';

/** The host's status endpoint. It should honour `signal`; if it does not, the controller stops waiting anyway. */
export type FetchStatus = (orderId: string, init: { signal: AbortSignal }) => Promise<unknown>;

/** What the controller reads from its host. Functions, read at each step, so the host's properties stay the truth. */
export interface StatusPollingOptions {
  orderId(): string | undefined;
  fetchStatus(): FetchStatus | undefined;
  /** The status now shown; a final one stops polling (also when the host sets it itself). */
  status(): OrderStatus;
  intervalMs(): number;
  /** A request that has not settled by then is aborted and counts as a failure. */
  requestTimeoutMs(): number;
  maxBackoffMs(): number;
  /** Called with each fresh answer, never with a stale one. */
  onAnswer(answer: StatusAnswer): void;
  jitter?: BackoffJitter;
  random?: () => number;
}

interface Loop {
  readonly orderId: string;
  readonly fetchStatus: FetchStatus;
}

/**
 * Polls an order's status for a Lit host: one request at a time, the first at once, then the steady interval while
 * healthy, and backoff with jitter after failures (a rejection, no answer within the request timeout, or an answer
 * without a status), keeping the last answer and reporting `reconnecting`. Pauses while the page is hidden and resumes
 * at once when it is visible again; polls at once on `online` (and restarts the backoff). Stops on a final status and
 * when the host leaves the DOM, aborting the request in flight. Each request has a sequence number: only the answer of
 * the latest request counts, so a late answer to an older, abandoned request never overwrites a newer status.
 */
export class StatusPollingController implements ReactiveController {
  #loop: Loop | undefined;
  #connected = false;
  #failures = 0;
  #reconnecting = false;
  #sequence = 0;
  #request: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StatusPollingOptions,
  ) {
    host.addController(this);
  }

  /** True after a failed request, until the next answer arrives. */
  get reconnecting(): boolean {
    return this.#reconnecting;
  }

  /** True while the loop runs (it may be paused because the page is hidden). */
  get polling(): boolean {
    return this.#loop !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('online', this.#onOnline);
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('online', this.#onOnline);
    this.#stop();
  }

  hostUpdated(): void {
    this.#sync();
  }

  /** Starts, restarts (another order or endpoint) or stops the loop to match the host. */
  #sync(): void {
    const orderId = this.options.orderId();
    const fetchStatus = this.options.fetchStatus();
    const wanted =
      this.#connected && orderId && typeof fetchStatus === 'function' && !isFinalStatus(this.options.status());
    if (!wanted) {
      this.#stop();
      return;
    }
    if (this.#loop?.orderId === orderId && this.#loop.fetchStatus === fetchStatus) return;
    this.#stop();
    this.#loop = { orderId, fetchStatus };
    this.#poll();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#sequence++; // whatever is still on its way is stale now
    this.#request?.abort();
    this.#request = undefined;
    this.#loop = undefined;
    this.#failures = 0;
    if (this.#reconnecting) {
      this.#reconnecting = false;
      this.host.requestUpdate();
    }
  }

  #poll(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const loop = this.#loop;
    // Hidden: stay paused with nothing scheduled; `visibilitychange` resumes.
    if (!loop || document.visibilityState === 'hidden') return;
    const sequence = ++this.#sequence;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const timeout = setTimeout(
      () => request.abort(new DOMException('No status answer in time', 'TimeoutError')),
      this.options.requestTimeoutMs(),
    );
    // Racing the abort means an endpoint that ignores its signal cannot stall the loop; a synchronous throw rejects.
    // (Not `resolve(promise)`: that locks the outcome to the endpoint's promise and the abort could no longer reject.)
    new Promise<unknown>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      Promise.resolve(loop.fetchStatus(loop.orderId, { signal: request.signal })).then(resolve, reject);
    })
      .then(
        (value) => this.#settle(sequence, readPolledAnswer(value)),
        () => this.#settle(sequence, undefined),
      )
      .finally(() => clearTimeout(timeout));
  }

  #settle(sequence: number, answer: StatusAnswer | undefined): void {
    if (sequence !== this.#sequence || !this.#loop) return;
    this.#request = undefined;
    if (answer) {
      this.#failures = 0;
      this.#reconnecting = false;
      this.options.onAnswer(answer);
      if (isFinalStatus(answer.status)) {
        this.#stop();
        this.host.requestUpdate();
        return;
      }
    } else {
      this.#failures++;
      this.#reconnecting = true;
    }
    this.host.requestUpdate();
    const delay = nextPollDelay({
      failures: this.#failures,
      intervalMs: this.options.intervalMs(),
      maxBackoffMs: this.options.maxBackoffMs(),
      ...(this.options.random ? { random: this.options.random } : {}),
      ...(this.options.jitter ? { jitter: this.options.jitter } : {}),
    });
    this.#timer = setTimeout(() => this.#poll(), delay);
  }

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else if (this.#loop && !this.#request) {
      this.#poll();
    }
  };

  readonly #onOnline = (): void => {
    if (!this.#loop) return;
    this.#failures = 0;
    // A request in flight may have been sent into the dead connection: replace it rather than wait for its timeout.
    this.#poll();
  };
}
