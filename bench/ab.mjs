// A/B of two builds of the app: cold loads of the real dataset, the two builds interleaved load by
// load (A B, then B A, and so on) so both see the same noise from whatever else the machine runs.
// Each load: first marker, hydration done, long tasks, layout shift, then one click right after the
// load went quiet (no zoom or pan before it). See bench/README.md, "Comparing two builds".
//
//   npx vite build --outDir /tmp/a && … change … && npx vite build --outDir /tmp/b
//   node bench/ab.mjs --a /tmp/a --b /tmp/b [--runs 7] [--profiles desktop,phone] [--port 4320] [--out name]
//     [--path-a '/?embed=1&data={data}'] [--path-b '/embed.html?embed=1&data={data}']
//   (the page each build is opened at; default the bare page, `/?data={data}`)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { coldLoadOrFailure, describeProfile, PROFILES } from './lib/measure.mjs';
import { TARGETS } from './lib/targets.mjs';
import { median } from './lib/stats.mjs';
import { list, plainName, portNumber, positiveInteger, readOptions } from './lib/cli.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const v = readOptions(
    argv,
    { a: { type: 'string' }, b: { type: 'string' }, runs: { type: 'string' }, profiles: { type: 'string' }, port: { type: 'string' }, out: { type: 'string' }, 'path-a': { type: 'string' }, 'path-b': { type: 'string' } },
    'usage: node bench/ab.mjs --a <build> --b <build> [--runs N (default 7)] [--profiles desktop,phone] [--port P] [--out NAME] [--path-a PATH] [--path-b PATH]',
  );
  const opts = {
    a: v.a === undefined ? null : path.resolve(v.a),
    b: v.b === undefined ? null : path.resolve(v.b),
    runs: v.runs !== undefined ? positiveInteger(v.runs, '--runs') : 7,
    profiles: list(v.profiles) ?? ['desktop', 'phone'],
    port: v.port !== undefined ? portNumber(v.port, 1) : 4320,
    out: v.out !== undefined ? plainName(v.out) : 'ab',
    pathA: v['path-a'],
    pathB: v['path-b'],
  };
  for (const dir of [opts.a, opts.b]) if (!dir || !existsSync(path.join(dir, 'index.html'))) throw new Error('--a and --b must each name a build (a folder with index.html)');
  for (const p of opts.profiles) if (!PROFILES[p]) throw new Error(`unknown profile ${p}`);
  return opts;
}

const METRICS = [
  ['firstMarker', 'first marker visible (ms)', (r) => r.firstMarker, 0],
  ['hydrated', 'hydration done (ms)', (r) => r.hydrated, 0],
  ['idle', 'quiet from (ms)', (r) => r.idle, 0],
  ['longTasks', 'long tasks to idle', (r) => r.longTasks, 0],
  ['longestTask', 'longest task (ms)', (r) => r.longestTask, 0],
  ['tbt', 'total blocking time (ms)', (r) => r.tbt, 0],
  ['cls', 'layout shift to idle (CLS)', (r) => r.cls, 3],
  ['click', 'click → detail after load (ms)', (r) => r.click?.ms, 0],
  ['mainThreadCpu', 'main-thread CPU to idle (ms)', (r) => r.mainThreadCpu, 0],
  ['processCpu', 'renderer CPU to idle (ms)', (r) => r.processCpu, 0],
  ['js', 'JS requested, gzip (KiB)', (r) => r.bytes.js.gz / 1024, 1],
  ['requests', 'requests', (r) => r.bytes.requests, 0],
];

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : { median: null, min: null, max: null, n: 0 };
}

const fmt = (x, d) => (x === null ? '–' : x.toFixed(d));
const cell = (s, d) => (s.median === null ? '–' : `${fmt(s.median, d)} (${fmt(s.min, d)}–${fmt(s.max, d)}) n=${s.n}`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const loadavgAtStart = os.loadavg();
  const servers = { A: await startServer({ port: opts.port, mounts: [{ prefix: '/', dir: opts.a }] }), B: await startServer({ port: opts.port + 1, mounts: [{ prefix: '/', dir: opts.b }] }) };
  const workload = { data: 'launches' };
  // The same measurements at another address of each build (the embed, say).
  const at = (template) => (template ? { ...TARGETS.ours, path: (data) => template.replace('{data}', data) } : TARGETS.ours);
  const targets = { A: at(opts.pathA), B: at(opts.pathB) };
  const runs = {};
  try {
    for (let i = 0; i < opts.runs; i += 1) {
      for (const p of opts.profiles) {
        for (const variant of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
          const r = await coldLoadOrFailure({ server: servers[variant], target: targets[variant], workload, interact: 'click', profile: PROFILES[p] });
          ((runs[p] ??= {})[variant] ??= []).push(r);
          const f = (x) => (typeof x === 'number' ? Math.round(x) : '–');
          console.log(
            r.failed
              ? `run ${i + 1}/${opts.runs} ${p.padEnd(7)} ${variant} FAILED: ${r.failed.split('\n')[0]}`
              : `run ${i + 1}/${opts.runs} ${p.padEnd(7)} ${variant} first marker ${f(r.firstMarker)}, hydrated ${f(r.hydrated)}, longest task ${f(r.longestTask)}, TBT ${f(r.tbt)}, CLS ${r.cls.toFixed(3)}, main-thread CPU ${f(r.mainThreadCpu)}, renderer CPU ${f(r.processCpu)}, click ${f(r.click?.ms)} ms${r.errors.length ? `, errors: ${r.errors.join(' | ')}` : ''}`,
          );
        }
      }
    }
  } finally {
    await servers.A.close();
    await servers.B.close();
  }
  const summaries = {};
  for (const p of opts.profiles) {
    summaries[p] = {};
    console.log(`\n${p} (${describeProfile(PROFILES[p])}): median (min–max) n; A = ${opts.a}, B = ${opts.b}`);
    for (const [id, label, get, d] of METRICS) {
      const ok = (v) => (runs[p]?.[v] ?? []).filter((r) => !r.failed);
      const a = stats(ok('A').map(get));
      const b = stats(ok('B').map(get));
      summaries[p][id] = { A: a, B: b };
      const diff = a.median === null || b.median === null ? '–' : fmt(b.median - a.median, d);
      console.log(`${label.padEnd(32)} A ${cell(a, d).padEnd(28)} B ${cell(b, d).padEnd(28)} B−A ${diff}`);
    }
  }
  mkdirSync(path.join(BENCH, 'results'), { recursive: true });
  const file = path.join(BENCH, 'results', `${opts.out}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), options: opts, machine: { cpus: os.cpus().length, loadavgAtStart, loadavgAtEnd: os.loadavg() }, summaries, runs }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), file)} (load average ${loadavgAtStart[0].toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, ${os.cpus().length} cores).`);
}

main().catch((error) => {
  console.error(`\nab failed: ${error?.stack ?? error}`);
  process.exit(1);
});
