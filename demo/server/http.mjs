// @ts-check
// The demo backend's HTTP plumbing: JSON answers and a bounded JSON body reader. Every error answer is `{ message }`.

/** An answer that ends a request early: a 4xx with a message for the client. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

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
 * Whether the request says its body is JSON: `application/json`, with no charset or UTF-8.
 * @param {string | undefined} header
 */
function isJsonContentType(header) {
  if (!header) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param));
}

/**
 * Reads a JSON body of at most `limit` bytes. A wrong content type is 415; a body over the limit is 413, and reading
 * stops there (nothing more is buffered; the answer closes the connection); bytes that are not UTF-8 or not JSON are 400.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit: number }} options
 * @returns {Promise<unknown>}
 */
export function readJsonBody(req, { limit }) {
  if (!isJsonContentType(req.headers['content-type'])) {
    return Promise.reject(new HttpError(415, 'Send the order as JSON, with the header Content-Type: application/json.'));
  }
  const tooLarge = () => new HttpError(413, `The request body is larger than ${limit / 1024} KiB.`, { Connection: 'close' });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());

  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        reject(new HttpError(400, 'The request body is not valid UTF-8.'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError(400, text.trim() ? 'The request body is not valid JSON.' : 'The request body is empty; send the order as JSON.'));
      }
    };
    /** @param {Error} [error] */
    const onError = (error) => {
      cleanUp();
      reject(error ?? new Error('The client closed the connection before the body was complete.'));
    };
    const onAborted = () => onError();
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
