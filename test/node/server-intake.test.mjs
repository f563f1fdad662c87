// `order-widgets/server` over real HTTP on 127.0.0.1 (node:http through toNodeHandler), once against PGlite and once
// against a throwaway PostgreSQL cluster: what a wizard, a badge and an integrator's other code see. Needs the build.
import { validOrderFor } from '../support/orders.mjs';
import { startPostgres } from '../support/postgres.mjs';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { builtInCatalog } from 'order-widgets/schema';
import { createOrderIntake, openPgliteStore, openPostgresStore, toNodeHandler } from 'order-widgets/server';

const postgresService = builtInCatalog.services.find((service) => service.id === 'postgresql');
const validOrder = (changes = {}) => validOrderFor(postgresService, { idempotencyKey: randomUUID(), ...changes });
const LIMIT = 64 * 1024;

/** The intake in a node:http server on a free port; `customer()` makes a fresh customer to ask as. */
async function startServer(store) {
  const errors = [];
  const intake = createOrderIntake({
    catalog: builtInCatalog,
    store,
    identify: (request) => request.headers.get('x-customer'),
    pollIntervalMs: 20,
    onError: (error) => errors.push(error),
  });
  const server = createServer(toNodeHandler(intake, { onError: (error) => errors.push(error) }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/api/orders`;
  const customer = (id = `customer-${randomUUID()}`) => ({
    id,
    post: (body, headers = {}) =>
      fetch(base, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Customer': id, ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      }),
    get: (path = '', headers = {}) => fetch(`${base}${path}`, { headers: { 'X-Customer': id, ...headers } }),
  });
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { base, customer, errors, close };
}

/** Reads Server-Sent Events from a fetch response until `count` events (comments skipped) have come. */
async function readEvents(response, count) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const events = [];
  while (events.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1 && events.length < count) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
      if (fields.data !== undefined) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
    }
  }
  await reader.cancel();
  return events;
}

async function assertError(response, status, code) {
  assert.equal(response.status, status, `status ${response.status}, expected ${status}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = await response.json();
  assert.equal(typeof body.message, 'string');
  if (code) assert.equal(body.code, code);
  return body;
}

const STORES = {
  PGlite: async () => ({ store: await openPgliteStore(), stop: () => {} }),
  PostgreSQL: async () => {
    const cluster = await startPostgres();
    try {
      return { store: await openPostgresStore({ connectionString: cluster.connectionString }), stop: cluster.stop, connectionString: cluster.connectionString };
    } catch (error) {
      cluster.stop();
      throw error;
    }
  },
};

for (const [name, open] of Object.entries(STORES)) {
  describe(`order intake on ${name}`, () => {
    let opened;
    let server;
    before(async () => {
      opened = await open();
      server = await startServer(opened.store);
    });
    after(async () => {
      await server?.close();
      await opened?.store.close();
      opened?.stop();
    });

    test('places an order (201, received), answers its status and lists it with the catalog price', async () => {
      const alice = server.customer();
      const response = await alice.post(validOrder());
      assert.equal(response.status, 201);
      const placed = await response.json();
      assert.match(placed.orderId, /^ord-[0-9a-f]{12}$/);
      assert.equal(placed.status, 'received');
      assert.ok(!Number.isNaN(Date.parse(placed.updatedAt)));
      assert.equal(response.headers.get('location'), `/api/orders/${placed.orderId}`);
      assert.deepEqual(await (await alice.get(`/${placed.orderId}`)).json(), placed);
      const { orders } = await (await alice.get()).json();
      assert.equal(orders.length, 1);
      assert.equal(orders[0].orderId, placed.orderId);
      assert.equal(orders[0].serviceId, 'postgresql');
      assert.equal(orders[0].price.currency, builtInCatalog.currency);
      assert.match(orders[0].price.total, /^\d+\.\d{2}$/);
    });

    test('50 concurrent POSTs with one key place one order: one 201, 49 times 200 with the same id', async () => {
      const alice = server.customer();
      const order = validOrder();
      const responses = await Promise.all(Array.from({ length: 50 }, () => alice.post(order)));
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [...Array(49).fill(200), 201].sort());
      const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).orderId)));
      assert.equal(ids.size, 1);
      assert.equal((await (await alice.get()).json()).orders.length, 1);
    });

    test('the same key with another order is 409 and places nothing; the key is the customer\'s own', async () => {
      const alice = server.customer();
      const order = validOrder();
      const first = await (await alice.post(order)).json();
      await assertError(await alice.post({ ...order, storageGb: order.storageGb + 10 }), 409, 'idempotency-key-reused');
      // Acceptance times are not what the order says: resent later, it is the same order.
      const again = await alice.post({ ...order, acceptedDocuments: order.acceptedDocuments.map((doc) => ({ ...doc, acceptedAt: new Date().toISOString() })) });
      assert.equal(again.status, 200);
      assert.equal((await again.json()).orderId, first.orderId);
      assert.equal((await (await alice.get()).json()).orders.length, 1);
      // Another customer with the very same key places an order of their own.
      const bob = server.customer();
      const bobs = await bob.post(order);
      assert.equal(bobs.status, 201);
      assert.notEqual((await bobs.json()).orderId, first.orderId);
    });

    test('another customer\'s order is 404 everywhere, and no one signed in is 401', async () => {
      const alice = server.customer();
      const bob = server.customer();
      const { orderId } = await (await alice.post(validOrder())).json();
      await assertError(await bob.get(`/${orderId}`), 404, 'order-not-found');
      await assertError(await bob.get(`/${orderId}/events`), 404, 'order-not-found');
      assert.deepEqual((await (await bob.get()).json()).orders, []);
      for (const path of ['/ord-000000000000', '/not-an-id', `/${orderId}/nope`, '/%E0%A4%A']) await assertError(await alice.get(path), 404);
      await assertError(await fetch(server.base), 401, 'unauthenticated');
      await assertError(await fetch(`${server.base}/${orderId}`), 401);
      const anonymous = await fetch(server.base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validOrder()) });
      await assertError(anonymous, 401);
    });

    test('field errors are 422 in the wizard\'s format, in the customer\'s language; prices and statuses from the client are refused', async () => {
      const alice = server.customer();
      const body = await assertError(await alice.post(validOrder({ storageGb: 3, trustedSources: [{ cidr: '10.0.0.300/8' }] })), 422);
      assert.ok(body.fieldErrors.length >= 2);
      for (const fieldError of body.fieldErrors) {
        assert.equal(typeof fieldError.path, 'string');
        assert.ok(fieldError.message.length > 0);
        assert.equal(typeof fieldError.code, 'string');
      }
      assert.ok(body.fieldErrors.some((fieldError) => fieldError.path === 'storageGb'));
      assert.ok(body.fieldErrors.some((fieldError) => fieldError.path.startsWith('trustedSources[0]')));
      for (const extra of [{ status: 'ready' }, { price: { total: '0.00' } }, { totalMinor: 0 }]) {
        const refused = await assertError(await alice.post(validOrder(extra)), 422);
        assert.ok(refused.fieldErrors.length > 0, JSON.stringify(extra));
      }
      assert.deepEqual((await (await alice.get()).json()).orders, []);
    });

    const nul = (text) => JSON.stringify(validOrder({ trustedSources: [{ cidr: '123.123.123.123/32', label: text }] }));
    const HOSTILE = [
      ['a declared body over the limit', 413, () => ({ body: JSON.stringify({ ...validOrder(), padding: 'x'.repeat(LIMIT) }) })],
      ['a streamed body over the limit (no length)', 413, () => {
        const chunks = [new TextEncoder().encode(JSON.stringify({ ...validOrder(), padding: 'x'.repeat(4 * LIMIT) }))];
        return { body: new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(chunks.pop()) : c.close()) }), duplex: 'half' };
      }],
      ['a body of 5 MiB', 413, () => ({ body: 'x'.repeat(5 * 1024 * 1024) })],
      ['text/plain', 415, () => ({ body: JSON.stringify(validOrder()), headers: { 'Content-Type': 'text/plain' } })],
      ['no content type', 415, () => ({ body: new Blob([JSON.stringify(validOrder())]), headers: {} })],
      ['JSON in Latin-1', 415, () => ({ body: JSON.stringify(validOrder()), headers: { 'Content-Type': 'application/json; charset=latin1' } })],
      ['form data', 415, () => ({ body: new URLSearchParams({ a: 'b' }), headers: {} })],
      ['bad JSON', 400, () => ({ body: '{"serviceId": ' })],
      ['an empty body', 400, () => ({ body: '' })],
      ['bytes that are not UTF-8', 400, () => ({ body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) })],
      ['NUL in a trusted source label', 400, () => ({ body: nul('office\u0000') })],
      ['NUL in a key of the order', 400, () => ({ body: JSON.stringify({ ...validOrder(), 'a\u0000b': 1 }) })],
      ['a lone surrogate in a label', 400, () => ({ body: nul('office\ud800') })],
      ['JSON that is not an object', 422, () => ({ body: '[1, 2]' })],
      ['JSON null', 422, () => ({ body: 'null' })],
    ];
    for (const [label, status, make] of HOSTILE) {
      test(`hostile input, ${label}: ${status}, and the server goes on`, async () => {
        const alice = server.customer();
        const { body, headers = { 'Content-Type': 'application/json' }, duplex } = make();
        const response = await fetch(server.base, { method: 'POST', headers: { 'X-Customer': alice.id, ...headers }, body, ...(duplex ? { duplex } : {}) });
        await assertError(response, status);
        assert.equal((await alice.post(validOrder())).status, 201);
        assert.deepEqual(server.errors, []);
      });
    }

    test('wrong methods are 405 with Allow', async () => {
      const alice = server.customer();
      const { orderId } = await (await alice.post(validOrder())).json();
      for (const [method, path, allow] of [['DELETE', '', 'GET, HEAD, POST'], ['PUT', `/${orderId}`, 'GET, HEAD'], ['POST', `/${orderId}/events`, 'GET, HEAD']]) {
        const response = await fetch(`${server.base}${path}`, { method, headers: { 'X-Customer': alice.id } });
        assert.equal(response.headers.get('allow'), allow);
        await assertError(response, 405, 'method-not-allowed');
      }
    });

    test('status changes are rows with time: the answer follows the latest, the stream sends each once and resumes after Last-Event-ID', async () => {
      const alice = server.customer();
      const { orderId } = await (await alice.post(validOrder())).json();
      const stream = await alice.get(`/${orderId}/events`);
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type'), /^text\/event-stream/);
      const reading = readEvents(stream, 3);
      const provisioning = await opened.store.recordStatus(orderId, 'provisioning');
      const failed = await opened.store.recordStatus(orderId, 'failed', 'No capacity left in this region.');
      const events = await reading;
      assert.deepEqual(events.map((event) => [event.event, event.data.status]), [['status', 'received'], ['status', 'provisioning'], ['status', 'failed']]);
      assert.deepEqual(events[2].data, { orderId, status: 'failed', message: 'No capacity left in this region.', updatedAt: failed.updatedAt });
      const ids = events.map((event) => BigInt(event.id));
      assert.ok(ids[0] < ids[1] && ids[1] < ids[2], `ids ${ids} grow`);
      assert.ok(Date.parse(provisioning.updatedAt) <= Date.parse(failed.updatedAt));
      assert.deepEqual(await (await alice.get(`/${orderId}`)).json(), events[2].data);

      // A reconnect with the id of the first event gets what came after it, nothing before.
      const resumed = await readEvents(await alice.get(`/${orderId}/events`, { 'Last-Event-ID': events[0].id }), 2);
      assert.deepEqual(resumed.map((event) => event.id), [events[1].id, events[2].id]);
      // The same as a query parameter, which a client opening a new EventSource (no headers) sends.
      const byQuery = await readEvents(await alice.get(`/${orderId}/events?lastEventId=${events[1].id}`), 1);
      assert.deepEqual(byQuery.map((event) => event.id), [events[2].id]);
      // Without one, only the current status.
      const fresh = await readEvents(await alice.get(`/${orderId}/events`), 1);
      assert.deepEqual(fresh, [events[2]]);
      assert.deepEqual((await opened.store.statusEvents(orderId)).map((event) => event.status), ['received', 'provisioning', 'failed']);
    });

    test('a JSON answer comes whole with its Content-Length, not chunked', async () => {
      const alice = server.customer();
      for (const response of [await alice.post(validOrder()), await alice.post({}), await alice.get('/ord-000000000000')]) {
        const body = new Uint8Array(await response.arrayBuffer());
        assert.equal(response.headers.get('content-length'), String(body.byteLength), `${response.status}`);
        assert.equal(response.headers.get('transfer-encoding'), null);
        JSON.parse(new TextDecoder().decode(body));
      }
    });

    test('a status stream the client leaves stops asking the store', async () => {
      let asked = 0;
      const counting = { ...opened.store, statusEvents: (...args) => (asked += 1, opened.store.statusEvents(...args)) };
      const watched = await startServer(counting);
      try {
        const alice = watched.customer();
        const { orderId } = await (await alice.post(validOrder())).json();
        const leaving = new AbortController();
        const stream = await fetch(`${watched.base}/${orderId}/events`, { headers: { 'X-Customer': alice.id }, signal: leaving.signal });
        const reader = stream.body.getReader();
        await reader.read();
        // The stream polls every 20 ms: once it has asked a few times, the client leaves.
        while (asked < 3) await new Promise((resolve) => setTimeout(resolve, 20));
        leaving.abort();
        await reader.closed.catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, 200));
        const afterLeaving = asked;
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(asked, afterLeaving, 'the store is still asked after the client left');
      } finally {
        await watched.close();
      }
    });
  });
}

// A fetch-style server (Hono, a worker) calls the intake itself: what it passes beside the request reaches `identify`.
test('the intake hands its second argument to identify, as Hono or a worker passes its context', async () => {
  const store = await openPgliteStore();
  try {
    const seen = [];
    const intake = createOrderIntake({
      catalog: builtInCatalog,
      store,
      identify: (request, context) => {
        seen.push(context);
        return context?.var?.user?.id;
      },
    });
    const post = (context) =>
      intake(new Request('https://shop.example/api/orders', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validOrder()) }), context);
    const context = { var: { user: { id: 'customer-hono' } } };
    const placed = await post(context);
    assert.equal(placed.status, 201);
    assert.equal(seen[0], context);
    const { orders } = await (await intake(new Request('https://shop.example/api/orders'), context)).json();
    assert.equal(orders.length, 1);
    // No context, no customer: 401, not a crash.
    assert.equal((await post(undefined)).status, 401);
    assert.equal((await post({ var: {} })).status, 401);
  } finally {
    await store.close();
  }
});
