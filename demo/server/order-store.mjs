// @ts-check
// The demo backend's orders, kept in one JSON file `{ version: 1, orders: [...] }`. Writes go through one promise
// queue and replace the file atomically (temporary file in the same directory, fsync, rename), so a crash leaves
// either the old file or the new one. A missing file is reported and created on the first write; a corrupt one is
// reported and never overwritten.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * One stored order.
 * @typedef {object} OrderRecord
 * @property {string} id `ord-` and 12 hex digits.
 * @property {string} idempotencyKey The client's key, lower case (as validation returns it).
 * @property {string} fingerprint What the order says, without key and acceptance times (orderFingerprint of order-widgets/schema).
 * @property {string} createdAt ISO 8601, UTC.
 * @property {Record<string, unknown> & { serviceId: string }} order The validated, normalised order.
 */

/**
 * @template T
 * @typedef {{ value: T, orders?: OrderRecord[] }} TransactionResult
 *   `orders`, when given, is the new list: it is written to the file before it becomes the store's state.
 */

/** The file exists but cannot be used; the message names the file and what is wrong with it. */
export class OrderFileError extends Error {
  /**
   * @param {string} file
   * @param {string} problem
   * @param {unknown} [cause]
   */
  constructor(file, problem, cause) {
    super(`The demo order file ${file} ${problem}. Fix or move it; the demo backend does not start and does not replace it.`, { cause });
    this.name = 'OrderFileError';
    this.file = file;
  }
}

const FILE_VERSION = 1;

/** @param {unknown} value */
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with one stored order, or undefined.
 * @param {unknown} entry
 * @returns {string | undefined}
 */
function recordProblem(entry) {
  if (!isRecord(entry)) return 'is not an object';
  const record = /** @type {Record<string, unknown>} */ (entry);
  for (const key of ['id', 'idempotencyKey', 'fingerprint', 'createdAt']) {
    if (typeof record[key] !== 'string' || !record[key]) return `has no "${key}"`;
  }
  if (Number.isNaN(Date.parse(/** @type {string} */ (record['createdAt'])))) return 'has a "createdAt" that is not a date';
  if (!isRecord(record['order']) || typeof (/** @type {Record<string, unknown>} */ (record['order']))['serviceId'] !== 'string') {
    return 'has no "order" with a "serviceId"';
  }
  return undefined;
}

/**
 * Reads and checks the file's content.
 * @param {string} file
 * @param {string} text
 * @returns {OrderRecord[]}
 */
function parseOrderFile(file, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new OrderFileError(file, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, error);
  }
  if (!isRecord(data) || data.version !== FILE_VERSION || !Array.isArray(data.orders)) {
    throw new OrderFileError(file, `does not have the shape { "version": ${FILE_VERSION}, "orders": [...] }`);
  }
  /** @type {unknown[]} */
  const orders = data.orders;
  const ids = new Set();
  const keys = new Set();
  for (const [index, entry] of orders.entries()) {
    const problem = recordProblem(entry);
    if (problem) throw new OrderFileError(file, `is damaged: orders[${index}] ${problem}`);
    const record = /** @type {OrderRecord} */ (entry);
    if (ids.has(record.id)) throw new OrderFileError(file, `is damaged: the order id ${record.id} appears twice`);
    if (keys.has(record.idempotencyKey)) throw new OrderFileError(file, `is damaged: the idempotency key ${record.idempotencyKey} appears twice`);
    ids.add(record.id);
    keys.add(record.idempotencyKey);
  }
  return /** @type {OrderRecord[]} */ (orders);
}

/**
 * Replaces `file` with `text`: a temporary file in the same directory (a rename across file systems is not atomic),
 * flushed to disk, then renamed over the old one; the directory is flushed too, so the rename survives a power cut.
 * @param {string} file
 * @param {string} text
 */
async function writeFileAtomically(file, text) {
  const directory = dirname(file);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
  try {
    const dir = await open(directory, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename is done, only its durability is less certain.
  }
}

/**
 * Opens the store: reads `file` if it exists. Rejects with `OrderFileError` when the file cannot be read or is corrupt.
 * @param {string} file
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function openOrderStore(file, { log = console.log } = {}) {
  const path = resolve(file);
  /** @type {OrderRecord[]} */
  let orders;
  try {
    orders = parseOrderFile(path, await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof OrderFileError) throw error;
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') {
      throw new OrderFileError(path, `cannot be read (${error instanceof Error ? error.message : String(error)})`, error);
    }
    log(`Demo order file ${path} does not exist yet: starting with no orders; it is created with the first order.`);
    orders = [];
  }

  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  let closed = false;

  return {
    path,

    /** The committed orders, oldest first. Do not change them; use `transact`. */
    all() {
      return /** @type {readonly OrderRecord[]} */ (orders);
    },

    /** @param {string} id */
    findById(id) {
      return orders.find((record) => record.id === id);
    },

    /**
     * Runs `work` alone: no other transaction runs until it and its write are done, so a check and the write that
     * depends on it (an idempotency key is free → store the order) cannot interleave. When `work` returns `orders`,
     * they are written to the file and only then become the state; a failed write changes nothing.
     * @template T
     * @param {(orders: readonly OrderRecord[]) => TransactionResult<T>} work
     * @returns {Promise<T>}
     */
    transact(work) {
      if (closed) return Promise.reject(new Error('The order store is closed.'));
      const run = queue.then(async () => {
        const result = work(orders);
        if (result.orders) {
          const next = result.orders;
          await writeFileAtomically(path, `${JSON.stringify({ version: FILE_VERSION, orders: next }, null, 2)}\n`);
          orders = next;
        }
        return result.value;
      });
      queue = run.catch(() => {});
      return run;
    },

    /** Refuses new transactions and waits for the queued ones to finish. */
    async close() {
      closed = true;
      await queue;
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof openOrderStore>>} OrderStore */
