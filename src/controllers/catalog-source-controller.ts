import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseCatalog, type Catalog, type CatalogIssue } from '../schema/catalog.js';

/** The largest catalog a `catalog-url` may deliver, in bytes of the (decompressed) body: 1 MiB. */
export const CATALOG_MAX_BYTES = 1_048_576;

// The example catalog is for a wizard given none (a first try, Storybook): a page with its own catalog never
// downloads it, so it is a module of its own, plain data loaded on demand like a language. It is our own constant,
// already in parsed form (every default written out; the tests check that parsing it changes nothing), so it is not
// parsed again on every page load: on a phone that parse cost about a tenth of the time to the first step.
let example: CatalogSource | undefined;
let exampleLoad: Promise<void> | undefined;
const loadExample = (): Promise<void> =>
  (exampleLoad ??= import('../catalogs/built-in.js').then((module) => {
    example = { status: 'ready', catalog: module.builtInCatalogReady };
  }));

/** Where the wizard's catalog stands: loading from a URL, ready, or refused with every issue by path. */
export type CatalogSource =
  | { status: 'loading' }
  | { status: 'ready'; catalog: Catalog }
  | { status: 'invalid'; issues: CatalogIssue[]; url?: string };

export interface CatalogSourceOptions {
  /** The host's `catalog` property: anything, validated here; undefined for none. */
  catalog(): unknown;
  /** The host's `catalog-url` attribute. */
  url(): string | null | undefined;
  onChange(source: CatalogSource): void;
}

/**
 * Picks and validates a wizard's catalog: the `catalog` property when set, else the JSON at `catalog-url` (fetched
 * with an AbortController; a newer URL or leaving the page aborts the request; a body past `CATALOG_MAX_BYTES` is
 * refused as `catalog-too-large`), else the built-in example catalog (loaded on demand: `waiting()`; our own constant,
 * in parsed form already). Every catalog the host gives goes through `parseCatalog`. Call `refresh()` when the property
 * or the URL changed.
 */
export class CatalogSourceController implements ReactiveController {
  source: CatalogSource = { status: 'loading' };
  #abort: AbortController | undefined;
  #fetched: { url: string; source: CatalogSource } | undefined;
  #started = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: CatalogSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a fetch was aborted by leaving it: fetch again.
    if (this.#started && this.source.status === 'loading' && !this.#abort) this.refresh();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /**
   * For the host's `scheduleUpdate`: the example catalog's loading when the host has neither a catalog nor a URL and it
   * is not there yet, so that the first render already shows it; else undefined.
   */
  waiting(): Promise<void> | undefined {
    const given = this.options.catalog();
    if (example || (given !== undefined && given !== null) || this.options.url()?.trim()) return undefined;
    return loadExample().catch(() => undefined);
  }

  refresh(): void {
    this.#started = true;
    const given = this.options.catalog();
    const url = this.options.url()?.trim();
    if (given !== undefined && given !== null || !url || this.#fetched?.url === url) {
      this.#abort?.abort();
      this.#abort = undefined;
    }
    if (given !== undefined && given !== null) return this.#set(this.#parse(given));
    if (!url) {
      if (example) this.#set(example);
      else void this.#loadExample();
      return;
    }
    if (this.#fetched?.url === url) return this.#set(this.#fetched.source);
    void this.#fetch(url);
  }

  #parse(input: unknown, url?: string): CatalogSource {
    const result = parseCatalog(input);
    if (result.ok) return { status: 'ready', catalog: result.catalog };
    return url ? { status: 'invalid', issues: result.issues, url } : { status: 'invalid', issues: result.issues };
  }

  async #loadExample(): Promise<void> {
    this.#set({ status: 'loading' });
    try {
      await loadExample();
    } catch (error) {
      exampleLoad = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      return this.#set({ status: 'invalid', issues: [{ path: '', code: 'catalog-fetch-failed', params: { url: 'catalogs/built-in.js', reason } }] });
    }
    this.refresh();
  }

  async #fetch(url: string): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: 'loading' });
    let source: CatalogSource;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await readLimited(response, CATALOG_MAX_BYTES);
      source = body === undefined
        ? { status: 'invalid', issues: [{ path: '', code: 'catalog-too-large', params: { url, limit: CATALOG_MAX_BYTES } }], url }
        : this.#parse(JSON.parse(body), url);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#abort = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      source = { status: 'invalid', issues: [{ path: '', code: 'catalog-fetch-failed', params: { url, reason } }], url };
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.#fetched = { url, source };
    this.#set(source);
  }

  #set(source: CatalogSource): void {
    const same = source.status === 'ready' && this.source.status === 'ready' && source.catalog === this.source.catalog;
    if (source === this.source || same) return;
    this.source = source;
    this.options.onChange(source);
  }
}

/**
 * The body as text, or undefined past `limit` bytes. Counted while reading, as Content-Length may be missing or name the
 * compressed size; reading stops at the limit.
 */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let read; reader && !(read = await reader.read()).done; ) {
    size += read.value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return new Blob(chunks).text();
}
