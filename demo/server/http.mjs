// @ts-check
// The demo server's HTTP plumbing: JSON answers, and a node:http server hardened against hostile clients. Every error
// answer is `{ code, message }`, as the order intake's.
import { createServer } from 'node:http';

/**
 * Answers with a JSON body (omitted for HEAD by node:http itself).
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/**
 * @typedef {object} HardenedServerOptions
 * @property {number} bodyLimit Largest request body in bytes: a larger declared Content-Length is 413 before any byte of
 *   it is read (also before `100 Continue`).
 * @property {number} [maxConnections] Open connections served at once; a request on a connection beyond them is 429.
 * @property {number} [headersTimeoutMs] Time for a client to send its headers (slowloris), then 408 and close.
 * @property {number} [requestTimeoutMs] Time for a client to send its whole request, then 408 and close.
 * @property {number} [drainLimit] Bytes of an unread body still drained after an early answer (so the client reads
 *   it) before the connection is cut.
 * @property {number} [drainMs] How long such draining may take.
 */

export const SERVER_DEFAULTS = Object.freeze({ maxConnections: 256, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, drainLimit: 16 * 1024 * 1024, drainMs: 5_000 });

/**
 * A node:http server answering with `listener`, hardened:
 * - `Expect: 100-continue` with a Content-Length over the limit: 413 at once, the body is never asked for;
 *   any other expectation: 417 (node:http's own answer);
 * - any request whose declared Content-Length is over the limit: 413 without reading it;
 * - a body left unread after the answer (an early 413) is drained up to `drainLimit` bytes and `drainMs`, then the
 *   connection is closed: the client gets to read its answer, and no one can make the server read forever;
 * - headers and whole requests have time limits (408, then close), checked every quarter second;
 * - at most `maxConnections` connections are served; a request on one more is answered 429 and its connection closed.
 * Bodies are never written to disk: nothing is left behind.
 * @param {import('node:http').RequestListener} listener
 * @param {HardenedServerOptions} options
 */
export function createHardenedServer(listener, options) {
  const { bodyLimit, maxConnections, headersTimeoutMs, requestTimeoutMs, drainLimit, drainMs } = { ...SERVER_DEFAULTS, ...options };
  if (!(Number.isInteger(bodyLimit) && bodyLimit > 0)) throw new RangeError(`bodyLimit must be a whole number of bytes, not ${String(bodyLimit)}.`);
  const server = createServer({
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
    connectionsCheckingInterval: Math.min(250, headersTimeoutMs),
  });

  /** @type {WeakSet<import('node:net').Socket>} */
  const overCapacity = new WeakSet();
  let open = 0;
  server.on('connection', (socket) => {
    open += 1;
    if (open > maxConnections) overCapacity.add(socket);
    socket.once('close', () => (open -= 1));
  });

  const declaredTooLarge = (/** @type {import('node:http').IncomingMessage} */ req) => {
    const declared = Number(req.headers['content-length']);
    return Number.isFinite(declared) && declared > bodyLimit;
  };

  /**
   * The answer is written but the body is not all read (an early 413). node:http would now destroy a connection it
   * does not keep: with body bytes still unread the kernel resets it, and the client may lose the answer. Instead
   * half-close (the client sees the answer and the end), read and drop the rest within the bounds, then close.
   * @param {import('node:http').IncomingMessage} req
   */
  const lingerThenClose = (req) => {
    const socket = req.socket;
    let drained = 0;
    const close = () => {
      clearTimeout(timer);
      socket.destroy();
    };
    const timer = setTimeout(close, drainMs);
    timer.unref();
    socket.destroySoon = () => socket.end();
    req.on('data', (/** @type {Buffer} */ chunk) => {
      drained += chunk.length;
      if (drained > drainLimit) close();
    });
    req.once('end', close);
    req.resume();
  };

  /** @type {import('node:http').RequestListener} */
  const guarded = (req, res) => {
    // Before node:http's own 'finish' handler, which closes the connection.
    res.prependListener('finish', () => {
      if (!req.complete && !req.destroyed) lingerThenClose(req);
    });
    if (overCapacity.has(req.socket)) {
      sendJson(res, 429, { code: 'too-many-connections', message: 'The server has too many open connections; try again in a moment.' }, { Connection: 'close', 'Retry-After': '1' });
    } else if (declaredTooLarge(req)) {
      sendJson(res, 413, { code: 'body-too-large', message: `The request body is larger than ${bodyLimit} bytes.` }, { Connection: 'close' });
    } else {
      listener(req, res);
    }
  };

  server.on('request', guarded);
  server.on('checkContinue', (req, res) => {
    // Refused before the client sends a byte of the body; otherwise invite it and answer as usual.
    if (overCapacity.has(req.socket) || declaredTooLarge(req)) {
      guarded(req, res);
      return;
    }
    res.writeContinue();
    guarded(req, res);
  });
  return server;
}
