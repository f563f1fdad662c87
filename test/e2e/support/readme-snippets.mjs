// The README's fenced code blocks, read from README.md at test time, and a tiny server that shows the HTML ones in
// Chromium as a partner's page would: the snippet verbatim in <body>, the built CDN file (dist/cdn/order-widgets.js)
// as the library, `/api/*` proxied to the real demo backend, with single routes answered by a stub of the test's own.
// It also serves built apps (the Vue and Angular snippets) from their output folders.
import { listenOnLoopback } from './loopback.mjs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

export const README = file('../../../README.md');
export const CDN_FILE = file('../../../dist/cdn/order-widgets.js');

/**
 * Every fenced block of the README, in order: `{ lang, code, line }` (`line` is the 1-based line of the opening fence).
 * @param {string} [text]
 */
export function readmeBlocks(text = readFileSync(README, 'utf8')) {
  const blocks = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j].startsWith(indent + fence) && lines[j].trim() === fence)) body.push(lines[j++]);
    blocks.push({ lang, code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/**
 * The one block of language `lang` that contains every marker (fails, naming the markers, when none or several do):
 * the test then follows the README's wording instead of a copy of it.
 * @param {string} lang
 * @param {...string} markers
 */
export function readmeBlock(lang, ...markers) {
  const found = readmeBlocks().filter((block) => block.lang === lang && markers.every((marker) => block.code.includes(marker)));
  if (found.length !== 1) {
    throw new Error(`README.md has ${found.length} \`\`\`${lang} blocks containing ${markers.map((m) => JSON.stringify(m)).join(' and ')}; expected exactly one.`);
  }
  return found[0];
}

/**
 * The Vue 3 and Angular blocks: the Vite config with the Vue plugin, the single-file component, the Angular component
 * (run by test/e2e/readme-frameworks.test.mjs).
 */
export function frameworkBlocks() {
  return {
    vueConfig: readmeBlock('js', "from '@vitejs/plugin-vue'", 'isCustomElement'),
    vue: readmeBlock('vue', '<order-wizard'),
    angular: readmeBlock('ts', 'CUSTOM_ELEMENTS_SCHEMA', '<order-wizard'),
  };
}

/** The specifier a README snippet imports the self-registering entry with. */
export const DEFINE_IMPORT = "import 'order-widgets/define';";

/**
 * A page around an HTML snippet, the snippet verbatim in <body>. Where the snippet imports `order-widgets/define`
 * (as with a bundler), an import map resolves that name to the CDN file; otherwise the CDN file comes as a script tag
 * first, as the README's "Without a bundler" section does.
 * @param {string} snippet
 * @param {{ title?: string }} [options]
 */
export function pageFor(snippet, { title = 'README snippet' } = {}) {
  const head = snippet.includes(DEFINE_IMPORT)
    ? `<script type="importmap">${JSON.stringify({ imports: { 'order-widgets/define': '/order-widgets.js' } })}</script>`
    : '<script type="module" src="/order-widgets.js"></script>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
${snippet}
  </body>
</html>
`;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

/**
 * The file a URL path names in one of the `files` folders (`/prefix/` itself is its index.html), or undefined.
 * @param {Record<string, string>} files
 * @param {string} pathname
 */
function servedFile(files, pathname) {
  const prefix = Object.keys(files).find((candidate) => pathname.startsWith(candidate));
  if (prefix === undefined) return undefined;
  const dir = normalize(files[prefix]);
  const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
  return file.startsWith(dir + sep) ? file : undefined;
}

/**
 * Starts the server on 127.0.0.1 (a port the system picks).
 * - `pages`: path → HTML;
 * - `files`: URL prefix (`/vue/`) → a folder whose files are served under it (a built app);
 * - `/order-widgets.js` (and its map): the built CDN file;
 * - `stubs`: path → `(request) => Promise<{ status, body }>` for single /api routes;
 * - any other `/api/*`: proxied to `apiUrl` (the demo), method, headers and body as they came.
 * `requests` lists every path asked for, with its status.
 * @param {{ pages?: Record<string, string>, files?: Record<string, string>, apiUrl?: string, stubs?: Record<string, (req: import('node:http').IncomingMessage) => Promise<{ status: number, body: unknown }>> }} options
 */
export async function startSnippetServer({ pages = {}, files = {}, apiUrl, stubs = {} }) {
  /** @type {{ method: string, path: string, status: number }[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const log = (status) => requests.push({ method: req.method ?? 'GET', path: pathname, status });
    try {
      const file = servedFile(files, pathname);
      if (Object.hasOwn(pages, pathname)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(pages[pathname]);
        log(200);
      } else if (/^\/order-widgets(?:\.[\w-]+)?\.js$/.test(pathname)) {
        // The CDN file and the files beside it it loads on demand (a language, the example catalog).
        const body = await readFile(new URL(`.${pathname}`, pathToFileURL(CDN_FILE)));
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(body);
        log(200);
      } else if (file) {
        const body = await readFile(file).catch(() => undefined);
        res.writeHead(body ? 200 : 404, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        log(body ? 200 : 404);
      } else if (Object.hasOwn(stubs, pathname)) {
        const { status, body } = await stubs[pathname](req);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
        log(status);
      } else if (apiUrl && (pathname === '/api' || pathname.startsWith('/api/'))) {
        const target = new URL(req.url ?? '/', apiUrl);
        const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          log(answer.statusCode ?? 502);
        });
        upstream.on('error', (error) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`Proxy error: ${error.message}`);
          log(502);
        });
        req.pipe(upstream);
      } else {
        res.writeHead(pathname === '/favicon.ico' ? 204 : 404);
        res.end();
        log(pathname === '/favicon.ico' ? 204 : 404);
      }
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.message ?? error));
      log(500);
    }
  });
  return listenOnLoopback(server, requests);
}
