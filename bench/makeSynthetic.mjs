// `node bench/makeSynthetic.mjs <count> <out-dir> [--check]`: writes <out-dir>/synthetic-<count>.json,
// a dataset valid for the app's schema (docs/data-format.md): <count> launches spread over
// 1998–2023, every headline field cited, every source cited, a few responses and context events.
// Deterministic (seeded), so every run of the bench loads the same bytes.
// Records are lean on purpose: 10,000 of them must stay under the app's 5 MB cap.
// With --check it also runs the app's own strict checker (`scripts/dataCheck.ts`) on a copy.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 5 * 1024 * 1024;
const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const START_MS = Date.UTC(1998, 0, 1);
const END_MS = Date.UTC(2023, 11, 31, 23, 59);
// Pyongyang Time (UTC+8:30) was in force from 15 Aug 2015 to 4 May 2018 (local dates).
const PYT_FROM = Date.UTC(2015, 7, 14, 15, 0);
const PYT_TO = Date.UTC(2018, 4, 4, 15, 0);

/** mulberry32: a small seeded PRNG, so the files are the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = [
  // One-letter ids: they are repeated seven times in every launch.
  ['u', 'United Nations', 'un'],
  ['g', 'Synthetic Ministry of Defence', 'government'],
  ['k', 'KCNA (synthetic)', 'north-korea-state-media'],
  ['n', 'Synthetic Wire Service', 'news'],
  ['r', 'Synthetic Space Research Centre', 'research'],
  ['e', 'Synthetic Encyclopaedia', 'reference'],
].map(([id, publisher, publisherType]) => ({
  id,
  publisher,
  publisherType,
  title: `${publisher}: synthetic benchmark source`,
  url: `https://example.org/${id}`,
  provenance: 'original',
}));

const VEHICLES = ['Paektusan-1', 'Unha-2', 'Unha-3', 'Chollima-1'];
const SITES = [
  { name: 'Tonghae', lat: 40.86, lon: 129.69 },
  { name: 'Sohae', lat: 39.66, lon: 124.71 },
];
const OUTCOMES = [
  ['success', 'In orbit'],
  ['failure', 'No orbit'],
  ['partial', 'Silent in orbit'],
];
const CLAIMS = ['success', 'failure', 'none'];
const CONTEXT_KINDS = ['nuclear-test', 'missile-test', 'political', 'diplomatic', 'space-programme'];

const pad = (n, width = 2) => String(n).padStart(width, '0');
const isoMinute = (ms) => new Date(ms).toISOString().slice(0, 16) + ':00Z';
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

export function makeSynthetic(count) {
  const rand = random(0x5eed + count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const times = Array.from({ length: count }, () => START_MS + Math.floor((rand() * (END_MS - START_MS)) / 60_000) * 60_000).sort((a, b) => a - b);
  const width = String(count).length;

  const launches = times.map((ms, i) => {
    const n = i + 1;
    const offset = ms >= PYT_FROM && ms < PYT_TO ? '+08:30' : '+09:00';
    const localMs = ms + (offset === '+08:30' ? 510 : 540) * 60_000;
    const r = rand();
    const [outcome, outcomeSummary] = r < 0.4 ? OUTCOMES[0] : r < 0.9 ? OUTCOMES[1] : OUTCOMES[2];
    const launch = {
      id: `${day(localMs)}-s${n}`,
      launchedAt: isoMinute(ms),
      timePrecision: 'minute',
      pyongyangUtcOffset: offset,
      // Whose time it is, as the data check asks of every launch (short: 10,000 must fit the cap).
      timeSource: 'NORAD',
      vehicle: pick(VEHICLES),
      vehicleAliases: [],
      payload: `Sat ${n}`,
      site: pick(SITES),
      outcome,
      outcomeSummary,
      northKoreaClaimed: pick(CLAIMS),
      summary: 'Synthetic launch.',
      citations: { launchedAt: ['g'], vehicle: ['e'], payload: ['e'], site: ['e'], outcome: ['r'], northKoreaClaimed: ['k'], summary: ['n'] },
      facts: [],
    };
    // A few richer records, so the panel has something to lay out.
    if (i % 25 === 0) launch.facts.push({ text: `Synthetic fact about launch ${n}.`, sourceIds: ['n', 'r'] });
    return launch;
  });

  // One response per 50 launches, each answering two neighbouring launches.
  const condemnations = [];
  for (let i = 0; i + 1 < count; i += 50) {
    const a = launches[i];
    const b = launches[i + 1];
    condemnations.push({
      id: `r-${pad(i + 1, width)}`,
      date: b.launchedAt.slice(0, 10),
      by: 'UN Security Council',
      actorType: 'un-security-council',
      kind: pick(['press-statement', 'statement', 'meeting-without-outcome']),
      summary: 'Synthetic response for the benchmark.',
      launchIds: [a.id, b.id],
      sourceIds: ['u'],
    });
  }
  if (condemnations.length === 0) throw new Error('need at least 2 launches');

  const contextEvents = Array.from({ length: 13 }, (_, i) => {
    const ms = START_MS + Math.floor(((i + 0.5) / 13) * (END_MS - START_MS));
    return { id: `c-${pad(i + 1)}`, date: day(ms), kind: CONTEXT_KINDS[i % CONTEXT_KINDS.length], title: `Context event ${i + 1}`, summary: 'Synthetic context event.', sourceIds: ['n'] };
  });

  return {
    schemaVersion: 1,
    id: `synthetic-${count}`,
    title: `Synthetic benchmark dataset: ${count.toLocaleString('en')} launches, 1998–2023`,
    version: '1.0.0',
    updated: '2024-01-01',
    range: RANGE,
    license: 'CC0',
    sources: SOURCES,
    launches,
    condemnations,
    contextEvents,
    corrections: [],
  };
}

/** Writes the file; returns its path, size and text. Throws when it would exceed the app's cap. */
export function writeSynthetic(count, outDir) {
  const text = JSON.stringify(makeSynthetic(count));
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`synthetic-${count}.json is ${bytes} bytes, over the app's 5 MB cap`);
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `synthetic-${count}.json`);
  writeFileSync(file, text);
  return { file, bytes, text };
}

/**
 * Runs the app's strict data check (`npx tsx scripts/dataCheck.ts <dir>`: schema, id == file name,
 * every source cited) on a temp folder holding just this dataset and the JSON Schema.
 */
export function checkSynthetic(text, fileName) {
  const dir = mkdtempSync(path.join(tmpdir(), 'nk-bench-check-'));
  try {
    writeFileSync(path.join(dir, fileName), text);
    cpSync(path.join(ROOT, 'public/data/dataset.schema.json'), path.join(dir, 'dataset.schema.json'));
    const result = spawnSync('npx', ['tsx', 'scripts/dataCheck.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [countArg, outDir = path.join(ROOT, 'dist/data')] = args.filter((a) => !a.startsWith('--'));
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 2 || count > 20_000) {
    console.error('usage: node bench/makeSynthetic.mjs <count 2..20000> [out-dir] [--check]');
    process.exit(2);
  }
  const { file, bytes, text } = writeSynthetic(count, outDir);
  console.log(`wrote ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
  if (args.includes('--check')) {
    const { ok, output } = checkSynthetic(text, path.basename(file));
    console.log(output);
    process.exitCode = ok ? 0 : 1;
  }
}
