import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import {
  clearDraft, loadDraft, markPlaced, placedOrder, restoreDraft, saveDraft, serialiseDraft, wasPlaced, type DraftStorage,
  type SavedWizardState,
} from '../../src/core/wizard-persistence.js';
import { KEY, postgresDraft } from './wizard.fixtures.js';

// Saved copies are tampered with freely here, as a browser extension or an old version could leave them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const pairs = (list: ReadonlyArray<{ path?: string; field?: string; code: string }>) => list.map((entry) => [entry.path ?? entry.field, entry.code]);

/** Storage that keeps items in a map, or throws on the named methods. */
function memoryStorage(throwsOn: ReadonlyArray<keyof DraftStorage> = []): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const guard = (method: keyof DraftStorage) => {
    if (throwsOn.includes(method)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    items,
    getItem: (key) => (guard('getItem'), items.get(key) ?? null),
    setItem: (key, value) => (guard('setItem'), void items.set(key, value)),
    removeItem: (key) => (guard('removeItem'), void items.delete(key)),
  };
}

describe('wizard-persistence: saving and restoring', () => {
  const state = (): SavedWizardState => {
    const draft = postgresDraft();
    draft.storageGb = 'abc';
    draft.trustedSources.push({ address: '1.2.3' });
    draft.confirmWholeInternet = true;
    draft.pendingTrustedSource = ' 9.9.9.';
    draft.billing.newProfile.email = 'erika@';
    return { draft, step: 'storage', visited: ['service', 'size', 'storage'], idempotencyKey: KEY, orderFingerprint: '{"serviceId":"postgresql"}' };
  };

  it('round-trips every value as typed, the step, the visited steps and the attempt key', () => {
    const saved = state();
    const text = serialiseDraft(saved);
    expect(JSON.parse(text).v).to.equal(1);
    expect(restoreDraft(builtInCatalog, text)).to.deep.equal({ state: saved, cleared: [], problems: [] });
  });

  /** name, saved text, reason. */
  const refused: [string, string | null, string][] = [
    ['nothing saved', null, 'missing'],
    ['an empty text', '', 'missing'],
    ['cut-off JSON', serialiseDraft(state()).slice(0, 40), 'corrupt'],
    ['JSON that is a list', '[1, 2]', 'corrupt'],
    ['JSON null', 'null', 'corrupt'],
    ['another format version', JSON.stringify({ ...JSON.parse(serialiseDraft(state())), v: 2 }), 'unsupported-version'],
    ['a version as text', JSON.stringify({ ...JSON.parse(serialiseDraft(state())), v: '1' }), 'unsupported-version'],
    ['no version', JSON.stringify({ step: 'size', draft: {} }), 'unsupported-version'],
    ['no draft', JSON.stringify({ v: 1, step: 'size' }), 'corrupt'],
    ['no step', JSON.stringify({ v: 1, draft: {} }), 'corrupt'],
  ];
  for (const [name, text, reason] of refused) {
    it(`refuses ${name} → ${reason}`, () => {
      expect(restoreDraft(builtInCatalog, text)).to.deep.equal({ state: undefined, reason });
    });
  }

  it('checks a restored draft against the catalog and reports what it cleared', () => {
    const text = serialiseDraft({ ...state(), draft: { ...postgresDraft(), version: '9.6' } });
    const result = restoreDraft(builtInCatalog, text);
    expect(result.state?.draft.version).to.equal(undefined);
    expect(result.state?.draft.sizeId).to.equal('gp-s');
    expect(result.state && pairs(result.cleared)).to.deep.equal([['version', 'unknown-version']]);
  });

  it('drops malformed fields of a tampered copy and keeps the rest', () => {
    const saved = JSON.parse(serialiseDraft(state()));
    saved.draft.storageGb = { gb: 50 };
    saved.draft.acceptedDocuments.dpa = { version: 2.1 };
    saved.idempotencyKey = 42;
    const result = restoreDraft(builtInCatalog, JSON.stringify(saved));
    expect(result.state && pairs(result.problems)).to.deep.equal([['storageGb', 'storage-not-a-number'], ['acceptedDocuments.dpa', 'invalid-value']]);
    expect(result.state?.draft.storageGb).to.equal(undefined);
    expect(Object.keys(result.state?.draft.acceptedDocuments ?? {})).to.deep.equal(['terms', 'service-description-database']);
    expect(result.state?.idempotencyKey).to.equal(undefined);
    expect(result.state?.draft.serviceId).to.equal('postgresql');
  });

  /** name, the saved `pendingTrustedSource`. */
  const malformedPending: [string, unknown][] = [['a number', 42], ['a list', ['9.9.9.9']], ['an object', { text: '9.9.9.9' }], ['true', true]];
  for (const [name, value] of malformedPending) {
    it(`drops text typed but not added that is ${name}, reported as pendingTrustedSource expected-text`, () => {
      const saved = JSON.parse(serialiseDraft(state()));
      saved.draft.pendingTrustedSource = value;
      const result = restoreDraft(builtInCatalog, JSON.stringify(saved));
      expect(result.state && pairs(result.problems)).to.deep.equal([['pendingTrustedSource', 'expected-text']]);
      expect(result.state && Object.hasOwn(result.state.draft, 'pendingTrustedSource')).to.equal(false);
      expect(result.state?.draft.trustedSources).to.deep.equal(state().draft.trustedSources);
    });
  }

  it('restores a copy without text typed but not added (saved before it was kept) with none', () => {
    const saved = JSON.parse(serialiseDraft(state()));
    delete saved.draft.pendingTrustedSource;
    const result = restoreDraft(builtInCatalog, JSON.stringify(saved));
    expect(result.state && pairs(result.problems)).to.deep.equal([]);
    expect(result.state && Object.hasOwn(result.state.draft, 'pendingTrustedSource')).to.equal(false);
  });

  it('refuses a document id that is no catalog id, also "__proto__" from JSON', () => {
    const saved = JSON.parse(serialiseDraft(state()));
    const text = JSON.stringify(saved).replace('"acceptedDocuments":{', '"acceptedDocuments":{"__proto__":{"version":"1","acceptedAt":"2026-11-21T09:30:00Z"},');
    const result = restoreDraft(builtInCatalog, text);
    expect(result.state && pairs(result.problems)).to.deep.equal([['acceptedDocuments.__proto__', 'unknown-document']]);
    expect(Object.getPrototypeOf(result.state?.draft.acceptedDocuments)).to.equal(Object.prototype);
    expect(({} as Raw).version).to.equal(undefined);
  });

  it('saves, loads and clears through a Storage', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, 'order-wizard', state())).to.equal(true);
    expect(storage.items.get('order-wizard')).to.equal(serialiseDraft(state()));
    expect(loadDraft(storage, 'order-wizard', builtInCatalog)).to.deep.equal({ state: state(), cleared: [], problems: [] });
    expect(clearDraft(storage, 'order-wizard')).to.equal(true);
    expect(loadDraft(storage, 'order-wizard', builtInCatalog)).to.deep.equal({ state: undefined, reason: 'missing' });
  });

  /** name, storage, what save answers, what load gives ('restored' or the reason), what clear answers. */
  const failing: [string, DraftStorage | undefined, boolean, string, boolean][] = [
    ['no storage', undefined, false, 'no-storage', false],
    ['setItem throwing (quota)', memoryStorage(['setItem']), false, 'missing', true],
    ['getItem throwing (storage disabled)', memoryStorage(['getItem']), true, 'storage-error', true],
    ['removeItem throwing', memoryStorage(['removeItem']), true, 'restored', false],
  ];
  for (const [name, storage, saves, loads, clears] of failing) {
    it(`${name}: save ${saves}, load ${loads}, clear ${clears}, never throws`, () => {
      expect(saveDraft(storage, 'k', state())).to.equal(saves);
      const loaded = loadDraft(storage, 'k', builtInCatalog);
      expect(loaded.state ? 'restored' : loaded.reason).to.equal(loads);
      expect(clearDraft(storage, 'k')).to.equal(clears);
    });
  }

  it('remembers a placed order by its idempotency key', () => {
    const storage = memoryStorage();
    expect(wasPlaced(storage, 'k', KEY)).to.equal(false);
    expect(markPlaced(storage, 'k', { idempotencyKey: KEY, orderId: 'o-1' })).to.equal(true);
    expect(wasPlaced(storage, 'k', KEY)).to.equal(true);
    expect(wasPlaced(storage, 'k', '7c9e6679-7425-40de-944b-e07fc1f90ae7')).to.equal(false);
    expect(wasPlaced(storage, 'other', KEY)).to.equal(false);
    expect(wasPlaced(storage, 'k', undefined)).to.equal(false);
    expect(saveDraft(storage, 'k', state())).to.equal(true);
    expect(wasPlaced(storage, 'k', KEY)).to.equal(true);
  });

  for (const [name, storage] of [['no storage', undefined], ['a throwing storage', memoryStorage(['getItem', 'setItem'])]] as const) {
    it(`with ${name} the placed marker answers false and never throws`, () => {
      expect(markPlaced(storage, 'k', { idempotencyKey: KEY, orderId: 'o-1' })).to.equal(false);
      expect(wasPlaced(storage, 'k', KEY)).to.equal(false);
    });
  }
});

