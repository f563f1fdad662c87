// Finds a Chromium-family browser for the tests: CHROME_PATH, then Debian's chromium, then the usual Chrome places.
// With none found and apt-get usable as root, installs Debian's `chromium` package (and says so).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags Chromium needs here: root needs --no-sandbox, and the network flags stop it calling home. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Chromium's own pages that headless Chromium 15x loads in every new browser context: the omnibox popup's WebUI, some
 * 400 module requests in a context's first seconds, in a renderer of their own. On a machine of two cores they take
 * CPU from the page under test. No page a customer opens comes with them, so the benchmarks turn them off.
 */
export const QUIET_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

let playwrightFeatures;

/**
 * Launches Chromium through Playwright (`chromium` from playwright-core) with CHROMIUM_ARGS, `options.args` and
 * QUIET_FEATURES disabled. Chromium keeps only the last `--disable-features` switch, and Playwright passes a list of
 * its own, so the two are merged: Playwright's is read once from chrome://version of a first launch.
 */
export async function launchQuietChromium(chromium, { args = [], ...options } = {}) {
  const launch = (extra) => chromium.launch({ executablePath: ensureBrowser(), headless: true, ...options, args: [...CHROMIUM_ARGS, ...args, ...extra] });
  if (!playwrightFeatures) {
    const probe = await launch([]);
    try {
      const page = await probe.newPage();
      await page.goto('chrome://version');
      const line = (await page.textContent('#command_line')) ?? '';
      playwrightFeatures = line.split(/\s+/).find((arg) => arg.startsWith('--disable-features='))?.slice('--disable-features='.length).split(',').filter(Boolean) ?? [];
    } finally {
      await probe.close();
    }
  }
  return launch([`--disable-features=${[...new Set([...playwrightFeatures, ...QUIET_FEATURES])].join(',')}`]);
}

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt() {
  if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (!canInstallWithApt()) {
    throw new Error(
      'No Chromium or Chrome found: install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  console.log("No Chromium or Chrome found: installing Debian's chromium package with apt-get (about a minute)…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findBrowser();
  if (!installed) throw new Error('apt-get installed chromium, but no browser was found afterwards: set CHROME_PATH.');
  console.log(`Installed Chromium at ${installed}.`);
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const path = ensureBrowser();
    if (!process.argv.includes('--quiet')) console.log(`Browser: ${path}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
