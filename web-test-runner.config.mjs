import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { ENGINES, ensureEngine, startWebKitDriver } from './scripts/engines.mjs';
import { engineCommandsPlugin, webDriverViewport } from './test/support/engine-commands.mjs';
import { networkPlugin, statusStreamMiddleware } from './test/support/status-stream-server.mjs';

// One engine per run: `wtr` runs Chromium, `WTR_BROWSER=firefox wtr` Firefox, `WTR_BROWSER=webkit wtr` WebKit
// (`npm test` runs all three, one after the other). Each engine has its own concurrency, and the WebDriver launcher
// only supports key and mouse actions when the whole run has concurrency 1.
const engine = process.env.WTR_BROWSER ?? 'chromium';
const paths = ensureEngine(engine);

/** The default viewport of every engine, as puppeteer gives it to Chromium and Firefox. */
const VIEWPORT = { width: 800, height: 600 };

function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS },
    // Each test file in a window of its own: a background tab reports `hidden` and gets no animation frames
    // (modernweb-dev/web#2808), which breaks fixtures and visibility-aware code when files run in parallel.
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

function firefox() {
  // puppeteer-core drives Firefox over WebDriver BiDi; `puppeteer` makes the launcher use it as it is.
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

async function webkit() {
  // Xvfb and WebKitWebDriver, started here and stopped by PID when the run ends (also when it fails).
  const driver = await startWebKitDriver();
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    // Starting MiniBrowser over WebDriver takes seconds on a busy machine.
    connectionRetryTimeout: 120_000,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver refuses a session that asks for WebDriver BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: driver.miniBrowser, args: ['--automation'] },
    },
  });
  // Results name the engine, not the driver's browser name (MiniBrowser).
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = ENGINES.webkit.label;
  };
  const startSession = launcher.startSession.bind(launcher);
  let sized = false;
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    if (!sized) {
      // The same viewport as the other engines (MiniBrowser opens at 1024 × 768 with its toolbar).
      await webDriverViewport(launcher.driver, VIEWPORT);
      sized = true;
    }
    return startSession(id, url);
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    driver.stop();
  };
  return launcher;
}

const BROWSERS = { chromium, firefox, webkit };
// One file at a time in Firefox and WebKit. Firefox with two windows left files unfinished after 120 s on this 2-core
// machine (the one in the background is throttled); WebKit's launcher only takes key and mouse actions at 1.
const CONCURRENCY = { chromium: 2, firefox: 1, webkit: 1 };

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  hostname: '127.0.0.1',
  concurrency: CONCURRENCY[engine],
  // A hang guard, not a timing check: a complete order typed key by key takes a few seconds on a busy 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  // The badge's tests follow a status stream served here, and take the page offline for its URLs.
  middleware: [statusStreamMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), networkPlugin(), engineCommandsPlugin()],
  browsers: [await BROWSERS[engine]()],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({ file: `.test-results/browser-${engine}.json`, browser: ENGINES[engine].label }),
  ],
};
