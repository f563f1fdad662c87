/**
 * Reading untrusted input (a `JSON.parse`d catalog, preset, saved draft or host answer) before a schema has checked it.
 * Pure: no lit, no DOM.
 */

/** A plain object: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list as it is; anything else as an empty list. */
export const listOf = <T = unknown>(value: unknown): T[] => (Array.isArray(value) ? value : []);

/** An own property only: a JSON-parsed "__proto__" or "constructor" key is data, and inherited members are not read. */
export const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
