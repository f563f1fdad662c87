import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Backoff, DEFAULT_REQUEST_TIMEOUT_MS, isFinalStatus, readPolledAnswer, readStreamedStatus, toDurationMs } from '../core/status-polling.js';
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
export interface LiveStatusHost extends ReactiveControllerHost, Pick<Element, 'isConnected'> {
  readonly orderId: string;
  readonly fetchStatus: FetchStatus | undefined;
  /** The order's status stream (Server-Sent Events), relative to the page or http(s); anything else is no stream. */
  readonly streamUrl: string | undefined;
  /** The status now shown, as set (aliases and unknown names too); a final one stops polling, whoever set it. */
  readonly status: string;
  /** The steady interval in ms (not a positive number: 5 s); the backoff after failures grows from it. */
  readonly pollInterval: number;
  /** A request not settled after this many ms (not a positive number: 10 s) is aborted and counts as failed. */
  readonly requestTimeout: number;
}

interface Loop {
  readonly orderId: string;
  readonly fetchStatus: FetchStatus | undefined;
  readonly streamUrl: string | undefined;
}

/** An http(s) URL resolved against the page, else undefined (a script URL, `data:`, blank, an unparsable string…). */
export function resolveWebLink(url: string | undefined): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    const resolved = new URL(url, document.baseURI);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Follows an order's status for a Lit host, by its status stream (`streamUrl`, Server-Sent Events) and/or by polling
 * (`fetchStatus`). Stops on a final status and when the host leaves the DOM, closing the stream and aborting the request
 * in flight.
 *
 * Stream: the controller reconnects by itself, with exponential backoff and jitter from the poll interval (EventSource's
 * own retry has no backoff and gives up on HTTP errors), asking for what it missed with `lastEventId=<last id>` in the
 * query (EventSource cannot set a `Last-Event-ID` header on a new connection). While the stream is down and `fetchStatus`
 * is given, it polls.
 *
 * Polling: one request at a time, the first at once, then the steady interval while healthy, and backoff with jitter
 * after failures (a rejection, no answer within the request timeout, or an answer without a status), keeping the last
 * answer. Paused while the page is hidden, resumed at once when it is visible again. Each request has a sequence
 * number: only the first outcome of the latest request counts, so a late answer to an older, abandoned or timed-out
 * request never overwrites a newer status.
 *
 * Offline (`navigator.onLine`, the `offline` event): everything pauses and `offline` and `reconnecting` are true at
 * once; on `online` it reconnects and polls at once. `onAnswer` gets each fresh answer, never a stale one.
 */
export class LiveStatusController implements ReactiveController {
  #loop: Loop | undefined;
  #pollFailed = false;
  #streamDown = false;
  #offline = false;
  #sequence = 0;
  #request: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stream: EventSource | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #lastEventId = '';
  readonly #polls = new Backoff(() => this.host.pollInterval);
  readonly #reconnects = new Backoff(() => this.host.pollInterval);

  constructor(
    private readonly host: LiveStatusHost,
    private readonly onAnswer: (answer: StatusAnswer) => void,
  ) {
    host.addController(this);
  }

  /** True while the status may be out of date: offline, polling fails, or the stream is down with nothing to poll. */
  get reconnecting(): boolean {
    return this.#offline || this.#pollFailed || (this.#streamDown && !this.#loop?.fetchStatus);
  }

  /** True while the browser is offline and the controller waits for `online`. */
  get offline(): boolean {
    return this.#offline;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this);
    addEventListener('online', this);
    addEventListener('offline', this);
    this.#sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this);
    removeEventListener('online', this);
    removeEventListener('offline', this);
    this.#stop();
  }

  hostUpdated(): void {
    this.#sync();
  }

