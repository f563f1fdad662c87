// The demo portal's backend (demo/server) over real HTTP on 127.0.0.1, in the hardened server `npm start` uses, on an
// in-memory PGlite store: what the portal page and `<order-wizard>`'s host code see. Each visitor is a cookie jar of
// its own. Needs the build (the backend imports `order-widgets/schema` and `order-widgets/server`).
import { validOrderFor } from '../support/orders.mjs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCatalog, documentsFor, validateOrder } from 'order-widgets/schema';
import { openPgliteStore } from 'order-widgets/server';
import { createDemoBackend, DEMO_BILLING_PROFILES, FAILED_MESSAGE } from '../../demo/server/demo-backend.mjs';
import { CUSTOMER_COOKIE, loadCookieSecret } from '../../demo/server/customer-cookie.mjs';
import { createHardenedServer } from '../../demo/server/http.mjs';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const postgres = builtInCatalog.services.find((service) => service.id === 'postgresql');

/** A valid PostgreSQL order of the built-in catalog under a fresh key, for the demo's customer; `changes` replace fields. */
const validOrder = (changes = {}) =>
  validOrderFor(postgres, {
    idempotencyKey: randomUUID(),
    trustedSources: [{ cidr: '123.123.123.123/32', label: 'office' }, { cidr: '222.222.222.128/28' }],
    billingProfile: { id: 'bp-1001' },
    ...changes,
  });

const NEW_PROFILE = {
  company: 'Neukunde GmbH',
  contactName: 'Jana Beispiel',
  email: 'jana@example.com',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

let shared;
before(async () => {
  shared = await openPgliteStore();
});
after(() => shared?.close());

/**
 * Starts the backend (worker stepped by the test) in the hardened server on a free port of 127.0.0.1 and closes both
 * after the test. `visitor()` is a browser of its own: it keeps the cookie the backend sets.
 */
async function startDemo(t, options = {}) {
  const logs = [];
  const backend = await createDemoBackend({ cookieSecret: SECRET, store: shared, provisioning: false, speed: 1e9, log: (line) => logs.push(line), ...options });
  const server = createHardenedServer(async (req, res) => {
    if (!(await backend.handle(req, res))) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not the backend');
  }, { bodyLimit: 64 * 1024 });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  let closing;
  const close = () => {
    closing ??= (async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await backend.close();
    })();
    return closing;
  };
  t.after(close);
  const visitor = () => {
    let cookie;
    const get = async (path, init = {}) => {
      const response = await fetch(base + path, { ...init, headers: { ...init.headers, ...(cookie ? { Cookie: cookie } : {}) } });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0];
      return response;
    };
    return {
      get,
      post: (body, headers = { 'Content-Type': 'application/json; charset=utf-8' }) =>
        get('/api/orders', { method: 'POST', headers, body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) }),
      get cookie() {
        return cookie;
      },
      set cookie(value) {
        cookie = value;
      },
    };
  };
  return { base, backend, logs, close, visitor };
}

/** Asserts an error answer: the status and a body `{ code, message }` with text. */
async function assertError(response, status) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.deepEqual(Object.keys(body).sort(), ['code', 'message']);
  assert.ok(body.message.length > 10, body.message);
  return body;
}

const customerOf = (visitor) => visitor.cookie.split('=')[1].split('.')[0];

test('a valid order is placed: 201 with its id, status received; the whole validated order is stored for the visitor', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const order = validOrder();
  const response = await alice.post(order);
  assert.equal(response.status, 201);
  const setCookie = response.headers.get('set-cookie');
  assert.match(setCookie, new RegExp(`^${CUSTOMER_COOKIE}=c-[0-9a-f-]{36}\\.[\\w-]{43}; `));
  for (const attribute of ['HttpOnly', 'SameSite=Lax', 'Path=/']) assert.ok(setCookie.split('; ').includes(attribute), attribute);
  const body = await response.json();
  assert.match(body.orderId, /^ord-[0-9a-f]{12}$/);
  assert.equal(body.status, 'received');
  assert.equal(response.headers.get('location'), `/api/orders/${body.orderId}`);
  const stored = await shared.findOrder(customerOf(alice), body.orderId);
  const validated = validateOrder(builtInCatalog, order, { billingProfiles: DEMO_BILLING_PROFILES });
  assert.deepEqual(stored.order, JSON.parse(JSON.stringify(validated.order)), 'the validated order as a whole');
});

