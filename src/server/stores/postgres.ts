/**
 * The store on PostgreSQL through `pg` (an optional peer dependency). Give it your `pg.Pool`, or a connection string
 * and it opens (and on `close()` ends) a pool of its own.
 */
import type { SqlDatabase, SqlQuery } from '../migrations.js';
import type { OrderStore } from '../order-store.js';
import { createSqlOrderStore } from '../sql-store.js';

/** What the store uses of a `pg.Pool`. */
export interface PgPoolLike {
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
  query(config: { name: string; text: string; values?: unknown[] }): Promise<{ rows: any[] }>;
  connect(): Promise<{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }>; release(error?: Error | boolean): void }>;
  end(): Promise<void>;
}

export interface PostgresStoreOptions {
  /** Your pool (left open by `close()`). */
  pool?: PgPoolLike;
  /** Or where to connect: the store opens a pool of `max` connections (default 10). */
  connectionString?: string;
  max?: number;
}

export async function openPostgresStore({ pool, connectionString, max = 10 }: PostgresStoreOptions): Promise<OrderStore> {
  let opened: PgPoolLike | undefined;
  if (!pool) {
    if (!connectionString) throw new TypeError('openPostgresStore needs a pool or a connectionString.');
    const { default: pg } = await import('pg');
    opened = new pg.Pool({ connectionString, max }) as unknown as PgPoolLike;
  }
  const target = pool ?? opened!;
  const database: SqlDatabase = {
    // A named query is prepared once per connection: PostgreSQL parses and plans it once, not for every order.
    query: (text, params, options) => (options?.name ? target.query({ name: options.name, text, values: params ?? [] }) : target.query(text, params)),
    // Without parameters node-postgres sends the simple query protocol, which runs several statements.
    exec: (text) => target.query(text),
    async transaction(work) {
      const client = await target.connect();
      const tx: SqlQuery = { query: (text, params) => client.query(text, params), exec: (text) => client.query(text) };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        client.release(error instanceof Error ? error : true);
        throw error;
      }
    },
  };
  try {
    return await createSqlOrderStore(database, { onClose: async () => opened?.end() });
  } catch (error) {
    await opened?.end();
    throw error;
  }
}
