// The browser engine a test file runs in, and the short list of tests that cannot run in one (with the reason). A test
// on the list is reported by name with its reason in that engine (a pending test that `npm test` lists by name), never
// dropped in silence. The README's "Browser support" section repeats this list.

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\b(?:Chrome|Chromium|HeadlessChrome)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

export const ENGINE: Engine = detect(navigator.userAgent);

const LABELS: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * What the test tooling cannot do in an engine (not what the product lacks: that is the README's support table).
 * `test` is the full title of the test (describe titles and its own, joined by spaces), as mocha prints it.
 */
export const ENGINE_LIMITS: readonly { engines: readonly Engine[]; test: RegExp; reason: string }[] = [
  {
    engines: ['webkit'],
    test: /at 3[69]0 px|on a phone|on a page 320 px wide/,
    reason:
      "a viewport narrower than 447 px: WebKitGTK's MiniBrowser window cannot shrink below its toolbar, and WebDriver Classic has no viewport emulation",
  },
  {
    engines: ['firefox', 'webkit'],
    test: /<order-status-badge> with a status stream .*when the browser (goes offline|is back online)/,
    reason:
      "taking the page offline for the stream's URLs only needs Chromium's DevTools network emulation (Network.emulateNetworkConditionsByRule); going offline altogether would cut the test runner off too",
  },
  {
    engines: ['firefox', 'webkit'],
    test: /^themes: .*a user preferring dark/,
    reason:
      "emulating the user's colour-scheme preference needs Chromium's DevTools (Emulation.setEmulatedMedia); WebDriver BiDi and Classic have no such command",
  },
];

/** Why the test titled `fullTitle` cannot run in this engine, or undefined. */
export function engineLimit(fullTitle: string, engine: Engine = ENGINE): string | undefined {
  return ENGINE_LIMITS.find((limit) => limit.engines.includes(engine) && limit.test.test(fullTitle))?.reason;
}

// Every test file that reads this module (through test/support/input.ts) checks each test against the list first: in an
// engine that cannot run it, the test is reported as not run, its title saying in which engine and why.
beforeEach(function () {
  const test = this.currentTest;
  const reason = test && engineLimit(test.fullTitle());
  if (!test || !reason) return;
  test.title += ` [not run in ${LABELS[ENGINE]}: ${reason}]`;
  this.skip();
});
