// The demo as `DATABASE_URL=postgres://… npm start` runs it, in two server processes (scripts/start.mjs, children of
// this test) sharing one throwaway PostgreSQL: idempotency across processes, no acknowledged order lost to kill -9,
// and the hardened server's answers to hostile clients (each a 4xx, never a 5xx). Binds 127.0.0.1; kills only what it
// started. Needs the build and Debian's postgresql package.
import { validOrderFor } from '../support/orders.mjs';
import { startPostgres } from '../support/postgres.mjs';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { builtInCatalog } from 'order-widgets/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'one-secret-for-every-demo-process-sharing-the-db';
// Above what the 50 concurrent POSTs and their idle keep-alive connections take.
const MAX_CONNECTIONS = 60;
const postgres = builtInCatalog.services.find((service) => service.id === 'postgresql');
const validOrder = (changes = {}) => validOrderFor(postgres, { idempotencyKey: randomUUID(), billingProfile: { id: 'bp-1001' }, ...changes });

/** `scripts/start.mjs` as a child on a free port; resolves once it serves, with its URL and a way to end it. */
async function startServerProcess(databaseUrl, dataDir) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: '0', DATABASE_URL: databaseUrl, DEMO_DATA_DIR: dataDir, DEMO_COOKIE_SECRET: SECRET, DEMO_SPEED: '1',
      DEMO_MAX_CONNECTIONS: String(MAX_CONNECTIONS), DEMO_HEADERS_TIMEOUT_MS: '1000', DEMO_REQUEST_TIMEOUT_MS: '2000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killOnExit = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', () => {
      const match = /Demo portal: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before serving:\n${output}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    output: () => output,
    async kill(signal = 'SIGTERM') {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Sends `head` (and then `more`, one piece at a time) on a raw connection; resolves with all it read until it closed. */
function rawExchange(port, head, { more = [], every = 200 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let timer;
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', (error) => (received ? undefined : reject(error)));
    socket.on('close', () => {
      clearInterval(timer);
      resolve(received);
    });
    socket.on('connect', () => {
      socket.write(head);
      const pieces = [...more];
      timer = setInterval(() => {
        if (pieces.length && !socket.destroyed) socket.write(pieces.shift());
      }, every);
    });
  });
}

const statusLine = (text) => text.split('\r\n')[0];

describe('the demo in two processes on one PostgreSQL', () => {
  let cluster;
  let dir;
  let db;
  const servers = [];
  let cookie;

  before(async () => {
    cluster = await startPostgres();
    dir = await mkdtemp(join(tmpdir(), 'demo-processes-'));
    servers.push(...(await Promise.all([startServerProcess(cluster.connectionString, dir), startServerProcess(cluster.connectionString, dir)])));
    db = new pg.Pool({ connectionString: cluster.connectionString, max: 2 });
    const first = await fetch(`${servers[0].url}/api/orders`);
    cookie = first.headers.get('set-cookie').split(';')[0];
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await db?.end();
    cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const post = (server, body) =>
    fetch(`${server.url}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });

  test('one visitor across both processes: the signed cookie of one is valid at the other', async () => {
    const { orderId } = await (await post(servers[0], validOrder())).json();
    const atOther = await fetch(`${servers[1].url}/api/orders/${orderId}`, { headers: { Cookie: cookie } });
    assert.equal(atOther.status, 200);
    assert.equal((await fetch(`${servers[1].url}/api/orders/${orderId}`)).status, 404, 'another visitor');
  });

  test('50 concurrent POSTs with one key, spread over the two processes, place one order', async () => {
    const order = validOrder();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, index) => post(servers[index % 2], order)));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    assert.deepEqual(responses.map((response) => response.status).sort(), [...Array(49).fill(200), 201].sort());
    assert.equal(new Set(bodies.map((body) => body.orderId)).size, 1);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM order_widgets_orders WHERE idempotency_key = $1', [order.idempotencyKey]);
    assert.equal(rows[0].n, 1);
  });

  const HOSTILE = [
    ['100-continue with an oversized Content-Length: 413 before the body is asked for', 413, (port) =>
      rawExchange(port, 'POST /api/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nExpect: 100-continue\r\n\r\n')
        .then((text) => {
          assert.ok(!text.includes('100 Continue'), text);
          return text;
        })],
    ['an expectation other than 100-continue: 417', 417, (port) =>
      rawExchange(port, 'POST /api/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nExpect: something-else\r\n\r\n')],
    ['slowloris headers, one line every 200 ms: 408 and closed', 408, (port) =>
      rawExchange(port, 'GET /api/orders HTTP/1.1\r\nHost: x\r\n', { more: Array.from({ length: 100 }, (_, i) => `X-Slow-${i}: a\r\n`) })],
    ['a body sent too slowly: 408 and closed', 408, (port) =>
      rawExchange(port, 'POST /api/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n', { more: Array(100).fill('{') })],
    ['a declared 5 MiB body: 413, read by the client', 413, async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: 'x'.repeat(5 * 1024 * 1024) });
      return `HTTP/1.1 ${response.status} ${await response.text()}`;
    }],
    ['a streamed 5 MiB body without length: 413, read by the client', 413, async (port) => {
      let sent = 0;
      const body = new ReadableStream({ pull: (c) => (sent++ < 80 ? c.enqueue(new Uint8Array(64 * 1024).fill(0x20)) : c.close()) });
      const response = await fetch(`http://127.0.0.1:${port}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body, duplex: 'half' });
      return `HTTP/1.1 ${response.status} ${await response.text()}`;
    }],
  ];
  for (const [label, status, exchange] of HOSTILE) {
    test(`hostile: ${label}`, async () => {
      const text = await exchange(servers[1].port);
      assert.equal(Number(statusLine(text).split(' ')[1]), status, text.slice(0, 300));
      assert.equal((await post(servers[1], validOrder())).status, 201, 'the server goes on');
    });
  }

  test(`hostile: more than ${MAX_CONNECTIONS} connections: a request on one more is 429, and the server goes on`, async () => {
    const port = servers[1].port;
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', () => {});
    })));
    try {
      const text = await rawExchange(port, 'GET /api/orders HTTP/1.1\r\nHost: x\r\n\r\n');
      assert.equal(statusLine(text), 'HTTP/1.1 429 Too Many Requests', text);
      assert.match(text, /\r\nretry-after: 1\r\n/i);
    } finally {
      for (const socket of held) socket.destroy();
    }
    // The held connections are closed; the server serves again once it has seen them go.
    for (let tries = 0; ; tries++) {
      const response = await post(servers[1], validOrder());
      if (response.status === 201) break;
      assert.equal(response.status, 429);
      assert.ok(tries < 100, 'the server serves again');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  test('kill -9 of a process during concurrent intake loses no acknowledged order; nothing is left behind', async () => {
    const victim = servers[1];
    const acknowledged = [];
    let killed = false;
    const client = async () => {
      while (!killed) {
        try {
          const response = await post(victim, validOrder());
          if (response.ok) acknowledged.push((await response.json()).orderId);
        } catch {
          // the process died under this request: it was never acknowledged
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    await victim.kill('SIGKILL');
    killed = true;
    await Promise.all(clients);
    servers.splice(1, 1);
    const { rows } = await db.query('SELECT id FROM order_widgets_orders WHERE id = ANY($1)', [acknowledged]);
    assert.equal(rows.length, new Set(acknowledged).size, 'every acknowledged order is in the database');
    assert.ok(acknowledged.length >= 40);
    // The survivor still serves, and the victim's orders are there for the visitor.
    const listed = await (await fetch(`${servers[0].url}/api/orders`, { headers: { Cookie: cookie } })).json();
    const ids = new Set(listed.orders.map((order) => order.orderId));
    assert.ok(acknowledged.slice(-20).every((id) => ids.has(id)));
    // With PostgreSQL the demo's data directory holds only the cookie secret it was not given: no temporary files.
    assert.deepEqual(await readdir(dir), []);
  });
});