test('every visitor sees only their own orders; a forged or foreign cookie makes a new visitor', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const bob = demo.visitor();
  const { orderId } = await (await alice.post(validOrder())).json();
  assert.equal((await bob.get('/api/orders')).status, 200);
  assert.deepEqual((await (await bob.get('/api/orders')).json()).orders, []);
  await assertError(await bob.get(`/api/orders/${orderId}`), 404);
  assert.equal((await alice.get(`/api/orders/${orderId}`)).status, 200);

  const [name, value] = alice.cookie.split('=');
  const [id, signature] = value.split('.');
  const forgeries = [
    `${name}=${id}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`, // signature changed
    `${name}=${customerOf(bob)}.${signature}`, // another id under alice's signature
    `${name}=${id}`, // no signature
    `${name}=${id}.0`, // a signature that is no HMAC
  ];
  const other = await startDemo(t, { cookieSecret: 'another-secret-of-at-least-32-characters' });
  const foreign = other.visitor();
  await foreign.get('/api/orders');
  forgeries.push(foreign.cookie.replace(/=c-[^.]+/, `=${id}`)); // signed with another secret
  for (const cookie of forgeries) {
    const mallory = demo.visitor();
    mallory.cookie = cookie;
    const response = await mallory.get('/api/orders');
    assert.deepEqual((await response.json()).orders, [], cookie);
    assert.notEqual(customerOf(mallory), id, `${cookie} is answered with a new customer`);
    await assertError(await mallory.get(`/api/orders/${orderId}`), 404);
  }
});

test('an order with options is stored with them and listed with them and its monthly price, tax included', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const options = { 'instance-name': 'orders-db', 'high-availability': true, 'backup-retention': 14, 'maintenance-window': 'sat-02' };
  const response = await alice.post(validOrder({ regionId: 'de-west-1', sizeId: 'gp-m', options }));
  assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
  const { orderId } = await response.json();
  assert.deepEqual((await shared.findOrder(customerOf(alice), orderId)).order.options, options);
  const { orders } = await (await alice.get('/api/orders')).json();
  assert.equal(orders[0].orderId, orderId);
  assert.deepEqual(orders[0].options, options);
  // M 144.90, its standby 144.90, 50 GB 6.00: 295.80 net, 56.20 VAT (19 %), 352.00 gross.
  assert.deepEqual([orders[0].price.currency, orders[0].price.net, orders[0].price.gross], ['EUR', '295.80', '352.00']);
});

test('an order with a bad option value is refused with the option\'s path and words', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const response = await alice.post(validOrder({ regionId: 'de-north-1', options: { 'high-availability': true, 'backup-retention': 10 } }));
  assert.equal(response.status, 422);
  const { fieldErrors } = await response.json();
  assert.deepEqual(fieldErrors.map(({ path, code }) => [path, code]), [
    ['options["backup-retention"]', 'option-off-step'], ['options["high-availability"]', 'option-not-in-region'],
  ]);
  assert.equal(fieldErrors[0].message, 'Backup retention comes in steps of 7 days: choose 7 days or 14 days.');
  assert.deepEqual((await (await alice.get('/api/orders')).json()).orders, []);
});

