import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import * as user from '../support/input.js';
import '../../src/define.js';
import { builtInCatalog } from '../../src/catalogs/built-in-catalog.js';
import { validateOrder } from '../../src/core/order-validation.js';
import type { OrderSubmitAnswer, OrderSubmitRejection } from '../../src/core/wizard-submission.js';
import type { Order } from '../../src/schema/order.js';
import type { OrderWizard, OrderSubmitDetail, SubmitOrderOptions } from '../../src/elements/order-wizard/order-wizard.js';
import { completePreset } from './wizard-presets.js';
import { $, deepActive, heading, root, text } from './wizard-dom.js';

const PRESET = completePreset('postgresql', '16');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;


/** A deferred answer the test settles itself. */
function deferred<T = OrderSubmitAnswer>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A wizard on the summary with every document accepted; `answer` is what the host's listener passes to respondWith. */
async function ready(options: { answer?: () => PromiseLike<OrderSubmitAnswer>; timeout?: number; lang?: string } = {}) {
  const el = await fixture<OrderWizard>(html`<order-wizard lang=${options.lang ?? 'en'} submit-timeout=${options.timeout ?? 30000}
    .draft=${PRESET}></order-wizard>`);
  await el.updateComplete;
  const submits: OrderSubmitDetail[] = [];
  el.addEventListener('order-submit', (event) => {
    submits.push(event.detail);
    if (options.answer) event.detail.respondWith(options.answer());
  });
  for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
  await el.updateComplete;
  return { el, submits };
}

const place = async (el: OrderWizard) => {
  $<HTMLButtonElement>(el, '.place-order')!.click();
  await el.updateComplete;
};

afterEach(() => sessionStorage.clear());
beforeEach(() => sessionStorage.clear());

