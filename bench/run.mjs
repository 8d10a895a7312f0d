// `npm run bench`: builds the app, writes the synthetic datasets, serves dist/ and the
// peer pages from 127.0.0.1, and measures cold loads of the app, TimelineJS and vis-timeline in
// Debian's Chromium. Prints a table per workload, the budget lines (PASS/FAIL; timing never makes
// this exit non-zero), and writes bench/results/latest.json. See bench/README.md.
//
// Options: --runs N (default 5), --quick (2 runs), --port P (default 4310, keep to 4300–4399),
// --no-build (measure the dist/ that is there), --targets ours,timelinejs,vis,
// --workloads real,synthetic-1000,synthetic-10000, --no-screenshots, --full (the peers get every
// run and every interaction at 10,000 records too: adds ~10 minutes), --profile phone (375 × 667,
// touch, CPU 4× slower; by default the real dataset only, 3 runs, results in latest-phone.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSynthetic, writeSynthetic } from './makeSynthetic.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(BENCH, 'results');

function parseArgs(argv) {
  const opts = { runs: null, port: 4310, build: true, screenshots: true, targets: null, workloads: null, full: false, profile: 'desktop' };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') opts.runs = Number(value());
    else if (a === '--quick') opts.runs = 2;
    else if (a === '--port') opts.port = Number(value());
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-screenshots') opts.screenshots = false;
    else if (a === '--full') opts.full = true;
    else if (a === '--profile') opts.profile = value();
    else if (a === '--targets') opts.targets = value().split(',');
    else if (a === '--workloads') opts.workloads = value().split(',');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/run.mjs [--runs N | --quick] [--port 4300-4399] [--no-build] [--targets ours,timelinejs,vis] [--workloads real,synthetic-1000,synthetic-10000] [--no-screenshots] [--full] [--profile desktop|phone]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (opts.profile !== 'desktop' && opts.profile !== 'phone') throw new Error('--profile must be desktop or phone');
  // At 4× CPU every load takes several times longer (the peers' at 10,000 records, minutes): the
  // phone pass defaults to fewer loads of the real dataset, enough for its first marker, TBT and
  // layout shift; --runs and --workloads ask for more.
  opts.runs ??= opts.profile === 'phone' ? 3 : 5;
  if (opts.profile === 'phone') opts.workloads ??= ['real'];
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(opts.port) || opts.port < 1024 || opts.port > 65535) throw new Error('--port must be a port number');
  return opts;
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function ensurePeers() {
  if (existsSync(path.join(BENCH, 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js')) && existsSync(path.join(BENCH, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'))) return;
  console.log('Installing the peers into bench/node_modules (npm ci --prefix bench)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], BENCH);
}

const WORKLOADS = {
  real: { data: 'launches', label: 'real dataset (public/data/launches.json)' },
  'synthetic-1000': { data: 'synthetic-1000', label: 'synthetic, 1,000 launches' },
  'synthetic-10000': { data: 'synthetic-10000', label: 'synthetic, 10,000 launches' },
};

function distFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (!e.name.endsWith('.map')) out.push({ file: path.relative(DIST, full), bytes: statSync(full).size });
    }
  };
  walk(DIST);
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const loadavgAtStart = os.loadavg();
  const busy = () => os.loadavg()[0] > os.cpus().length;
  if (busy()) console.log(`Note: load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: other work is running, timings will be slower and noisier.`);
  ensurePeers();
  // Imported after the peers are installed; both modules only need the app's own node_modules.
  const { startServer } = await import('./lib/server.mjs');
  const { coldLoadOrFailure, CHROMIUM, CHROMIUM_ARGS, PROFILES } = await import('./lib/measure.mjs');
  const profile = PROFILES[opts.profile];
  const phone = opts.profile === 'phone';
  const { TARGETS, TARGET_ORDER } = await import('./lib/targets.mjs');
  const { summarize } = await import('./lib/stats.mjs');
  const { formatTable } = await import('./lib/table.mjs');
  const { judgeBudgets, formatBudgets } = await import('./lib/budgets.mjs');
  const { takeScreenshots } = await import('./lib/screenshots.mjs');

  if (opts.build) {
    console.log('Building the app (npx vite build → dist/)…');
    run('npx', ['vite', 'build', '--logLevel', 'warn'], ROOT);
  } else if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ has no build: run without --no-build');

  // Written into dist/data (after the build, which empties dist/), then snapshotted into the
  // server's memory at once: a build by someone else while the bench runs changes nothing.
  const synthetic = {};
  for (const count of [1000, 10000]) synthetic[count] = writeSynthetic(count, path.join(DIST, 'data'));

  const nm = path.join(BENCH, 'node_modules');
  const server = await startServer({
    port: opts.port,
    mounts: [
      { prefix: '/', dir: DIST },
      { prefix: '/peers/', dir: path.join(BENCH, 'peers') },
      { prefix: '/peers/lib/timelinejs/', dir: path.join(nm, '@knight-lab/timelinejs/dist'), files: ['js/timeline.js', 'css/timeline.css', ...readdirSync(path.join(nm, '@knight-lab/timelinejs/dist/css/icons')).map((f) => `css/icons/${f}`)] },
      { prefix: '/peers/lib/vis-timeline/', dir: path.join(nm, 'vis-timeline/standalone/umd'), files: ['vis-timeline-graph2d.min.js'] },
      { prefix: '/peers/lib/vis-timeline/', dir: path.join(nm, 'vis-timeline/styles'), files: ['vis-timeline-graph2d.min.css'] },
    ],
  });
  for (const needed of ['/index.html', '/data/launches.json', '/data/synthetic-1000.json', '/data/synthetic-10000.json']) {
    if (!server.files.has(needed)) {
      await server.close();
      throw new Error(`dist${needed} vanished before the server read it (another build running?): run the bench again`);
    }
  }
  for (const [count, { text, bytes }] of Object.entries(synthetic)) {
    const check = checkSynthetic(text, `synthetic-${count}.json`);
    if (!check.ok) {
      await server.close();
      throw new Error(`synthetic-${count}.json fails the app's data check:\n${check.output}`);
    }
    console.log(`✓ dist/data/synthetic-${count}.json: ${(bytes / 1024).toFixed(0)} KiB, passes scripts/dataCheck.ts`);
  }
  const stop = async () => {
    await server.close();
  };
  process.once('SIGINT', () => {
    void stop().then(() => process.exit(130));
  });
  console.log(`Serving dist/ and the peers at ${server.url}/ (${server.files.size} files, gzip -9 precompressed)`);

  const targetKeys = (opts.targets ?? TARGET_ORDER).filter((k) => TARGETS[k]);
  const workloadKeys = (opts.workloads ?? Object.keys(WORKLOADS)).filter((k) => WORKLOADS[k]);
  const results = {};
  try {
    for (let i = 0; i < opts.runs; i += 1) {
      for (const w of workloadKeys) {
        for (const t of targetKeys) {
          const target = TARGETS[t];
          if (target.workloads && !target.workloads.includes(w)) continue;
          const big = w === 'synthetic-10000';
          const plan = big && !opts.full && target.big ? target.big : { runs: opts.runs, interact: true };
          if (i >= plan.runs) continue;
          const capMs = big ? 120_000 : 60_000;
          const r = await coldLoadOrFailure({ server, target, workload: WORKLOADS[w], capMs, interact: plan.interact, profile });
          ((results[w] ??= {})[t] ??= []).push(r);
          const f = (x) => (typeof x === 'number' ? Math.round(x) : '–');
          console.log(
            r.failed
              ? `run ${i + 1}/${opts.runs}  ${w.padEnd(15)} ${target.label.padEnd(12)} FAILED: ${r.failed.split('\n')[0]}`
              : `run ${i + 1}/${opts.runs}  ${w.padEnd(15)} ${target.label.padEnd(12)} first marker ${f(r.firstMarker)} ms, TBT ${f(r.tbt)} ms, zoom p95 ${r.zoom?.p95 != null ? r.zoom.p95.toFixed(1) : '–'} ms, pan p95 ${r.pan?.p95 != null ? r.pan.p95.toFixed(1) : '–'} ms, click ${f(r.click?.ms)} ms (${((r.wallMs ?? 0) / 1000).toFixed(0)} s)${r.capped ? ' (idle cap reached)' : ''}${r.errors.length ? `, ${r.errors.length} console/page errors` : ''}`,
          );
        }
      }
    }

    const summaries = {};
    for (const w of workloadKeys) {
      summaries[w] = {};
      for (const t of targetKeys) summaries[w][t] = summarize((results[w]?.[t] ?? []).filter((r) => !r.failed));
    }
    const targetsForTable = targetKeys.map((key) => ({ key, label: TARGETS[key].label, mine: TARGETS[key].kind === 'ours' }));
    console.log('');
    for (const w of workloadKeys) {
      const counts = targetKeys.filter((t) => (results[w]?.[t] ?? []).length > 0).map((t) => `${TARGETS[t].label} ${(results[w]?.[t] ?? []).length}`).join(', ');
      console.log(formatTable(`${WORKLOADS[w].label}: median (min–max) over cold loads (${counts})`, summaries[w], targetsForTable));
      console.log('');
    }
    const budgets = judgeBudgets(summaries);
    console.log('Budgets (medians; PASS/FAIL never changes the exit code):');
    console.log(formatBudgets(budgets));

    let screenshots = [];
    if (opts.screenshots && targetKeys.includes('ours') && !phone) {
      mkdirSync(RESULTS, { recursive: true });
      screenshots = await takeScreenshots({ server, outDir: RESULTS });
      console.log(`\nScreenshots: ${screenshots.map((s) => path.relative(ROOT, s)).join(', ')}`);
    }

    const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const report = {
      date: new Date().toISOString(),
      options: opts,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadavgAtStart, loadavgAtEnd: os.loadavg(), node: process.version, chromium: chromiumVersion, chromiumArgs: CHROMIUM_ARGS, profile },
      app: { dist: distFiles(), synthetic: Object.fromEntries(Object.entries(synthetic).map(([c, { bytes }]) => [c, bytes])) },
      peers: Object.fromEntries(targetKeys.filter((k) => k !== 'ours').map((k) => [k, { detail: TARGETS[k].detail }])),
      ours: { detail: TARGETS.ours.detail },
      summaries,
      budgets,
      runs: results,
      durationSeconds: Math.round((Date.now() - t0) / 1000),
    };
    mkdirSync(RESULTS, { recursive: true });
    // The phone pass keeps its own file: latest.json stays the desktop reference run.
    const resultsFile = phone ? 'latest-phone.json' : 'latest.json';
    writeFileSync(path.join(RESULTS, resultsFile), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote bench/results/${resultsFile} (${report.durationSeconds} s in all; load average ${loadavgAtStart[0].toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, ${os.cpus().length} cores).`);
    if (busy()) console.log('The machine was busy: compare ratios rather than absolute times, or run again when it is quiet.');
    const failedLoads = Object.values(results).flatMap((byTarget) => Object.values(byTarget).flat()).filter((r) => r.failed).length;
    if (failedLoads > 0) console.log(`${failedLoads} cold load(s) failed; see "failed" in latest.json.`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exit(1);
});
