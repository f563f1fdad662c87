/**
 * What `createOrderIntake` needs from a database: orders placed once per customer and idempotency key, and each order's
 * status history as rows with time. Shaped for SQL (`createSqlOrderStore` implements it for PostgreSQL and PGlite with
 * the same statements); a store of your own only has to keep the same promises.
 */
import type { KnownOrderStatus } from '../schema/order-status.js';

/** One placed order as stored: the validated order, never prices or statuses the client sent. */
export interface StoredOrder {
  /** `ord-` and 12 hex digits. */
  readonly id: string;
  /** Whoever the integrator's `identify(request)` named. */
  readonly customerId: string;
  /** The client's key, lower case (as validation returns it). */
  readonly idempotencyKey: string;
  /** `orderFingerprint` of the validated order: what the order says, without key and acceptance times. */
  readonly fingerprint: string;
  /** The validated, normalised order. */
  readonly order: Readonly<Record<string, unknown>> & { readonly serviceId: string };
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

/** One status change of an order: a row with a monotonic id (the stream's event id) and its time. */
export interface StatusEvent {
  /** Grows with every change of any order, so it orders one order's changes too. A decimal string (a bigint in SQL). */
  readonly id: string;
  readonly orderId: string;
  readonly status: KnownOrderStatus;
  readonly message?: string;
  /** ISO 8601, UTC. */
  readonly updatedAt: string;
}

/** An order with its current status (its latest status event). */
export interface OrderWithStatus extends StoredOrder {
  readonly status: StatusEvent;
}

export interface NewOrder {
  readonly customerId: string;
  readonly idempotencyKey: string;
  readonly fingerprint: string;
  readonly order: StoredOrder['order'];
}

export interface OrderStore {
  /**
   * Stores the order under a new id with a first `received` status, unless the customer already used its idempotency key: then
   * returns the order stored under that key, `created: false`. Safe under any concurrency (a unique constraint decides,
   * not a read before the write).
   */
  placeOrder(order: NewOrder): Promise<{ order: OrderWithStatus; created: boolean }>;
  /** The customer's order with that id, or undefined (also when it is another customer's). */
  findOrder(customerId: string, orderId: string): Promise<OrderWithStatus | undefined>;
  /** The customer's orders, newest first, at most `limit`. */
  listOrders(customerId: string, options?: { limit?: number }): Promise<OrderWithStatus[]>;
  /** Appends a status change to the order's history (what provisions the order calls this). Rejects for an unknown order. */
  recordStatus(orderId: string, status: KnownOrderStatus, message?: string): Promise<StatusEvent>;
  /**
   * Appends `to` only while the order's current status is `from`, so workers racing over one order (in one process or
   * several sharing the database) each move it once: the new event, or undefined when the order has moved on or is unknown.
   */
  advanceStatus(orderId: string, from: KnownOrderStatus, to: KnownOrderStatus, message?: string): Promise<StatusEvent | undefined>;
  /** Every customer's orders whose current status is one of `statuses`, longest in it first, at most `limit`: a provisioning worker's queue. */
  ordersInStatus(statuses: readonly KnownOrderStatus[], options?: { limit?: number }): Promise<OrderWithStatus[]>;
  /** The order's status changes with an id above `afterId` (all of them without it), oldest first. */
  statusEvents(orderId: string, afterId?: string): Promise<StatusEvent[]>;
  /** Closes what the store opened itself (a pool it was given stays open). */
  close(): Promise<void>;
}
