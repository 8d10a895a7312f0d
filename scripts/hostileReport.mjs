// `npm run test:hostile`: runs the hostile-input suite (tests/e2e/hostile) in Chromium against the
// production build, then prints the reliability figures: cases tried and handled as specified,
// per group, and what the guard saw over all cases (uncaught errors, script runs, off-origin
// requests, CSP violations…). docs/reliability.md explains what each figure guarantees.
//
//   node scripts/hostileReport.mjs [playwright args…]   run the suite, then report (exit 1 on any failure)
//   node scripts/hostileReport.mjs --report <file.json> report on an existing Playwright JSON report
//
// The groups come from each case's `group` annotation (one describe block per group); the guard
// counts from the `guard` annotation that tests/e2e/hostile/guard.ts adds to every case.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const FIGURES = [
  ['uncaughtErrors', 'uncaught errors'],
  ['scriptRuns', 'script runs (canary set or dialog opened)'],
  ['offOriginRequests', 'requests to another origin'],
  ['cspViolations', 'CSP violations'],
  ['unsafeLinks', 'non-http(s) links or sources in the DOM'],
  ['injectedMarkup', 'injected elements or on* attributes'],
  ['prototypePollution', 'changed prototypes'],
  ['consoleErrors', 'unexpected console errors'],
];

function runSuite(args) {
  const out = path.resolve('tests/.output');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'hostile.json');
  rmSync(file, { force: true });
  // A --reporter given on the command line replaces the config's; keep the JSON one this script reads.
  const cliArgs = args.map((arg) => (arg.startsWith('--reporter=') && !arg.includes('json') ? `${arg},json` : arg));
  const result = spawnSync('npx', ['playwright', 'test', 'tests/e2e/hostile', ...cliArgs], {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  return { file, status: result.status ?? 1 };
}

/** Every test in the report, with its group, outcome and guard counts. */
function collectCases(report) {
  const cases = [];
  const walk = (suite, titles) => {
    const here = suite.file && suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.[test.results.length - 1];
        const annotations = [...(test.annotations ?? []), ...(last?.annotations ?? [])];
        const groupName = annotations.find((a) => a.type === 'group')?.description ?? here[0] ?? '(no group)';
        const guardNote = annotations.findLast((a) => a.type === 'guard')?.description;
        let guard = null;
        try {
          guard = guardNote ? JSON.parse(guardNote) : null;
        } catch {
          guard = null;
        }
        cases.push({
          group: groupName,
          title: [...here.slice(1), spec.title].join(' › '),
          status: test.status,
          handled: test.status === 'expected' || test.status === 'flaky',
          guard,
          error: last?.errors?.[0]?.message ?? last?.error?.message ?? '',
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  // Only the hostile suite's files: npm test hands over the report of every spec.
  for (const suite of report.suites ?? []) if (String(suite.file ?? '').startsWith('hostile/')) walk(suite, []);
  return cases.filter((c) => c.status !== 'skipped');
}

/** Terminal colour codes in Playwright's error messages. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Bidi and invisible controls from hostile cases would reorder the terminal line: spell them out. */
const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const plain = (text) => text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const pad = (text, width) => String(text).padEnd(width);
const num = (value, width) => String(value).padStart(width);

function printReport(report) {
  const cases = collectCases(report);
  const controls = cases.filter((c) => c.guard?.control === true || c.group === 'guard controls');
  const real = cases.filter((c) => !controls.includes(c));
  const groups = [...new Set(real.map((c) => c.group))];
  const width = Math.max(24, ...groups.map((g) => g.length + 2));

  console.log('\nHostile-input suite — reliability report');
  console.log(`${pad('group', width)}${num('cases', 7)}${num('handled', 9)}${num('failed', 8)}`);
  for (const name of groups) {
    const inGroup = real.filter((c) => c.group === name);
    const handled = inGroup.filter((c) => c.handled).length;
    console.log(`${pad(name, width)}${num(inGroup.length, 7)}${num(handled, 9)}${num(inGroup.length - handled, 8)}`);
  }
  const handled = real.filter((c) => c.handled).length;
  console.log(`${pad('total', width)}${num(real.length, 7)}${num(handled, 9)}${num(real.length - handled, 8)}`);

  const withGuard = real.filter((c) => c.guard !== null);
  console.log(`\nWhat the guard saw over ${withGuard.length} of ${real.length} cases (controls excluded):`);
  for (const [key, label] of FIGURES) {
    const total = withGuard.reduce((sum, c) => sum + (Number(c.guard?.[key]) || 0), 0);
    console.log(`  ${pad(label, 44)}${num(total, 5)}`);
  }

  const tripped = controls.filter((c) => c.handled).length;
  console.log(`\nGuard controls: ${tripped} of ${controls.length} tripped their check as intended (CSP counter, canary, dialogs, links, markup, prototypes, other origins).`);

  const failed = [...real, ...controls].filter((c) => !c.handled);
  if (failed.length > 0) {
    console.log('\nNot handled as specified:');
    for (const c of failed) {
      const lines = c.error.replace(ANSI, '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
      const detail = lines.filter((line) => /^(Expected|Received)( string| substring)?:/.test(line)).slice(0, 2);
      const reason = [lines[0] ?? c.status, ...detail].join(' · ');
      console.log(`  [${c.group}] ${plain(c.title)}\n      ${plain(reason).slice(0, 240)}`);
    }
  }
  const runnerErrors = report.errors?.length ?? 0;
  if (runnerErrors > 0) console.log(`\nRunner errors: ${runnerErrors} (see the output above).`);
  console.log(`\ncases tried: ${real.length}, handled as specified: ${handled}, not handled: ${real.length - handled}; controls: ${tripped}/${controls.length}`);
  return failed.length === 0 && runnerErrors === 0 && real.length > 0;
}

const args = process.argv.slice(2);
let file;
let status = 0;
if (args[0] === '--report') {
  file = args[1];
  if (!file) {
    console.error('usage: node scripts/hostileReport.mjs --report <playwright-report.json>');
    process.exit(2);
  }
} else {
  ({ file, status } = runSuite(args));
}
if (!existsSync(file)) {
  console.error(`No Playwright JSON report at ${file}: the suite did not run (exit ${status}).`);
  process.exit(1);
}
const ok = printReport(JSON.parse(readFileSync(file, 'utf8')));
process.exitCode = ok && status === 0 ? 0 : 1;
