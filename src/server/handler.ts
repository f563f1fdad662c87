/**
 * Order intake on web-standard Request and Response, for any server that speaks them (Node through `toNodeHandler`,
 * Hono, workers, Fastify and Express through their adapters). Routes, under `basePath` (default `/api/orders`):
 *
 * - `POST {base}`: place an order. 201 with `{ orderId, status, updatedAt }` (and `Location`); the same key with the
 *   same order again: 200 with the same order; the same key with another order: 409; field errors: 422
 *   `{ message, fieldErrors: [{ path, message, code, params? }] }` (what `<order-wizard>` maps to its fields); a wrong
 *   content type 415, a body over `bodyLimit` 413, a body that is not JSON (or holds text no database stores) 400.
 * - `GET {base}`: the customer's orders, newest first: `{ orders: [{ orderId, serviceId, regionId, createdAt, status,
 *   message?, updatedAt, options, price: { currency, total, net, gross } }] }`.
 * - `GET {base}/{id}`: one order's status `{ orderId, status, message?, updatedAt }`.
 * - `GET {base}/{id}/events`: its status as Server-Sent Events (`id`, `event: status`, `data` as above), resumable
 *   with `Last-Event-ID` (header, or `?lastEventId=`), with a `: keep-alive` comment every `keepAliveMs`.
 *
 * The customer is whoever `identify(request)` names (no one: 401); another customer's order is 404. Prices come from
 * the catalog and statuses from the store, never from the client (the order schema refuses unknown fields).
 */
import { describeIssue } from '../i18n/describe-issue.js';
import { toLocale } from '../i18n/translations.js';
import type { Catalog } from '../schema/catalog.js';
import { FINAL_STATUSES } from '../schema/order-status.js';
import { validateOrder, type ValidateOrderOptions } from '../core/order-validation.js';
import { priceOrder } from '../core/pricing.js';
import { orderFingerprint } from '../core/wizard-submission.js';
import type { OrderStore, OrderWithStatus, StatusEvent } from './order-store.js';
import { IntakeError, readJsonBody } from './request-body.js';

export interface OrderIntakeOptions<Context = unknown> {
  /** The catalog orders are checked and priced against. */
  catalog: Catalog;
  store: OrderStore;
  /**
   * The customer making the request (from your session, token …), or nothing when no one is signed in (401). `context`
   * is what your server passed beside the request: `{ req, res }` from `toNodeHandler` (Express's `req.user` …), or
   * whatever you give `intake(request, context)` (Hono's `c`).
   */
  identify: (request: Request, context: Context) => string | null | undefined | Promise<string | null | undefined>;
  /** Where the routes live (default `/api/orders`). */
  basePath?: string;
  /** Largest accepted order body in bytes (default 64 KiB; a real order is a few KiB). */
  bodyLimit?: number;
  /** The customer's existing billing profiles; without them any `billingProfile.id` passes (see `validateOrder`). */
  billingProfiles?: (customerId: string, request: Request) => ValidateOrderOptions['billingProfiles'] | Promise<ValidateOrderOptions['billingProfiles']>;
  /** How often a status stream looks for changes (default 1000 ms; changes may come from another process). */
  pollIntervalMs?: number;
  /** How often a status stream sends `: keep-alive` (default 15 s). */
  keepAliveMs?: number;
  /** Where unexpected errors go (they are answered with 500). Default: console.error. */
  onError?: (error: unknown, request: Request) => void;
}

