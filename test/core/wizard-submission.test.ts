import { expect } from '@open-wc/testing';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { validateOrder } from '../../src/core/order-validation.js';
import { buildOrder, emptyDraft, type OrderDraft } from '../../src/core/wizard-draft.js';
import {
  classifySubmitError, createSubmission, orderFingerprint, randomUuid, rejectSubmit, resolveSubmit, startSubmit,
  type SubmissionState, type SubmitFailure,
} from '../../src/core/wizard-submission.js';

const NOW = new Date('2026-11-21T10:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A key maker that counts its calls and hands out key-1, key-2, … */
function keys() {
  const made: string[] = [];
  const newKey = () => {
    made.push(`key-${made.length + 1}`);
    return made.at(-1)!;
  };
  return { made, newKey };
}

/** Starts an attempt that must send; returns its state. */
function started(state: SubmissionState, fingerprint: string, newKey: () => string): SubmissionState {
  const result = startSubmit(state, fingerprint, newKey);
  expect(result.send).to.equal(true);
  return result.state;
}

describe('wizard-submission: startSubmit', () => {
  it('a click storm (or Enter plus click) sends once', () => {
    const { made, newKey } = keys();
    let state = createSubmission();
    const sent: string[] = [];
    for (let press = 0; press < 5; press++) {
      const result = startSubmit(state, 'order-a', newKey);
      state = result.state;
      if (result.send) sent.push(result.idempotencyKey);
    }
    expect(sent).to.deep.equal(['key-1']);
    expect(made).to.deep.equal(['key-1']);
    expect(state).to.deep.equal({ status: 'submitting', idempotencyKey: 'key-1', orderFingerprint: 'order-a' });
  });

  it('a placed order is never sent again, also with another fingerprint', () => {
    const { newKey } = keys();
    const placed = resolveSubmit(started(createSubmission(), 'order-a', newKey), { orderId: 'o-1' });
    expect(startSubmit(placed, 'order-a', newKey)).to.deep.equal({ state: placed, send: false });
    expect(startSubmit(placed, 'order-b', newKey).send).to.equal(false);
  });

  /** name, the failure, whether a retry of the unchanged order reuses the key. */
  const retries: [string, unknown][] = [
    ['after a timeout', new DOMException('The operation timed out.', 'TimeoutError')],
    ['after a rejection without field errors', { message: 'Service unavailable' }],
    ['after field errors, nothing changed', { fieldErrors: [{ path: 'storageGb', message: 'Too much' }] }],
  ];
  for (const [name, error] of retries) {
    it(`a retry ${name} reuses the idempotency key`, () => {
      const { made, newKey } = keys();
      const failed = rejectSubmit(started(createSubmission(), 'order-a', newKey), error);
      expect(failed.status).to.equal('failed');
      const retry = startSubmit(failed, 'order-a', newKey);
      expect(retry.send && retry.idempotencyKey).to.equal('key-1');
      expect(made).to.deep.equal(['key-1']);
    });
  }

  it('a retry after an invalid response reuses the key', () => {
    const { newKey } = keys();
    const failed = resolveSubmit(started(createSubmission(), 'order-a', newKey), { id: 'o-1' });
    expect(failed.failure).to.deep.equal({ kind: 'invalid-response' });
    const retry = startSubmit(failed, 'order-a', newKey);
    expect(retry.send && retry.idempotencyKey).to.equal('key-1');
  });

  it('a changed order gets a new key, and going back to the first order does not revive the old one', () => {
    const { newKey } = keys();
    const failedA = rejectSubmit(started(createSubmission(), 'order-a', newKey), { message: 'No' });
    const attemptB = startSubmit(failedA, 'order-b', newKey);
    expect(attemptB.send && attemptB.idempotencyKey).to.equal('key-2');
    const failedB = rejectSubmit(attemptB.state, { message: 'No' });
    const attemptA = startSubmit(failedB, 'order-a', newKey);
    expect(attemptA.send && attemptA.idempotencyKey).to.equal('key-3');
  });

  it('after a reload the saved key is reused for the same order, a new one made for another', () => {
    const { made, newKey } = keys();
    const restored = createSubmission({ idempotencyKey: 'saved-key', orderFingerprint: 'order-a' });
    expect(restored).to.deep.equal({ status: 'idle', idempotencyKey: 'saved-key', orderFingerprint: 'order-a' });
    const same = startSubmit(restored, 'order-a', newKey);
    expect(same.send && same.idempotencyKey).to.equal('saved-key');
    const other = startSubmit(restored, 'order-b', newKey);
    expect(other.send && other.idempotencyKey).to.equal('key-1');
    expect(made).to.deep.equal(['key-1']);
  });

  it('after a reload of a placed order nothing is sent', () => {
    const restored = createSubmission({ idempotencyKey: 'saved-key', orderFingerprint: 'order-a', placed: true });
    expect(restored.status).to.equal('placed');
    expect(startSubmit(restored, 'order-a').send).to.equal(false);
  });

  it('a placed order restored with its order id keeps it; without one it has none', () => {
    const saved = { idempotencyKey: 'saved-key', orderFingerprint: 'order-a', placed: true };
    expect(createSubmission({ ...saved, orderId: 'o-42' })).to.deep.equal({
      status: 'placed', idempotencyKey: 'saved-key', orderFingerprint: 'order-a', orderId: 'o-42',
    });
    expect(createSubmission(saved)).to.deep.equal({ status: 'placed', idempotencyKey: 'saved-key', orderFingerprint: 'order-a' });
    expect(createSubmission({ ...saved, placed: false, orderId: 'o-42' }).status).to.equal('idle');
  });

  it('the default key is a random UUID v4', () => {
    const first = startSubmit(createSubmission(), 'order-a');
    const second = startSubmit(createSubmission(), 'order-a');
    expect(first.send && first.idempotencyKey).to.match(UUID);
    expect(second.send && second.idempotencyKey).to.match(UUID);
    expect(first.send && first.idempotencyKey).not.to.equal(second.send && second.idempotencyKey);
  });

  it('randomUuid works without crypto.randomUUID (insecure contexts)', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const made = [randomUuid(), randomUuid()];
      expect(made[0]).to.match(UUID);
      expect(made[1]).to.match(UUID);
      expect(made[0]).not.to.equal(made[1]);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(globalThis.crypto.randomUUID).to.be.a('function');
  });
});

