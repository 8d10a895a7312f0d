// Lighthouse side by side: Lighthouse 12's default config (the mobile preset: a 412 × 823 Moto G
// Power screen, simulated slow 4G and 4× CPU) against our page, a ?launch= link, the embed and the
// two peers' pages, on the bench's own server, in Debian's Chromium with the bench's flags. Median
// of N runs per URL (default 3), each in a new Chromium with a new profile, the URLs interleaved
// run by run. Prints the four category scores and FCP, LCP, TBT, CLS, Speed Index per URL, the
// budget lines, and what kept our URLs from 100; writes bench/results/lighthouse.json.
//
//   node bench/lighthouse.mjs [--runs N] [--port 4310] [--no-build] [--out lighthouse]
//   npm run bench -- --lighthouse [same options]
//
// Ports: the server on --port (and --port + 1, unused here), Chromium's DevTools port on --port + 2.
// Nothing leaves localhost: no name but 127.0.0.1 resolves in that Chromium (the bench's
// --host-resolver-rules), and any request Lighthouse saw to another origin stops the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH, prepare, RESULTS } from './lib/setup.mjs';
import { median } from './lib/stats.mjs';
import { LAUNCH_ID } from './lib/targets.mjs';
import { plainName, portNumber, positiveInteger, readOptions } from './lib/cli.mjs';

export const URLS = [
  { key: 'ours', label: 'page', path: '/?data=launches', mine: true },
  { key: 'share', label: 'launch page', path: `/launch/${LAUNCH_ID}/`, mine: true },
  { key: 'launch', label: '?launch=', path: `/?data=launches&launch=${LAUNCH_ID}`, mine: true },
  { key: 'embed', label: 'embed', path: '/embed.html?embed=1&data=launches', mine: true },
  { key: 'timelinejs', label: 'TimelineJS', path: '/peers/timelinejs.html?data=launches' },
  { key: 'vis', label: 'vis-timeline', path: '/peers/vis-timeline.html?data=launches' },
];
const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best Practices'],
  ['seo', 'SEO'],
];
const AUDITS = [
  ['first-contentful-paint', 'FCP (ms)', 0],
  ['largest-contentful-paint', 'LCP (ms)', 0],
  ['total-blocking-time', 'TBT (ms)', 0],
  ['cumulative-layout-shift', 'CLS', 3],
  ['speed-index', 'Speed Index (ms)', 0],
];

function parseArgs(argv) {
  const v = readOptions(
    argv,
    { runs: { type: 'string' }, quick: { type: 'boolean' }, port: { type: 'string' }, 'no-build': { type: 'boolean' }, out: { type: 'string' } },
    'usage: node bench/lighthouse.mjs [--runs N (default 3) | --quick (1)] [--port 4300-4397] [--no-build] [--out NAME]\n  (or npm run bench -- --lighthouse …)',
  );
  return {
    runs: v.runs !== undefined ? positiveInteger(v.runs, '--runs') : v.quick ? 1 : 3,
    port: v.port !== undefined ? portNumber(v.port, 2) : 4310,
    build: !v['no-build'],
    out: v.out !== undefined ? plainName(v.out) : 'lighthouse',
  };
}

