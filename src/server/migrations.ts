/**
 * The store's tables, as numbered migrations. Applied in order, each once, inside one transaction that holds an
 * advisory lock, so servers starting together against one PostgreSQL do not apply a migration twice. Never edit a
 * published migration: add the next one. Table names carry the library's prefix so they sit beside the host's own.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'orders and their status history',
    sql: `
CREATE TABLE order_widgets_orders (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  customer_id text NOT NULL,
  idempotency_key text NOT NULL,
  fingerprint text NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT order_widgets_orders_idempotency UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX order_widgets_orders_by_customer ON order_widgets_orders (customer_id, seq DESC);
CREATE TABLE order_widgets_status_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id text NOT NULL REFERENCES order_widgets_orders (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('received', 'provisioning', 'ready', 'failed', 'cancelled')),
  message text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX order_widgets_status_events_by_order ON order_widgets_status_events (order_id, id);
`,
  },
];

/** One statement with parameters ($1, $2 …), answering rows as objects: what `pg` and PGlite both offer. */
export interface SqlQuery {
  /**
   * `name` marks a statement the store runs often: a driver that prepares statements (the `pg` store) prepares it once
   * per connection under that name and then only binds parameters; others run the text as it is.
   */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[], options?: { name?: string }): Promise<{ rows: Row[] }>;
  /** Several statements without parameters. */
  exec(text: string): Promise<unknown>;
}

/** A database the store can use: queries, and a transaction on one connection. */
export interface SqlDatabase extends SqlQuery {
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
}

/** Applies the migrations the database lacks; answers the versions it applied. */
export async function migrate(database: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return database.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('order-widgets migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS order_widgets_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM order_widgets_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO order_widgets_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
