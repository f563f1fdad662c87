// @ts-check
// The demo portal's backend: what a host's server does with the widgets' events, on `order-widgets/server`. The
// intake validates orders with the very code the wizard uses, places each once per customer and idempotency key in
// PostgreSQL (PGlite in a data directory, or a real server), and answers statuses from the rows a small worker writes.
// The visitor is the customer named by a signed cookie. Mount `handle` in any node:http server; it answers /api only.
import { builtInCatalog } from 'order-widgets/schema';
import { createOrderIntake, openPgliteStore, openPostgresStore, toNodeHandler } from 'order-widgets/server';
// The customer may speak German: registered here once, field errors are answered in German when asked.
import 'order-widgets/translations/de';
import { customerCookies } from './customer-cookie.mjs';
import { sendJson } from './http.mjs';
import { createProvisioningWorker } from './provisioning.mjs';

export { FAIL_MARKER, FAILED_MESSAGE } from './provisioning.mjs';

/** Largest accepted request body. A real order is a few KiB. */
export const BODY_LIMIT = 64 * 1024;

/**
 * The demo customer's existing invoice profiles. `id`, `label` and `description` are what `<order-wizard>`'s
 * `billingProfiles` takes; the address fields show what a portal would know.
 */
export const DEMO_BILLING_PROFILES = Object.freeze([
  Object.freeze({
    id: 'bp-1001',
    label: 'Beispiel Shop GmbH, Köln',
    description: 'Invoices to billing@example.com',
    company: 'Beispiel Shop GmbH',
    contactName: 'Erika Mustermann',
    email: 'billing@example.com',
    street: 'Domkloster 4',
    postalCode: '50667',
    city: 'Köln',
    country: 'DE',
    vatId: 'DE123456789',
  }),
  Object.freeze({
    id: 'bp-1002',
    label: 'Beispiel Labs AG, Hamburg',
    description: 'Cost centre 4711, invoices to ap@labs.example.com',
    company: 'Beispiel Labs AG',
    contactName: 'Max Mustermann',
    email: 'ap@labs.example.com',
    street: 'Speicherstadt 1',
    postalCode: '20457',
    city: 'Hamburg',
    country: 'DE',
  }),
]);

/**
 * @typedef {object} DemoBackendOptions
 * @property {string} cookieSecret Signs the customer cookie (at least 32 characters; shared by every process of one demo).
 * @property {import('order-widgets/server').OrderStore} [store] A store of your own (left open by `close()`); else:
 * @property {string} [databaseUrl] a PostgreSQL server, or
 * @property {string} [dataDir] a PGlite data directory (created when missing; without it, in memory).
 * @property {number} [speed] How fast orders provision: 1 takes 12 s to ready, 100 takes 0.12 s.
 * @property {boolean} [provisioning] Run the provisioning worker on its timer (default true; tests step it themselves).
 * @property {import('order-widgets/schema').Catalog} [catalog] The catalog orders are checked against.
 * @property {ReadonlyArray<{ id: string }>} [billingProfiles] The customer's invoice profiles.
 * @property {() => number} [now] The worker's clock, in epoch milliseconds.
 * @property {string} [clientIp] What `GET /api/my-ip` answers instead of the connection's address.
 * @property {(line: string) => void} [log] Where notices and unexpected errors go.
 */

/**
 * Opens the store (applying its migrations) and returns the backend.
 * @param {DemoBackendOptions} options
 */
export async function createDemoBackend({
  cookieSecret,
  store: givenStore,
  databaseUrl,
  dataDir,
  speed = 1,
  provisioning = true,
  catalog = builtInCatalog,
  billingProfiles = DEMO_BILLING_PROFILES,
  now = Date.now,
  clientIp,
  log = console.log,
}) {
  if (!(typeof speed === 'number' && Number.isFinite(speed) && speed > 0)) {
    throw new RangeError(`The demo speed must be a number above 0, not ${String(speed)}.`);
  }
  const cookies = customerCookies(cookieSecret);
  const store = givenStore ?? (databaseUrl ? await openPostgresStore({ connectionString: databaseUrl }) : await openPgliteStore(dataDir ? { dataDir } : {}));
  const describe = (/** @type {unknown} */ error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  const intake = createOrderIntake({
    catalog,
    store,
    // `handle` has put a signed cookie on every request it passes on.
    identify: (request) => cookies.customerOf(request.headers.get('cookie') ?? undefined),
    bodyLimit: BODY_LIMIT,
    billingProfiles: () => billingProfiles,
    onError: (error, request) => log(`Demo backend: ${request.method} ${new URL(request.url).pathname} failed: ${describe(error)}`),
  });
  const orders = toNodeHandler(intake, { onError: (error) => log(`Demo backend: ${describe(error)}`) });
  const worker = createProvisioningWorker({ store, speed, now, log });
  if (provisioning) worker.start();
  let closed = false;

  /** @type {Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void>} */
  const own = {
    '/api/my-ip': (req, res) => {
      const seen = req.socket.remoteAddress ?? '';
      // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
      const address = clientIp || (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(seen) ? seen.slice(7) : seen);
      sendJson(res, 200, { address });
    },
    '/api/billing-profiles': (_req, res) => sendJson(res, 200, { profiles: billingProfiles }),
  };

  return {
    store,
    /** The provisioning worker: `step()` moves each due order one status on. */
    worker,

    /**
     * Answers the request if it is for /api (returns true), else leaves it alone (returns false). A visitor without a
     * valid customer cookie gets a new one with this answer.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @returns {Promise<boolean>}
     */
    async handle(req, res) {
      let pathname;
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        return false;
      }
      if (pathname !== '/api' && !pathname.startsWith('/api/')) return false;
      if (!cookies.customerOf(req.headers.cookie)) {
        const customer = cookies.issue();
        res.setHeader('Set-Cookie', customer.setCookie);
        // The request goes on as the new customer, as the browser's next one will.
        req.headers.cookie = customer.pair;
      }
      const method = req.method === 'HEAD' ? 'GET' : req.method;
      if (closed && method !== 'GET') {
        sendJson(res, 503, { code: 'shutting-down', message: 'The demo backend is shutting down.' }, { Connection: 'close' });
      } else if (Object.hasOwn(own, pathname)) {
        if (method === 'GET') own[pathname]?.(req, res);
        else sendJson(res, 405, { code: 'method-not-allowed', message: `${pathname} accepts GET, HEAD.` }, { Allow: 'GET, HEAD' });
      } else if (pathname === '/api/orders' || pathname.startsWith('/api/orders/')) {
        await orders(req, res);
      } else {
        sendJson(res, 404, { code: 'not-found', message: `There is no API route ${pathname.slice(0, 200)}.` });
      }
      return true;
    },

    /** Stops taking orders and the worker, and closes the store it opened. */
    async close() {
      closed = true;
      await worker.stop();
      if (!givenStore) await store.close();
    },
  };
}
