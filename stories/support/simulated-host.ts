// The host page's side, simulated: what a portal's backend would answer to `order-submit`, to the status badge's polls
// and to "Add my IP". No network: promises settled by timers.
import type { FetchStatus } from '../../src/elements/order-status-badge/order-status-badge.js';

/** How the simulated backend answers "Place order now". */
export type SubmitOutcome = 'resolve' | 'reject' | 'field-errors' | 'never' | 'no-listener';
export const SUBMIT_OUTCOMES: readonly SubmitOutcome[] = ['resolve', 'reject', 'field-errors', 'never', 'no-listener'];

/** How long the simulated backend takes to answer an order (ms). */
export const SUBMIT_DELAY_MS = 800;

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

let orders = 0;

/** The host's `order-submit` listener: answers as a backend would, after `SUBMIT_DELAY_MS`. */
export function answerOrderSubmit(outcome: SubmitOutcome) {
  return (event: HTMLElementEventMap['order-submit']): void => {
    if (outcome === 'no-listener') return;
    const later = <T>(settle: () => T | Promise<T>): Promise<T> => wait(SUBMIT_DELAY_MS).then(settle);
    switch (outcome) {
      case 'resolve':
        orders += 1;
        event.detail.respondWith(later(() => ({ orderId: `ORD-2026-${String(4711 + orders).padStart(5, '0')}` })));
        break;
      case 'reject':
        event.detail.respondWith(later(() => Promise.reject({ message: 'The order service is under maintenance until 14:00.' })));
        break;
      case 'field-errors':
        event.detail.respondWith(later(() => Promise.reject({
          message: 'Invalid order',
          fieldErrors: [{ path: 'trustedSources[0]', message: 'This address is on our block list. Please use another one.' }],
        })));
        break;
      case 'never':
        event.detail.respondWith(new Promise(() => {}));
        break;
    }
  };
}

/**
 * A status backend for placed orders: each order is `received` at first, `provisioning` from the first poll (answered
 * after a moment, so "Received" shows meanwhile) and `ready` from the next, with the messages a backend would send.
 * Every call of this factory is a backend of its own, so stories do not share progress.
 */
export function simulatedStatusBackend(serviceName = 'service'): FetchStatus {
  const polls = new Map<string, number>();
  const answers = [
    { status: 'provisioning', message: 'Creating 3 nodes' },
    { status: 'ready', message: `Your ${serviceName} is available.` },
  ];
  return async (orderId, { signal }) => {
    const count = polls.get(orderId) ?? 0;
    polls.set(orderId, count + 1);
    await wait(1000, signal);
    return { ...answers[Math.min(count, answers.length - 1)]!, updatedAt: new Date().toISOString() };
  };
}

/** "Add my IP": the address the host's backend sees, after a moment. */
export const resolveClientAddress = (): Promise<string> => wait(600).then(() => '123.123.123.123');
