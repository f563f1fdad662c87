/**
 * The Node adapter: `createServer(toNodeHandler(intake))`, or mount it in Express (`app.use('/api/orders',
 * toNodeHandler(intake))` with `basePath` matching the full path: it reads `req.originalUrl` when there is one). Typed
 * structurally, so the entry needs no Node types and no import of node:http.
 */
import { DEFAULT_BODY_LIMIT, type OrderIntake } from './handler.js';

/** What the adapter uses of node:http's IncomingMessage (an Express request is one). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array> {
  method?: string | undefined;
  url?: string | undefined;
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  // Unknown rather than `{ encrypted?: boolean }`: TypeScript refuses a net.Socket for a type of optional properties only.
  socket?: unknown;
  complete?: boolean;
  readableEnded?: boolean;
  /** What a body parser that ran first (`express.json()`) made of the body. */
  body?: unknown;
  resume(): unknown;
}

/** What the adapter uses of node:http's ServerResponse. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  once(event: 'close' | 'drain', listener: () => void): unknown;
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
  destroy(): unknown;
}

export interface NodeHandlerOptions {
  /** Where unexpected errors of the adapter itself go. Default: console.error. */
  onError?: (error: unknown) => void;
}

/** The body as bytes, read up to one byte past `limit` (enough for the intake to answer 413); the rest stays unread. */
async function readBody(req: NodeRequestLike, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Pulled by hand: leaving a `for await` early would destroy the request, and with it the socket the 413 must reach.
  const iterator = req[Symbol.asyncIterator]();
  while (size <= limit) {
    const { done, value } = await iterator.next();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A body a parser already read (the stream is spent): JSON again from `express.json()`, or the bytes or text. */
function parsedBody(body: unknown): Uint8Array | string {
  if (body instanceof Uint8Array || typeof body === 'string') return body;
  return JSON.stringify(body);
}

async function toRequest(req: NodeRequestLike, limit: number, signal: AbortSignal | undefined): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    if (typeof value === 'string') headers.append(name, value);
    else for (const each of value) headers.append(name, each);
  }
  const host = typeof req.headers.host === 'string' && /^[\w.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  const url = `${(req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true ? 'https' : 'http'}://${host}${req.originalUrl ?? req.url ?? '/'}`;
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, ...(signal ? { signal } : {}) });
  // An order is a few KiB: read whole (bounded) here rather than streamed chunk by chunk through a web stream. A body
  // declared larger than the limit is not read at all: the intake answers 413 from the header.
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  const body = Number.isFinite(declared) && declared > limit ? null : req.readableEnded && req.body !== undefined ? parsedBody(req.body) : await readBody(req, limit);
  return new Request(url, { method, headers, body: body as BodyInit | null, ...(signal ? { signal } : {}) });
}

async function writeResponse(response: Response, res: NodeResponseLike): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
  if (!response.body) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  // A JSON answer is small and complete: sent with its length in one write, not as chunks and a terminating chunk.
  if (!/^text\/event-stream\b/i.test(headers['content-type'] as string ?? '')) {
    const body = new Uint8Array(await response.arrayBuffer());
    headers['content-length'] = String(body.byteLength);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  const reader = response.body.getReader();
  let closed = false;
  res.once('close', () => {
    closed = true;
    reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done || closed) break;
    if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
  }
  if (!closed) res.end();
}

/** What the adapter passes to the intake as its second argument, and so to `identify(request, context)`. */
export interface NodeContext<Req extends NodeRequestLike = NodeRequestLike, Res extends NodeResponseLike = NodeResponseLike> {
  /** The request as node:http (or Express, with `req.user`, `req.session` …) gave it. */
  req: Req;
  res: Res;
}

/**
 * A node:http request listener (or Express middleware) answering every request with the intake. The intake's
 * `identify(request, { req, res })` gets the Node request too, for a session or user your middleware put on it.
 */
export function toNodeHandler<Req extends NodeRequestLike = NodeRequestLike, Res extends NodeResponseLike = NodeResponseLike>(
  intake: OrderIntake<NodeContext<Req, Res>>,
  { onError = (error) => console.error(error) }: NodeHandlerOptions = {},
) {
  const limit = intake.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return async (req: Req, res: Res): Promise<void> => {
    let signal: AbortSignal | undefined;
    if (req.method === 'GET') {
      // Only a stream runs on after its answer began; it stops when the client goes away. A response closed after its
      // end is no client going away.
      const aborted = new AbortController();
      signal = aborted.signal;
      res.once('close', () => {
        if (!res.writableEnded) aborted.abort();
      });
    }
    try {
      const response = await intake(await toRequest(req, limit, signal), { req, res });
      await writeResponse(response, res);
      // A body the intake did not read (refused with 413): drain it, so the client reads the answer before the close.
      if (req.complete === false) req.resume();
    } catch (error) {
      onError(error);
      if (!res.headersSent) {
        res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
        res.end();
      } else if (!res.writableEnded) res.destroy();
    }
  };
}
