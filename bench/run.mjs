// `npm run bench`: builds the app, writes the synthetic datasets, serves dist/, the peer pages,
// the floor page and the embed's host page from 127.0.0.1 (and localhost, the host page's other
// site), and measures cold loads of the app, its embed, TimelineJS, vis-timeline and the floor in
// Debian's Chromium, on a desktop and then on a phone, in one run. Prints a table per profile and
// workload, the budget lines (PASS/FAIL; timing never makes this exit non-zero), and writes
// bench/results/latest.json. `--lighthouse` runs Lighthouse instead (bench/lighthouse.mjs).
// See bench/README.md.
//
// Options: --runs N (desktop default 5, phone 3), --quick (2 runs each), --phone-runs N,
// --port P (default 4310, and P+1 for the host page; keep to 4300–4399), --no-build (measure the
// dist/ that is there), --targets ours,embed,host,share,launch,floor,timelinejs,vis,
// --workloads real,synthetic-1000,synthetic-10000 (desktop), --phone-workloads (default real),
// --profile desktop|phone|both (default both), --no-screenshots, --full (the peers get every run
// and every interaction at 10,000 records too: adds ~10 minutes), --out NAME (results file name),
// --lighthouse (Lighthouse's mobile preset instead; see bench/lighthouse.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { list, plainName, portNumber, positiveInteger, readOptions } from './lib/cli.mjs';
import { distFiles, prepare, RESULTS, ROOT } from './lib/setup.mjs';

const HELP = `usage: node bench/run.mjs [--runs N | --quick] [--phone-runs N] [--port 4300-4398] [--no-build]
  [--targets ours,embed,host,share,launch,floor,timelinejs,vis] [--workloads real,synthetic-1000,synthetic-10000]
  [--phone-workloads real,…] [--profile desktop|phone|both] [--no-screenshots] [--full] [--out NAME]
  [--lighthouse]   (Lighthouse's mobile preset instead of the cold loads: node bench/lighthouse.mjs --help)`;

function parseArgs(argv) {
  const v = readOptions(
    argv,
    {
      runs: { type: 'string' },
      quick: { type: 'boolean' },
      'phone-runs': { type: 'string' },
      port: { type: 'string' },
      'no-build': { type: 'boolean' },
      'no-screenshots': { type: 'boolean' },
      full: { type: 'boolean' },
      profile: { type: 'string' },
      targets: { type: 'string' },
      workloads: { type: 'string' },
      'phone-workloads': { type: 'string' },
      out: { type: 'string' },
    },
    HELP,
  );
  const opts = {
    runs: v.runs !== undefined ? positiveInteger(v.runs, '--runs') : v.quick ? 2 : null,
    phoneRuns: v['phone-runs'] !== undefined ? positiveInteger(v['phone-runs'], '--phone-runs') : null,
    port: v.port !== undefined ? portNumber(v.port, 1) : 4310,
    build: !v['no-build'],
    screenshots: !v['no-screenshots'],
    targets: list(v.targets),
    workloads: list(v.workloads),
    phoneWorkloads: list(v['phone-workloads']),
    full: Boolean(v.full),
    profile: v.profile ?? 'both',
    out: v.out !== undefined ? plainName(v.out) : null,
  };
  if (!['desktop', 'phone', 'both'].includes(opts.profile)) throw new Error('--profile must be desktop, phone or both');
  // At 4× CPU and slow 4G every load takes several times longer (the peers' at 10,000 records,
  // minutes): the phone pass defaults to 3 loads of the real dataset, enough for its first marker,
  // TBT, layout shift and one tap. --phone-runs and --phone-workloads ask for more; with
  // --profile phone alone, --runs and --workloads do too, as before.
  const phoneOnly = opts.profile === 'phone';
  opts.phoneRuns ??= phoneOnly && opts.runs !== null ? opts.runs : opts.runs !== null ? Math.min(opts.runs, 3) : 3;
  opts.phoneWorkloads ??= phoneOnly && opts.workloads ? opts.workloads : ['real'];
  opts.runs ??= 5;
  opts.out ??= opts.profile === 'both' ? 'latest' : `latest-${opts.profile}`;
  return opts;
}

