import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clearDraft, loadDraft, markPlaced, placedOrder, saveDraft, type DraftStorage, type PlacedOrder, type RestoreResult,
  type SavedWizardState,
} from '../core/wizard-persistence.js';
import type { PersistMode } from '../core/wizard-view.js';
import type { Catalog } from '../schema/catalog.js';

export interface DraftPersistenceOptions {
  mode(): PersistMode;
  /** The storage key (see `persistKeyFor`). */
  key(): string;
  /** The page came back from the back/forward cache: the host re-checks whether its order was placed meanwhile. */
  onPageRestored(): void;
}

/** The page's storage for a mode; undefined for `none` or when the browser refuses access (disabled, sandboxed). */
function storageFor(mode: PersistMode): DraftStorage | undefined {
  if (mode === 'none') return undefined;
  try {
    return mode === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a wizard's draft in session or local storage: load on start, save on each change, clear and mark as placed
 * once the order is placed, and a `pageshow` listener for returns through the back/forward cache (added while
 * connected, removed when the host leaves the page). Every storage failure is swallowed: the wizard works without.
 */
export class DraftPersistenceController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftPersistenceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.#onPageShow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.options.onPageRestored();
  };

  get #storage(): DraftStorage | undefined {
    return storageFor(this.options.mode());
  }

  load(catalog: Catalog): RestoreResult {
    return loadDraft(this.#storage, this.options.key(), catalog);
  }

  save(state: SavedWizardState): boolean {
    return saveDraft(this.#storage, this.options.key(), state);
  }

  clear(): boolean {
    return clearDraft(this.#storage, this.options.key());
  }

  /** Clears the draft and remembers the order as placed, so neither a reload nor a bfcache return sends it again. */
  placed(order: PlacedOrder): void {
    markPlaced(this.#storage, this.options.key(), order);
    this.clear();
  }

  /** The placed order with this key (and its order id when known), if it was placed. */
  placedOrder(idempotencyKey: string | undefined): PlacedOrder | undefined {
    return placedOrder(this.#storage, this.options.key(), idempotencyKey);
  }
}
