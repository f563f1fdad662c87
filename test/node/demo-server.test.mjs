// The demo portal's backend (demo/server), over real HTTP on 127.0.0.1 with a temporary order file: what the portal
// page and `<order-wizard>`'s host code see. Needs the build (the backend imports `order-widgets/schema`).
import { validOrderFor } from '../support/orders.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCatalog, documentsFor } from 'order-widgets/schema';
import { createDemoBackend, FAILED_MESSAGE, OrderFileError } from '../../demo/server/demo-backend.mjs';

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

/**
 * Starts the backend in a node:http server on a free port of 127.0.0.1, with its order file in a new temporary
 * directory (or `dataFile`), and closes both after the test.
 */
async function startDemo(t, { dataFile, ...options } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = dataFile ?? join(dir, 'orders.json');
  const logs = [];
  const backend = await createDemoBackend({ dataFile: file, log: (line) => logs.push(line), ...options });
  const server = createServer(async (req, res) => {
    if (!(await backend.handle(req, res))) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not the backend');
  });
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
  return {
    base,
    dir,
    dataFile: file,
    logs,
    close,
    get: (path, init) => fetch(base + path, init),
    post: (body, headers = { 'Content-Type': 'application/json; charset=utf-8' }) =>
      fetch(`${base}/api/orders`, { method: 'POST', headers, body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) }),
  };
}

const storedOrders = async (file) => JSON.parse(await readFile(file, 'utf8')).orders;

/** Asserts an error answer: the status and a body that is `{ message }` with text. */
async function assertError(response, status) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.deepEqual(Object.keys(body), ['message']);
  assert.ok(body.message.length > 10, body.message);
  return body;
}

test('a valid order is placed: 201 with its id, status received, stored in the file', async (t) => {
  const demo = await startDemo(t);
  const order = validOrder();
  const response = await demo.post(order);
  assert.equal(response.status, 201);
  const body = await response.json();
  assert.match(body.orderId, /^ord-[0-9a-f]{12}$/);
  assert.equal(body.status, 'received');
  assert.equal(response.headers.get('location'), `/api/orders/${body.orderId}`);
  const stored = await storedOrders(demo.dataFile);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].id, body.orderId);
  assert.equal(stored[0].order.serviceId, 'postgresql');
  assert.deepEqual(await readdir(demo.dir), ['orders.json'], 'no temporary file is left behind');
});

test('an order with options is stored with them and listed with them and its monthly price, tax included', async (t) => {
  const demo = await startDemo(t);
  const options = { 'instance-name': 'orders-db', 'high-availability': true, 'backup-retention': 14, 'maintenance-window': 'sat-02' };
  const order = validOrder({ regionId: 'de-west-1', sizeId: 'gp-m', options });
  const response = await demo.post(order);
  assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
  const { orderId } = await response.json();
  const [stored] = await storedOrders(demo.dataFile);
  assert.deepEqual(stored.order.options, options);
  const { orders } = await (await demo.get('/api/orders')).json();
  assert.deepEqual(orders[0].options, options);
  assert.equal(orders[0].orderId, orderId);
  // M 144.90, its standby 144.90, 50 GB 6.00: 295.80 net, 56.20 VAT (19 %), 352.00 gross.
  assert.deepEqual([orders[0].currency, orders[0].monthlyNet, orders[0].monthlyGross], ['EUR', '295.80', '352.00']);
});

test('an order with a bad option value is refused with the option\'s path and words', async (t) => {
  const demo = await startDemo(t);
  const response = await demo.post(validOrder({ regionId: 'de-north-1', options: { 'high-availability': true, 'backup-retention': 10 } }));
  assert.equal(response.status, 422);
  const { fieldErrors } = await response.json();
  assert.deepEqual(fieldErrors.map(({ path, code }) => [path, code]), [
    ['options["backup-retention"]', 'option-off-step'], ['options["high-availability"]', 'option-not-in-region'],
  ]);
  assert.equal(fieldErrors[0].message, 'Backup retention comes in steps of 7 days: choose 7 days or 14 days.');
  assert.deepEqual(await storedOrders(demo.dataFile).catch(() => []), []);
});

test('the same key with the same order answers the same order and stores no second one', async (t) => {
  const demo = await startDemo(t);
  const order = validOrder();
  const first = await (await demo.post(order)).json();
  // Sent again after a reload: the documents ticked again later, the key in upper case. Still the same order.
  const again = {
    ...order,
    idempotencyKey: order.idempotencyKey.toUpperCase(),
    acceptedDocuments: order.acceptedDocuments.map((doc) => ({ ...doc, acceptedAt: new Date(Date.now() + 1000).toISOString() })),
  };
  for (const body of [order, again]) {
    const response = await demo.post(body);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { orderId: first.orderId, status: 'received' });
  }
  assert.equal((await storedOrders(demo.dataFile)).length, 1);
});

