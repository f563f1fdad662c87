import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { ensureBrowser, CHROMIUM_ARGS } from './scripts/browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { networkPlugin, statusStreamMiddleware } from './test/support/status-stream-server.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  hostname: '127.0.0.1',
  concurrency: 2,
  // A hang guard, not a timing check: a complete order typed key by key takes a few seconds on a busy 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  // The badge's tests follow a status stream served here, and take the page offline for its URLs.
  middleware: [statusStreamMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), networkPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureBrowser(), headless: true, args: CHROMIUM_ARGS },
      // Each test file in a window of its own: a background tab reports `hidden` and gets no animation frames
      // (modernweb-dev/web#2808), which breaks fixtures and visibility-aware code when files run in parallel.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