describe('wizard-submission: resolveSubmit and rejectSubmit', () => {
  const submitting = (): SubmissionState => ({ status: 'submitting', idempotencyKey: 'key-1', orderFingerprint: 'order-a' });

  it('a resolution with an order id places the order', () => {
    expect(resolveSubmit(submitting(), { orderId: ' o-42 ' })).to.deep.equal({
      status: 'placed', idempotencyKey: 'key-1', orderFingerprint: 'order-a', orderId: 'o-42',
    });
  });

  for (const value of [undefined, null, 'o-42', {}, { orderId: '' }, { orderId: '   ' }, { orderId: 42 }, { order: { orderId: 'o-1' } }, ['o-1']]) {
    it(`resolving with ${JSON.stringify(value) ?? 'undefined'} → invalid-response`, () => {
      expect(resolveSubmit(submitting(), value)).to.deep.equal({
        status: 'failed', idempotencyKey: 'key-1', orderFingerprint: 'order-a', failure: { kind: 'invalid-response' },
      });
    });
  }

  it('a late resolution after a timeout still places the order', () => {
    const timedOut = rejectSubmit(submitting(), { name: 'TimeoutError' });
    expect(timedOut.failure).to.deep.equal({ kind: 'timeout' });
    expect(resolveSubmit(timedOut, { orderId: 'o-1' }, 'key-1').status).to.equal('placed');
  });

  /** name, state, answer of an attempt with this key (undefined: not given). */
  const stale: [string, SubmissionState, string | undefined][] = [
    ['an answer while idle', createSubmission(), undefined],
    ['an answer after the order was placed', { ...submitting(), status: 'placed', orderId: 'o-1' }, undefined],
    ['an answer to an earlier attempt', submitting(), 'key-0'],
  ];
  for (const [name, state, attemptKey] of stale) {
    it(`${name} changes nothing`, () => {
      expect(resolveSubmit(state, { orderId: 'o-9' }, attemptKey)).to.equal(state);
      expect(rejectSubmit(state, { message: 'No' }, attemptKey)).to.equal(state);
    });
  }

  /** name, rejection, classification. */
  const rows: [string, unknown, SubmitFailure][] = [
    ['field errors → the earliest step concerned',
      { message: 'Please check', fieldErrors: [{ path: 'billingProfile.new.email', message: 'Already registered' }, { path: 'storageGb', message: 'Quota reached' }] },
      {
        kind: 'field-errors', step: 'storage', message: 'Please check',
        fieldErrors: [
          { path: 'billingProfile.new.email', message: 'Already registered', step: 'billing' },
          { path: 'storageGb', message: 'Quota reached', step: 'storage' },
        ],
      }],
    ['malformed field errors are left out',
      { fieldErrors: [null, 'sizeId', { path: 'sizeId' }, { path: '', message: 'x' }, { path: 7, message: 'x' }, { path: ' regionId ', message: ' Full ' }] },
      { kind: 'field-errors', step: 'region', fieldErrors: [{ path: 'regionId', message: 'Full', step: 'region' }] }],
    ['a field error of an unknown field → the summary',
      { fieldErrors: [{ path: 'customerId', message: 'Blocked' }] },
      { kind: 'field-errors', step: 'summary', fieldErrors: [{ path: 'customerId', message: 'Blocked', step: 'summary' }] }],
    ['only malformed field errors → the message', { message: 'Rejected', fieldErrors: [{ path: 'sizeId' }] }, { kind: 'message', message: 'Rejected' }],
    ['field errors that are no list → the message', { message: 'Rejected', fieldErrors: { sizeId: 'x' } }, { kind: 'message', message: 'Rejected' }],
    ['a message only', { message: '  Service unavailable  ' }, { kind: 'message', message: 'Service unavailable' }],
    ['an Error', new Error('Payment system down'), { kind: 'message', message: 'Payment system down' }],
    ['a text', 'Try again later', { kind: 'message', message: 'Try again later' }],
    ['nothing', undefined, { kind: 'message' }],
    ['a number', 500, { kind: 'message' }],
    ['an empty object', {}, { kind: 'message' }],
    ['a blank message', { message: ' ' }, { kind: 'message' }],
    ['a very long message is cut', { message: 'x'.repeat(600) }, { kind: 'message', message: 'x'.repeat(500) }],
    ['AbortSignal.timeout()', new DOMException('signal timed out', 'TimeoutError'), { kind: 'timeout' }],
    ['an object named TimeoutError', { name: 'TimeoutError', message: 'late' }, { kind: 'timeout' }],
    ['an abort is no timeout', new DOMException('aborted', 'AbortError'), { kind: 'message', message: 'aborted' }],
    ['a hostile object', Object.defineProperty({}, 'fieldErrors', { get() { throw new Error('gotcha'); } }), { kind: 'message' }],
  ];
  for (const [name, error, expected] of rows) {
    it(`rejection: ${name} → ${expected.kind}`, () => {
      expect(classifySubmitError(error)).to.deep.equal(expected);
      const failed = rejectSubmit(submitting(), error);
      expect(failed).to.deep.equal({ status: 'failed', idempotencyKey: 'key-1', orderFingerprint: 'order-a', failure: expected });
    });
  }
});