const WORKLOADS = {
  real: { data: 'launches', label: 'real dataset (public/data/launches.json)' },
  'synthetic-1000': { data: 'synthetic-1000', label: 'synthetic, 1,000 launches' },
  'synthetic-10000': { data: 'synthetic-10000', label: 'synthetic, 10,000 launches' },
};

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--lighthouse')) {
    const { lighthouseMain } = await import('./lighthouse.mjs');
    await lighthouseMain(argv.filter((a) => a !== '--lighthouse'));
    return;
  }
  const opts = parseArgs(argv);
  const t0 = Date.now();
  const passes = [
    { profile: 'desktop', runs: opts.runs, workloads: opts.workloads ?? Object.keys(WORKLOADS) },
    { profile: 'phone', runs: opts.phoneRuns, workloads: opts.phoneWorkloads },
  ].filter((p) => opts.profile === 'both' || opts.profile === p.profile);
  for (const p of passes) p.workloads = p.workloads.filter((k) => WORKLOADS[k]);
  const loadavgAtStart = os.loadavg();
  const busy = () => os.loadavg()[0] > os.cpus().length;
  if (busy()) console.log(`Note: load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: other work is running, timings will be slower and noisier.`);
  const { server, synthetic } = await prepare({ port: opts.port, build: opts.build, synthetic: passes.some((p) => p.workloads.some((w) => w !== 'real')) });
  // Imported once the server runs; they only need the app's own node_modules (Playwright).
  const { coldLoadOrFailure, describeProfile, CHROMIUM, CHROMIUM_ARGS, PROFILES } = await import('./lib/measure.mjs');
  const { TARGETS, TARGET_ORDER } = await import('./lib/targets.mjs');
  const { summarize } = await import('./lib/stats.mjs');
  const { formatTable } = await import('./lib/table.mjs');
  const { judgeBudgets, formatBudgets } = await import('./lib/budgets.mjs');
  const { takeScreenshots } = await import('./lib/screenshots.mjs');

  const targetKeys = (opts.targets ?? TARGET_ORDER).filter((k) => TARGETS[k]);

  const byProfile = {};
  try {
    for (const pass of passes) {
      const profile = PROFILES[pass.profile];
      const passStart = Date.now();
      console.log(`\n${pass.profile}: ${describeProfile(profile)}; ${pass.runs} cold loads per target of ${pass.workloads.join(', ')}`);
      const results = {};
      for (let i = 0; i < pass.runs; i += 1) {
        for (const w of pass.workloads) {
          for (const t of targetKeys) {
            const target = TARGETS[t];
            if (target.workloads && !target.workloads.includes(w)) continue;
            const big = w === 'synthetic-10000';
            const plan = big && !opts.full && target.big ? target.big : { runs: pass.runs, interact: true };
            if (i >= plan.runs) continue;
            const capMs = big ? 120_000 : 60_000;
            // On the phone, one tap right after the load went quiet (no wheel zoom or mouse drag:
            // on a phone the app shows the rail, which scrolls).
            const interact = pass.profile === 'phone' && plan.interact ? 'click' : plan.interact;
            const r = await coldLoadOrFailure({ server, target, workload: WORKLOADS[w], capMs, interact, profile });
            ((results[w] ??= {})[t] ??= []).push(r);
            const f = (x) => (typeof x === 'number' ? Math.round(x) : '–');
            console.log(
              r.failed
                ? `${pass.profile.padEnd(7)} run ${i + 1}/${pass.runs}  ${w.padEnd(15)} ${target.label.padEnd(13)} FAILED: ${r.failed.split('\n')[0]}`
                : `${pass.profile.padEnd(7)} run ${i + 1}/${pass.runs}  ${w.padEnd(15)} ${target.label.padEnd(13)} first marker ${f(r.firstMarker)} ms, LCP ${f(r.lcp)} ms, TBT ${f(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, zoom p95 ${r.zoom?.p95 != null ? r.zoom.p95.toFixed(1) : '–'} ms, pan p95 ${r.pan?.p95 != null ? r.pan.p95.toFixed(1) : '–'} ms, click ${f(r.click?.ms)} ms (${((r.wallMs ?? 0) / 1000).toFixed(0)} s)${r.capped ? ' (idle cap reached)' : ''}${r.errors.length ? `, ${r.errors.length} console/page errors` : ''}`,
            );
          }
        }
      }
      const summaries = {};
      for (const w of pass.workloads) {
        summaries[w] = {};
        for (const t of targetKeys) summaries[w][t] = summarize((results[w]?.[t] ?? []).filter((r) => !r.failed));
      }
      byProfile[pass.profile] = { profile, runsPerTarget: pass.runs, workloads: pass.workloads, summaries, runs: results, durationSeconds: Math.round((Date.now() - passStart) / 1000) };
    }

    const targetsForTable = targetKeys.map((key) => ({ key, label: TARGETS[key].label, mine: TARGETS[key].kind === 'ours', ratio: TARGETS[key].ratio === true }));
    for (const [name, pass] of Object.entries(byProfile)) {
      console.log(`\n== ${name}: ${describeProfile(pass.profile)} ==\n`);
      for (const w of pass.workloads) {
        const counts = targetKeys.filter((t) => (pass.runs[w]?.[t] ?? []).length > 0).map((t) => `${TARGETS[t].label} ${(pass.runs[w]?.[t] ?? []).length}`).join(', ');
        console.log(formatTable(`${name}, ${WORKLOADS[w].label}: median (min–max) over cold loads (${counts})`, pass.summaries[w], targetsForTable));
        console.log('');
      }
    }
    const budgets = judgeBudgets(Object.fromEntries(Object.entries(byProfile).map(([name, pass]) => [name, pass.summaries])));
    console.log('Budgets (medians; PASS/FAIL never changes the exit code):');
    console.log(formatBudgets(budgets));

    let screenshots = [];
    if (opts.screenshots && targetKeys.includes('ours') && byProfile.desktop && synthetic[10000]) {
      mkdirSync(RESULTS, { recursive: true });
      screenshots = await takeScreenshots({ server, outDir: RESULTS });
      console.log(`\nScreenshots: ${screenshots.map((s) => path.relative(ROOT, s)).join(', ')}`);
    }

    const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const report = {
      date: new Date().toISOString(),
      options: opts,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadavgAtStart, loadavgAtEnd: os.loadavg(), node: process.version, chromium: chromiumVersion, chromiumArgs: CHROMIUM_ARGS },
      app: { dist: distFiles(), synthetic: Object.fromEntries(Object.entries(synthetic).map(([c, { bytes }]) => [c, bytes])) },
      targets: Object.fromEntries(targetKeys.map((k) => [k, { label: TARGETS[k].label, path: TARGETS[k].path('launches'), origin: TARGETS[k].origin ?? '127.0.0.1', frame: TARGETS[k].frame ?? null, detail: TARGETS[k].detail }])),
      // One entry per profile: { profile, runsPerTarget, workloads, summaries, runs, durationSeconds }.
      profiles: byProfile,
      budgets,
      durationSeconds: Math.round((Date.now() - t0) / 1000),
    };
    mkdirSync(RESULTS, { recursive: true });
    const resultsFile = `${opts.out}.json`;
    writeFileSync(path.join(RESULTS, resultsFile), `${JSON.stringify(report, null, 2)}\n`);
    const each = Object.entries(byProfile).map(([name, pass]) => `${name} ${pass.durationSeconds} s`).join(', ');
    console.log(`\nWrote bench/results/${resultsFile} (${report.durationSeconds} s in all: ${each}; load average ${loadavgAtStart[0].toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, ${os.cpus().length} cores).`);
    if (busy()) console.log('The machine was busy: compare ratios rather than absolute times, or run again when it is quiet.');
    const failedLoads = Object.values(byProfile).flatMap((pass) => Object.values(pass.runs).flatMap((byTarget) => Object.values(byTarget).flat())).filter((r) => r.failed).length;
    if (failedLoads > 0) console.log(`${failedLoads} cold load(s) failed; see "failed" in ${resultsFile}.`);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exit(1);
});
