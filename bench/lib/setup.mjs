// What `node bench/run.mjs` and `node bench/lighthouse.mjs` both do first: install the peers (and
// Lighthouse) into bench/node_modules if missing, build the app, write the synthetic datasets
// (cold-load bench only), and start the static server on `port` (the app, the peer pages, the
// floor page) and `port + 1` (the same files as http://localhost:<port+1>, the embed's host page).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSynthetic, writeSynthetic } from '../makeSynthetic.mjs';
import { floorHtml } from '../peers/floor.mjs';
import { startServer } from './server.mjs';

export const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(BENCH, '..');
export const DIST = path.join(ROOT, 'dist');
export const RESULTS = path.join(BENCH, 'results');
/** The host page's name: another site than 127.0.0.1 (see CHROMIUM_ARGS' resolver rules). */
export const HOST_NAME = 'localhost';

export function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

export function ensurePeers() {
  const needed = ['@knight-lab/timelinejs/dist/js/timeline.js', 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'lighthouse/package.json'];
  if (needed.every((f) => existsSync(path.join(BENCH, 'node_modules', f)))) return;
  console.log('Installing the peers and Lighthouse into bench/node_modules (npm ci in bench/)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], BENCH);
}

export function distFiles() {
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

/**
 * build: run `npx vite build` first; synthetic: write and check the synthetic datasets.
 * Returns { server, synthetic } (synthetic: { [count]: { text, bytes } }, empty without).
 */
export async function prepare({ port, build = true, synthetic: withSynthetic = true }) {
  ensurePeers();
  if (build) {
    console.log('Building the app (npx vite build → dist/)…');
    run('npx', ['vite', 'build', '--logLevel', 'warn'], ROOT);
  } else if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ has no build: run without --no-build');

  // Written into dist/data (after the build, which empties dist/), then snapshotted into the
  // server's memory at once: a build by someone else while the bench runs changes nothing.
  const synthetic = {};
  if (withSynthetic) for (const count of [1000, 10000]) synthetic[count] = writeSynthetic(count, path.join(DIST, 'data'));

  const appUrl = `http://127.0.0.1:${port}`;
  const nm = path.join(BENCH, 'node_modules');
  const launches = readFileSync(path.join(DIST, 'data/launches.json'), 'utf8');
  const server = await startServer({
    port,
    also: [{ port: port + 1, name: HOST_NAME }],
    mounts: [
      { prefix: '/', dir: DIST },
      { prefix: '/peers/', dir: path.join(BENCH, 'peers') },
      { prefix: '/peers/lib/timelinejs/', dir: path.join(nm, '@knight-lab/timelinejs/dist'), files: ['js/timeline.js', 'css/timeline.css', ...readdirSync(path.join(nm, '@knight-lab/timelinejs/dist/css/icons')).map((f) => `css/icons/${f}`)] },
      { prefix: '/peers/lib/vis-timeline/', dir: path.join(nm, 'vis-timeline/standalone/umd'), files: ['vis-timeline-graph2d.min.js'] },
      { prefix: '/peers/lib/vis-timeline/', dir: path.join(nm, 'vis-timeline/styles'), files: ['vis-timeline-graph2d.min.css'] },
      // Made at start: the floor from the dataset being served, the host page pointing at this
      // server's origin (it is opened from the other one).
      {
        prefix: '/peers/',
        content: {
          'floor.html': floorHtml(JSON.parse(launches)),
          'host.html': readFileSync(path.join(BENCH, 'peers/host.html'), 'utf8').replaceAll('__APP__', appUrl),
        },
      },
    ],
  });
  const needed = ['/index.html', '/embed.html', '/embed.js', '/data/launches.json', ...Object.keys(synthetic).map((c) => `/data/synthetic-${c}.json`)];
  for (const file of needed) {
    if (!server.files.has(file)) {
      await server.close();
      throw new Error(`dist${file} vanished before the server read it (another build running?): run the bench again`);
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
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(130));
  });
  console.log(`Serving dist/ and the peers at ${server.url}/ and, for the embed's host page, ${server.urls[HOST_NAME]}/ (${server.files.size} files, gzip -9 precompressed)`);
  return { server, synthetic };
}
