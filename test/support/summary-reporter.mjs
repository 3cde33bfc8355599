// Prints one closing line per engine and a total, "N passed, N failed", after the default
// reporter's output, so CI logs say plainly how many tests ran.
function count(results, tally) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const name = session.browser.name;
        const tally = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = { ...tally };
        count(session.testResults, tally);
        // A file that failed to load has no test results: count it as a failure.
        if (!session.passed && tally.failed === before.failed) tally.failed++;
        byBrowser.set(name, tally);
      }
      for (const tally of byBrowser.values()) {
        total.passed += tally.passed;
        total.failed += tally.failed;
        total.skipped += tally.skipped;
      }
      const line = (t) => `${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
      setTimeout(() => {
        for (const [name, tally] of byBrowser) console.log(`${name.replace(/\W/g, '')}: ${line(tally)}`);
        console.log(line(total));
      }, 0);
    },
  };
}
