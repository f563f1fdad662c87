// The three browser engines the tests run in: Chromium (scripts/browser.mjs), Firefox ESR (driven over WebDriver BiDi by
// puppeteer-core) and WebKitGTK (its MiniBrowser, driven by WebKitWebDriver under a virtual X display). Finds them, or
// installs Debian's packages when run as root with apt-get (as scripts/browser.mjs does for Chromium), and starts and
// stops the WebKit driver: Xvfb on a display it picks itself, WebKitWebDriver on a free port, both stopped by PID.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './browser.mjs';

/** The engines, in the order `npm test` runs them; `label` is how a result line names the browser. */
export const ENGINES = {
  chromium: { label: 'Chromium' },
  firefox: { label: 'Firefox' },
  webkit: { label: 'WebKit' },
};

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

function onPath(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function found(engine) {
  if (engine === 'firefox') {
    const path = process.env.FIREFOX_PATH ?? FIREFOX.find((candidate) => existsSync(candidate));
    return path && existsSync(path) ? { firefox: path } : undefined;
  }
  if (engine === 'webkit') {
    const miniBrowser = process.env.MINIBROWSER_PATH ?? MINIBROWSER.find((candidate) => existsSync(candidate));
    const driver = onPath('WebKitWebDriver');
    const xvfb = onPath('Xvfb');
    return miniBrowser && existsSync(miniBrowser) && driver && xvfb ? { miniBrowser, driver, xvfb } : undefined;
  }
  return { chromium: ensureBrowser() };
}

const PACKAGES = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };

/**
 * The executables of `engine` (`chromium`, `firefox` or `webkit`); installs Debian's packages when they are missing and
 * this is root with apt-get, otherwise throws saying what to install.
 */
export function ensureEngine(engine) {
  if (!ENGINES[engine]) throw new Error(`Unknown browser engine "${engine}": use one of ${Object.keys(ENGINES).join(', ')}.`);
  const paths = found(engine);
  if (paths) return paths;
  const packages = PACKAGES[engine];
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get');
  if (!asRoot) {
    throw new Error(`${ENGINES[engine].label} is missing: install Debian's ${packages.join(' and ')} (apt-get install ${packages.join(' ')}).`);
  }
  console.log(`${ENGINES[engine].label} is missing: installing Debian's ${packages.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = found(engine);
  if (!installed) throw new Error(`apt-get installed ${packages.join(', ')}, but ${ENGINES[engine].label} was not found afterwards.`);
  return installed;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something answers on 127.0.0.1:`port` (a WebDriver's /status), or rejects after `ms`. */
async function waitForDriver(port, child, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (code ${child.exitCode}) before it answered.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s.`);
}

/**
 * Starts a virtual X display (Xvfb picks a free one and tells its number) and WebKitWebDriver on a free port of
 * 127.0.0.1 showing its MiniBrowser windows there. `stop()` ends both by PID; they are also ended when this process
 * exits without calling it (a crash, Ctrl+C).
 * @returns {Promise<{ port: number, display: string, miniBrowser: string, pids: number[], stop: () => void }>}
 */
export async function startWebKitDriver() {
  const { miniBrowser, driver, xvfb } = ensureEngine('webkit');
  const children = [];
  const stop = () => {
    process.off('exit', stop);
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  try {
    const display = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(display);
    let displayErrors = '';
    display.stderr.setEncoding('utf8').on('data', (chunk) => (displayErrors += chunk));
    const number = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Xvfb named no display within 10 s.\n${displayErrors}`)), 10_000);
      display.stdio[3].setEncoding('utf8').once('data', (text) => {
        clearTimeout(timer);
        resolve(text.trim());
      });
      display.once('exit', (code) => reject(new Error(`Xvfb exited (code ${code}).\n${displayErrors}`)));
    });
    const port = await freePort();
    const webDriver = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: `:${number}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(webDriver);
    await waitForDriver(port, webDriver);
    return { port, display: `:${number}`, miniBrowser, pids: children.map((child) => child.pid), stop };
  } catch (error) {
    stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const engine of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES)) {
      console.log(`${ENGINES[engine]?.label ?? engine}: ${JSON.stringify(ensureEngine(engine))}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
