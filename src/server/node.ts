/**
 * The Node adapter: `createServer(toNodeHandler(intake))`, or mount it in Express (`app.use('/api/orders',
 * toNodeHandler(intake))` with `basePath` matching the full path: it reads `req.originalUrl` when there is one). Typed
 * structurally, so the entry needs no Node types and no import of node:http.
 */
import type { OrderIntake } from './handler.js';

/** What the adapter uses of node:http's IncomingMessage (an Express request is one). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array> {
  method?: string | undefined;
  url?: string | undefined;
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  // Unknown rather than `{ encrypted?: boolean }`: TypeScript refuses a net.Socket for a type of optional properties only.
  socket?: unknown;
  complete?: boolean;
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

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
  }
  const host = typeof req.headers.host === 'string' && /^[\w.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${(req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true ? 'https' : 'http'}://${host}`);
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, signal });
  const chunks = req[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    // Left unread, not destroyed: the answer (a 413) must reach the client before the connection closes.
  });
  return new Request(url, { method, headers, body, signal, duplex: 'half' } as RequestInit);
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
  // A JSON answer is small and complete: sent in one write with its length, not as chunks and a terminating chunk.
  if (!/^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')) {
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

/** A node:http request listener answering every request with the intake. */
export function toNodeHandler(intake: OrderIntake, { onError = (error) => console.error(error) }: NodeHandlerOptions = {}) {
  return async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    const aborted = new AbortController();
    // Only a response closed before its end (the client went away) aborts: after a complete answer nothing listens.
    res.once('close', () => {
      if (!res.writableEnded) aborted.abort();
    });
    try {
      const response = await intake(toRequest(req, aborted.signal));
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