test('the same key with the same order answers the same order and stores no second one', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const order = validOrder();
  const first = await (await alice.post(order)).json();
  // Sent again after a reload: the documents ticked again later, the key in upper case. Still the same order.
  const again = {
    ...order,
    idempotencyKey: order.idempotencyKey.toUpperCase(),
    acceptedDocuments: order.acceptedDocuments.map((doc) => ({ ...doc, acceptedAt: new Date(Date.now() + 1000).toISOString() })),
  };
  for (const body of [order, again]) {
    const response = await alice.post(body);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).orderId, first.orderId);
  }
  assert.equal((await (await alice.get('/api/orders')).json()).orders.length, 1);
});

test('20 identical orders sent at the same time store exactly one', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  await alice.get('/api/orders');
  const order = validOrder();
  const responses = await Promise.all(Array.from({ length: 20 }, () => alice.post(order)));
  const bodies = await Promise.all(responses.map((response) => response.json()));
  assert.deepEqual(responses.map((response) => response.status).sort((a, b) => a - b), [...Array(19).fill(200), 201]);
  assert.equal(new Set(bodies.map((body) => body.orderId)).size, 1);
  assert.deepEqual((await (await alice.get('/api/orders')).json()).orders.map((entry) => entry.orderId), [bodies[0].orderId]);
});

test('a used key with a different order is refused with 409 and changes nothing', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const order = validOrder();
  const { orderId } = await (await alice.post(order)).json();
  const body = await assertError(await alice.post({ ...order, storageGb: 100 }), 409);
  assert.match(body.message, /idempotency key/i);
  assert.equal((await shared.findOrder(customerOf(alice), orderId)).order.storageGb, 50);
  assert.equal((await (await alice.get('/api/orders')).json()).orders.length, 1);
});

test('an invalid order is refused with 422 and field errors the wizard can place', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const response = await alice.post(validOrder({
    storageGb: 55,
    trustedSources: [{ cidr: '10.0.0.1/8' }],
    billingProfile: { id: 'bp-someone-else' },
  }));
  assert.equal(response.status, 422);
  const body = await response.json();
  assert.match(body.message, /not placed/);
  assert.deepEqual(body.fieldErrors.map((error) => error.path).sort(), ['billingProfile.id', 'storageGb', 'trustedSources[0]']);
  for (const error of body.fieldErrors) assert.ok(typeof error.message === 'string' && error.message.length > 5, error.path);
  assert.equal(body.fieldErrors.find((error) => error.path === 'billingProfile.id').code, 'unknown-billing-profile');
  const notAnObject = await alice.post([]);
  assert.equal(notAnObject.status, 422);
  assert.deepEqual((await notAnObject.json()).fieldErrors.map((error) => error.path), ['']);
  assert.deepEqual((await (await alice.get('/api/orders')).json()).orders, [], 'nothing was stored');
});

test('field errors come in the language the request asks for, with their codes', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const invalid = validOrder({ storageGb: 55, trustedSources: [{ cidr: '10.0.0.1/8' }] });
  const answer = async (language) => {
    const headers = { 'Content-Type': 'application/json', ...(language ? { 'Accept-Language': language } : {}) };
    const response = await alice.post(invalid, headers);
    assert.equal(response.status, 422);
    const body = await response.json();
    return Object.fromEntries(body.fieldErrors.map((error) => [error.path, [error.code, error.message]]));
  };
  for (const language of [undefined, 'en-GB', 'fr-FR,fr;q=0.9', '']) {
    assert.deepEqual(await answer(language), {
      storageGb: ['storage-off-step', 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.'],
      'trustedSources[0]': ['trusted-source-not-canonical', 'Enter "10.0.0.1/8" in its exact form 10.0.0.0/8.'],
    }, String(language));
  }
  for (const language of ['de', 'de-AT,de;q=0.9,en;q=0.5']) {
    assert.deepEqual(await answer(language), {
      storageGb: ['storage-off-step', 'Speicher gibt es in Schritten von 10 GB: Wählen Sie 50 GB oder 60 GB.'],
      'trustedSources[0]': ['trusted-source-not-canonical', 'Geben Sie „10.0.0.1/8“ in der genauen Form 10.0.0.0/8 an.'],
    }, language);
  }
});