test('20 identical orders sent at the same time store exactly one', async (t) => {
  const demo = await startDemo(t);
  const order = validOrder();
  const responses = await Promise.all(Array.from({ length: 20 }, () => demo.post(order)));
  const bodies = await Promise.all(responses.map((response) => response.json()));
  assert.deepEqual(responses.map((response) => response.status).sort((a, b) => a - b), [...Array(19).fill(200), 201]);
  assert.equal(new Set(bodies.map((body) => body.orderId)).size, 1);
  const stored = await storedOrders(demo.dataFile);
  assert.deepEqual(stored.map((record) => record.id), [bodies[0].orderId]);
  assert.deepEqual(await readdir(demo.dir), ['orders.json']);
});

test('a used key with a different order is refused with 409 and changes nothing', async (t) => {
  const demo = await startDemo(t);
  const order = validOrder();
  const { orderId } = await (await demo.post(order)).json();
  const body = await assertError(await demo.post({ ...order, storageGb: 100 }), 409);
  assert.match(body.message, /idempotency key/i);
  const stored = await storedOrders(demo.dataFile);
  assert.deepEqual(stored.map((record) => [record.id, record.order.storageGb]), [[orderId, 50]]);
});

test('an invalid order is refused with 422 and field errors the wizard can place', async (t) => {
  const demo = await startDemo(t);
  const response = await demo.post(validOrder({
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

  const notAnObject = await demo.post([]);
  assert.equal(notAnObject.status, 422);
  assert.deepEqual((await notAnObject.json()).fieldErrors.map((error) => error.path), ['']);
  await assert.rejects(readFile(demo.dataFile), { code: 'ENOENT' }, 'nothing was stored');
});

test('field errors come in the language the request asks for, through describeIssue, with their codes', async (t) => {
  const demo = await startDemo(t);
  const invalid = validOrder({ storageGb: 55, trustedSources: [{ cidr: '10.0.0.1/8' }] });
  const answer = async (language) => {
    const headers = { 'Content-Type': 'application/json', ...(language ? { 'Accept-Language': language } : {}) };
    const response = await demo.post(invalid, headers);
    assert.equal(response.status, 422);
    const body = await response.json();
    return { message: body.message, errors: Object.fromEntries(body.fieldErrors.map((error) => [error.path, [error.code, error.message]])) };
  };
  const english = {
    storageGb: ['storage-off-step', 'Storage comes in steps of 10 GB: choose 50 GB or 60 GB.'],
    'trustedSources[0]': ['trusted-source-not-canonical', 'Enter "10.0.0.1/8" in its exact form 10.0.0.0/8.'],
  };
  for (const language of [undefined, 'en-GB', 'fr-FR,fr;q=0.9', '']) {
    const { message, errors } = await answer(language);
    assert.match(message, /^The order was not placed: 2 fields need a change\.$/, String(language));
    assert.deepEqual(errors, english, String(language));
  }
  for (const language of ['de', 'de-AT,de;q=0.9,en;q=0.5']) {
    const { message, errors } = await answer(language);
    assert.equal(message, 'Die Bestellung wurde nicht aufgegeben: 2 Felder müssen geändert werden.');
    assert.deepEqual(errors, {
      storageGb: ['storage-off-step', 'Speicher gibt es in Schritten von 10 GB: Wählen Sie 50 GB oder 60 GB.'],
      'trustedSources[0]': ['trusted-source-not-canonical', 'Geben Sie „10.0.0.1/8“ in der genauen Form 10.0.0.0/8 an.'],
    }, language);
  }
});

test('bodies that are not JSON are refused with 400', async (t) => {
  const demo = await startDemo(t);
  for (const body of ['{"serviceId": "postgresql",', '', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) {
    await assertError(await demo.post(body), 400);
  }
});

test('a body that is not declared as JSON is refused with 415', async (t) => {
  const demo = await startDemo(t);
  const order = JSON.stringify(validOrder());
  for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/json; charset=latin1' }, {}]) {
    const response = await demo.post(new TextEncoder().encode(order), headers);
    const body = await assertError(response, 415);
    assert.match(body.message, /application\/json/);
  }
  await assert.rejects(readFile(demo.dataFile), { code: 'ENOENT' });
});

test('a body over 64 KiB is refused with 413, with or without a declared length, and the server goes on', async (t) => {
  const demo = await startDemo(t);
  const huge = JSON.stringify({ ...validOrder(), padding: 'x'.repeat(100 * 1024) });
  await assertError(await demo.post(huge), 413);
  const chunks = [new TextEncoder().encode(huge)];
  const stream = new ReadableStream({ pull: (controller) => (chunks.length ? controller.enqueue(chunks.pop()) : controller.close()) });
  const streamed = await fetch(`${demo.base}/api/orders`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half',
  });
  await assertError(streamed, 413);
  assert.equal((await demo.post(validOrder())).status, 201);
});

test('unknown routes are 404, wrong methods 405 with Allow, other paths are left to the page server', async (t) => {
  const demo = await startDemo(t);
  for (const path of ['/api', '/api/nope', '/api/orders/ord-000000000000', '/api/orders/not-an-id', '/api/orders/x/y']) {
    await assertError(await demo.get(path), 404);
  }
  for (const [method, path, allow] of [
    ['DELETE', '/api/orders', 'GET, HEAD, POST'],
    ['PUT', '/api/orders/ord-000000000000', 'GET, HEAD'],
    ['POST', '/api/my-ip', 'GET, HEAD'],
    ['POST', '/api/billing-profiles', 'GET, HEAD'],
  ]) {
    const response = await demo.get(path, { method });
    assert.equal(response.headers.get('allow'), allow, `${method} ${path}`);
    await assertError(response, 405);
  }
  const head = await demo.get('/api/orders', { method: 'HEAD' });
  assert.equal(head.status, 200);
  for (const path of ['/', '/index.html', '/apiary', '/main.ts?api/orders']) {
    assert.equal(await (await demo.get(path)).text(), 'not the backend', path);
  }
});

test('the status moves from received to provisioning to ready as time passes', async (t) => {
  let clock = Date.now();
  const demo = await startDemo(t, { speed: 100, now: () => clock });
  const created = clock;
  const { orderId } = await (await demo.post(validOrder())).json();
  const status = async () => (await demo.get(`/api/orders/${orderId}`)).json();
  assert.deepEqual(await status(), { orderId, status: 'received', updatedAt: new Date(created).toISOString() });
  clock = created + 29;
  assert.equal((await status()).status, 'received');
  clock = created + 30; // 3 s at speed 100
  assert.deepEqual(await status(), { orderId, status: 'provisioning', updatedAt: new Date(created + 30).toISOString() });
  clock = created + 120; // 12 s at speed 100
  assert.deepEqual(await status(), { orderId, status: 'ready', updatedAt: new Date(created + 120).toISOString() });
  clock = created + 3_600_000;
  assert.equal((await status()).status, 'ready');
});

test('an order with the failure marker ends in failed, with a message', async (t) => {
  let clock = Date.now();
  const demo = await startDemo(t, { speed: 100, now: () => clock });
  const marked = [
    validOrder({ trustedSources: [{ cidr: '123.123.123.123/32', label: 'Office FAIL-DEMO' }] }),
    validOrder({ billingProfile: { new: { ...NEW_PROFILE, company: 'fail-demo GmbH' } } }),
  ];
  const ids = [];
  for (const order of marked) {
    const response = await demo.post(order);
    assert.equal(response.status, 201);
    ids.push((await response.json()).orderId);
  }
  const plain = (await (await demo.post(validOrder({ billingProfile: { new: NEW_PROFILE } }))).json()).orderId;
  clock += 60;
  for (const id of [...ids, plain]) assert.equal((await (await demo.get(`/api/orders/${id}`)).json()).status, 'provisioning');
  clock += 60;
  for (const id of ids) {
    const body = await (await demo.get(`/api/orders/${id}`)).json();
    assert.equal(body.status, 'failed');
    assert.equal(body.message, FAILED_MESSAGE);
  }
  assert.equal((await (await demo.get(`/api/orders/${plain}`)).json()).status, 'ready');
});

test('the order list shows every order, newest first, with its service and status', async (t) => {
  let clock = Date.now();
  const demo = await startDemo(t, { speed: 100, now: () => clock });
  const ids = [];
  for (const [index, changes] of [{}, { serviceId: 'mariadb', version: '11.8' }, {}].entries()) {
    if (index) clock += 60;
    const order = validOrder(changes);
    if (changes.serviceId) {
      const mariadb = builtInCatalog.services.find((service) => service.id === 'mariadb');
      order.acceptedDocuments = documentsFor(builtInCatalog, mariadb).map((doc) => ({ id: doc.id, version: doc.version, acceptedAt: new Date().toISOString() }));
    }
    const response = await demo.post(order);
    assert.equal(response.status, 201);
    ids.push((await response.json()).orderId);
  }
  clock += 5;
  const { orders } = await (await demo.get('/api/orders')).json();
  assert.deepEqual(orders.map((entry) => entry.orderId), ids.toReversed());
  assert.deepEqual(orders.map((entry) => entry.serviceName), ['PostgreSQL', 'MariaDB', 'PostgreSQL']);
  assert.deepEqual(orders.map((entry) => entry.status), ['received', 'provisioning', 'ready']);
  for (const entry of orders) assert.ok(!Number.isNaN(Date.parse(entry.createdAt)));
});

test('a restarted backend keeps every order and still knows their keys', async (t) => {
  const first = await startDemo(t);
  const order = validOrder();
  const { orderId } = await (await first.post(order)).json();
  await first.close();

  const second = await startDemo(t, { dataFile: first.dataFile });
  assert.deepEqual(second.logs, [], 'an existing file is not reported as missing');
  assert.equal((await second.get(`/api/orders/${orderId}`)).status, 200);
  assert.deepEqual((await (await second.get('/api/orders')).json()).orders.map((entry) => entry.orderId), [orderId]);
  const again = await second.post(order);
  assert.equal(again.status, 200);
  assert.equal((await again.json()).orderId, orderId);
  assert.equal((await second.post(validOrder())).status, 201);
  assert.equal((await storedOrders(first.dataFile)).length, 2);
});

test('a missing order file is reported and created with the first order, directory included', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const dataFile = join(dir, 'nested', 'orders.json');
  const demo = await startDemo(t, { dataFile });
  assert.equal(demo.logs.length, 1);
  assert.ok(demo.logs[0].includes(dataFile) && /no orders/.test(demo.logs[0]), demo.logs[0]);
  await assert.rejects(readFile(dataFile), { code: 'ENOENT' }, 'not created before the first order');
  assert.deepEqual((await (await demo.get('/api/orders')).json()).orders, []);
  assert.equal((await demo.post(validOrder())).status, 201);
  assert.equal((await storedOrders(dataFile)).length, 1);
});

test('a corrupt order file is reported by name, refused and left as it is', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const dataFile = join(dir, 'orders.json');
  const rows = [
    ['broken JSON', '{"version": 1, "orders": [', /not valid JSON/],
    ['empty file', '', /not valid JSON/],
    ['an array', '[]', /shape/],
    ['another version', '{"version": 2, "orders": []}', /shape/],
    ['an order without id', '{"version": 1, "orders": [{"idempotencyKey": "k"}]}', /orders\[0\] has no "id"/],
  ];
  for (const [name, content, problem] of rows) {
    await writeFile(dataFile, content);
    await assert.rejects(createDemoBackend({ dataFile, log: () => {} }), (error) => {
      assert.ok(error instanceof OrderFileError, name);
      assert.ok(error.message.includes(dataFile), `${name}: ${error.message}`);
      assert.match(error.message, problem, name);
      return true;
    });
    assert.equal(await readFile(dataFile, 'utf8'), content, `${name}: the file is untouched`);
    assert.deepEqual(await readdir(dir), ['orders.json'], name);
  }
});