/** Until nothing answers on the port (the last Chromium has let go of it), up to 15 s. */
async function portFree(port) {
  for (let i = 0; i < 150; i += 1) {
    const open = await new Promise((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (!open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} still in use 15 s after Chromium was stopped`);
}

/** One Lighthouse run of one URL in a new Chromium. */
async function lighthouseOnce({ lighthouse, chromeLauncher, url, port, served, CHROMIUM, CHROMIUM_ARGS }) {
  await portFree(port);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, port, logLevel: 'silent' });
  try {
    const started = Date.now();
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map(([id]) => id) });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const requested = (lhr.audits['network-requests']?.details?.items ?? []).map((item) => item.url);
    const off = requested.filter((u) => !served.some((s) => u.startsWith(s)) && !/^(data|blob|about|chrome|chrome-extension):/.test(u));
    if (off.length > 0) throw Object.assign(new Error(`Lighthouse saw requests to other origins from ${url}: ${[...new Set(off)].slice(0, 5).join(', ')}`), { offOrigin: true });
    const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
    const metrics = Object.fromEntries(AUDITS.map(([id]) => [id, lhr.audits[id]?.numericValue ?? null]));
    // What kept each category below 100: its weighted audits that did not pass.
    const failing = {};
    for (const [id] of CATEGORIES) {
      const cat = lhr.categories[id];
      if (!cat) continue;
      failing[id] = cat.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => ({ id: ref.id, weight: ref.weight, score: lhr.audits[ref.id]?.score ?? null, title: lhr.audits[ref.id]?.title, displayValue: lhr.audits[ref.id]?.displayValue ?? null }))
        .filter((a) => a.score !== null && a.score < 1);
    }
    return {
      url,
      seconds: Math.round((Date.now() - started) / 1000),
      scores,
      metrics,
      failing,
      requests: requested.length,
      runWarnings: lhr.runWarnings ?? [],
      runtimeError: lhr.runtimeError ?? null,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent ?? null,
      throttling: lhr.configSettings?.throttling,
      throttlingMethod: lhr.configSettings?.throttlingMethod,
      formFactor: lhr.configSettings?.formFactor,
      screenEmulation: lhr.configSettings?.screenEmulation,
    };
  } finally {
    await chrome.kill();
  }
}

const stats = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : { median: null, min: null, max: null, n: 0 };
};

const fmt = (x, d) => (x === null ? '–' : x.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d }));
const cell = (s, d) => (s.median === null ? '–' : s.min === s.max ? fmt(s.median, d) : `${fmt(s.median, d)} (${fmt(s.min, d)}–${fmt(s.max, d)})`);

function formatTable(summaries) {
  const head = ['URL', ...CATEGORIES.map(([, l]) => l), ...AUDITS.map(([, l]) => l)];
  const rows = URLS.filter((u) => summaries[u.key]).map((u) => [u.label, ...CATEGORIES.map(([id]) => cell(summaries[u.key].scores[id], 0)), ...AUDITS.map(([id, , d]) => cell(summaries[u.key].metrics[id], d))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function judge(summaries) {
  const out = [];
  const score = (key, cat) => summaries[key]?.scores[cat]?.median ?? null;
  const push = (name, value, ok) => out.push({ name, status: value === null ? 'N/A' : ok ? 'PASS' : 'FAIL', detail: value === null ? '–' : String(value) });
  for (const [id, label] of CATEGORIES) push(`page: Lighthouse ${label} = 100`, score('ours', id), score('ours', id) === 100);
  push('embed: Lighthouse Performance ≥ 95', score('embed', 'performance'), score('embed', 'performance') >= 95);
  // The launch page is the launch's own page (/launch/<id>/), what Copy link and Cite give.
  push('launch page (/launch/<id>/): Lighthouse Performance ≥ 95', score('share', 'performance'), score('share', 'performance') >= 95);
  return out;
}

export async function lighthouseMain(argv) {
  const opts = parseArgs(argv);
  const t0 = Date.now();
  const loadavgAtStart = os.loadavg();
  if (loadavgAtStart[0] > os.cpus().length) console.log(`Note: load average ${loadavgAtStart[0].toFixed(1)} on ${os.cpus().length} cores: other work is running. Lighthouse's simulated metrics come from the trace's CPU times, so a busy machine still moves them.`);
  const { server } = await prepare({ port: opts.port, build: opts.build, synthetic: false });
  const served = Object.values(server.urls).map((u) => `${u}/`);
  // Lighthouse and chrome-launcher are bench/ dev dependencies (installed by prepare if missing).
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { CHROMIUM, CHROMIUM_ARGS } = await import('./lib/measure.mjs');
  const version = JSON.parse(readFileSync(path.join(BENCH, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  console.log(`Lighthouse ${version}, default config (mobile preset, simulated throttling), ${opts.runs} run(s) per URL, Chromium ${CHROMIUM} on DevTools port ${opts.port + 2}`);
  const runs = {};
  try {
    for (let i = 0; i < opts.runs; i += 1) {
      for (const u of URLS) {
        const url = server.url + u.path;
        let r;
        try {
          r = await lighthouseOnce({ lighthouse, chromeLauncher, url, port: opts.port + 2, served, CHROMIUM, CHROMIUM_ARGS });
        } catch (error) {
          if (error.offOrigin) throw error;
          r = { url, failed: String(error?.message ?? error) };
        }
        (runs[u.key] ??= []).push(r);
        console.log(
          r.failed
            ? `run ${i + 1}/${opts.runs}  ${u.label.padEnd(12)} FAILED: ${r.failed.split('\n')[0]}`
            : `run ${i + 1}/${opts.runs}  ${u.label.padEnd(12)} ${CATEGORIES.map(([id, l]) => `${l} ${r.scores[id] ?? '–'}`).join(', ')}; LCP ${Math.round(r.metrics['largest-contentful-paint'] ?? NaN)} ms, TBT ${Math.round(r.metrics['total-blocking-time'] ?? NaN)} ms (${r.seconds} s)${r.runtimeError ? `, runtime error ${r.runtimeError.code}` : ''}${r.runWarnings.length ? `, ${r.runWarnings.length} warning(s)` : ''}`,
        );
      }
    }
  } finally {
    await server.close();
  }
  const summaries = {};
  for (const u of URLS) {
    const ok = (runs[u.key] ?? []).filter((r) => !r.failed);
    if (ok.length === 0) continue;
    summaries[u.key] = {
      scores: Object.fromEntries(CATEGORIES.map(([id]) => [id, stats(ok.map((r) => r.scores[id]))])),
      metrics: Object.fromEntries(AUDITS.map(([id]) => [id, stats(ok.map((r) => r.metrics[id]))])),
      n: ok.length,
      of: runs[u.key].length,
    };
  }
  console.log(`\nLighthouse ${version}, mobile preset (simulated slow 4G, 4× CPU, 412 × 823): median (min–max) of ${opts.runs} run(s) per URL`);
  console.log(formatTable(summaries));
  const budgets = judge(summaries);
  console.log('\nBudgets (medians; PASS/FAIL never changes the exit code):');
  for (const b of budgets) console.log(`  ${b.status.padEnd(4)}  ${b.name}: ${b.detail}`);
  // What kept our URLs from 100, category by category, and in how many runs.
  for (const u of URLS.filter((x) => x.mine)) {
    const ok = (runs[u.key] ?? []).filter((r) => !r.failed);
    const counts = new Map();
    for (const r of ok) for (const [cat, list] of Object.entries(r.failing)) for (const a of list) {
      const k = `${cat}: ${a.id}`;
      const c = counts.get(k) ?? { n: 0, title: a.title, scores: [], displayValue: a.displayValue };
      c.n += 1;
      c.scores.push(a.score);
      counts.set(k, c);
    }
    if (counts.size === 0) continue;
    console.log(`\n${u.label}: audits that did not pass (weighted in their category):`);
    for (const [k, c] of counts) console.log(`  ${k} (${c.title}${c.displayValue ? `, ${c.displayValue}` : ''}): score ${c.scores.map((s) => s.toFixed(2)).join(', ')}, in ${c.n} of ${ok.length} run(s)`);
  }
  const warnings = [...new Set(Object.values(runs).flat().flatMap((r) => r.runWarnings ?? []))];
  if (warnings.length) console.log(`\nLighthouse's warnings: ${warnings.join(' | ')}`);

  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const report = {
    date: new Date().toISOString(),
    options: opts,
    lighthouse: version,
    config: 'default (mobile preset: formFactor mobile, screen 412 × 823 at 1.75, throttlingMethod simulate, slow 4G 150 ms RTT 1,638.4 kbps, CPU 4×)',
    machine: { cpus: os.cpus().length, loadavgAtStart, loadavgAtEnd: os.loadavg(), node: process.version, chromium, chromiumArgs: CHROMIUM_ARGS },
    urls: URLS,
    summaries,
    budgets,
    runs,
    durationSeconds: Math.round((Date.now() - t0) / 1000),
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, `${opts.out}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/${opts.out}.json (${report.durationSeconds} s; load average ${loadavgAtStart[0].toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, ${os.cpus().length} cores).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  lighthouseMain(process.argv.slice(2)).catch((error) => {
    console.error(`\nlighthouse failed: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