test('bad bodies are 400, 415 or 413 and the server goes on', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  for (const body of ['{"serviceId": "postgresql",', '', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) await assertError(await alice.post(body), 400);
  const order = new TextEncoder().encode(JSON.stringify(validOrder()));
  for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/json; charset=latin1' }, {}]) {
    assert.match((await assertError(await alice.post(order, headers), 415)).message, /application\/json/);
  }
  const huge = JSON.stringify({ ...validOrder(), padding: 'x'.repeat(100 * 1024) });
  await assertError(await alice.post(huge), 413);
  const chunks = [new TextEncoder().encode(huge)];
  const stream = new ReadableStream({ pull: (controller) => (chunks.length ? controller.enqueue(chunks.pop()) : controller.close()) });
  await assertError(await alice.get('/api/orders', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' }), 413);
  assert.equal((await alice.post(validOrder())).status, 201);
  assert.deepEqual(demo.logs, []);
});

test('unknown routes are 404, wrong methods 405 with Allow, other paths are left to the page server', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  for (const path of ['/api', '/api/nope', '/api/orders/ord-000000000000', '/api/orders/not-an-id', '/api/orders/x/y']) {
    await assertError(await alice.get(path), 404);
  }
  for (const [method, path, allow] of [
    ['DELETE', '/api/orders', 'GET, HEAD, POST'],
    ['PUT', '/api/orders/ord-000000000000', 'GET, HEAD'],
    ['POST', '/api/my-ip', 'GET, HEAD'],
    ['POST', '/api/billing-profiles', 'GET, HEAD'],
  ]) {
    const response = await alice.get(path, { method });
    assert.equal(response.headers.get('allow'), allow, `${method} ${path}`);
    await assertError(response, 405);
  }
  assert.equal((await alice.get('/api/orders', { method: 'HEAD' })).status, 200);
  for (const path of ['/', '/index.html', '/apiary', '/main.ts?api/orders']) {
    assert.equal(await (await alice.get(path)).text(), 'not the backend', path);
  }
});

test('the worker writes each status change as a row with time: received, provisioning, ready; the marker ends in failed', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const marked = [
    validOrder({ trustedSources: [{ cidr: '123.123.123.123/32', label: 'Office FAIL-DEMO' }] }),
    validOrder({ billingProfile: { new: { ...NEW_PROFILE, company: 'fail-demo GmbH' } } }),
  ];
  const ids = [];
  for (const order of marked) ids.push((await (await alice.post(order)).json()).orderId);
  const plain = (await (await alice.post(validOrder({ billingProfile: { new: NEW_PROFILE } }))).json()).orderId;
  const status = async (id) => (await alice.get(`/api/orders/${id}`)).json();
  for (const id of [...ids, plain]) assert.equal((await status(id)).status, 'received');
  await demo.backend.worker.step();
  for (const id of [...ids, plain]) assert.equal((await status(id)).status, 'provisioning');
  await demo.backend.worker.step();
  for (const id of ids) {
    const body = await status(id);
    assert.equal(body.status, 'failed');
    assert.equal(body.message, FAILED_MESSAGE);
  }
  const ready = await status(plain);
  assert.equal(ready.status, 'ready');
  const history = await shared.statusEvents(plain);
  assert.deepEqual(history.map((event) => event.status), ['received', 'provisioning', 'ready']);
  assert.equal(history.at(-1).updatedAt, ready.updatedAt);
  assert.ok(history.every((event, index) => index === 0 || Date.parse(history[index - 1].updatedAt) <= Date.parse(event.updatedAt)));
  await demo.backend.worker.step();
  assert.equal((await shared.statusEvents(plain)).length, 3, 'a final status stays');
});