test('a failing write answers 500, stores nothing, and the backend goes on', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const demo = await startDemo(t, { dataFile: join(dir, 'data', 'orders.json') });
  await writeFile(join(dir, 'data'), 'a file where the directory should be');
  await assertError(await demo.post(validOrder()), 500);
  assert.ok(demo.logs.some((line) => line.includes('POST /api/orders failed')), demo.logs.join('\n'));
  assert.deepEqual((await (await demo.get('/api/orders')).json()).orders, []);
  await rm(join(dir, 'data'));
  await mkdir(join(dir, 'data'));
  assert.equal((await demo.post(validOrder())).status, 201);
});

test('my-ip answers the address the backend sees, or the configured one', async (t) => {
  const local = await startDemo(t);
  assert.deepEqual(await (await local.get('/api/my-ip')).json(), { address: '127.0.0.1' });
  const configured = await startDemo(t, { clientIp: '198.51.100.23' });
  assert.deepEqual(await (await configured.get('/api/my-ip')).json(), { address: '198.51.100.23' });
});

test('billing profiles lists the customer\'s two profiles, and orders accept each of them', async (t) => {
  const demo = await startDemo(t);
  const { profiles } = await (await demo.get('/api/billing-profiles')).json();
  assert.equal(profiles.length, 2);
  for (const profile of profiles) {
    assert.ok(profile.id && profile.label && profile.company && profile.city, JSON.stringify(profile));
    assert.equal((await demo.post(validOrder({ billingProfile: { id: profile.id } }))).status, 201, profile.id);
  }
});
