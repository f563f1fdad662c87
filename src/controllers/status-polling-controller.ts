import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_REQUEST_TIMEOUT_MS, isFinalStatus, nextPollDelay, readPolledAnswer, toDurationMs } from '../core/status-polling.js';
import { toOrderStatus, type StatusAnswer } from '../schema/order-status.js';

/**
 * What a status endpoint answers, as the badge reads it: `status` one of `ORDER_STATUSES` or an alias (`new`,
 * `processing`, `DONE`; anything else shows as "Unknown"), `updatedAt` an ISO 8601 date-time with offset or epoch
 * milliseconds. The strict form for a backend is `statusAnswerSchema` in `order-widgets/schema`.
 */
export interface FetchedStatus {
  readonly status: string;
  readonly message?: string | undefined;
  readonly updatedAt?: string | number | undefined;
}

/** The host's status endpoint. It should honour `signal`; if it does not, the controller stops waiting anyway. */
export type FetchStatus = (orderId: string, init: { signal: AbortSignal }) => PromiseLike<FetchedStatus>;

/** What the controller reads from its host, at each step, so that the host's properties stay the truth. */
export interface StatusPollingHost extends ReactiveControllerHost, Pick<Element, 'isConnected'> {
  readonly orderId: string;
  readonly fetchStatus: FetchStatus | undefined;
  /** The status now shown, as set (aliases and unknown names too); a final one stops polling, whoever set it. */
  readonly status: string;
  /** The steady interval in ms (not a positive number: 5 s); the backoff after failures grows from it. */
  readonly pollInterval: number;
  /** A request not settled after this many ms (not a positive number: 10 s) is aborted and counts as failed. */
  readonly requestTimeout: number;
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
 * when the host leaves the DOM, aborting the request in flight. Each request has a sequence number: only the first
 * outcome of the latest request counts, so a late answer to an older, abandoned or timed-out request never overwrites
 * a newer status.
 * `onAnswer` gets each fresh answer, never a stale one.
 */
export class StatusPollingController implements ReactiveController {
  #loop: Loop | undefined;
  #failures = 0;
  #reconnecting = false;
  #sequence = 0;
  #request: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: StatusPollingHost,
    private readonly onAnswer: (answer: StatusAnswer) => void,
  ) {
    host.addController(this);
  }

  /** True after a failed request, until the next answer arrives. */
  get reconnecting(): boolean {
    return this.#reconnecting;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this);
    window.addEventListener('online', this);
    this.#sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this);
    window.removeEventListener('online', this);
    this.#stop();
  }

  hostUpdated(): void {
    this.#sync();
  }

  /** The controller listens itself (an EventListener object) for `visibilitychange` and `online`. */
  handleEvent(event: Event): void {
    if (!this.#loop) return;
    if (event.type === 'online') {
      this.#failures = 0;
      // A request in flight may have been sent into the dead connection: replace it rather than wait for its timeout.
      this.#poll();
    } else if (document.visibilityState === 'hidden') {
      clearTimeout(this.#timer);
    } else if (!this.#request) {
      this.#poll();
    }
  }

  /** Starts, restarts (another order or endpoint) or stops the loop to match the host. */
  #sync(): void {
    const { orderId, fetchStatus, status } = this.host;
    if (!this.host.isConnected || !orderId || typeof fetchStatus !== 'function' || isFinalStatus(toOrderStatus(status))) {
      this.#stop();
    } else if (this.#loop?.orderId !== orderId || this.#loop.fetchStatus !== fetchStatus) {
      this.#stop();
      this.#loop = { orderId, fetchStatus };
      this.#poll();
    }
  }

  #stop(): void {
    clearTimeout(this.#timer);
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
    const loop = this.#loop;
    // Hidden: stay paused with nothing scheduled; `visibilitychange` resumes.
    if (!loop || document.visibilityState === 'hidden') return;
    const sequence = ++this.#sequence;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const failed = () => this.#settle(sequence, undefined);
    // The timeout settles the request as failed by itself: an endpoint that ignores its signal cannot stall the loop.
    const timeout = setTimeout(() => {
      request.abort(new DOMException('No status answer in time', 'TimeoutError'));
      failed();
    }, toDurationMs(this.host.requestTimeout, DEFAULT_REQUEST_TIMEOUT_MS));
    // Inside the executor, a synchronous throw of the endpoint rejects too.
    new Promise<unknown>((resolve) => resolve(loop.fetchStatus(loop.orderId, { signal: request.signal })))
      .then((value) => this.#settle(sequence, readPolledAnswer(value)), failed)
      .finally(() => clearTimeout(timeout));
  }

  #settle(sequence: number, answer: StatusAnswer | undefined): void {
    // A request settles once, and only while it is the latest of a running loop (a stop also moves the sequence on).
    if (sequence !== this.#sequence) return;
    this.#sequence++;
    this.#request = undefined;
    this.#reconnecting = !answer;
    if (answer) {
      this.#failures = 0;
      this.onAnswer(answer);
      if (isFinalStatus(answer.status)) this.#stop();
    } else {
      this.#failures++;
    }
    this.host.requestUpdate();
    if (!this.#loop) return;
    const delay = nextPollDelay({ failures: this.#failures, intervalMs: this.host.pollInterval });
    this.#timer = setTimeout(() => this.#poll(), delay);
  }
}
