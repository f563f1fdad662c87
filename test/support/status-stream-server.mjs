// A tiny status stream for the badge's Chromium tests, served by web-test-runner's own server (a middleware), in the
// wire format the order server speaks: `id: n`, `event: status`, `data: {…}`; on connect the current status first, or
// with a last event id (the `Last-Event-ID` header or `?lastEventId=`) only what came after; `: keep-alive` comments.
// Each test takes a channel of its own, `/test-status-stream/<channel>/…`, and drives it:
//   GET  events       the stream (503 while the channel is down)
//   GET  status       the latest event's data as JSON, for a `fetchStatus` (503 while down)
//   POST push         `{ "data": "<text>" }`: the next event, to every open stream (the text as it is, for hostile rows)
//   POST down         ends every open stream and answers 503 until `up`: a server restarting
//   POST up
//   GET  connections  the last event id each stream connection asked for ('' for none), in order
//   GET  open         how many streams are open now
import { PassThrough } from 'node:stream';

export const STREAM_PREFIX = '/test-status-stream/';

const channels = new Map();

function channel(name) {
  let found = channels.get(name);
  if (!found) {
    found = { events: [], up: true, streams: new Set(), connections: [] };
    channels.set(name, found);
  }
  return found;
}

const frame = ({ id, data }) => `id: ${id}\nevent: status\ndata: ${data}\n\n`;

async function readBody(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body ? JSON.parse(body) : {};
}

function openStream(ctx, state) {
  const asked = ctx.get('last-event-id') || ctx.query.lastEventId || '';
  state.connections.push(String(asked));
  const stream = new PassThrough();
  ctx.req.socket.setTimeout(0);
  ctx.status = 200;
  ctx.set('content-type', 'text/event-stream');
  ctx.set('cache-control', 'no-store');
  ctx.body = stream;
  stream.write(': keep-alive\n\n');
  const after = Number(asked);
  const backlog = asked ? state.events.filter((event) => event.id > after) : state.events.slice(-1);
  for (const event of backlog) stream.write(frame(event));
  state.streams.add(stream);
  const forget = () => state.streams.delete(stream);
  stream.on('close', forget);
  ctx.res.on('close', () => {
    forget();
    stream.end();
  });
}

/** The web-test-runner middleware (koa). */
export async function statusStreamMiddleware(ctx, next) {
  if (!ctx.path.startsWith(STREAM_PREFIX)) return next();
  const [name, action] = ctx.path.slice(STREAM_PREFIX.length).split('/');
  const state = channel(name);
  if (ctx.method === 'GET' && (action === 'events' || action === 'status') && !state.up) {
    ctx.status = 503;
    ctx.body = 'restarting';
  } else if (ctx.method === 'GET' && action === 'events') {
    openStream(ctx, state);
  } else if (ctx.method === 'GET' && action === 'status') {
    ctx.type = 'application/json';
    ctx.body = state.events.at(-1)?.data ?? '{}';
  } else if (ctx.method === 'GET' && action === 'connections') {
    ctx.body = state.connections;
  } else if (ctx.method === 'GET' && action === 'open') {
    ctx.body = { open: state.streams.size };
  } else if (ctx.method === 'POST' && action === 'push') {
    const event = { id: state.events.length + 1, data: String((await readBody(ctx.req)).data) };
    state.events.push(event);
    for (const stream of state.streams) stream.write(frame(event));
    ctx.body = { id: event.id };
  } else if (ctx.method === 'POST' && (action === 'down' || action === 'up')) {
    state.up = action === 'up';
    if (!state.up) for (const stream of state.streams) stream.end();
    ctx.body = { up: state.up };
  } else {
    ctx.status = 404;
  }
}

/**
 * `executeServerCommand('set-network', { offline })`: takes the page offline for real for the test stream's URLs (the
 * browser's `navigator.onLine` turns false and `offline` fires; requests for a channel's `events` and `status` fail),
 * while the test runner's own connection and the test's requests that drive the channel go through. One DevTools session per page, so that going online lifts what going offline set.
 */
export function networkPlugin() {
  const sessions = new Map();
  return {
    name: 'network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-network') return undefined;
      const page = session.browser.getPage?.(session.id);
      let cdp = page && sessions.get(page);
      // Back online when this page was never taken offline: nothing to lift (and no DevTools session, which only
      // Chromium has: in the other engines the offline tests are on the list of test/support/engine.ts).
      if (!cdp && !payload.offline) return true;
      if (!cdp) {
        cdp = await page.createCDPSession();
        await cdp.send('Network.enable');
        sessions.set(page, cdp);
      }
      const offline = !!payload.offline;
      const open = { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
      await cdp.send('Network.emulateNetworkConditionsByRule', {
        offline,
        // The stream and the status, not the test's own requests that drive the channel.
        matchedNetworkConditions: offline
          ? ['events', 'status'].map((action) => ({ urlPattern: `http://127.0.0.1:*${STREAM_PREFIX}*/${action}?*`, ...open }))
          : [],
      });
      await cdp.send('Network.overrideNetworkState', { offline, ...open });
      return true;
    },
  };
}
