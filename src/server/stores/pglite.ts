/**
 * The embedded store: PGlite (PostgreSQL in WebAssembly) in a data directory, or in memory without one. Needs the
 * optional peer dependency `@electric-sql/pglite`, loaded only when a PGlite store is opened.
 */
import type { SqlDatabase, SqlQuery } from '../migrations.js';
import type { OrderStore } from '../order-store.js';
import { createSqlOrderStore } from '../sql-store.js';

/** What the store uses of a PGlite instance. */
export interface PgliteLike extends SqlQuery {
  transaction<T>(work: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface PgliteStoreOptions {
  /** A data directory (created when missing); without it the orders live in memory. */
  dataDir?: string;
  /** A PGlite instance of your own instead (left open by `close()`). */
  db?: PgliteLike;
}

export async function openPgliteStore({ dataDir, db }: PgliteStoreOptions = {}): Promise<OrderStore> {
  let opened: PgliteLike | undefined;
  if (!db) {
    const { PGlite } = await import('@electric-sql/pglite');
    opened = (await PGlite.create(dataDir)) as unknown as PgliteLike;
  }
  const instance = db ?? opened!;
  const database: SqlDatabase = {
    query: (text, params) => instance.query(text, params),
    exec: (text) => instance.exec(text),
    transaction: (work) => instance.transaction((tx) => work(tx)),
  };
  try {
    return await createSqlOrderStore(database, { onClose: async () => opened?.close() });
  } catch (error) {
    await opened?.close();
    throw error;
  }
}
