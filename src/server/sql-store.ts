/**
 * The order store in SQL, one set of statements for PostgreSQL (`pg`) and PGlite. Idempotency is the unique constraint
 * on (customer, key): the insert says ON CONFLICT DO NOTHING and the order that won is read back, so 50 requests with
 * one key make one order without any read-modify-write. Times and ids come back as text, so both drivers agree.
 */
import { ORDER_STATUSES, type KnownOrderStatus } from '../schema/order-status.js';
import { migrate, type SqlDatabase } from './migrations.js';
import type { NewOrder, OrderStore, OrderWithStatus, StatusEvent, StoredOrder } from './order-store.js';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const EVENT_COLUMNS = `e.id::text AS event_id, e.order_id, e.status, e.message, ${iso('e.created_at')} AS updated_at`;
const ORDER_WITH_STATUS = `
SELECT o.id, o.customer_id, o.idempotency_key, o.fingerprint, o.body, ${iso('o.created_at')} AS created_at, ${EVENT_COLUMNS}
FROM order_widgets_orders o
CROSS JOIN LATERAL (
  SELECT * FROM order_widgets_status_events e WHERE e.order_id = o.id ORDER BY e.id DESC LIMIT 1
) e`;

interface EventRow {
  event_id: string;
  order_id: string;
  status: string;
  message: string | null;
  updated_at: string;
}
interface OrderRow extends EventRow {
  id: string;
  customer_id: string;
  idempotency_key: string;
  fingerprint: string;
  body: unknown;
  created_at: string;
}

const toEvent = (row: EventRow): StatusEvent => ({
  id: String(row.event_id),
  orderId: row.order_id,
  status: row.status as KnownOrderStatus,
  ...(row.message ? { message: row.message } : {}),
  updatedAt: row.updated_at,
});

