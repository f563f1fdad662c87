import 'axe-core/axe.min.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
// For its list of engine limits: taking the page offline for the stream's URLs only is Chromium's.
import '../support/engine.js';
import '../../src/define.js';
import type { FetchStatus, OrderStatusBadge } from '../../src/elements/order-status-badge/order-status-badge.js';

// The status stream is served by the test runner (test/support/status-stream-server.mjs); each test has a channel.
let channels = 0;
function streamChannel() {
  const base = `/test-status-stream/${Date.now().toString(36)}-${++channels}`;
  const post = (action: string, body?: unknown) =>
    fetch(`${base}/${action}`, { method: 'POST', body: JSON.stringify(body ?? {}) }).then((response) => response.json());
  let polls = 0;
  const fetchStatus: FetchStatus = (_orderId, { signal }) => {
    polls++;
    return fetch(`${base}/status`, { signal }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    });
  };
  return {
    url: `${base}/events`,
    /** The next event; `data` as it is when text, else as JSON. */
    push: (data: unknown) => post('push', { data: typeof data === 'string' ? data : JSON.stringify(data) }),
    down: () => post('down'),
    up: () => post('up'),
    /** The last event id each connection asked for, '' for none. */
    connections: (): Promise<string[]> => fetch(`${base}/connections`).then((response) => response.json()),
    open: (): Promise<number> => fetch(`${base}/open`).then((response) => response.json()).then((body) => body.open),
    fetchStatus,
    polls: () => polls,
  };
}

const change = (status: string, extra: Record<string, string> = {}) => ({
  orderId: '1234',
  status,
  updatedAt: '2026-11-21T14:03:00Z',
  ...extra,
});

