/**
 * Reading an order from a web-standard Request: JSON only (415 otherwise), at most `limit` bytes (413, read no further),
 * UTF-8 JSON (400 otherwise), and no text PostgreSQL refuses (NUL, a lone surrogate: 400 rather than a database error).
 */

/** An answer that ends a request early: a 4xx with a code and a message for the client. */
export class IntakeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}

/** `application/json`, with no charset or UTF-8. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param));
}

// NUL and unpaired surrogates: valid JSON, but PostgreSQL refuses them in text and jsonb.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (key or value) PostgreSQL cannot store, or undefined. */
export function unstorableTextPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) return itemPath;
    const found = unstorableTextPath(item, itemPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new IntakeError(415, 'unsupported-media-type', 'Send the order as JSON, with the header Content-Type: application/json.');
  }
  const tooLarge = () => new IntakeError(413, 'body-too-large', `The request body is larger than ${limit} bytes.`, { Connection: 'close' });
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IntakeError(400, 'invalid-utf8', 'The request body is not valid UTF-8.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new IntakeError(400, 'invalid-json', text.trim() ? 'The request body is not valid JSON.' : 'The request body is empty; send the order as JSON.');
  }
  const unstorable = unstorableTextPath(body);
  if (unstorable !== undefined) {
    throw new IntakeError(400, 'unstorable-text', `The order holds a NUL character or a broken UTF-16 surrogate${unstorable ? ` at ${unstorable.slice(0, 200)}` : ''}.`);
  }
  return body;
}
