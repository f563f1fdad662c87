// `order-widgets/server`: order intake for the host's backend on web-standard Request and Response, with a Node
// adapter and stores on PostgreSQL (`pg`) and PGlite. Imports neither lit nor the DOM; `pg` and
// `@electric-sql/pglite` are optional peer dependencies, loaded only by the store that needs them.
export { createOrderIntake, DEFAULT_BODY_LIMIT, formatStatusEvent } from './handler.js';
export type { OrderIntake, OrderIntakeOptions } from './handler.js';
export { toNodeHandler } from './node.js';
export type { NodeContext, NodeHandlerOptions, NodeRequestLike, NodeResponseLike } from './node.js';
export type { NewOrder, OrderStore, OrderWithStatus, StatusEvent, StoredOrder } from './order-store.js';
export { createSqlOrderStore } from './sql-store.js';
export type { SqlOrderStoreOptions } from './sql-store.js';
export { migrate, MIGRATIONS } from './migrations.js';
export type { Migration, SqlDatabase, SqlQuery } from './migrations.js';
export { openPgliteStore } from './stores/pglite.js';
export type { PgliteLike, PgliteStoreOptions } from './stores/pglite.js';
export { openPostgresStore } from './stores/postgres.js';
export type { PgPoolLike, PostgresStoreOptions } from './stores/postgres.js';
export { IntakeError, isJsonContentType, unstorableTextPath } from './request-body.js';