export const DEFAULT_BODY_LIMIT = 64 * 1024;
const ORDER_ID = /^ord-[0-9a-f]{12}$/;
// The wizard asks one customer's orders; a page of them is enough for a portal's list.
const LIST_LIMIT = 100;

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}, head = false): Response {
  return new Response(head ? null : JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

const statusAnswer = (orderId: string, event: StatusEvent) => ({
  orderId,
  status: event.status,
  ...(event.message ? { message: event.message } : {}),
  updatedAt: event.updatedAt,
});

/** One status event in the stream's wire format. */
export function formatStatusEvent(event: StatusEvent): string {
  return `id: ${event.id}\nevent: status\ndata: ${JSON.stringify(statusAnswer(event.orderId, event))}\n\n`;
}

/** Answers one request; `context` goes to `identify`. `bodyLimit` tells an adapter how much of a body to read. */
export type OrderIntake<Context = unknown> = ((request: Request, context?: Context) => Promise<Response>) & { readonly bodyLimit?: number };

export function createOrderIntake<Context = unknown>(options: OrderIntakeOptions<Context>): OrderIntake<Context> & { readonly bodyLimit: number } {
  const {
    catalog, store, identify, basePath = '/api/orders', bodyLimit = DEFAULT_BODY_LIMIT, billingProfiles,
    pollIntervalMs = 1000, keepAliveMs = 15_000, onError = (error: unknown) => console.error(error),
  } = options;
  const base = basePath.replace(/\/+$/, '');

  async function placeOrder(request: Request, customerId: string): Promise<Response> {
    const body = await readJsonBody(request, bodyLimit);
    const profiles = await billingProfiles?.(customerId, request);
    const result = validateOrder(catalog, body, profiles ? { billingProfiles: profiles } : {});
    if (!result.ok) {
      const locale = toLocale(request.headers.get('accept-language')?.split(',')[0]?.split(';')[0]?.trim());
      return json(422, {
        code: 'invalid-order',
        message: `The order was not placed: ${result.issues.length === 1 ? 'one field needs' : `${result.issues.length} fields need`} a change.`,
        fieldErrors: result.issues.map(({ path, code, params }) => {
          const message = describeIssue({ code, params }, locale);
          return params ? { path, message, code, params } : { path, message, code };
        }),
      });
    }
    const order = result.order as unknown as Record<string, unknown> & { serviceId: string; idempotencyKey: string };
    const fingerprint = orderFingerprint(order);
    const placed = await store.placeOrder({ customerId, idempotencyKey: order.idempotencyKey, fingerprint, order });
    if (placed.order.fingerprint !== fingerprint) {
      throw new IntakeError(409, 'idempotency-key-reused',
        'This idempotency key was already used for a different order. Nothing was placed; send a changed order with a new key.');
    }
    const answer = statusAnswer(placed.order.id, placed.order.status);
    return placed.created ? json(201, answer, { Location: `${base}/${placed.order.id}` }) : json(200, answer);
  }

  async function listOrders(_request: Request, customerId: string, head: boolean): Promise<Response> {
    const orders = await store.listOrders(customerId, { limit: LIST_LIMIT });
    return json(200, { orders: orders.map((record) => listEntry(record)) }, {}, head);
  }

  const listEntry = (record: OrderWithStatus) => {
    const price = priceOrder(catalog, record.order as Parameters<typeof priceOrder>[1]);
    return {
      ...statusAnswer(record.id, record.status),
      serviceId: record.order.serviceId,
      regionId: record.order['regionId'],
      // The options as ordered, by option id.
      options: record.order['options'] ?? {},
      createdAt: record.createdAt,
      // As the catalog prices the order now: the monthly total as the catalog states prices, net and gross.
      price: { currency: price.currency, total: price.total, net: price.net, gross: price.gross },
    };
  };

  async function findOrder(customerId: string, orderId: string) {
    const record = ORDER_ID.test(orderId) ? await store.findOrder(customerId, orderId) : undefined;
    if (!record) throw new IntakeError(404, 'order-not-found', `There is no order ${orderId.slice(0, 40)}.`);
    return record;
  }

  async function getOrder(_request: Request, customerId: string, head: boolean, orderId: string): Promise<Response> {
    const record = await findOrder(customerId, orderId);
    return json(200, statusAnswer(record.id, record.status), {}, head);
  }

  async function streamStatus(request: Request, customerId: string, head: boolean, orderId: string): Promise<Response> {
    const record = await findOrder(customerId, orderId);
    const headers = { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' };
    if (head) return new Response(null, { status: 200, headers });
    // The header EventSource sends when it reconnects by itself, or `?lastEventId=` from a client that reconnects with
    // a new EventSource (which cannot set headers), as <order-status-badge> does for its back-off.
    const lastEventId = (request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId'))?.trim();
    const resume = lastEventId && /^\d{1,18}$/.test(lastEventId) ? lastEventId : undefined;
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        let lastId = record.status.id;
        let polling: ReturnType<typeof setTimeout> | undefined;
        let stopped = false;
        const send = (text: string) => {
          if (!stopped) controller.enqueue(encoder.encode(text));
        };
        const isFinal = (status: string) => (FINAL_STATUSES as readonly string[]).includes(status);
        let final = isFinal(record.status.status);
        const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveMs);
        stop = () => {
          stopped = true;
          clearInterval(keepAlive);
          clearTimeout(polling);
        };
        request.signal?.addEventListener('abort', () => stop(), { once: true });
        const poll = async () => {
          try {
            for (const event of await store.statusEvents(orderId, lastId)) {
              send(formatStatusEvent(event));
              lastId = event.id;
              final = isFinal(event.status);
            }
          } catch (error) {
            onError(error, request);
            stop();
            controller.close();
            return;
          }
          // After a final status nothing changes: the stream stays open for keep-alives only.
          if (!stopped && !final) polling = setTimeout(poll, pollIntervalMs);
        };
        if (resume) {
          lastId = resume;
          await poll();
        } else {
          send(formatStatusEvent(record.status));
          if (!final) polling = setTimeout(poll, pollIntervalMs);
        }
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, { status: 200, headers });
  }

  type Route = (request: Request, customerId: string, head: boolean, orderId: string) => Promise<Response>;
  const collection: Record<string, Route> = { GET: (request, customer, head) => listOrders(request, customer, head), POST: (request, customer) => placeOrder(request, customer) };
  const one: Record<string, Route> = { GET: getOrder };
  const events: Record<string, Route> = { GET: streamStatus };

  function match(pathname: string): { methods: Record<string, Route>; orderId: string } | undefined {
    if (pathname === base || pathname === `${base}/`) return { methods: collection, orderId: '' };
    if (!pathname.startsWith(`${base}/`)) return undefined;
    const [orderId = '', tail, ...rest] = pathname.slice(base.length + 1).split('/');
    if (rest.length || !orderId) return undefined;
    if (tail === undefined) return { methods: one, orderId: decodeURIComponent(orderId) };
    return tail === 'events' ? { methods: events, orderId: decodeURIComponent(orderId) } : undefined;
  }

  async function handleOrderRequest(request: Request, context?: Context): Promise<Response> {
    try {
      const pathname = new URL(request.url).pathname;
      const route = match(pathname);
      if (!route) throw new IntakeError(404, 'not-found', `There is no route ${pathname.slice(0, 200)}.`);
      const head = request.method === 'HEAD';
      const method = head ? 'GET' : request.method;
      const handler = Object.hasOwn(route.methods, method) ? route.methods[method] : undefined;
      if (!handler) {
        const allow = Object.keys(route.methods).flatMap((name) => (name === 'GET' ? ['GET', 'HEAD'] : [name])).join(', ');
        throw new IntakeError(405, 'method-not-allowed', `${pathname.slice(0, 200)} does not accept ${request.method.slice(0, 20)}; it accepts ${allow}.`, { Allow: allow });
      }
      const customerId = await identify(request, context as Context);
      if (typeof customerId !== 'string' || !customerId) throw new IntakeError(401, 'unauthenticated', 'Sign in to place or see orders.');
      return await handler(request, customerId, head, route.orderId);
    } catch (error) {
      if (error instanceof IntakeError) return json(error.status, { code: error.code, message: error.message }, error.headers);
      if (error instanceof URIError) return json(404, { code: 'not-found', message: 'There is no such order.' });
      onError(error, request);
      return json(500, { code: 'internal-error', message: 'The order service failed to handle this request.' });
    }
  }
  return Object.assign(handleOrderRequest, { bodyLimit });
}
