// @ts-check
// The demo's pretend provisioning: a small worker that picks up orders from the store and writes their status changes
// as rows (received → provisioning → ready, or failed with the failure marker), as a real provisioning system would.
// Each move is compare-and-set (`advanceStatus`), so workers of several demo processes sharing one database move an
// order once.

/** How long an order stays in a status at speed 1, in milliseconds. */
export const RECEIVED_MS = 3_000;
export const PROVISIONING_MS = 9_000;

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
 * @param {Readonly<Record<string, unknown>>} order
 */
export function isFailDemo(order) {
  const sources = Array.isArray(order['trustedSources']) ? order['trustedSources'] : [];
  if (sources.some((source) => hasMarker(source?.label))) return true;
  const billing = /** @type {{ new?: { company?: unknown } } | undefined} */ (order['billingProfile']);
  return hasMarker(billing?.new?.company);
}

/**
 * @typedef {object} ProvisioningOptions
 * @property {import('order-widgets/server').OrderStore} store
 * @property {number} [speed] 1: 3 s received, 9 s provisioning; 10 is ten times faster.
 * @property {() => number} [now] The clock, in epoch milliseconds.
 * @property {(line: string) => void} [log]
 */

/**
 * The worker. `step()` moves every order that has been long enough in its status one status on; `start()` steps on a
 * timer (often enough for the speed), `stop()` ends the timer and waits for a step under way.
 * @param {ProvisioningOptions} options
 */
export function createProvisioningWorker({ store, speed = 1, now = Date.now, log = console.log }) {
  const due = (/** @type {import('order-widgets/server').StatusEvent} */ status, /** @type {number} */ ms) =>
    now() - Date.parse(status.updatedAt) >= ms / speed;

  async function step() {
    let moved = 0;
    for (const order of await store.ordersInStatus(['received', 'provisioning'], { limit: 200 })) {
      const { status } = order;
      let event;
      if (status.status === 'received' && due(status, RECEIVED_MS)) {
        event = await store.advanceStatus(order.id, 'received', 'provisioning');
      } else if (status.status === 'provisioning' && due(status, PROVISIONING_MS)) {
        event = isFailDemo(order.order)
          ? await store.advanceStatus(order.id, 'provisioning', 'failed', FAILED_MESSAGE)
          : await store.advanceStatus(order.id, 'provisioning', 'ready');
      }
      if (event) moved += 1;
    }
    return moved;
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<unknown>} */
  let running = Promise.resolve();
  let stopped = true;
  const intervalMs = Math.max(20, Math.min(1000, 500 / speed));
  const tick = () => {
    running = step()
      .catch((error) => log(`Demo provisioning: a step failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };

  return {
    step,
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
