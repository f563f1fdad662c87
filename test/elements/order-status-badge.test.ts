import 'axe-core/axe.min.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { FetchStatus, OrderStatusBadge, OrderStatusChangeEvent } from '../../src/elements/order-status-badge/order-status-badge.js';

interface Call {
  orderId: string;
  signal: AbortSignal;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/** A status endpoint the test answers by hand. It ignores its signal on purpose: the worst case the badge must handle. */
function fakeEndpoint() {
  const calls: Call[] = [];
  const fetchStatus: FetchStatus = (orderId, { signal }) =>
    new Promise((resolve, reject) => calls.push({ orderId, signal, resolve, reject }));
  const call = (index: number): Call => {
    const found = calls[index];
    if (!found) throw new Error(`no request #${index + 1}; ${calls.length} made`);
    return found;
  };
  return { calls, fetchStatus, call };
}

const part = (el: OrderStatusBadge, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const label = (el: OrderStatusBadge) => part(el, 'label')?.textContent?.trim();
const text = (el: OrderStatusBadge) => (el.shadowRoot!.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const retrying = (el: OrderStatusBadge) => text(el).includes('Connection lost — retrying…');
// Long enough for several 20 ms intervals: a loop that should have stopped would have polled again by then.
const severalIntervals = () => aTimeout(150);

function polling(endpoint: { fetchStatus: FetchStatus }, { status = 'received', interval = 20, timeout = 1000 } = {}) {
  return fixture<OrderStatusBadge>(html`
    <order-status-badge
      order-id="1234"
      status=${status}
      poll-interval=${interval}
      request-timeout=${timeout}
      .fetchStatus=${endpoint.fetchStatus}
    ></order-status-badge>
  `);
}

const STATUSES = ['received', 'provisioning', 'ready', 'failed', 'cancelled', 'something-else'] as const;

// With wtr's concurrency Chromium may run this page as a background tab, which reports `hidden` (modernweb-dev/web#2808)
// and would pause polling by design. The tests own the page's visibility instead; `hidePage()` hides it.
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

function hidePage(): void {
  setVisibility('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
}

function showPage(): void {
  setVisibility('visible');
  document.dispatchEvent(new Event('visibilitychange'));
}

const outsideFixtures: Element[] = [];
/** A host element in the document whose shadow root the test fills (removed after the test). */
function shadowHost(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  outsideFixtures.push(host);
  return host.attachShadow({ mode: 'open' });
}

beforeEach(() => setVisibility('visible'));

afterEach(() => {
  // Back to the real getter on Document.prototype.
  delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  document.documentElement.removeAttribute('lang');
  for (const element of outsideFixtures.splice(0)) element.remove();
});

describe('<order-status-badge>', () => {
  describe('accessibility', () => {
    for (const status of STATUSES) {
      it(`is accessible when ${status}, live, with a message and a time`, async () => {
        const el = await fixture<OrderStatusBadge>(html`
          <order-status-badge status=${status} order-id="1234" live message="Step 2 of 3" updated-at="2026-11-21T14:03:00Z"></order-status-badge>
        `);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in German', async () => {
      const el = await fixture<OrderStatusBadge>(html`
        <order-status-badge lang="de" status="failed" order-id="1234" live updated-at="2026-11-21T14:03:00Z"></order-status-badge>
      `);
      await expect(el).to.be.accessible();
    });

    it('is accessible while reconnecting', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1);
      api.call(0).reject(new Error('503'));
      await waitUntil(() => retrying(el));
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows "Unknown" with no status, no order, no live region and no polling', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge></order-status-badge>`);
      expect(label(el)).to.equal('Unknown');
      expect(text(el)).to.equal('Unknown');
      expect(part(el, 'message')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
      expect(el.status).to.equal('');
      expect(el.orderId).to.equal('');
      expect(el.live).to.equal(false);
      expect(el.pollInterval).to.equal(5000);
      expect(el.requestTimeout).to.equal(10000);
      expect(el.reconnecting).to.equal(false);
    });
  });

  describe('properties and attributes', () => {
    const labels: [string, string][] = [
      ['received', 'Received'],
      ['provisioning', 'Provisioning'],
      ['ready', 'Ready'],
      ['failed', 'Failed'],
      ['cancelled', 'Cancelled'],
      ['paused', 'Unknown'],
      ['new', 'Received'],
      ['processing', 'Provisioning'],
      ['DONE', 'Ready'],
    ];
    for (const [status, expected] of labels) {
      it(`shows status="${status}" as "${expected}"`, async () => {
        const el = await fixture<OrderStatusBadge>(html`<order-status-badge status=${status}></order-status-badge>`);
        expect(label(el)).to.equal(expected);
      });
    }

    it('gives every status its own decorative icon, so colour is never the only signal', async () => {
      const icons = new Set<string>();
      for (const status of STATUSES) {
        const el = await fixture<OrderStatusBadge>(html`<order-status-badge status=${status}></order-status-badge>`);
        const icon = part(el, 'icon')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        icons.add(icon.innerHTML.replace(/<!--.*?-->/g, ''));
      }
      expect(icons.size).to.equal(STATUSES.length);
    });

    it('renders a status and a message containing markup as text, never as elements', async () => {
      const el = await fixture<OrderStatusBadge>(html`
        <order-status-badge status="<b>x</b>" message="<img src=x onerror=alert(1)>"></order-status-badge>
      `);
      expect(label(el)).to.equal('Unknown');
      expect(part(el, 'message')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
      expect(el.querySelector('*')).to.equal(null);
    });

    it('shows the order id as text', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="ready" order-id="1234"></order-status-badge>`);
      expect(text(el)).to.equal('Ready Order 1234');
      el.orderId = '<i>{orderId}</i>';
      await el.updateComplete;
      expect(text(el)).to.equal('Ready Order <i>{orderId}</i>');
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
    });

    it('hide-order-id leaves the order id out where the page shows it already; polling still uses it', async () => {
      const asked: string[] = [];
      const fetchStatus = async (orderId: string) => (asked.push(orderId), { status: 'ready' });
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="received" order-id="1234" hide-order-id
        .fetchStatus=${fetchStatus}></order-status-badge>`);
      await waitUntil(() => el.status === 'ready');
      expect(text(el)).to.equal('Ready');
      expect(asked[0]).to.equal('1234');
      el.hideOrderId = false;
      await el.updateComplete;
      expect(text(el)).to.equal('Ready Order 1234');
    });

    it('support-url: a failed order offers the link "Open a support ticket"; other statuses do not', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="provisioning" support-url="https://example.com/ticket"></order-status-badge>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      el.status = 'failed';
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector('a')!;
      expect(link.textContent).to.equal('Open a support ticket');
      expect(link.getAttribute('href')).to.equal('https://example.com/ticket');
      el.lang = 'de';
      await waitUntil(() => link.textContent === 'Support-Ticket eröffnen');
    });

    for (const url of ['javascript:alert(1)', ' ', 'data:text/html,x']) {
      it(`support-url ${JSON.stringify(url)} is no link: none is shown`, async () => {
        const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="failed" support-url=${url}></order-status-badge>`);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(text(el)).to.include('Please open a support ticket');
      });
    }

    it('shows the advice to open a ticket only when failed', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="provisioning"></order-status-badge>`);
      expect(text(el)).not.to.include('support ticket');
      el.status = 'failed';
      await el.updateComplete;
      expect(text(el)).to.include('Please open a support ticket so that we can help you as quickly as possible.');
    });

    it('shows the server message and the update time', async () => {
      const el = await fixture<OrderStatusBadge>(html`
        <order-status-badge status="provisioning" message="Creating nodes" updated-at="2026-11-21T14:03:00Z"></order-status-badge>
      `);
      expect(part(el, 'message')!.textContent).to.equal('Creating nodes');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-21T14:03:00Z');
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-11-21T14:03:00Z'),
      );
      expect(time.textContent).to.equal(`Updated ${expected}`);
    });

    it('leaves out an update time that is not a date', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="ready" updated-at="soon"></order-status-badge>`);
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    });

    it('reflects status and live set as properties', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge></order-status-badge>`);
      el.status = 'ready';
      el.live = true;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      expect(el.hasAttribute('live')).to.equal(true);
    });

    it('reads poll-interval and request-timeout as numbers', async () => {
      const el = await fixture<OrderStatusBadge>(html`
        <order-status-badge poll-interval="20" request-timeout="40"></order-status-badge>
      `);
      expect(el.pollInterval).to.equal(20);
      expect(el.requestTimeout).to.equal(40);
    });
  });

