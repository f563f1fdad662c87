// A web-test-runner reporter that writes the pass/fail counts, so `npm test` can print one closing line for all suites.
// It also lists the tests not run (the engine limits of test/support/engine.ts) and failed, by title, with the browser
// (and a failure's first lines).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, titles = []) {
  for (const test of suite?.tests ?? []) {
    const title = [...titles, test.name].join(' › ');
    if (test.skipped) {
      totals.skipped += 1;
      totals.notRun.push(title);
    } else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      // The first lines of the error: a log's closing summary then says why, not only what.
      const why = test.error?.message?.split('\n').filter((line) => line.trim()).slice(0, 3).join(' ⏎ ').slice(0, 400);
      totals.failures.push(why ? `${title}: ${why}` : title);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, [...titles, child.name]);
}

export function countReporter({ file = '.test-results/browser.json', browser } = {}) {
  const totals = { browser, passed: 0, failed: 0, skipped: 0, fileErrors: 0, notRun: [], failures: [] };
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        count(session.testResults, totals, [relative(process.cwd(), session.testFile)]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.fileErrors += 1;
          totals.failures.push(`${relative(process.cwd(), session.testFile)}: ${session.errors.map((error) => error.message).join('; ')}`);
        }
      }
    },
    onTestRunFinished() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
