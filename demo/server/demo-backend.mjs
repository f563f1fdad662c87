// @ts-check
// The demo portal's backend: what a host's server does with the widgets' events. It validates orders with the very
// code the wizard uses (`order-widgets/schema`), places each order once per idempotency key, keeps the orders in a
// JSON file and pretends to provision them. Mount `handle` in any node:http server; it answers the /api routes only.
import { randomBytes } from 'node:crypto';
import { builtInCatalog, defaultText, describeIssue, orderFingerprint, priceOrder, toLocale, validateOrder } from 'order-widgets/schema';
// The customer may speak German: registered here once, `describeIssue(issue, 'de')` answers in German.
import 'order-widgets/translations/de';
import { HttpError, readJsonBody, sendJson } from './http.mjs';
import { openOrderStore } from './order-store.mjs';
import { statusAt } from './provisioning.mjs';

export { OrderFileError } from './order-store.mjs';
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

const ORDER_ID = /^ord-[0-9a-f]{12}$/;

/** The customer's language, from the request's `Accept-Language` (its first tag: the portal sends the one it shows). */
const localeOf = (/** @type {import('node:http').IncomingMessage} */ req) => toLocale(req.headers['accept-language']?.split(',')[0]?.split(';')[0]);

/** The answer's own sentence, in the languages the demo portal speaks. */
const NOT_PLACED = {
  en: (/** @type {number} */ count) => `The order was not placed: ${count === 1 ? 'one field needs' : `${count} fields need`} a change.`,
  de: (/** @type {number} */ count) => `Die Bestellung wurde nicht aufgegeben: ${count === 1 ? 'ein Feld muss' : `${count} Felder müssen`} geändert werden.`,
};

/**
 * @typedef {object} DemoBackendOptions
 * @property {string} dataFile The JSON file of the orders (created with the first order).
 * @property {number} [speed] How fast orders provision: 1 takes 12 s to ready, 100 takes 0.12 s.
 * @property {import('order-widgets/schema').Catalog} [catalog] The catalog orders are checked against.
 * @property {ReadonlyArray<{ id: string }>} [billingProfiles] The customer's invoice profiles.
 * @property {() => number} [now] The clock, in epoch milliseconds (tests advance their own).
 * @property {string} [clientIp] What `GET /api/my-ip` answers instead of the connection's address.
 * @property {(line: string) => void} [log] Where notices and unexpected errors go.
 */

/**
 * Opens the order file and returns the backend. Rejects with `OrderFileError` (naming the file) when the file exists
 * but cannot be read or is corrupt; a missing file is logged and created with the first order.
 * @param {DemoBackendOptions} options
 */