describe('<order-wizard> placing the order', () => {
  it('resolved: one order-submit with a valid order, then the confirmation and order-placed; the draft is cleared', async () => {
    const { el, submits } = await ready({ answer: () => Promise.resolve({ orderId: 'o-1' }) });
    const submitted = oneEvent(el, 'order-submit');
    const placed = oneEvent(el, 'order-placed');
    await place(el);
    const submitEvent = await submitted;
    expect([submitEvent.bubbles, submitEvent.composed]).to.deep.equal([true, true]);
    const { detail } = await placed;
    expect(submits).to.have.length(1);
    const [submit] = submits;
    expect(submit!.idempotencyKey).to.match(UUID);
    expect(submit!.order.idempotencyKey).to.equal(submit!.idempotencyKey);
    expect(validateOrder(builtInCatalog, submit!.order).ok).to.equal(true);
    expect(detail).to.deep.equal({ orderId: 'o-1', order: submit!.order });
    await el.updateComplete;
    expect(heading(el)).to.equal('Thank you, your order has been placed');
    expect(text($(el, '.order-id'))).to.equal('Order number: o-1');
    expect(deepActive()).to.equal($(el, '#step-heading'));
    expect(sessionStorage.getItem('order-wizard:any:wizard')).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem('order-wizard:any:wizard:placed')!)).to.deep.equal({ idempotencyKey: submit!.idempotencyKey, orderId: 'o-1' });
  });

  it('the confirmation badge is live and polls through the host\'s fetchStatus', async () => {
    const { el } = await ready({ answer: () => Promise.resolve({ orderId: 'o-9' }) });
    const asked: string[] = [];
    el.fetchStatus = async (orderId) => {
      asked.push(orderId);
      return { status: 'provisioning' };
    };
    await place(el);
    await waitUntil(() => $(el, 'order-status-badge'));
    const badge = $(el, 'order-status-badge')!;
    expect(badge.hasAttribute('live')).to.equal(true);
    await waitUntil(() => badge.getAttribute('status') === 'provisioning');
    expect(asked[0]).to.equal('o-9');
  });

  it('rejected with field errors: goes to the first step concerned, shows them there, keeps every value', async () => {
    const { el } = await ready({
      answer: () => Promise.reject({ message: 'Invalid', fieldErrors: [
        { path: 'billingProfile.new.email', message: 'This address bounced.' },
        { path: 'storageGb', message: 'Not available right now.' },
      ] }),
    });
    const before = el.draft;
    const moved = oneEvent(el, 'order-step-change');
    await place(el);
    expect((await moved).detail).to.deep.equal({ from: 'summary', to: 'storage' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose the storage size');
    expect(deepActive()).to.equal($(el, '.error-summary'));
    expect([...root(el).querySelectorAll('.error-summary a')].map(text)).to.deep.equal(['Not available right now.']);
    expect(text(root(el).getElementById('storageGb-error'))).to.equal('Error: Not available right now.');
    expect(el.draft).to.deep.equal(before);
    // An edit is the customer's answer to the host: the inline error goes, the alert keeps the host's words meanwhile.
    root(el).getElementById('storageGb')!.focus();
    await user.press('0');
    await el.updateComplete;
    expect(text(root(el).getElementById('storageGb-error'))).to.equal('');
    expect([...root(el).querySelectorAll('.error-summary a')].map(text)).to.deep.equal(['Not available right now.']);
    root(el).querySelector<HTMLButtonElement>('.next')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Enable access');
  });

  it('rejected without field errors: "we could not confirm", nothing lost, Try again re-sends with the same key', async () => {
    let answer = (): Promise<OrderSubmitAnswer> => Promise.reject({ message: 'Backend down' });
    const { el, submits } = await ready({ answer: () => answer() });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    const failure = text($(el, '.notice-error'));
    expect(failure).to.contain('We could not confirm your order');
    expect(failure).to.contain('Message: Backend down');
    expect($(el, '.notice-error')!.getAttribute('role')).to.equal('alert');
    expect(heading(el)).to.equal('Check and place your order');
    answer = () => Promise.resolve({ orderId: 'o-2' });
    const placed = oneEvent(el, 'order-placed');
    $<HTMLButtonElement>(el, '.retry')!.click();
    await placed;
    expect(submits).to.have.length(2);
    expect(submits[1]!.idempotencyKey).to.equal(submits[0]!.idempotencyKey);
  });

  it('a changed order gets a new idempotency key', async () => {
    const { el, submits } = await ready({ answer: () => Promise.reject(new Error('nope')) });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    root(el).querySelectorAll<HTMLButtonElement>('.summary-row button')[2]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Choose the node type and size');
    ($(el, 'node-size-picker')!.shadowRoot!.querySelector('[data-value="gp-l"]') as HTMLElement).click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((button) => text(button).startsWith('8 Summary'))!.click();
    await el.updateComplete;
    await place(el);
    await waitUntil(() => submits.length === 2);
    expect(submits[1]!.idempotencyKey).to.not.equal(submits[0]!.idempotencyKey);
    expect(submits[1]!.order.sizeId).to.equal('gp-l');
  });

  it('no answer within submit-timeout: "we could not confirm", and a late answer still places the order', async () => {
    const late = deferred();
    const { el, submits } = await ready({ timeout: 30, answer: () => late.promise });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    expect(text($(el, '.notice-error'))).to.contain('There was no answer in time.');
    expect(submits).to.have.length(1);
    const placed = oneEvent(el, 'order-placed');
    late.resolve({ orderId: 'o-late' });
    expect((await placed).detail.orderId).to.equal('o-late');
  });

  it('a click storm, Enter plus click: exactly one order-submit while waiting, the button busy', async () => {
    const pending = deferred();
    const { el, submits } = await ready({ answer: () => pending.promise });
    const button = $<HTMLButtonElement>(el, '.place-order')!;
    for (let i = 0; i < 5; i += 1) button.click();
    button.focus();
    await user.press('Enter');
    button.click();
    await el.updateComplete;
    expect(submits).to.have.length(1);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.actions [role=status]'))).to.equal('Placing your order …');
    pending.resolve({ orderId: 'o-3' });
    await waitUntil(() => text($(el, '.order-id')) === 'Order number: o-3');
    expect(submits).to.have.length(1);
  });

  it('no listener called respondWith: a visible integrator error, never a fake success', async () => {
    const { el, submits } = await ready();
    let placed = false;
    el.addEventListener('order-placed', () => (placed = true));
    await place(el);
    expect(submits).to.have.length(1);
    const error = $(el, '.integrator-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('The order was not sent');
    expect(text(error)).to.contain('respondWith()');
    expect(placed).to.equal(false);
    expect(heading(el)).to.equal('Check and place your order');
    expect($(el, '.place-order')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('no listener called respondWith, then the host adds one: the retry carries the same idempotency key', async () => {
    const { el, submits } = await ready();
    await place(el);
    expect($(el, '.integrator-error')).to.exist;
    el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.resolve({ orderId: 'o-4' })));
    const placed = oneEvent(el, 'order-placed');
    await place(el);
    expect((await placed).detail.order.idempotencyKey).to.equal(submits[0]!.idempotencyKey);
    expect(submits.map((submit) => submit.idempotencyKey)).to.deep.equal([submits[0]!.idempotencyKey, submits[0]!.idempotencyKey]);
  });

  it('respondWith called later than the event: ignored, the integrator error shows', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="de" .draft=${PRESET}></order-wizard>`);
    el.addEventListener('order-submit', (event) => setTimeout(() => event.detail.respondWith(Promise.resolve({ orderId: 'x' }))));
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    await place(el);
    expect(text($(el, '.integrator-error'))).to.contain('Die Bestellung wurde nicht gesendet');
  });

  it('an answer without orderId is not a success', async () => {
    // What a JavaScript host may pass, which TypeScript refuses.
    const { el } = await ready({ answer: () => Promise.resolve({ ok: true }) as unknown as Promise<OrderSubmitAnswer> });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    expect(text($(el, '.notice-error'))).to.contain('The answer did not include an order number.');
  });

  it('"Place order now" with documents not accepted: the error summary, no order-submit', async () => {
    const el = await fixture<OrderWizard>(html`<order-wizard lang="de" .draft=${PRESET}></order-wizard>`);
    let sent = 0;
    el.addEventListener('order-submit', () => (sent += 1));
    await place(el);
    expect(sent).to.equal(0);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map(text)).to.deep.equal([
      'Akzeptieren Sie „Allgemeine Geschäftsbedingungen“ (Version 3).',
      'Akzeptieren Sie „Auftragsverarbeitungsvertrag“ (Version 2.1).',
      'Akzeptieren Sie „Leistungsbeschreibung Datenbanken“ (Version 2.0).',
    ]);
    links[1]!.click();
    expect(deepActive()!.id).to.equal('acceptedDocuments.dpa');
    for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.error-summary a')).to.have.length(3);
    await place(el);
    expect(sent).to.equal(1);
    // The order went: the last attempt's problems are no problems any more.
    expect(root(el).querySelectorAll('.error-summary')).to.have.length(0);
  });

  it('in German: "Wir konnten Ihre Bestellung nicht bestätigen" and "Erneut versuchen"', async () => {
    const { el } = await ready({ lang: 'de', answer: () => Promise.reject({}) });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    expect(text($(el, '.notice-error'))).to.equal(
      'Wir konnten Ihre Bestellung nicht bestätigen Es ist nichts verloren. Bitte versuchen Sie es erneut: Ihre Bestellung wird nicht doppelt aufgegeben. Erneut versuchen',
    );
  });
});

/** A wizard on the summary, every document accepted, placing through `submitOrder`; the events' details are kept. */
async function readyWith(submitOrder: (order: Order, options: SubmitOrderOptions) => Promise<OrderSubmitAnswer>, timeout = 30000) {
  const el = await fixture<OrderWizard>(html`<order-wizard lang="en" submit-timeout=${timeout} .draft=${PRESET} .submitOrder=${submitOrder}></order-wizard>`);
  const submits: OrderSubmitDetail[] = [];
  el.addEventListener('order-submit', (event) => submits.push(event.detail));
  for (const box of root(el).querySelectorAll<HTMLInputElement>('.documents input')) box.click();
  await el.updateComplete;
  return { el, submits };
}

/** A host's backend call that honours the signal and, aborted, rejects in its own words (as a wrapped fetch may). */
function untilAborted(signal: AbortSignal): Promise<OrderSubmitAnswer> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject({ message: 'Request cancelled' })));
}

describe('<order-wizard> placing the order through submitOrder', () => {
  it('an async submitOrder that awaits first places the order; order-submit still fires with the same key and signal', async () => {
    const calls: [Order, SubmitOrderOptions][] = [];
    const { el, submits } = await readyWith(async (order, options) => {
      calls.push([order, options]);
      await new Promise((resolve) => setTimeout(resolve));
      return { orderId: 'o-async' };
    });
    const placed = oneEvent(el, 'order-placed');
    await place(el);
    expect((await placed).detail.orderId).to.equal('o-async');
    await el.updateComplete;
    expect(text($(el, '.order-id'))).to.equal('Order number: o-async');
    expect($(el, '.integrator-error')).to.equal(null);
    expect(calls).to.have.length(1);
    const [order, { idempotencyKey, signal }] = calls[0]!;
    expect(idempotencyKey).to.match(UUID);
    expect(order.idempotencyKey).to.equal(idempotencyKey);
    expect(validateOrder(builtInCatalog, order).ok).to.equal(true);
    expect(submits).to.have.length(1);
    expect([submits[0]!.order, submits[0]!.idempotencyKey, submits[0]!.signal]).to.deep.equal([order, idempotencyKey, signal]);
    expect(signal.aborted).to.equal(false);
  });

  it('with submitOrder set, a listener\'s respondWith is ignored: submitOrder\'s answer counts', async () => {
    const { el } = await readyWith(async () => ({ orderId: 'o-property' }));
    el.addEventListener('order-submit', (event) => event.detail.respondWith(Promise.reject({ message: 'From the listener' })));
    const placed = oneEvent(el, 'order-placed');
    await place(el);
    expect((await placed).detail.orderId).to.equal('o-property');
  });

  it('a rejection with field errors takes the customer to the step concerned, as with respondWith', async () => {
    const { el } = await readyWith(async () => {
      throw { message: 'Invalid', fieldErrors: [{ path: 'storageGb', message: 'Not available right now.' }] } satisfies OrderSubmitRejection;
    });
    await place(el);
    await waitUntil(() => heading(el) === 'Choose the storage size');
    expect(text(root(el).getElementById('storageGb-error'))).to.equal('Error: Not available right now.');
  });

  it('a rejection, or a synchronous throw, shows "we could not confirm"; Try again calls submitOrder with the same key', async () => {
    const keys: string[] = [];
    let answer = (): Promise<OrderSubmitAnswer> => Promise.reject({ message: 'Backend down' });
    const { el } = await readyWith((_, { idempotencyKey }) => {
      keys.push(idempotencyKey);
      return answer();
    });
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    expect(text($(el, '.notice-error'))).to.contain('Message: Backend down');
    answer = () => {
      throw new Error('Not set up');
    };
    $<HTMLButtonElement>(el, '.retry')!.click();
    await waitUntil(() => text($(el, '.notice-error')).includes('Message: Not set up'));
    answer = () => Promise.resolve({ orderId: 'o-5' });
    const placed = oneEvent(el, 'order-placed');
    $<HTMLButtonElement>(el, '.retry')!.click();
    await placed;
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
  });

  it('on timeout the signal aborts (TimeoutError); the rejection that follows leaves "no answer in time"', async () => {
    const signals: AbortSignal[] = [];
    const { el, submits } = await readyWith((_, { signal }) => {
      signals.push(signal);
      return untilAborted(signal);
    }, 30);
    await place(el);
    await waitUntil(() => $(el, '.retry'));
    expect([signals[0]!.aborted, (signals[0]!.reason as DOMException).name]).to.deep.equal([true, 'TimeoutError']);
    expect(submits[0]!.signal).to.equal(signals[0]);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text($(el, '.notice-error'))).to.contain('There was no answer in time.');
    expect(text($(el, '.notice-error'))).not.to.contain('Request cancelled');
  });

  it('the wizard leaving the page aborts the signal (AbortError); back on the page, Try again re-sends with the same key', async () => {
    const calls: SubmitOrderOptions[] = [];
    let answer = (signal: AbortSignal) => untilAborted(signal);
    const { el } = await readyWith((_, options) => {
      calls.push(options);
      return answer(options.signal);
    });
    await place(el);
    expect($(el, '.place-order')!.getAttribute('aria-busy')).to.equal('true');
    const parent = el.parentElement!;
    el.remove();
    expect([calls[0]!.signal.aborted, (calls[0]!.signal.reason as DOMException).name]).to.deep.equal([true, 'AbortError']);
    parent.append(el);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text($(el, '.notice-error'))).to.contain('We could not confirm your order');
    expect(text($(el, '.notice-error'))).not.to.contain('Request cancelled');
    expect($(el, '.place-order')!.getAttribute('aria-busy')).to.equal('false');
    answer = () => Promise.resolve({ orderId: 'o-6' });
    const placed = oneEvent(el, 'order-placed');
    $<HTMLButtonElement>(el, '.retry')!.click();
    await placed;
    expect(calls.map((call) => call.idempotencyKey)).to.deep.equal([calls[0]!.idempotencyKey, calls[0]!.idempotencyKey]);
  });

  it('order-submit\'s signal aborts when the wizard leaves the page, for a respondWith host too', async () => {
    const { el, submits } = await ready({ answer: () => new Promise<OrderSubmitAnswer>(() => {}) });
    await place(el);
    expect(submits[0]!.signal.aborted).to.equal(false);
    el.remove();
    expect(submits[0]!.signal.aborted).to.equal(true);
  });
});
