/**
 * The wizard's saved copy: the draft as typed, the step shown, the steps visited and the key of the last submit attempt,
 * versioned, kept in session or local storage so a reload or a return loses nothing; and the marker of a placed order,
 * so a reload or a back/forward-cache return never sends it again and can still name it. Pure: no lit, no DOM; the
 * `Storage` is passed in, and no storage failure is ever thrown.
 */
import type { Catalog } from '../schema/catalog.js';
import { isRecord, own } from '../schema/raw-input.js';
import { draftFromSaved, type ClearedChoice, type DraftProblem, type OrderDraft } from './wizard-draft.js';

/** Format of the saved copy; a copy of another version is not restored. */
export const DRAFT_FORMAT_VERSION = 1;

/** What the wizard keeps across a reload: the draft, the step shown, the steps visited, the key of the last attempt. */
export interface SavedWizardState {
  draft: OrderDraft;
  /** A `StepId`; `resumeStep` in `wizard-steps.ts` checks it against the steps now visible. */
  step: string;
  visited?: string[];
  /** Key and fingerprint of the last submit attempt, so a retry after a reload reuses the key. */
  idempotencyKey?: string;
  orderFingerprint?: string;
}

export type RestoreFailure = 'missing' | 'corrupt' | 'unsupported-version' | 'no-storage' | 'storage-error';
export type RestoreResult =
  | { state: SavedWizardState; cleared: ClearedChoice[]; problems: DraftProblem[] }
  | { state: undefined; reason: RestoreFailure };


export function serialiseDraft(state: SavedWizardState): string {
  const { draft, step, visited, idempotencyKey, orderFingerprint } = state;
  return JSON.stringify({ v: DRAFT_FORMAT_VERSION, step, visited, idempotencyKey, orderFingerprint, draft });
}

/**
 * Reads a saved copy: refuses corrupt JSON and other format versions; drops malformed fields (`problems`) and choices the
 * catalog no longer has (`cleared`, via `reconcileDraft`). Values are kept as typed, also invalid ones.
 */
export function restoreDraft(catalog: Catalog, text: string | null | undefined): RestoreResult {
  if (!text) return { state: undefined, reason: 'missing' };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { state: undefined, reason: 'corrupt' };
  }
  if (!isRecord(saved)) return { state: undefined, reason: 'corrupt' };
  if (own(saved, 'v') !== DRAFT_FORMAT_VERSION) return { state: undefined, reason: 'unsupported-version' };
  const rawDraft = own(saved, 'draft');
  const step = own(saved, 'step');
  if (!isRecord(rawDraft) || typeof step !== 'string') return { state: undefined, reason: 'corrupt' };

  const { draft, cleared, problems } = draftFromSaved(catalog, rawDraft);
  const state: SavedWizardState = { draft, step };
  const visited = own(saved, 'visited');
  if (Array.isArray(visited)) state.visited = visited.filter((entry): entry is string => typeof entry === 'string');
  const key = own(saved, 'idempotencyKey');
  const fingerprint = own(saved, 'orderFingerprint');
  if (typeof key === 'string' && typeof fingerprint === 'string') {
    state.idempotencyKey = key;
    state.orderFingerprint = fingerprint;
  }
  return { state, cleared, problems };
}

/** The part of `Storage` the wizard uses; `undefined` stands for "no storage" (`persist="none"` or none available). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Saves the state; false when there is no storage or it refused (quota, disabled, private mode). */
export function saveDraft(storage: DraftStorage | undefined, key: string, state: SavedWizardState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, serialiseDraft(state));
    return true;
  } catch {
    return false;
  }
}

export function loadDraft(storage: DraftStorage | undefined, key: string, catalog: Catalog): RestoreResult {
  if (!storage) return { state: undefined, reason: 'no-storage' };
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { state: undefined, reason: 'storage-error' };
  }
  return restoreDraft(catalog, text);
}

export function clearDraft(storage: DraftStorage | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** A placed order as its marker remembers it: the attempt's key, and the host's order id (unknown in old markers). */
export interface PlacedOrder {
  idempotencyKey: string;
  orderId?: string;
}

const placedKey = (key: string) => `${key}:placed`;

/**
 * Notes that an order was placed, with its key and order id (`{"idempotencyKey","orderId"}`), so a reload or a bfcache
 * return never sends it again and can still show its number.
 */
export function markPlaced(storage: DraftStorage | undefined, key: string, placed: PlacedOrder): boolean {
  if (!storage) return false;
  const { idempotencyKey, orderId } = placed;
  try {
    storage.setItem(placedKey(key), JSON.stringify(orderId === undefined ? { idempotencyKey } : { idempotencyKey, orderId }));
    return true;
  } catch {
    return false;
  }
}

/** Reads a marker: the JSON written by `markPlaced`, or the bare key that earlier versions wrote. */
function readMarker(text: string | null): PlacedOrder | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) return { idempotencyKey: text };
  const idempotencyKey = own(parsed, 'idempotencyKey');
  const orderId = own(parsed, 'orderId');
  if (typeof idempotencyKey !== 'string') return undefined;
  return typeof orderId === 'string' && orderId ? { idempotencyKey, orderId } : { idempotencyKey };
}

/** The placed order with this idempotency key, if its marker is there; undefined when unknown (no storage, or it failed). */
export function placedOrder(storage: DraftStorage | undefined, key: string, idempotencyKey: string | undefined): PlacedOrder | undefined {
  if (!storage || !idempotencyKey) return undefined;
  try {
    const placed = readMarker(storage.getItem(placedKey(key)));
    return placed?.idempotencyKey === idempotencyKey ? placed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the order with this idempotency key was placed; false when unknown (no storage, or it failed). */
export function wasPlaced(storage: DraftStorage | undefined, key: string, idempotencyKey: string | undefined): boolean {
  return placedOrder(storage, key, idempotencyKey) !== undefined;
}
