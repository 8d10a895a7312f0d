// @vitest-environment node
// An edition follows its data: a launch dated 2024 added to a copy of the data file (and the
// period widened to take it in) changes the title, the description, the axis, the counts, the
// prerendered markers and the share pages of a build, with no change to the code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type RawLaunch = Record<string, unknown> & { id: string; launchedAt: string };
type RawDataset = { range: { start: string; end: string }; launches: RawLaunch[] };

const ROOT = path.resolve(import.meta.dirname, '..');
const NEW_ID = '2024-05-27-fixture-satellite';
let work = '';
let html = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'nk-edition-'));
  const pub = path.join(work, 'public');
  cpSync(path.join(ROOT, 'public'), pub, { recursive: true });
  const file = path.join(pub, 'data/launches.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as RawDataset;
  const model = data.launches.at(-1);
  if (!model) throw new Error('the data file has no launch to copy');
  // A copy of the last launch with its own id, day, names and outcome: every field still cited.
  data.launches.push({ ...model, id: NEW_ID, launchedAt: '2024-05-27T13:44:00Z', payload: 'Fixture satellite', vehicle: 'Fixture rocket', vehicleAliases: [], outcome: 'failure', northKoreaClaimed: 'failure', outcomeSummary: 'A fixture launch that failed', facts: [], orbit: undefined });
  data.range.end = '2024-12-31';
  writeFileSync(file, JSON.stringify(data, null, 2));
  const build = spawnSync('npx', ['vite', 'build', '--outDir', path.join(work, 'dist'), '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, NK_PUBLIC_DIR: pub },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
  html = readFileSync(path.join(work, 'dist/index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build of a data file with a launch in 2024', () => {
  it('titles the page and describes it with the new period and count', () => {
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe("North Korea's satellite launch attempts, 1998–2024");
    expect(html).toContain('<h1 class="page-header__title" dir="auto">North Korea&#x27;s satellite launch attempts, 1998–2024</h1>');
    expect(html).toMatch(/<meta name="description" content="An interactive, sourced timeline: 9 launch attempts from 1998 to 2024; 3 reached orbit\./);
    expect(html).toContain('Nine attempts from 1998 to 2024; three reached orbit.');
  });

  it('draws the new launch on an axis that runs to 2024', () => {
    // The chart's markers (the phone's rail draws its own buttons).
    expect(html.match(/<g class="tl-marker"[^>]*data-launch-id="/g)).toHaveLength(9);
    expect(html).toContain(`data-launch-id="${NEW_ID}"`);
    const ticks = [...html.matchAll(/<g class="tick"[^>]*><line[^>]*><\/line><text[^>]*>(\d{4})<\/text><\/g>/g)].map((m) => Number(m[1]));
    expect(Math.max(...ticks)).toBe(2024);
  });

  it('gives the new launch its share page and card', () => {
    const page = readFileSync(path.join(work, `dist/launch/${NEW_ID}/index.html`), 'utf8');
    expect(page).toContain("<title>Fixture satellite (Fixture rocket), 27 May 2024: failed · North Korea's satellite launch attempts, 1998–2024</title>");
    expect(existsSync(path.join(work, `dist/launch/${NEW_ID}/card.png`))).toBe(true);
  });
});
