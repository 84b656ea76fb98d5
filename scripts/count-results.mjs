// Adds up the JSON reports of vitest, Playwright and the chaos suite into the plain closing line
// CI reads.
// A missing or unreadable report counts as one failure, so a runner that crashed is never "green".
import { readFileSync } from 'node:fs'

function vitestCounts(report) {
  // A test file that fails to load has no failed test but fails the run: count it once.
  const failed = report.numFailedTests || (report.success ? 0 : 1)
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests ?? 0 }
}

function playwrightCounts(report) {
  const s = report.stats
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped }
}

// A chaos trial is one test: passed when it found no invariant violation.
function chaosCounts(report) {
  if (!Array.isArray(report.trials) || report.trials.length === 0) throw new Error('no trials')
  const failed = report.trials.filter((trial) => trial.violations.length > 0).length
  return { passed: report.trials.length - failed, failed, skipped: 0 }
}

let passed = 0
let failed = 0
let skipped = 0
for (const [file, count] of [
  [process.argv[2], vitestCounts],
  [process.argv[3], playwrightCounts],
  [process.argv[4], chaosCounts]
]) {
  try {
    const c = count(JSON.parse(readFileSync(file, 'utf8')))
    passed += c.passed
    failed += c.failed
    skipped += c.skipped
    console.log(`${file}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`)
  } catch (error) {
    failed += 1
    console.log(`${file}: no report (${error.message}); counted as 1 failed`)
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
