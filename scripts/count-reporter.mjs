import { writeFileSync } from 'node:fs';

// Prints "N passed, N failed" as the run's last line, the plain summary CI reads.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      totals.failed += broken;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // scripts/run-wtr.mjs prints this as the very last line, after the runner's own summary.
      const line = `${totals.passed} passed, ${totals.failed} failed${skipped}`;
      if (process.env.DCW_SUMMARY_FILE) writeFileSync(process.env.DCW_SUMMARY_FILE, line);
      else process.stdout.write(`\n${line}\n`);
    },
  };
}