describe('wizard-persistence: the placed marker', () => {
  it('remembers the order id with the key, and names the placed order', () => {
    const storage = memoryStorage();
    expect(placedOrder(storage, 'k', KEY)).to.equal(undefined);
    markPlaced(storage, 'k', { idempotencyKey: KEY, orderId: 'o-42' });
    expect(JSON.parse(storage.items.get('k:placed')!)).to.deep.equal({ idempotencyKey: KEY, orderId: 'o-42' });
    expect(placedOrder(storage, 'k', KEY)).to.deep.equal({ idempotencyKey: KEY, orderId: 'o-42' });
    expect(placedOrder(storage, 'k', '7c9e6679-7425-40de-944b-e07fc1f90ae7')).to.equal(undefined);
    expect(placedOrder(storage, 'k', undefined)).to.equal(undefined);
  });

  /** name, stored marker, what `placedOrder(KEY)` gives. */
  const markers: [string, string, object | undefined][] = [
    ['the bare key earlier versions wrote', KEY, { idempotencyKey: KEY }],
    ['a key without an order id', JSON.stringify({ idempotencyKey: KEY }), { idempotencyKey: KEY }],
    ['an empty order id', JSON.stringify({ idempotencyKey: KEY, orderId: '' }), { idempotencyKey: KEY }],
    ['an order id that is no text', JSON.stringify({ idempotencyKey: KEY, orderId: 42 }), { idempotencyKey: KEY }],
    ['another key', JSON.stringify({ idempotencyKey: 'other', orderId: 'o-1' }), undefined],
    ['an object without a key', JSON.stringify({ orderId: 'o-1' }), undefined],
    ['an empty text', '', undefined],
  ];
  for (const [name, stored, expected] of markers) {
    it(`reads ${name}`, () => {
      const storage = memoryStorage();
      storage.items.set('k:placed', stored);
      expect(placedOrder(storage, 'k', KEY)).to.deep.equal(expected);
      expect(wasPlaced(storage, 'k', KEY)).to.equal(expected !== undefined);
    });
  }

  it('a throwing storage names no placed order', () => {
    expect(placedOrder(memoryStorage(['getItem']), 'k', KEY)).to.equal(undefined);
  });
});
