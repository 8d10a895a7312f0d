// `npm test`: every suite in order, then one line `N passed, N failed` (CI reads it).
// A check (data, types, lint, build) counts as one test; vitest and Playwright count their own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('tests/.output');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args, env) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args, env);
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

function suite(name, command, args, reportFile, count, env) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args, env);
  const counts = existsSync(reportFile) ? count(JSON.parse(readFileSync(reportFile, 'utf8'))) : null;
  if (counts === null) {
    failed += 1;
    lines.push(`FAIL ${name}: no report (exit ${ok ? 0 : 'non-zero'})`);
    return;
  }
  // A runner that failed without failing a test (a crash, a bad config) still fails the run.
  const extra = !ok && counts.failed === 0 ? 1 : 0;
  passed += counts.passed;
  failed += counts.failed + extra;
  lines.push(`${counts.failed + extra === 0 ? 'ok  ' : 'FAIL'} ${name}: ${counts.passed} passed, ${counts.failed + extra} failed`);
}

const vitestCounts = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests });
const playwrightCounts = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected + (report.errors?.length ?? 0),
});

/** `file:line › title` of each test that failed, from Playwright's JSON report. */
function failedPlaywrightTests(report) {
  const failures = [];
  const walk = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === 'unexpected')) failures.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`);
    }
    for (const child of suite.suites ?? []) walk(child, path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failures;
}

const npx = 'npx';
check('data:check', 'npm', ['run', '--silent', 'data:check']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
suite('unit and component tests (TZ=UTC)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${OUT}/vitest.json`], `${OUT}/vitest.json`, vitestCounts, { TZ: 'UTC' });
// Dates must never depend on the reader's time zone: run the pure layers again far east and far west.
for (const tz of ['Asia/Seoul', 'America/Los_Angeles']) {
  const file = `${OUT}/vitest-${tz.replace('/', '-')}.json`;
  suite(`domain and data tests (TZ=${tz})`, npx, ['vitest', 'run', 'src/domain', 'src/data', '--reporter=dot', '--reporter=json', `--outputFile=${file}`], file, vitestCounts, { TZ: tz });
}
if (check('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
  suite('end-to-end tests in Chromium', npx, ['playwright', 'test'], `${OUT}/playwright.json`, playwrightCounts, {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json`,
  });
  if (existsSync(`${OUT}/playwright.json`)) {
    // The hostile-input figures (docs/reliability.md), read from the same run; they are counted above already.
    run('node', ['scripts/hostileReport.mjs', '--report', `${OUT}/playwright.json`]);
    // CI keeps only the end of the output: name each failed test there, not just the count.
    for (const failure of failedPlaywrightTests(JSON.parse(readFileSync(`${OUT}/playwright.json`, 'utf8')))) lines.push(`     ✘ ${failure}`);
  }
} else {
  failed += 1;
  lines.push('FAIL end-to-end tests: not run, the build failed');
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