  describe('locale', () => {
    it('speaks German with lang="de" on the element', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge lang="de" status="provisioning" order-id="7"></order-status-badge>`);
      expect(text(el)).to.equal('Wird bereitgestellt Bestellung 7');
    });

    it('speaks German with lang="de-AT" on an ancestor', async () => {
      const parentNode = document.createElement('div');
      parentNode.lang = 'de-AT';
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="ready"></order-status-badge>`, { parentNode });
      expect(label(el)).to.equal('Bereit');
    });

    it('speaks German with lang="de" on the document, and follows a change', async () => {
      document.documentElement.lang = 'de';
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="cancelled"></order-status-badge>`);
      expect(label(el)).to.equal('Storniert');
      document.documentElement.lang = 'en';
      await waitUntil(() => label(el) === 'Cancelled', 'back to English');
    });

    it('follows its own lang inside a shadow root', async () => {
      const el = document.createElement('order-status-badge');
      el.status = 'failed';
      shadowHost().append(el);
      await el.updateComplete;
      expect(label(el)).to.equal('Failed');
      el.lang = 'de';
      await el.updateComplete;
      expect(label(el)).to.equal('Fehlgeschlagen');
      expect(text(el)).to.include('Bitte eröffnen Sie ein Support-Ticket');
    });

    it('formats the update time for the locale', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge lang="de" status="ready" updated-at="2026-11-21T14:03:00Z"></order-status-badge>`);
      const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-11-21T14:03:00Z'),
      );
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(`Aktualisiert ${expected}`);
    });

    it('lets the host override any message, in every locale', async () => {
      const messages = { 'failed-advice': 'Call us on 0800 123 456.', 'status-failed': 'Problem' };
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge lang="de" status="failed" .messages=${messages}></order-status-badge>`);
      expect(text(el)).to.equal('Problem Call us on 0800 123 456.');
      el.messages = undefined;
      await el.updateComplete;
      expect(label(el)).to.equal('Fehlgeschlagen');
    });
  });

  describe('live region', () => {
    it('has no live region role without live', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="ready" order-id="1"></order-status-badge>`);
      expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
    });

    it('puts the status text in a role="status" region with live, and takes it away again', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge live status="ready" order-id="1"></order-status-badge>`);
      const region = el.shadowRoot!.querySelector('[role="status"]');
      expect(region).to.exist;
      expect(region!.contains(part(el, 'label'))).to.equal(true);
      expect(region!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ready Order 1');
      el.live = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
    });
  });

  describe('polling', () => {
    it('polls at once, then each interval, until a final status, and then stops', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1, 'first request');
      expect(api.call(0).orderId).to.equal('1234');
      api.call(0).resolve({ status: 'provisioning', message: 'Creating nodes' });
      await waitUntil(() => label(el) === 'Provisioning');
      expect(part(el, 'message')!.textContent).to.equal('Creating nodes');
      await waitUntil(() => api.calls.length === 2, 'second request');
      api.call(1).resolve({ status: 'ready', updatedAt: '2026-11-21T14:03:00Z' });
      await waitUntil(() => label(el) === 'Ready');
      expect(part(el, 'message')).to.equal(null);
      expect(el.status).to.equal('ready');
      await severalIntervals();
      expect(api.calls.length).to.equal(2);
    });

    it('does not poll a badge whose status is already final, or without an order id', async () => {
      const api = fakeEndpoint();
      await fixture(html`<order-status-badge order-id="1" status="ready" poll-interval="20" .fetchStatus=${api.fetchStatus}></order-status-badge>`);
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge poll-interval="20" .fetchStatus=${api.fetchStatus}></order-status-badge>`);
      await severalIntervals();
      expect(api.calls.length).to.equal(0);
      el.orderId = '99';
      await waitUntil(() => api.calls.length === 1, 'polls once it has an order id');
      expect(api.call(0).orderId).to.equal('99');
    });

    for (const status of ['DONE', ' Ready ', 'canceled', 'FAILED']) {
      it(`does not start polling when the host sets the final status ${JSON.stringify(status)} in another spelling`, async () => {
        const api = fakeEndpoint();
        const el = await polling(api, { status });
        await severalIntervals();
        expect(api.calls.length).to.equal(0);
        expect(el.reconnecting).to.equal(false);
      });
    }

    it('after an outage ends, asks again one interval later, not after the backoff', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { interval: 20 });
      for (let failure = 0; failure < 3; failure++) {
        await waitUntil(() => api.calls.length === failure + 1);
        api.call(failure).reject(new TypeError('Failed to fetch'));
      }
      await waitUntil(() => api.calls.length === 4, 'the 4th request, 80–160 ms after the 3rd failure');
      // The delays the badge asks for while it takes the answer that ends the outage (no real time is measured).
      const delays: number[] = [];
      const setTimeoutBefore = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        delays.push(ms ?? 0);
        return setTimeoutBefore(handler, ms, ...rest);
      }) as typeof window.setTimeout;
      try {
        api.call(3).resolve({ status: 'provisioning' });
        // A macrotask later (not a timer): the answer has been taken and the next request scheduled.
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
      } finally {
        window.setTimeout = setTimeoutBefore;
      }
      expect(label(el)).to.equal('Provisioning');
      expect(retrying(el)).to.equal(false);
      expect(delays).to.deep.equal([20]);
    });

    it('stops when the host sets a final status itself', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1);
      el.status = 'cancelled';
      await el.updateComplete;
      expect(api.call(0).signal.aborted).to.equal(true);
      api.call(0).resolve({ status: 'provisioning' });
      await severalIntervals();
      expect(api.calls.length).to.equal(1);
      expect(label(el)).to.equal('Cancelled');
    });

    it('shows "reconnecting" and keeps the last status while requests fail, and recovers', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1);
      api.call(0).resolve({ status: 'provisioning' });
      await waitUntil(() => api.calls.length === 2);
      expect(retrying(el)).to.equal(false);
      api.call(1).reject(new TypeError('Failed to fetch'));
      await waitUntil(() => retrying(el), 'reconnecting shown');
      expect(label(el)).to.equal('Provisioning');
      expect(el.reconnecting).to.equal(true);
      await waitUntil(() => api.calls.length === 3, 'retried after a rejection');
      api.call(2).resolve(null); // a broken answer is a failure too, not a new status
      await waitUntil(() => api.calls.length === 4, 'retried after a broken answer');
      expect(label(el)).to.equal('Provisioning');
      expect(retrying(el)).to.equal(true);
      api.call(3).resolve({ status: 'ready' });
      await waitUntil(() => label(el) === 'Ready');
      expect(retrying(el)).to.equal(false);
      expect(el.reconnecting).to.equal(false);
    });

    it('treats a fetchStatus that throws synchronously as a failed request', async () => {
      let count = 0;
      const fetchStatus: FetchStatus = async () => {
        count++;
        return { status: 'ready' };
      };
      const throwing: FetchStatus = (orderId, init) => {
        if (count === 0) {
          count++;
          throw new Error('not configured');
        }
        return fetchStatus(orderId, init);
      };
      const el = await polling({ fetchStatus: throwing });
      await waitUntil(() => label(el) === 'Ready', 'recovered after the throw');
      expect(count).to.equal(2);
    });

    it('aborts a request that never answers and goes on polling', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { timeout: 50 });
      await waitUntil(() => api.calls.length === 1);
      await waitUntil(() => api.call(0).signal.aborted, 'first request aborted after the timeout');
      await waitUntil(() => retrying(el), 'reconnecting shown');
      expect(label(el)).to.equal('Received');
      await waitUntil(() => api.calls.length === 2, 'polling went on');
      api.call(1).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning');
      expect(retrying(el)).to.equal(false);
    });

    it('ignores the late answer of a request that timed out, before the next request', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { interval: 60_000, timeout: 50 });
      const changes: string[] = [];
      el.addEventListener('order-status-change', (event) => changes.push(event.detail.status));
      await waitUntil(() => api.calls.length === 1);
      await waitUntil(() => retrying(el), 'the request timed out');
      // The next request is 30–60 s away: the endpoint's late answer to the abandoned request must not count.
      api.call(0).resolve({ status: 'ready' });
      await severalIntervals();
      expect(label(el)).to.equal('Received');
      expect(retrying(el)).to.equal(true);
      expect(changes).to.deep.equal([]);
    });

    it('ignores a late answer to an older request', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { timeout: 50 });
      const changes: string[] = [];
      el.addEventListener('order-status-change', (event) => changes.push(event.detail.status));
      await waitUntil(() => api.calls.length === 1);
      await waitUntil(() => api.calls.length === 2, 'second request after the first timed out');
      // The abandoned request answers while the newer one is pending: a stale "ready" must neither show nor stop polling.
      api.call(0).resolve({ status: 'ready' });
      await el.updateComplete;
      expect(label(el)).to.equal('Received');
      api.call(1).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning');
      await waitUntil(() => api.calls.length === 3, 'still polling');
      expect(changes).to.deep.equal(['provisioning']);
    });

    it('polls at once when the browser comes back online, after a failure', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { interval: 60_000 });
      await waitUntil(() => api.calls.length === 1);
      api.call(0).reject(new TypeError('Failed to fetch'));
      await waitUntil(() => retrying(el));
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => api.calls.length === 2, 'polled at once on online, not after the 30–60 s backoff');
      api.call(1).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning');
      expect(retrying(el)).to.equal(false);
    });

    it('replaces a request in flight when the browser comes back online', async () => {
      const api = fakeEndpoint();
      const el = await polling(api, { interval: 60_000 });
      await waitUntil(() => api.calls.length === 1);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => api.calls.length === 2);
      expect(api.call(0).signal.aborted).to.equal(true);
      api.call(0).resolve({ status: 'failed' });
      api.call(1).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning');
      await el.updateComplete;
      expect(label(el)).to.equal('Provisioning');
    });

    it('makes no requests while the page is hidden and polls at once when it is visible again', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1);
      hidePage();
      api.call(0).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning', 'the answer in flight still counts');
      await severalIntervals();
      expect(api.calls.length).to.equal(1);
      showPage();
      await waitUntil(() => api.calls.length === 2, 'resumed when visible');
    });

    it('does not start polling while the page is hidden', async () => {
      hidePage();
      const api = fakeEndpoint();
      await polling(api);
      await severalIntervals();
      expect(api.calls.length).to.equal(0);
      showPage();
      await waitUntil(() => api.calls.length === 1);
    });

    it('aborts the request in flight when removed from the DOM and makes no more', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      const changes: unknown[] = [];
      el.addEventListener('order-status-change', (event) => changes.push(event.detail));
      await waitUntil(() => api.calls.length === 1);
      el.remove();
      expect(api.call(0).signal.aborted).to.equal(true);
      api.call(0).resolve({ status: 'ready' });
      await severalIntervals();
      expect(api.calls.length).to.equal(1);
      expect(el.status).to.equal('received');
      expect(changes).to.deep.equal([]);
    });

    it('starts over for a new order id and ignores the old order’s answer', async () => {
      const api = fakeEndpoint();
      const el = await polling(api);
      await waitUntil(() => api.calls.length === 1);
      el.orderId = '5678';
      await waitUntil(() => api.calls.length === 2);
      expect(api.call(0).signal.aborted).to.equal(true);
      expect(api.call(1).orderId).to.equal('5678');
      api.call(0).resolve({ status: 'failed' });
      api.call(1).resolve({ status: 'provisioning' });
      await waitUntil(() => label(el) === 'Provisioning');
    });
  });

  describe('events', () => {
    it('fires order-status-change with detail, bubbling and composed, when polling changes the status', async () => {
      const api = fakeEndpoint();
      // Inside another component's shadow root: only a bubbling, composed event reaches a listener on the document.
      const el = document.createElement('order-status-badge');
      Object.assign(el, { orderId: '1234', status: 'received', pollInterval: 20, fetchStatus: api.fetchStatus });
      const events: OrderStatusChangeEvent[] = [];
      const listener = (event: Event) => events.push(event as OrderStatusChangeEvent);
      document.addEventListener('order-status-change', listener);
      try {
        shadowHost().append(el);
        await waitUntil(() => api.calls.length === 1);
        api.call(0).resolve({ status: 'received' }); // unchanged: no event
        await waitUntil(() => api.calls.length === 2);
        api.call(1).resolve({ status: 'provisioning' });
        await waitUntil(() => events.length === 1);
      } finally {
        document.removeEventListener('order-status-change', listener);
      }
      const [event] = events;
      expect(event!.detail).to.deep.equal({ orderId: '1234', status: 'provisioning', previous: 'received' });
      expect(event!.bubbles).to.equal(true);
      expect(event!.composed).to.equal(true);
      expect(event!.cancelable).to.equal(false);
    });

    it('does not fire when the host sets the status itself', async () => {
      const el = await fixture<OrderStatusBadge>(html`<order-status-badge status="received"></order-status-badge>`);
      let fired = 0;
      el.addEventListener('order-status-change', () => fired++);
      el.status = 'provisioning';
      el.setAttribute('status', 'ready');
      await el.updateComplete;
      expect(label(el)).to.equal('Ready');
      expect(fired).to.equal(0);
    });
  });
});