test('the worker waits while an order is not due, and two workers racing move each order once', async (t) => {
  const slow = await startDemo(t, { speed: 1 });
  const alice = slow.visitor();
  const { orderId } = await (await alice.post(validOrder())).json();
  await slow.backend.worker.step();
  assert.equal((await (await alice.get(`/api/orders/${orderId}`)).json()).status, 'received', 'not 3 s in received yet');
  const racing = [await startDemo(t), await startDemo(t), await startDemo(t)];
  await Promise.all(racing.map((demo) => demo.backend.worker.step()));
  assert.deepEqual((await shared.statusEvents(orderId)).map((event) => event.status), ['received', 'provisioning']);
});

test('the order list shows every order, newest first, with its service and status', async (t) => {
  const demo = await startDemo(t);
  const alice = demo.visitor();
  const ids = [];
  for (const changes of [{}, { serviceId: 'mariadb', version: '11.8' }, {}]) {
    const order = validOrder(changes);
    if (changes.serviceId) {
      const mariadb = builtInCatalog.services.find((service) => service.id === 'mariadb');
      order.acceptedDocuments = documentsFor(builtInCatalog, mariadb).map((doc) => ({ id: doc.id, version: doc.version, acceptedAt: new Date().toISOString() }));
    }
    const response = await alice.post(order);
    assert.equal(response.status, 201);
    ids.push((await response.json()).orderId);
  }
  const { orders } = await (await alice.get('/api/orders')).json();
  assert.deepEqual(orders.map((entry) => entry.orderId), ids.toReversed());
  assert.deepEqual(orders.map((entry) => entry.serviceId), ['postgresql', 'mariadb', 'postgresql']);
  for (const entry of orders) assert.ok(!Number.isNaN(Date.parse(entry.createdAt)));
});

test('a restarted backend on the same PGlite directory keeps every order and still knows their keys', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'orders');
  const first = await startDemo(t, { store: undefined, dataDir });
  const alice = first.visitor();
  const order = validOrder();
  const { orderId } = await (await alice.post(order)).json();
  await first.close();

  const second = await startDemo(t, { store: undefined, dataDir });
  const back = second.visitor();
  back.cookie = alice.cookie;
  assert.equal((await back.get(`/api/orders/${orderId}`)).status, 200);
  assert.deepEqual((await (await back.get('/api/orders')).json()).orders.map((entry) => entry.orderId), [orderId]);
  const again = await back.post(order);
  assert.equal(again.status, 200);
  assert.equal((await again.json()).orderId, orderId);
});

test('the cookie secret: from the environment, else generated once into the data directory, readable by its owner only', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-secret-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'nested', 'cookie-secret');
  const generated = await loadCookieSecret(file, undefined);
  assert.ok(generated.length >= 32);
  assert.equal((await readFile(file, 'utf8')).trim(), generated);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.equal(await loadCookieSecret(file, ''), generated, 'reused');
  assert.equal(await loadCookieSecret(file, SECRET), SECRET, 'the environment wins');
  await assert.rejects(loadCookieSecret(file, 'short'), RangeError);
  await assert.rejects(createDemoBackend({ cookieSecret: 'short', store: shared }), RangeError);
});

test('my-ip answers the address the backend sees, or the configured one; billing profiles lists the two', async (t) => {
  const local = await startDemo(t);
  assert.deepEqual(await (await local.visitor().get('/api/my-ip')).json(), { address: '127.0.0.1' });
  const configured = await startDemo(t, { clientIp: '198.51.100.23' });
  assert.deepEqual(await (await configured.visitor().get('/api/my-ip')).json(), { address: '198.51.100.23' });
  const alice = local.visitor();
  const { profiles } = await (await alice.get('/api/billing-profiles')).json();
  assert.equal(profiles.length, 2);
  for (const profile of profiles) {
    assert.ok(profile.id && profile.label && profile.company && profile.city, JSON.stringify(profile));
    assert.equal((await alice.post(validOrder({ billingProfile: { id: profile.id } }))).status, 201, profile.id);
  }
});
