// `npm run bench:server`: a report, not a test. Order intake (`order-widgets/server`, the build) over node:http on
// 127.0.0.1, once with PGlite and once with a throwaway PostgreSQL cluster, each in a process of its own. autocannon
// (in this process) places valid orders, each with a new idempotency key, at a fixed concurrency, into an empty store
// and into one holding 100,000 orders (bulk-inserted in SQL, not through HTTP), side by side. Beside each figure, the
// floor measured in the same run: the same number of bare `INSERT … ON CONFLICT DO NOTHING` statements into the same
// table, through the same driver (the store's own pg Pool / PGlite instance) at the same concurrency. Both stores'
// intake and floor take turns in rounds, so a change in the machine's load falls on all four. Prints orders/s, p50 and
// p99 and whether the issue's targets are met, then the machine and the command; writes the Markdown to
// bench/server-latest.md. Exits 0 whatever the figures; non-zero only when the harness itself breaks (a store fails to
// open, an order is not answered 201).
//
// Options: --requests N (orders per measurement, default 3000), --connections C (default 32), --prefill M (default
// 100000), --rounds R (default 3), --stores pglite,postgres, --quick (600 orders in 2 rounds: a smoke run of the harness).
import { fork, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const log = (text) => process.stderr.write(`${text}\n`);

// ---- The server under test (a child process): the intake, its store and the floor on the store's own driver ----

async function serve(kind, target) {
  if (kind === 'bare') return serveBare();
  const { builtInCatalog } = await import('order-widgets/schema');
  const { createOrderIntake, openPgliteStore, openPostgresStore, toNodeHandler } = await import('order-widgets/server');
  const { createServer } = await import('node:http');
  const ORDER_TEMPLATE = await orderTemplate();

  // The store gets a driver opened here, so the floor runs through the very same pool or instance.
  let db;
  let store;
  let closeDriver;
  if (kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    db = await PGlite.create(target);
    store = await openPgliteStore({ db });
    closeDriver = () => db.close();
  } else {
    const { default: pg } = await import('pg');
    // The store's default pool size, as `openPostgresStore({ connectionString })` would open it.
    db = new pg.Pool({ connectionString: target, max: 10 });
    store = await openPostgresStore({ pool: db });
    closeDriver = () => db.end();
  }
  const intake = createOrderIntake({
    catalog: builtInCatalog,
    store,
    identify: (request) => request.headers.get('x-customer'),
    onError: (error) => process.send({ error: String(error?.stack ?? error) }),
  });
  const server = createServer(toNodeHandler(intake));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));

  const floorInsert = `INSERT INTO order_widgets_orders (id, customer_id, idempotency_key, fingerprint, body)
    VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT ON CONSTRAINT order_widgets_orders_idempotency DO NOTHING`;
  const fingerprint = 'f'.repeat(64);

  async function floor(count, concurrency) {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const key = randomUUID();
        const id = `ord-${key.replaceAll('-', '').slice(0, 12)}`;
        const body = ORDER_TEMPLATE.replace('__KEY__', key);
        const t = performance.now();
        await db.query(floorInsert, [id, `customer-${i % 1000}`, key, fingerprint, body]);
        latencies.push(performance.now() - t);
      }
    }));
    return { seconds: (performance.now() - started) / 1000, latencies, cpu: cpuMs(process.cpuUsage(cpu)) };
  }

  // 100,000 orders of 1,000 customers with their first status, made by the database (generate_series) in batches.
  async function prefill(count) {
    const batch = 10_000;
    const started = performance.now();
    for (let from = 0; from < count; from += batch) {
      const to = Math.min(count, from + batch) - 1;
      await db.query(
        `WITH inserted AS (
           INSERT INTO order_widgets_orders (id, customer_id, idempotency_key, fingerprint, body)
           SELECT 'ord-' || substr(md5('prefill-' || i), 1, 12), 'customer-' || (i % 1000), md5('key-' || i)::uuid::text,
                  md5('fingerprint-' || i) || md5('fingerprint-' || i), jsonb_set($1::jsonb, '{idempotencyKey}', to_jsonb(md5('key-' || i)::uuid::text))
           FROM generate_series($2::int, $3::int) AS i
           ON CONFLICT DO NOTHING
           RETURNING id, created_at
         )
         INSERT INTO order_widgets_status_events (order_id, status, created_at) SELECT id, 'received', created_at FROM inserted`,
        [ORDER_TEMPLATE.replace('__KEY__', '00000000-0000-4000-8000-000000000000'), from, to],
      );
    }
    // What autovacuum does after a bulk load on PostgreSQL (PGlite has no autovacuum).
    await db.query(kind === 'pglite' ? 'ANALYZE' : 'VACUUM ANALYZE');
    return { seconds: (performance.now() - started) / 1000 };
  }

  const count = async () => Number((await db.query('SELECT count(*)::int AS n FROM order_widgets_orders')).rows[0].n);

  process.on('message', async (message) => {
    try {
      if (message.cmd === 'floor') process.send({ reply: await floor(message.count, message.concurrency) });
      else if (message.cmd === 'prefill') process.send({ reply: await prefill(message.count) });
      else if (message.cmd === 'count') process.send({ reply: await count() });
      else if (message.cmd === 'cpu') process.send({ reply: process.cpuUsage() });
      else if (message.cmd === 'stop') {
        server.closeAllConnections();
        await new Promise((done) => server.close(done));
        await store.close();
        await closeDriver();
        process.send({ reply: 'stopped' });
        process.disconnect();
      }
    } catch (error) {
      process.send({ failed: String(error?.stack ?? error) });
    }
  });
  process.send({ port: server.address().port });
}

