// Prints one closing line for the whole test run, "N passed, N failed", from the JSON reports that
// Vitest and Playwright write to reports/. Exits non-zero if a report is missing or counts a failure.
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`test-summary: no report at ${path}`);
    process.exit(1);
  }
}

const unit = read('reports/vitest.json');
const browser = read('reports/playwright.json');
const passed = unit.numPassedTests + browser.stats.expected + browser.stats.flaky;
const failed = unit.numFailedTests + browser.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + browser.stats.skipped;
console.log(`unit ${unit.numPassedTests}/${unit.numTotalTests}, browser ${browser.stats.expected + browser.stats.flaky}/${browser.stats.expected + browser.stats.flaky + browser.stats.unexpected} (flaky ${browser.stats.flaky})`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
