// The static Storybook both Storybook checks use (scripts/storybook-test.mjs: every story with axe;
// scripts/story-screenshots.mjs: every story's pictures): building it into storybook-static/, and serving it on
// 127.0.0.1 at a free port; and, in the page, waiting for the elements to settle.
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'storybook-static');

/** `storybook build -o storybook-static --quiet`, telemetry off; resolves to `{ ok, output }`. */
export function buildStorybook() {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/storybook'), ['build', '-o', 'storybook-static', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `directory` on 127.0.0.1 at a free port; `files` maps extra paths to files elsewhere (a font the pictures
 * use). Resolves to the server.
 */
export function serveStatic(directory, files = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Chromium asks every new page for /favicon.ico on its own; Storybook ships none, and a 404 is a console error.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let file = Object.hasOwn(files, pathname) ? files[pathname] : resolve(directory, `.${decodeURIComponent(pathname)}`);
    if (!Object.hasOwn(files, pathname) && file !== directory && !file.startsWith(directory + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        // Hashed bundles are shared by every story: let the browser keep them.
        'cache-control': pathname.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/**
 * In the page (pass it to `page.evaluate` with a selector, or null for the whole document): waits until every Lit
 * element under it, shadow roots included, has no update pending. `updateComplete` resolves to false when that
 * update scheduled another one, so it looks again, at most ten times.
 */
export async function settleLitElements(selector) {
  const start = selector ? document.querySelector(selector) : document;
  for (let round = 0; round < 10; round += 1) {
    const pending = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.updateComplete instanceof Promise) pending.push(element.updateComplete);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    if (start) visit(start);
    if ((await Promise.all(pending)).every(Boolean)) return;
  }
}