  /**
   * The controller listens itself (an EventListener object): `visibilitychange`, `online` and `offline`, and its
   * stream's `open`, `status` and `error`.
   */
  handleEvent(event: Event): void {
    const loop = this.#loop;
    if (!loop) return;
    const { type } = event;
    if (event.target instanceof EventSource) {
      if (event.target !== this.#stream) return;
      if (type === 'open') {
        this.#reconnects.next(true);
        this.#streamDown = this.#pollFailed = false;
        // Pushed now: no more polls (an answer in flight still counts).
        clearTimeout(this.#timer);
        this.#timer = undefined;
        this.host.requestUpdate();
      } else if (type === 'error') {
        this.#closeStream();
        this.#streamDown = true;
        this.host.requestUpdate();
        this.#retry = setTimeout(() => this.#open(), this.#reconnects.next(false));
        if (!this.#timer && !this.#request) this.#poll();
      } else {
        const { data, lastEventId } = event as MessageEvent;
        this.#lastEventId = lastEventId;
        const answer = readStreamedStatus(data, loop.orderId);
        if (answer) this.#answer(answer);
      }
    } else if (type === 'offline') {
      this.#goOffline();
    } else if (type === 'online') {
      this.#offline = false;
      this.#polls.failures = this.#reconnects.failures = 0;
      this.#start(true);
    } else if (document.visibilityState === 'hidden') {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else if (!this.#request && this.#polling()) {
      this.#poll();
    }
  }

  /** Starts, restarts (another order, endpoint or stream) or stops the loop to match the host. */
  #sync(): void {
    const { orderId, fetchStatus, status } = this.host;
    const poll = typeof fetchStatus === 'function' ? fetchStatus : undefined;
    const streamUrl = resolveWebLink(this.host.streamUrl);
    const loop = this.#loop;
    if (!this.host.isConnected || !orderId || !(poll || streamUrl) || isFinalStatus(toOrderStatus(status))) {
      this.#stop();
    } else if (loop?.orderId !== orderId || loop.fetchStatus !== poll || loop.streamUrl !== streamUrl) {
      this.#stop();
      this.#loop = { orderId, fetchStatus: poll, streamUrl };
      this.#start(false);
    }
  }

  /** Opens the stream, if there is one and it is not open, and polls at once where polling is due (`now`: in any case). */
  #start(now: boolean): void {
    if (!navigator.onLine) return this.#goOffline();
    if (!this.#stream) this.#open();
    if (this.#polling() && (now || !this.#request)) this.#poll();
  }

  /** Whether polling is due: there is an endpoint, and no stream or a stream that is down. */
  #polling(): boolean {
    return !!this.#loop?.fetchStatus && (!this.#loop.streamUrl || this.#streamDown);
  }

  #goOffline(): void {
    this.#pause();
    this.#offline = true;
    // Until a stream opens again or a poll is answered, the status may be out of date, online or not.
    this.#streamDown = !!this.#loop?.streamUrl;
    this.#pollFailed = !!this.#loop?.fetchStatus;
    this.host.requestUpdate();
  }

  /** Closes the stream and cancels every timer and the request in flight (whatever is still on its way is stale now). */
  #pause(): void {
    this.#closeStream();
    clearTimeout(this.#retry);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#sequence++;
    this.#request?.abort();
    this.#request = undefined;
  }

  #stop(): void {
    this.#pause();
    const shown = this.reconnecting;
    this.#loop = undefined;
    this.#pollFailed = this.#streamDown = this.#offline = false;
    this.#lastEventId = '';
    this.#polls.failures = this.#reconnects.failures = 0;
    if (shown) this.host.requestUpdate();
  }

  #closeStream(): void {
    this.#stream?.close();
    this.#stream = undefined;
  }

  #open(): void {
    const url = this.#loop?.streamUrl;
    if (!url) return;
    // Never two streams: a pending reconnect or an old stream gives way to this one.
    clearTimeout(this.#retry);
    this.#closeStream();
    const resumed = new URL(url);
    if (this.#lastEventId) resumed.searchParams.set('lastEventId', this.#lastEventId);
    const stream = new EventSource(resumed);
    this.#stream = stream;
    for (const type of ['open', 'status', 'error']) stream.addEventListener(type, this);
  }

  /** A fresh answer, from the stream or a poll: shown, and the end of everything when final. */
  #answer(answer: StatusAnswer): void {
    this.#pollFailed = false;
    this.onAnswer(answer);
    if (isFinalStatus(answer.status)) this.#stop();
    this.host.requestUpdate();
  }

  #poll(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const loop = this.#loop;
    // Hidden or offline: stay paused with nothing scheduled; `visibilitychange` or `online` resumes.
    if (!loop?.fetchStatus || document.visibilityState === 'hidden' || this.#offline) return;
    const { fetchStatus, orderId } = loop;
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
    new Promise<unknown>((resolve) => resolve(fetchStatus(orderId, { signal: request.signal })))
      .then((value) => this.#settle(sequence, readPolledAnswer(value)), failed)
      .finally(() => clearTimeout(timeout));
  }

  #settle(sequence: number, answer: StatusAnswer | undefined): void {
    // A request settles once, and only while it is the latest of a running loop (a stop also moves the sequence on).
    if (sequence !== this.#sequence) return;
    this.#sequence++;
    this.#request = undefined;
    const delay = this.#polls.next(!!answer);
    if (answer) {
      this.#answer(answer);
    } else {
      this.#pollFailed = true;
      this.host.requestUpdate();
    }
    if (this.#polling()) this.#timer = setTimeout(() => this.#poll(), delay);
  }
}