describe('wizard-submission: orderFingerprint', () => {
  const base = {
    idempotencyKey: 'key-1', serviceId: 'postgresql', storageGb: 100, trustedSources: [{ cidr: '1.2.3.4/32' }],
    billingProfile: { id: 'bp-1' },
    acceptedDocuments: [{ id: 'terms', version: '3', acceptedAt: '2026-11-21T09:30:00.000Z' }, { id: 'dpa', version: '2.1', acceptedAt: '2026-11-21T09:31:00.000Z' }],
  };

  /** name, changed order, whether the fingerprint stays the same. */
  const rows: [string, object, boolean][] = [
    ['the same order', structuredClone(base), true],
    ['another idempotency key', { ...base, idempotencyKey: 'key-2' }, true],
    ['keys in another order', { acceptedDocuments: base.acceptedDocuments, billingProfile: base.billingProfile, trustedSources: base.trustedSources, storageGb: 100, serviceId: 'postgresql', idempotencyKey: 'x' }, true],
    ['documents accepted again later', { ...base, acceptedDocuments: base.acceptedDocuments.map((doc) => ({ ...doc, acceptedAt: '2026-11-21T09:59:00.000Z' })) }, true],
    ['documents in another order', { ...base, acceptedDocuments: [...base.acceptedDocuments].reverse() }, true],
    ['an undefined optional field', { ...base, availabilityZoneId: undefined }, true],
    ['another storage size', { ...base, storageGb: 110 }, false],
    ['another billing profile', { ...base, billingProfile: { id: 'bp-2' } }, false],
    ['another trusted source', { ...base, trustedSources: [{ cidr: '1.2.3.5/32' }] }, false],
    ['a document accepted in another version', { ...base, acceptedDocuments: [{ ...base.acceptedDocuments[0]!, version: '4' }, base.acceptedDocuments[1]!] }, false],
    ['a document fewer', { ...base, acceptedDocuments: base.acceptedDocuments.slice(1) }, false],
    ['a zone added', { ...base, availabilityZoneId: 'de-west-1a' }, false],
  ];
  for (const [name, order, same] of rows) {
    it(`${name} → ${same ? 'same' : 'another'} fingerprint`, () => {
      expect(orderFingerprint(order) === orderFingerprint(base)).to.equal(same);
    });
  }

  it('is plain, stable JSON without the key and the acceptance times', () => {
    expect(orderFingerprint(base)).to.equal(
      '{"acceptedDocuments":[{"id":"dpa","version":"2.1"},{"id":"terms","version":"3"}],"billingProfile":{"id":"bp-1"},' +
        '"serviceId":"postgresql","storageGb":100,"trustedSources":[{"cidr":"1.2.3.4/32"}]}',
    );
  });

  it('of validated orders: trailing spaces typed in the profile do not change it, a changed e-mail does', () => {
    const draft: OrderDraft = {
      ...emptyDraft(), serviceId: 'keycloak', version: '26', sizeId: 'gp-s', storageGb: 50, trustedSources: [{ address: '1.2.3.4' }],
      regionId: 'de-west-1',
      billing: { mode: 'new', newProfile: { company: 'Example GmbH', contactName: 'Erika', email: 'erika@example.com', street: 'Domstraße 1', postalCode: '50667', city: 'Köln', country: 'DE', vatId: '' } },
      acceptedDocuments: {
        terms: { version: '3', acceptedAt: '2026-11-21T09:30:00Z' }, dpa: { version: '2.1', acceptedAt: '2026-11-21T09:30:00Z' },
        'service-description-iam': { version: '1.4', acceptedAt: '2026-11-21T09:30:00Z' },
      },
    };
    const fingerprint = (change: (draft: OrderDraft) => void) => {
      const copy = structuredClone(draft);
      change(copy);
      const result = validateOrder(builtInCatalog, buildOrder(builtInCatalog, copy, { idempotencyKey: randomUuid() }), { now: NOW });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return orderFingerprint(result.order);
    };
    const original = fingerprint(() => {});
    expect(fingerprint((d) => (d.billing.newProfile.company = 'Example GmbH  '))).to.equal(original);
    expect(fingerprint((d) => (d.acceptedDocuments.terms = { version: '3', acceptedAt: '2026-11-21T09:45:00Z' }))).to.equal(original);
    expect(fingerprint((d) => (d.billing.newProfile.email = 'max@example.com'))).not.to.equal(original);
  });
});