const toOrder = (row: OrderRow): OrderWithStatus => ({
  id: row.id,
  customerId: row.customer_id,
  idempotencyKey: row.idempotency_key,
  fingerprint: row.fingerprint,
  // Drivers parse jsonb; one configured not to hands over the text.
  order: (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as StoredOrder['order'],
  createdAt: row.created_at,
  status: toEvent(row),
});

/** `ord-` and 12 random hex digits. */
function newOrderId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return `ord-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const isUniqueViolationOf = (error: unknown, constraint: string) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === constraint;

export interface SqlOrderStoreOptions {
  /** Run the migrations the database lacks before answering (default true). */
  migrate?: boolean;
  /** Called by `close()`: closes what the store's opener opened. */
  onClose?: () => Promise<void>;
}

/** The order store on a SQL database; applies the migrations first unless told not to. */
export async function createSqlOrderStore(database: SqlDatabase, { migrate: shouldMigrate = true, onClose }: SqlOrderStoreOptions = {}): Promise<OrderStore> {
  if (shouldMigrate) await migrate(database);

  const findByKey = async (customerId: string, idempotencyKey: string) => {
    const { rows } = await database.query<OrderRow>(`${ORDER_WITH_STATUS} WHERE o.customer_id = $1 AND o.idempotency_key = $2`, [customerId, idempotencyKey], { name: 'order_widgets_find_by_key' });
    return rows[0] ? toOrder(rows[0]) : undefined;
  };

  const store: OrderStore = {
    async placeOrder(order: NewOrder) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          // One round trip, as a prepared statement, answering only what the database made (the id that won, the
          // time, the first event's id): the order itself is the one just sent. Only a key already used is read back.
          const id = newOrderId();
          const { rows } = await database.query<{ created_at: string; event_id: string }>(
            `WITH inserted AS (
               INSERT INTO order_widgets_orders (id, customer_id, idempotency_key, fingerprint, body)
               VALUES ($1, $2, $3, $4, $5::jsonb)
               ON CONFLICT ON CONSTRAINT order_widgets_orders_idempotency DO NOTHING
               RETURNING id, created_at
             ), first_status AS (
               INSERT INTO order_widgets_status_events (order_id, status, created_at)
               SELECT id, 'received', created_at FROM inserted
               RETURNING id, created_at
             )
             SELECT e.id::text AS event_id, ${iso('e.created_at')} AS created_at FROM first_status e`,
            [id, order.customerId, order.idempotencyKey, order.fingerprint, JSON.stringify(order.order)],
            { name: 'order_widgets_place_order' },
          );
          const made = rows[0];
          if (made) {
            return {
              created: true,
              order: {
                id, customerId: order.customerId, idempotencyKey: order.idempotencyKey, fingerprint: order.fingerprint,
                order: order.order, createdAt: made.created_at,
                status: { id: String(made.event_id), orderId: id, status: 'received', updatedAt: made.created_at },
              },
            };
          }
          const placed = await findByKey(order.customerId, order.idempotencyKey);
          if (!placed) throw new Error('An order placed under an idempotency key was not found right after.');
          return { order: placed, created: false };
        } catch (error) {
          // Two random ids alike: draw another one.
          if (attempt < 3 && isUniqueViolationOf(error, 'order_widgets_orders_pkey')) continue;
          throw error;
        }
      }
    },

    async findOrder(customerId, orderId) {
      const { rows } = await database.query<OrderRow>(`${ORDER_WITH_STATUS} WHERE o.customer_id = $1 AND o.id = $2`, [customerId, orderId], { name: 'order_widgets_find_order' });
      return rows[0] ? toOrder(rows[0]) : undefined;
    },

    async listOrders(customerId, { limit = 100 } = {}) {
      const { rows } = await database.query<OrderRow>(`${ORDER_WITH_STATUS} WHERE o.customer_id = $1 ORDER BY o.seq DESC LIMIT $2`, [customerId, limit], { name: 'order_widgets_list_orders' });
      return rows.map(toOrder);
    },

    async recordStatus(orderId, status, message) {
      if (!(ORDER_STATUSES as readonly string[]).includes(status)) throw new RangeError(`Unknown order status ${String(status)}.`);
      // The order's row is locked first, so one order's events get their ids in the order they commit: a stream that
      // has seen event n never misses a later-committed event below n.
      const { rows } = await database.query<EventRow>(
        `WITH target AS (SELECT id FROM order_widgets_orders WHERE id = $1 FOR UPDATE),
         inserted AS (
           INSERT INTO order_widgets_status_events (order_id, status, message)
           SELECT id, $2, $3 FROM target
           RETURNING *
         )
         SELECT ${EVENT_COLUMNS} FROM inserted e`,
        [orderId, status, message ?? null],
      );
      if (!rows[0]) throw new RangeError(`There is no order ${orderId}.`);
      return toEvent(rows[0]);
    },

    async advanceStatus(orderId, from, to, message) {
      if (!(ORDER_STATUSES as readonly string[]).includes(to)) throw new RangeError(`Unknown order status ${String(to)}.`);
      return database.transaction(async (tx) => {
        // The lock makes racing workers take turns; the next statement then reads the status the last one committed.
        const { rows: locked } = await tx.query('SELECT id FROM order_widgets_orders WHERE id = $1 FOR UPDATE', [orderId]);
        if (!locked[0]) return undefined;
        const { rows: latest } = await tx.query<{ status: string }>(
          'SELECT status FROM order_widgets_status_events WHERE order_id = $1 ORDER BY id DESC LIMIT 1', [orderId]);
        if (latest[0]?.status !== from) return undefined;
        const { rows } = await tx.query<EventRow>(
          `WITH inserted AS (INSERT INTO order_widgets_status_events (order_id, status, message) VALUES ($1, $2, $3) RETURNING *)
           SELECT ${EVENT_COLUMNS} FROM inserted e`,
          [orderId, to, message ?? null],
        );
        return rows[0] ? toEvent(rows[0]) : undefined;
      });
    },

    async ordersInStatus(statuses, { limit = 100 } = {}) {
      // The statuses as one JSON parameter: both drivers pass text alike, arrays they do not.
      const { rows } = await database.query<OrderRow>(
        `${ORDER_WITH_STATUS} WHERE e.status IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY e.id LIMIT $2`,
        [JSON.stringify(statuses), limit],
      );
      return rows.map(toOrder);
    },

    async statusEvents(orderId, afterId) {
      const after = afterId !== undefined && /^\d{1,18}$/.test(afterId) ? afterId : '0';
      const { rows } = await database.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM order_widgets_status_events e WHERE e.order_id = $1 AND e.id > $2::bigint ORDER BY e.id`,
        [orderId, after],
        { name: 'order_widgets_status_events' },
      );
      return rows.map(toEvent);
    },

    async close() {
      await onClose?.();
    },
  };
  return store;
}