// The ceiling HTTP and the load generator leave on this machine: node:http reading the body, parsing it and answering a
// fixed 201, with no intake and no database.
async function serveBare() {
  const { createServer } = await import('node:http');
  const answer = JSON.stringify({ orderId: 'ord-000000000000', status: 'received', updatedAt: new Date().toISOString() });
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
    res.end(answer);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  process.on('message', (message) => {
    if (message.cmd === 'cpu') process.send({ reply: process.cpuUsage() });
    else if (message.cmd === 'stop') {
      server.closeAllConnections();
      server.close(() => {
        process.send({ reply: 'stopped' });
        process.disconnect();
      });
    }
  });
  process.send({ port: server.address().port });
}

// ---- The harness ----

async function main() {
  const quick = argv.includes('--quick');
  const REQUESTS = Number(option('requests', quick ? 600 : 3000));
  const CONNECTIONS = Number(option('connections', 32));
  const PREFILL = Number(option('prefill', 100_000));
  const ROUNDS = Number(option('rounds', quick ? 2 : 3));
  const WARMUP = quick ? 100 : 300;
  const STORES = option('stores', 'pglite,postgres').split(',').map((name) => name.trim()).filter(Boolean);
  for (const [name, value] of Object.entries({ REQUESTS, CONNECTIONS, PREFILL, ROUNDS })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name.toLowerCase()} must be a whole number above 0.`);
  }
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  ensureBuild();
  const { default: autocannon } = await import('autocannon');
  const ORDER_TEMPLATE = await orderTemplate();

  // One measurement of the intake: `count` orders over HTTP at `connections`, each with a new key; latencies as
  // autocannon's clients time them (from the request written to the response read), in ms, unrounded.
  async function intakeRun(port, count) {
    const latencies = [];
    const statuses = new Map();
    let customer = 0;
    const clientStart = process.cpuUsage();
    const instance = autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      amount: count,
      requests: [{
        method: 'POST',
        path: '/api/orders',
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', 'x-customer': `customer-${customer++ % 1000}` },
          body: ORDER_TEMPLATE.replace('__KEY__', randomUUID()),
        }),
      }],
    });
    instance.on('response', (_client, status, _bytes, time) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(time);
    });
    const result = await instance;
    const clientCpu = cpuMs(process.cpuUsage(clientStart));
    const created = statuses.get(201) ?? 0;
    if (created !== count || result.errors || result.timeouts) {
      throw new Error(`The intake answered ${[...statuses].map(([status, n]) => `${n}× ${status}`).join(', ') || 'nothing'} (${result.errors} errors, ${result.timeouts} timeouts) to ${count} valid orders.`);
    }
    return { seconds: (result.finish - result.start) / 1000, latencies, clientCpu };
  }

  /** The server process for `kind`; `ask` sends it a command and resolves to its reply. */
  async function startServer(kind, target, name) {
    const child = fork(import.meta.filename, ['--serve', kind, target], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const errors = [];
    let pending;
    child.on('message', (message) => {
      if (message.error) errors.push(message.error);
      else if (pending) {
        const settle = pending;
        pending = undefined;
        if (message.failed) settle.reject(new Error(`${name} server: ${message.failed}`));
        else settle.resolve(message.reply ?? message);
      }
    });
    child.on('exit', (code) => pending?.reject(new Error(`The ${name} server process ended (${code}).`)));
    const ask = (message) => new Promise((resolveReply, reject) => {
      pending = { resolve: resolveReply, reject };
      if (message) child.send(message);
    });
    const { port } = await ask();
    // The server process's CPU time (user + system) for `count` orders over HTTP.
    const intakeWithCpu = async (count) => {
      const before = await ask({ cmd: 'cpu' });
      const measured = await intakeRun(port, count);
      const after = await ask({ cmd: 'cpu' });
      return { ...measured, cpu: cpuMs(after) - cpuMs(before) };
    };
    return { child, errors, ask, intake: intakeWithCpu };
  }

  const rows = [];
  const notes = [];
  const clientCpus = [];

  // The ceiling of HTTP and the load generator alone: node:http with no intake and no database, measured in every round
  // beside the stores (a diagnostic, not a target: no intake can be faster than it on this machine).
  const bare = await startServer('bare', '-', 'bare HTTP');
  process.on('exit', () => bare.child.exitCode === null && bare.child.kill());
  await bare.intake(WARMUP);
  const ceilingParts = { seconds: 0, latencies: [], cpu: 0, clientCpu: 0 };
  const ceilingByStore = new Map();
  const addTo = (sum, part) => {
    sum.seconds += part.seconds;
    sum.latencies.push(...part.latencies);
    sum.cpu += part.cpu ?? 0;
    sum.clientCpu = (sum.clientCpu ?? 0) + (part.clientCpu ?? 0);
  };

  let cluster;
  for (const kind of STORES) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`Unknown store ${kind}: pglite or postgres.`);
    const name = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
    // Two stores side by side, one empty and one holding the prefilled orders, each behind its own server process: their
    // rounds interleave, so a change in the machine's load falls on both alike.
    const targets = [];
    let dataDir;
    if (kind === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'order-widgets-bench-pglite-'));
      targets.push(join(dataDir, 'empty'), join(dataDir, 'full'));
    } else {
      const { startPostgres } = await import('../test/support/postgres.mjs');
      cluster = await startPostgres();
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: cluster.connectionString });
      await admin.connect();
      await admin.query('CREATE DATABASE bench_empty');
      await admin.query('CREATE DATABASE bench_full');
      await admin.end();
      targets.push(cluster.connectionString.replace(/\/postgres$/, '/bench_empty'), cluster.connectionString.replace(/\/postgres$/, '/bench_full'));
    }
    log(`${name}: opening two stores (empty, full), each in a server process of its own`);
    const servers = [];
    try {
      for (const target of targets) servers.push(await startServer(kind, target, name));
      const [emptyServer, fullServer] = servers;
      log(`${name}: prefilling ${PREFILL.toLocaleString('en')} orders in SQL`);
      const fill = await fullServer.ask({ cmd: 'prefill', count: PREFILL });
      log(`${name}: warm-up (${WARMUP} orders, ${WARMUP} INSERTs on each store)`);
      for (const server of servers) {
        await server.intake(WARMUP);
        await server.ask({ cmd: 'floor', count: WARMUP, concurrency: CONNECTIONS });
      }
      const states = [
        { server: emptyServer, state: 'empty store', storedAtStart: await emptyServer.ask({ cmd: 'count' }), intake: { seconds: 0, latencies: [], cpu: 0, clientCpu: 0 }, floor: { seconds: 0, latencies: [], cpu: 0 } },
        { server: fullServer, state: `${PREFILL.toLocaleString('en')} stored orders`, storedAtStart: await fullServer.ask({ cmd: 'count' }), intake: { seconds: 0, latencies: [], cpu: 0, clientCpu: 0 }, floor: { seconds: 0, latencies: [], cpu: 0 } },
      ];
      const perRound = Math.ceil(REQUESTS / ROUNDS);
      for (let round = 0; round < ROUNDS; round += 1) {
        const count = Math.min(perRound, REQUESTS - round * perRound);
        // Empty first in even rounds, full first in odd ones.
        for (const each of round % 2 ? [...states].reverse() : states) {
          log(`${name}, ${each.state}: round ${round + 1}/${ROUNDS}: ${count} orders over HTTP, then ${count} bare INSERTs`);
          for (const [sum, part] of [[each.intake, await each.server.intake(count)], [each.floor, await each.server.ask({ cmd: 'floor', count, concurrency: CONNECTIONS })]]) {
            addTo(sum, part);
          }
        }
        log(`${name}: round ${round + 1}/${ROUNDS}: ${count} orders to bare node:http`);
        const part = await bare.intake(count);
        addTo(ceilingParts, part);
        if (!ceilingByStore.has(name)) ceilingByStore.set(name, { seconds: 0, latencies: [], cpu: 0, clientCpu: 0 });
        addTo(ceilingByStore.get(name), part);
      }
      const [empty, full] = states.map(({ state, storedAtStart, intake, floor }) => {
        const measured = { state, storedAtStart, intake: summary(intake), floor: summary(floor) };
        clientCpus.push(measured.intake.clientCpu);
        log(`  ${state}: intake ${rate(measured.intake.rate)}/s (p50 ${ms(measured.intake.p50)}, p99 ${ms(measured.intake.p99)}, server CPU ${measured.intake.cpu.toFixed(2)} ms an order); floor ${rate(measured.floor.rate)}/s (p50 ${ms(measured.floor.p50)}, p99 ${ms(measured.floor.p99)}, server CPU ${measured.floor.cpu.toFixed(2)} ms a statement)`);
        return measured;
      });
      const storedAtEnd = [await emptyServer.ask({ cmd: 'count' }), await fullServer.ask({ cmd: 'count' })];
      for (const server of servers) {
        await server.ask({ cmd: 'stop' });
        if (server.errors.length) throw new Error(`${name} server errors:\n${server.errors.join('\n')}`);
      }
      rows.push(...caseRows(name, empty, full, summary(ceilingByStore.get(name))));
      const cpuNote = (measured) => `${measured.state}: intake ${measured.intake.cpu.toFixed(2)} ms an order, floor ${measured.floor.cpu.toFixed(2)} ms a statement`;
      notes.push(
        `- **${name}** (${kind === 'pglite'
          ? `@electric-sql/pglite ${packageVersion('@electric-sql/pglite')}, two new data directories under ${tmpdir()}; each server's one instance serves both its intake and its floor`
          : `PostgreSQL ${postgresVersion()} in a throwaway cluster on 127.0.0.1 (test/support/postgres.mjs: fsync off), two databases; pg ${packageVersion('pg')}, each server's one Pool of 10 connections serves both its intake and its floor`}). ` +
        `Orders in the table when the measurements began: ${empty.storedAtStart.toLocaleString('en')} (empty store, after the warm-up) and ${full.storedAtStart.toLocaleString('en')}; ${storedAtEnd.map((n) => n.toLocaleString('en')).join(' and ')} at the end. ` +
        `The prefill (${PREFILL.toLocaleString('en')} orders of 1,000 customers with their first status, INSERT … SELECT FROM generate_series in batches of 10,000, then ${kind === 'pglite' ? 'ANALYZE' : 'VACUUM ANALYZE'}) took ${(fill.seconds).toFixed(1)} s. ` +
        `CPU time of the server process (user + system${kind === 'postgres' ? '; PostgreSQL\'s own backends not counted' : ', the database included: PGlite runs in it'}), ${cpuNote(empty)}; ${cpuNote(full)}.`,
      );
    } finally {
      for (const server of servers) if (server.child.exitCode === null) server.child.kill();
      cluster?.stop();
      cluster = undefined;
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }

  await bare.ask({ cmd: 'stop' });
  if (bare.child.exitCode === null) bare.child.kill();
  const ceiling = summary(ceilingParts);
  log(`bare node:http: ${rate(ceiling.rate)}/s (p50 ${ms(ceiling.p50)}, p99 ${ms(ceiling.p99)}), server CPU ${ceiling.cpu.toFixed(2)} ms a request`);

  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${process.platform} ${release()}; Node ${process.version}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}`;
  const command = `npm run bench:server${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const md = [
    '| Case | Orders/s | p50 | p99 | Floor (same run): bare INSERT … ON CONFLICT | HTTP alone (same rounds): no intake, no database | Target | Met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${[row.case, row.rate, row.p50, row.p99, row.floor, row.http, row.target, row.met ? 'met' : 'missed'].join(' | ')} |`),
    '',
    `Each measurement: ${REQUESTS.toLocaleString('en')} valid orders (PostgreSQL service, ~${ORDER_TEMPLATE.length} bytes of JSON, a new idempotency key each, 1,000 customers in turn) POSTed by autocannon ${packageVersion('autocannon')} over ${CONNECTIONS} keep-alive connections, every answer a 201; the floor: ${REQUESTS.toLocaleString('en')} bare INSERT … ON CONFLICT DO NOTHING statements of the same columns into the same table, ${CONNECTIONS} at a time, through the store's own driver in the server process (no HTTP, no validation, no status row, no read-back). The empty and the full store run side by side (each its own server process and database) and take turns with their intake and floor in ${ROUNDS} rounds; orders/s = orders ÷ the rounds' summed time; p50 and p99 of every request (nearest rank), from the request sent to the answer read. ${WARMUP} orders and ${WARMUP} INSERTs warm each store up first. The server runs in a process of its own; autocannon shares the machine's ${cpu.length} cores with it (and with PostgreSQL's backends).`,
    '',
    `- **HTTP alone** (the ceiling this machine leaves, not a target; measured in every round beside the stores): node:http reading and parsing the same orders and answering a fixed 201, no intake and no database, the same autocannon load: ${rate(ceiling.rate)}/s (p50 ${ms(ceiling.p50)}, p99 ${ms(ceiling.p99)}); its process used ${ceiling.cpu.toFixed(2)} ms of CPU a request. autocannon itself used ${ceiling.clientCpu.toFixed(2)} ms of CPU a request there and ${Math.min(...clientCpus).toFixed(2)}–${Math.max(...clientCpus).toFixed(2)} ms beside the intake, on the same ${cpu.length} cores.`,
    ...notes,
    '',
    `Machine: ${machine}.`,
    `Command: \`${command}\`.`,
  ].join('\n');
  log('');
  console.log(md);
  writeFileSync(join(root, 'bench', 'server-latest.md'), `# Latest server benchmark figures\n\nWritten by \`npm run bench:server\` (scripts/bench-server.mjs).\n\n${md}\n`);
  log(`\nWrote bench/server-latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** A valid order's JSON (the tests' PostgreSQL order) with `__KEY__` where each request puts its idempotency key. */
async function orderTemplate() {
  const { builtInCatalog } = await import('order-widgets/schema');
  const { validOrderFor } = await import('../test/support/orders.mjs');
  const service = builtInCatalog.services.find((each) => each.id === 'postgresql');
  return JSON.stringify(validOrderFor(service, { idempotencyKey: '__KEY__' }));
}

// ---- Figures ----

/** Throughput, nearest-rank p50 and p99, and CPU ms per item. */
function summary({ seconds, latencies, cpu = 0, clientCpu = 0 }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return { count: sorted.length, rate: sorted.length / seconds, p50: rank(0.5), p99: rank(0.99), cpu: cpu / sorted.length, clientCpu: clientCpu / sorted.length };
}

const cpuMs = ({ user, system }) => (user + system) / 1000;

const ms = (value) => `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)} ms`;
const rate = (value) => Math.round(value).toLocaleString('en');
const times = (value) => `${value.toFixed(2)}×`;

function caseRows(name, empty, full, http) {
  const row = (measured, extra = {}) => {
    const ratio = measured.intake.rate / measured.floor.rate;
    const httpShare = measured.intake.rate / http.rate;
    const metFloor = ratio >= 0.5;
    return {
      case: `${name}, intake over HTTP, ${measured.state}`,
      rate: rate(measured.intake.rate),
      p50: ms(measured.intake.p50),
      p99: ms(measured.intake.p99),
      floor: `${rate(measured.floor.rate)}/s (p50 ${ms(measured.floor.p50)}, p99 ${ms(measured.floor.p99)}): intake ${times(ratio)} of it`,
      http: `${rate(http.rate)}/s (p50 ${ms(http.p50)}) = ${times(http.rate / measured.floor.rate)} the floor: intake ${times(httpShare)} of it`,
      target: ['≥ 0.5× the floor\'s throughput', ...(extra.target ? [extra.target] : [])].join('; '),
      met: metFloor && (extra.met ?? true),
    };
  };
  // The full store against the empty one: throughput and median latency, each within 1.5×.
  const slower = empty.intake.rate / full.intake.rate;
  const later = full.intake.p50 / empty.intake.p50;
  return [
    row(empty),
    row(full, {
      target: `within 1.5× of the empty store (here ${times(slower)} the time per order, ${times(later)} the p50)`,
      met: slower <= 1.5 && later <= 1.5,
    }),
  ];
}

// ---- The machine ----

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function postgresVersion() {
  const base = '/usr/lib/postgresql';
  const newest = existsSync(base) ? readdirSync(base).filter((each) => /^\d+$/.test(each)).sort((a, b) => b - a)[0] : undefined;
  return newest ?? '?';
}

/** The bench runs the built `order-widgets/server`: builds when dist/ is missing or older than src/. */
function ensureBuild() {
  const newest = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return 0;
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  if (newest(join(root, 'dist', 'server', 'index.js')) >= newest(join(root, 'src'))) return;
  log('dist/ is missing or older than src/: npm run build');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed.');
}

// Last, so that the module's constants above are initialised before either role runs.
if (argv[0] === '--serve') await serve(argv[1], argv[2]);
else await main();