const part = (el: OrderStatusBadge, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const label = (el: OrderStatusBadge) => part(el, 'label')?.textContent?.trim();
const text = (el: OrderStatusBadge) => (el.shadowRoot!.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const retrying = (el: OrderStatusBadge) => text(el).includes('Connection lost — retrying…');
const offlineShown = (el: OrderStatusBadge) => text(el).includes('Connection lost — you are offline.');
// A stream round trip through the test server takes a few ms; on a busy 2-core machine allow far more.
const patiently = { timeout: 10_000 };
const severalIntervals = () => aTimeout(150);

function following(streamUrl: string, { status = 'received', interval = 20, fetchStatus = undefined as FetchStatus | undefined } = {}) {
  return fixture<OrderStatusBadge>(html`
    <order-status-badge order-id="1234" status=${status} live poll-interval=${interval} stream-url=${streamUrl}
      .fetchStatus=${fetchStatus}></order-status-badge>
  `);
}

const setNetwork = (offline: boolean) => executeServerCommand('set-network', { offline });

// Polling pauses while the page is hidden; with two test files at once, Chromium may report this window hidden.
beforeEach(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
afterEach(async () => {
  delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  await setNetwork(false);
});

describe('<order-status-badge> with a status stream', () => {
  it('is accessible while following a stream', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning', { message: 'Creating nodes' }));
    const el = await following(stream.url);
    await waitUntil(() => label(el) === 'Provisioning', 'the current status on connect', patiently);
    await expect(el).to.be.accessible();
  });

  it('shows the current status on connect, then each change, and closes the stream at a final status', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning', { message: 'Creating nodes' }));
    const el = await following(stream.url);
    const changes: string[] = [];
    el.addEventListener('order-status-change', (event) => changes.push(event.detail.status));
    await waitUntil(() => label(el) === 'Provisioning', 'the current status on connect', patiently);
    expect(part(el, 'message')!.textContent).to.equal('Creating nodes');
    expect(el.status).to.equal('provisioning');
    await stream.push(change('DONE'));
    await waitUntil(() => label(el) === 'Ready', 'a pushed change', patiently);
    expect(changes).to.deep.equal(['provisioning', 'ready']);
    await waitUntil(async () => (await stream.open()) === 0, 'the stream closed at the final status', patiently);
    expect(await stream.connections()).to.deep.equal(['']);
    expect(retrying(el)).to.equal(false);
  });

  it('follows an absolute stream URL too', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    const el = await following(new URL(stream.url, location.href).href);
    await waitUntil(() => label(el) === 'Provisioning', 'the current status on connect', patiently);
  });

  it('ignores stream events that are not a status of this order, and shows what the server says as text', async () => {
    const stream = streamChannel();
    const el = await following(stream.url);
    const changes: string[] = [];
    el.addEventListener('order-status-change', (event) => changes.push(event.detail.status));
    await waitUntil(async () => (await stream.open()) === 1, 'connected', patiently);
    const ignored = [
      'not json',
      '<html>502 Bad Gateway</html>',
      'null',
      '"ready"',
      JSON.stringify({ orderId: '9999', status: 'ready' }),
      JSON.stringify({ status: 'ready' }),
      JSON.stringify({ orderId: '1234' }),
      JSON.stringify({ orderId: '1234', status: 3 }),
    ];
    for (const data of ignored) await stream.push(data);
    await stream.push(change('provisioning', { message: '<img src=x onerror=alert(1)>' }));
    await waitUntil(() => label(el) === 'Provisioning', 'the good event', patiently);
    expect(changes).to.deep.equal(['provisioning']);
    expect(part(el, 'message')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('reconnects after a server restart, asking only for what came after the last event', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    const el = await following(stream.url);
    const changes: string[] = [];
    el.addEventListener('order-status-change', (event) => changes.push(event.detail.status));
    await waitUntil(() => label(el) === 'Provisioning', 'connected', patiently);
    await stream.down();
    await waitUntil(() => retrying(el), '"Connection lost" while the server is down', patiently);
    expect(label(el)).to.equal('Provisioning');
    await stream.push(change('provisioning', { message: 'Creating nodes' }));
    await stream.up();
    await waitUntil(() => part(el, 'message')?.textContent === 'Creating nodes', 'the missed event', patiently);
    await waitUntil(() => !retrying(el), 'reconnected', patiently);
    expect(await stream.connections()).to.deep.equal(['', '1']);
    expect(changes).to.deep.equal(['provisioning']);
    await stream.push(change('ready'));
    await waitUntil(() => label(el) === 'Ready', 'the next change on the new connection', patiently);
  });

  it('polls fetchStatus while the stream is down, and stops polling once it is back', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    const el = await following(stream.url, { fetchStatus: stream.fetchStatus });
    await waitUntil(() => label(el) === 'Provisioning', 'connected', patiently);
    expect(stream.polls()).to.equal(0);
    await stream.down();
    await waitUntil(() => stream.polls() > 0, 'polls while the stream is down', patiently);
    await waitUntil(() => retrying(el), 'the polls fail too: "Connection lost"', patiently);
    await stream.push(change('provisioning', { message: 'Creating nodes' }));
    await stream.up();
    await waitUntil(() => part(el, 'message')?.textContent === 'Creating nodes', 'back, by stream or poll', patiently);
    await waitUntil(async () => (await stream.open()) === 1, 'the stream is open again', patiently);
    await waitUntil(() => !retrying(el), 'reconnected', patiently);
    const polls = stream.polls();
    await severalIntervals();
    expect(stream.polls()).to.equal(polls);
  });

  it('polls fetchStatus when the stream cannot be opened at all', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    const el = await following(stream.url.replace(/events$/, 'nowhere'), { fetchStatus: stream.fetchStatus });
    await waitUntil(() => label(el) === 'Provisioning', 'by polling', patiently);
    await waitUntil(() => stream.polls() > 1, 'polls go on', patiently);
    expect(retrying(el)).to.equal(false);
  });

  for (const url of ['javascript:alert(1)', 'data:text/event-stream,x', ' ']) {
    it(`takes stream-url ${JSON.stringify(url)} for no stream and polls`, async () => {
      const stream = streamChannel();
      await stream.push(change('provisioning'));
      const el = await following(url, { fetchStatus: stream.fetchStatus });
      await waitUntil(() => label(el) === 'Provisioning', 'by polling', patiently);
      expect(retrying(el)).to.equal(false);
    });
  }

  it('shows "connection lost" at once when the browser goes offline, and reconnects at once when it is back', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    // A 60 s interval: a reconnect by backoff would come far too late for this test; only `online` brings it back.
    const el = await following(stream.url, { interval: 60_000 });
    await waitUntil(() => label(el) === 'Provisioning', 'connected', patiently);
    await setNetwork(true);
    await waitUntil(() => offlineShown(el), '"Connection lost — you are offline." at once', patiently);
    expect(el.reconnecting).to.equal(true);
    expect(label(el)).to.equal('Provisioning');
    await stream.push(change('ready'));
    await setNetwork(false);
    await waitUntil(() => label(el) === 'Ready', 'reconnected at once, with what it missed', patiently);
    expect(offlineShown(el)).to.equal(false);
    expect(await stream.connections()).to.deep.equal(['', '1']);
  });

  it('polls at once when the browser is back online, after showing "connection lost" at once', async () => {
    const stream = streamChannel();
    await stream.push(change('received'));
    const api = { fetchStatus: stream.fetchStatus };
    const el = await fixture<OrderStatusBadge>(html`
      <order-status-badge order-id="1234" status="received" poll-interval="60000" .fetchStatus=${api.fetchStatus}></order-status-badge>
    `);
    await waitUntil(() => stream.polls() === 1, 'the first poll', patiently);
    await setNetwork(true);
    await waitUntil(() => offlineShown(el), '"Connection lost — you are offline." before any poll fails', patiently);
    expect(stream.polls()).to.equal(1);
    await stream.push(change('provisioning'));
    await setNetwork(false);
    await waitUntil(() => label(el) === 'Provisioning', 'polled at once on online, not after a minute', patiently);
    expect(offlineShown(el)).to.equal(false);
  });

  for (const status of ['DONE', ' Ready ', 'canceled']) {
    it(`does not open the stream when the host sets the final status ${JSON.stringify(status)}`, async () => {
      const stream = streamChannel();
      await following(stream.url, { status, fetchStatus: stream.fetchStatus });
      await severalIntervals();
      expect(await stream.connections()).to.deep.equal([]);
      expect(stream.polls()).to.equal(0);
    });
  }

  it('closes the stream when removed from the page', async () => {
    const stream = streamChannel();
    await stream.push(change('provisioning'));
    const el = await following(stream.url);
    await waitUntil(() => label(el) === 'Provisioning', 'connected', patiently);
    expect(await stream.open()).to.equal(1);
    el.remove();
    await waitUntil(async () => (await stream.open()) === 0, 'the stream closed', patiently);
  });
});
