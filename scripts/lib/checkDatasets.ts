// `npm run data:check`: the same parser the app runs, made strict. Every problem the app
// would tolerate (a skipped record, an unknown key, a withheld link) is an error here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataset } from '../../src/data/parseDataset.ts';
import { MAX_DATASET_BYTES, withoutBom } from '../../src/data/fetchDataset.ts';
import type { Problem } from '../../src/data/problems.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { sourceUrlProblems } from '../../src/data/sourceUrlRules.ts';
import { checkTranslationText, overlayName } from './checkTranslations.ts';
import { datasetJsonSchema } from './datasetJsonSchema.ts';

/** `notes` are reported, never failures: a translation's stale and missing texts. */
export type FileReport = { file: string; problems: Problem[]; summary?: string; notes?: string[] };

const SCHEMA_FILE = 'dataset.schema.json';

export function checkDatasetText(text: string, fileName: string): FileReport {
  const file = fileName;
  if (Buffer.byteLength(text) > MAX_DATASET_BYTES) {
    return { file, problems: [{ path: '(file)', message: `larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    return { file, problems: [{ path: '(file)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const result = parseDataset(json);
  if (!result.ok) return { file, problems: result.problems };
  const problems = [...result.problems];
  const { dataset } = result;
  const expectedId = path.basename(fileName, '.json');
  if (dataset.id !== expectedId) problems.push({ path: 'id', message: `is "${dataset.id}" but the file is ${expectedId}.json; they must match` });
  const cited = new Set<string>();
  for (const l of dataset.launches) {
    Object.values(l.citations).flat().forEach((id) => cited.add(id));
    l.facts.forEach((f) => f.sourceIds.forEach((id) => cited.add(id)));
    l.orbit?.sourceIds.forEach((id) => cited.add(id));
  }
  const storyRecords = [...dataset.annotations, ...dataset.vehicles, ...dataset.sites, ...(dataset.standfirst ? [dataset.standfirst] : [])];
  for (const r of [...dataset.condemnations, ...dataset.contextEvents, ...storyRecords]) r.sourceIds.forEach((id) => cited.add(id));
  dataset.sources.forEach((s, i) => {
    if (!cited.has(s.id)) problems.push({ path: `sources[${i}]`, message: `source "${s.id}" is never cited; cite it or remove it` });
  });
  problems.push(...editorialProblems(json, dataset));
  const summary = `${dataset.launches.length} launches, ${dataset.condemnations.length} responses, ${dataset.contextEvents.length} context events, ${dataset.sources.length} sources`;
  return { file, problems, summary };
}

/** Where a record with this id sits in the file's own list (the loader sorts launches by time). */
function fileIndex(json: unknown, list: 'sources' | 'launches', id: string): number {
  const items = typeof json === 'object' && json !== null && list in json ? (json as Record<string, unknown>)[list] : undefined;
  if (!Array.isArray(items)) return -1;
  return items.findIndex((item: unknown) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id);
}

/**
 * What a published dataset owes its readers beyond a valid format (docs/data-format.md, "What
 * data:check adds"): addresses a reader can be sent to, titles that are the page's own or marked
 * as ours, a word on what each page is, and who gave each launch time.
 */
function editorialProblems(json: unknown, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const source of dataset.sources) {
    const base = `sources[${fileIndex(json, 'sources', source.id)}]`;
    for (const message of sourceUrlProblems(source.rawUrl)) problems.push({ path: `${base}.url`, message });
    if (/^\[.*\]$/s.test(source.title)) {
      problems.push({ path: `${base}.title`, message: 'is a made-up title in brackets; write what the page is without brackets and set "descriptiveTitle": true, or use the page\'s own headline' });
    }
    if (source.provenance === undefined) {
      problems.push({ path: `${base}.provenance`, message: 'is missing; say whether the page is the "original", a "republication" (with "via") or an "archive-copy" (with "via")' });
    }
  }
  for (const launch of dataset.launches) {
    if (launch.timeSource === undefined) {
      problems.push({ path: `launches[${fileIndex(json, 'launches', launch.id)}].timeSource`, message: 'is missing; say who measured or claimed the launch time' });
    }
  }
  return problems;
}

export function checkSchemaFile(dir: string): FileReport {
  const file = path.join(dir, SCHEMA_FILE);
  const expected = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  let actual = '';
  try {
    actual = readFileSync(file, 'utf8');
  } catch {
    return { file, problems: [{ path: '(file)', message: 'missing; run `npm run data:schema`' }] };
  }
  return actual === expected
    ? { file, problems: [], summary: 'matches the schema code' }
    : { file, problems: [{ path: '(file)', message: 'out of date with src/data/schema.ts; run `npm run data:schema`' }] };
}

export function checkDirectory(dir: string): FileReport[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .sort();
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const reports: FileReport[] = files.map((name) => {
    const overlay = overlayName(name);
    if (overlay === null) return checkDatasetText(read(name), path.join(dir, name));
    const datasetFile = `${overlay.dataset}.json`;
    return checkTranslationText(read(name), path.join(dir, name), files.includes(datasetFile) ? read(datasetFile) : null, overlay);
  });
  if (files.length === 0) reports.push({ file: dir, problems: [{ path: '(folder)', message: 'holds no dataset' }] });
  return [...reports, checkSchemaFile(dir)];
}

export function formatReports(reports: readonly FileReport[]): string {
  return reports
    .map((r) =>
      r.problems.length === 0
        ? [`✓ ${r.file}: ${r.summary ?? 'ok'}`, ...(r.notes ?? []).map((note) => `  note: ${note}`)].join('\n')
        : [`✗ ${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`, ...r.problems.map((p) => `  ${p.path}: ${p.message}`)].join('\n'),
    )
    .join('\n');
}
