// A tiny static server for the strict-CSP test page: the page, its own script and the built CDN files, every response
// with the policy the issue names. Nothing else is served (404), so any resource the widgets tried to load would show.
import { listenOnLoopback } from './loopback.mjs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** The policy a host with the strictest reasonable CSP sends (issue 6). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

const ROUTES = new Map([
  ['/', { path: file('./csp-page.html'), type: 'text/html; charset=utf-8' }],
  ['/csp-page.js', { path: file('./csp-page.js'), type: 'text/javascript; charset=utf-8' }],
  ['/order-widgets.js', { path: file('../../../dist/cdn/order-widgets.js'), type: 'text/javascript; charset=utf-8' }],
  // The editor, the picker and the badge, which the CDN file loads from beside it.
  ['/order-widgets.elements.js', { path: file('../../../dist/cdn/order-widgets.elements.js'), type: 'text/javascript; charset=utf-8' }],
]);

/**
 * Starts the server on 127.0.0.1 (a port the system picks). `requests` lists every path asked for, with its status.
 * @returns {Promise<{ url: string, requests: { path: string, status: number }[], close: () => Promise<void> }>}
 */
export async function startCspServer({ policy = STRICT_CSP } = {}) {
  /** @type {{ path: string, status: number }[]} */
  const requests = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'content-security-policy': policy, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    const route = ROUTES.get(pathname);
    let status = 404;
    let body = '';
    if (pathname === '/favicon.ico') status = 204;
    else if (route) {
      try {
        body = await readFile(route.path);
        status = 200;
        headers['content-type'] = route.type;
      } catch {
        status = 500;
        body = `Could not read ${route.path}: run \`npm run build\` first.`;
      }
    }
    requests.push({ path: pathname, status });
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return listenOnLoopback(server, requests);
}
