// @ts-check
// Who the demo's visitor is: a random customer id in a signed cookie (HMAC-SHA256, HttpOnly, SameSite=Lax), so every
// visitor sees only their own orders without signing in. A real portal asks its own session instead.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export const CUSTOMER_COOKIE = 'demo_customer';
const CUSTOMER_ID = /^c-[0-9a-f-]{36}$/;
/** A year: the demo's customer keeps their orders across visits. */
const MAX_AGE_S = 365 * 24 * 3600;

/**
 * The signing secret: `fromEnv` when set (every process of one demo must share it), else the one in `file`, else a new
 * one written there (readable by its owner only).
 * @param {string} file
 * @param {string | undefined} fromEnv
 * @returns {Promise<string>}
 */
export async function loadCookieSecret(file, fromEnv) {
  if (fromEnv?.trim()) {
    if (fromEnv.trim().length < 32) throw new RangeError('DEMO_COOKIE_SECRET must have at least 32 characters.');
    return fromEnv.trim();
  }
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 32) return stored;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

/** @param {string} secret */
export function customerCookies(secret) {
  if (typeof secret !== 'string' || secret.length < 32) throw new RangeError('The cookie secret must have at least 32 characters.');
  const sign = (/** @type {string} */ id) => createHmac('sha256', secret).update(id).digest('base64url');

  return {
    /**
     * The customer a `Cookie` header names with a valid signature, or undefined.
     * @param {string | undefined} header
     */
    customerOf(header) {
      for (const part of (header ?? '').split(';')) {
        const [name, value = ''] = part.trim().split(/=(.*)/s);
        if (name !== CUSTOMER_COOKIE) continue;
        const dot = value.lastIndexOf('.');
        const id = value.slice(0, dot);
        if (dot < 0 || !CUSTOMER_ID.test(id)) continue;
        const given = Buffer.from(value.slice(dot + 1));
        const expected = Buffer.from(sign(id));
        if (given.length === expected.length && timingSafeEqual(given, expected)) return id;
      }
      return undefined;
    },

    /** A new customer: its id, the cookie's `name=value` and the `Set-Cookie` header that stores it. */
    issue() {
      const id = `c-${randomUUID()}`;
      const pair = `${CUSTOMER_COOKIE}=${id}.${sign(id)}`;
      return { id, pair, setCookie: `${pair}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax` };
    },
  };
}