export async function createDemoBackend({
  dataFile,
  speed = 1,
  catalog = builtInCatalog,
  billingProfiles = DEMO_BILLING_PROFILES,
  now = Date.now,
  clientIp,
  log = console.log,
}) {
  if (!(typeof speed === 'number' && Number.isFinite(speed) && speed > 0)) {
    throw new RangeError(`The demo speed must be a number above 0, not ${String(speed)}.`);
  }
  const store = await openOrderStore(dataFile, { log });
  let closed = false;

  /** @param {import('./order-store.mjs').OrderRecord} record */
  const statusOf = (record) => statusAt(record, now(), speed);

  /** @type {(existing: readonly import('./order-store.mjs').OrderRecord[]) => string} */
  const newOrderId = (existing) => {
    for (;;) {
      const id = `ord-${randomBytes(6).toString('hex')}`;
      if (!existing.some((record) => record.id === id)) return id;
    }
  };

  /** @type {Handler} */
  async function placeOrder(req, res) {
    const body = await readJsonBody(req, { limit: BODY_LIMIT });
    const result = validateOrder(catalog, body, { billingProfiles, now: new Date(now()) });
    if (!result.ok) {
      // The field errors in the customer's language, with their codes for a client that prefers its own words.
      const locale = localeOf(req);
      sendJson(res, 422, {
        message: (locale === 'de' ? NOT_PLACED.de : NOT_PLACED.en)(result.issues.length),
        fieldErrors: result.issues.map(({ path, code, params }) => {
          const message = describeIssue({ code, params }, locale);
          return params ? { path, message, code, params } : { path, message, code };
        }),
      });
      return;
    }
    const order = /** @type {import('./order-store.mjs').OrderRecord['order'] & { idempotencyKey: string }} */ (
      /** @type {unknown} */ (result.order)
    );
    const fingerprint = orderFingerprint(order);
    const outcome = await store.transact((orders) => {
      const existing = orders.find((record) => record.idempotencyKey === order.idempotencyKey);
      if (existing) return { value: { record: existing, created: false, conflict: existing.fingerprint !== fingerprint } };
      const record = {
        id: newOrderId(orders),
        idempotencyKey: order.idempotencyKey,
        fingerprint,
        createdAt: new Date(now()).toISOString(),
        order,
      };
      return { value: { record, created: true, conflict: false }, orders: [...orders, record] };
    });
    if (outcome.conflict) {
      throw new HttpError(
        409,
        'This idempotency key was already used for a different order. Nothing was placed; send a changed order with a new key.',
      );
    }
    const { record, created } = outcome;
    sendJson(res, created ? 201 : 200, { orderId: record.id, status: statusOf(record).status }, created ? { Location: `/api/orders/${record.id}` } : {});
  }

  /**
   * The monthly price of a stored order, options and tax included, as the catalog prices it now.
   * @param {Record<string, unknown>} order
   */
  const monthlyPrice = (order) => {
    const price = priceOrder(catalog, order);
    return { currency: price.currency, monthlyNet: price.net, monthlyGross: price.gross };
  };

  /** @type {Handler} */
  async function listOrders(_req, res) {
    const orders = store
      .all()
      .map((record, index) => ({ record, index }))
      // Newest first; orders made in the same millisecond keep the order they were placed in, newest first too.
      .sort((a, b) => Date.parse(b.record.createdAt) - Date.parse(a.record.createdAt) || b.index - a.index)
      .map(({ record }) => {
        const service = catalog.services.find((candidate) => candidate.id === record.order.serviceId);
        return {
          orderId: record.id,
          serviceId: record.order.serviceId,
          // In the catalog's default locale; the portal shows the name in its own language from the catalog.
          serviceName: service ? defaultText(catalog, service.name) : record.order.serviceId,
          regionId: record.order['regionId'],
          // The options as ordered (by option id), and what the order costs per month with them.
          options: record.order['options'] ?? {},
          ...monthlyPrice(record.order),
          createdAt: record.createdAt,
          ...statusOf(record),
        };
      });
    sendJson(res, 200, { orders });
  }

  /** @type {Handler} */
  async function getOrder(_req, res, id = '') {
    const record = ORDER_ID.test(id) ? store.findById(id) : undefined;
    if (!record) throw new HttpError(404, `There is no order ${id.slice(0, 40)}.`);
    sendJson(res, 200, { orderId: record.id, ...statusOf(record) });
  }

  /** @type {Handler} */
  async function myIp(req, res) {
    const seen = req.socket.remoteAddress ?? '';
    // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
    const address = clientIp || (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(seen) ? seen.slice(7) : seen);
    sendJson(res, 200, { address });
  }

  /** @type {Handler} */
  async function listBillingProfiles(_req, res) {
    sendJson(res, 200, { profiles: billingProfiles });
  }

  /** @type {{ pattern: RegExp, methods: Record<string, Handler> }[]} */
  const routes = [
    { pattern: /^\/api\/orders$/, methods: { GET: listOrders, POST: placeOrder } },
    { pattern: /^\/api\/orders\/([^/]+)$/, methods: { GET: getOrder } },
    { pattern: /^\/api\/my-ip$/, methods: { GET: myIp } },
    { pattern: /^\/api\/billing-profiles$/, methods: { GET: listBillingProfiles } },
  ];

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  async function route(req, res, pathname) {
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      const method = req.method === 'HEAD' ? 'GET' : (req.method ?? '');
      const handler = Object.hasOwn(methods, method) ? methods[method] : undefined;
      if (!handler) {
        const allow = Object.keys(methods).flatMap((name) => (name === 'GET' ? ['GET', 'HEAD'] : [name])).join(', ');
        throw new HttpError(405, `${pathname} does not accept ${String(req.method).slice(0, 20)}; it accepts ${allow}.`, { Allow: allow });
      }
      if (closed && method !== 'GET') throw new HttpError(503, 'The demo backend is shutting down.');
      await handler(req, res, match[1]);
      return;
    }
    throw new HttpError(404, `There is no API route ${pathname.slice(0, 200)}.`);
  }

  return {
    /** The order file in use, absolute. */
    dataFile: store.path,

    /**
     * Answers the request if it is for /api (returns true), else leaves it alone (returns false). Never rejects:
     * an unexpected error is logged and answered with 500.
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
      try {
        await route(req, res, pathname);
      } catch (error) {
        if (res.headersSent || res.destroyed) {
          if (!(error instanceof HttpError)) log(`Demo backend: ${req.method} ${pathname} failed after answering: ${describe(error)}`);
          res.destroy();
        } else if (error instanceof HttpError) {
          sendJson(res, error.status, { message: error.message }, error.headers);
        } else if (req.destroyed && !req.complete) {
          // The client went away while sending; there is no one to answer.
          res.destroy();
        } else {
          log(`Demo backend: ${req.method} ${pathname} failed: ${describe(error)}`);
          sendJson(res, 500, { message: 'The demo backend failed to handle this request; see its log.' });
        }
      }
      return true;
    },

    /** Stops taking orders and waits for the writes under way. */
    async close() {
      closed = true;
      await store.close();
    },
  };
}

/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, param?: string) => Promise<void>} Handler
 */

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
