// The one door from raw JSON to typed data. Policy (docs/data-format.md, "What the loader does"):
// a broken file header rejects the file; a broken record is skipped and named; a broken
// reference drops only that reference, and the record with it when nothing sourced is left.
import * as v from 'valibot';
import {
  condemnationSchema,
  contextEventSchema,
  correctionSchema,
  datasetHeaderSchema,
  launchSchema,
  sourceSchema,
  type Condemnation,
  type ContextEvent,
  type Correction,
  type Dataset,
  type Fact,
  type Launch,
  type Source,
} from './schema.ts';
import { annotationSchema, siteSchema, standfirstSchema, vehicleSchema, type Annotation, type Site, type Standfirst, type Vehicle } from './storySchema.ts';
import { isWebUrl, PARSE_CONFIG, parseUtcInstant } from './validators.ts';
import { issuesToProblems, joinPath, preview, type Problem } from './problems.ts';
import { findUnknownKeys } from './unknownKeys.ts';

export type SkipCounts = Record<'sources' | 'launches' | 'condemnations' | 'contextEvents' | 'corrections', { skipped: number; total: number }>;

/** Kept apart from SkipCounts so views that name every list they count need not change. */
export type StorySkipCounts = Record<'annotations' | 'vehicles' | 'sites', { skipped: number; total: number }>;

export type ParseResult =
  | { ok: true; dataset: Dataset; problems: Problem[]; skipped: SkipCounts & StorySkipCounts }
  | { ok: false; problems: Problem[] };

type Parsed<T> = { index: number; record: T };

/** Beyond these the file is refused at once, before any record is read. */
export const MAX_RECORDS = {
  sources: 50_000,
  launches: 20_000,
  condemnations: 50_000,
  contextEvents: 5_000,
  corrections: 5_000,
  annotations: 1_000,
  vehicles: 1_000,
  sites: 1_000,
} as const;

function parseRecords<T extends { id: string }>(
  listName: string,
  items: unknown[],
  schema: v.GenericSchema<unknown, T>,
  problems: Problem[],
): Parsed<T>[] {
  const seen = new Map<string, number>();
  const out: Parsed<T>[] = [];
  items.forEach((item, index) => {
    const base = joinPath(listName, index);
    const result = v.safeParse(schema, item, PARSE_CONFIG);
    if (!result.success) {
      problems.push(...issuesToProblems(base, result.issues).map(withSkip));
      return;
    }
    const first = seen.get(result.output.id);
    if (first !== undefined) {
      problems.push({ path: `${base}.id`, message: `duplicate id ${preview(result.output.id)} (first at ${listName}[${first}]); record skipped` });
      return;
    }
    seen.set(result.output.id, index);
    for (const key of findUnknownKeys(item, result.output, base)) {
      problems.push({ path: key, message: 'unknown key, ignored' });
    }
    out.push({ index, record: result.output });
  });
  return out;
}

function withSkip(problem: Problem): Problem {
  return { ...problem, message: `${problem.message}; record skipped` };
}

/** Keeps the ids that exist; names each one that does not. */
function knownIds(ids: readonly string[], known: ReadonlySet<string>, path: string, what: string, problems: Problem[]): string[] {
  return ids.filter((id, i) => {
    if (known.has(id)) return true;
    problems.push({ path: joinPath(path, i), message: `unknown ${what} ${preview(id)}` });
    return false;
  });
}

function inRange(day: string, range: Dataset['range']): boolean {
  return day >= range.start && day <= range.end;
}

/** Records that only group or cite: kept when at least one of their sources is known. */
function citedRecords<T extends { id: string; sourceIds: string[] }>(
  listName: string,
  items: unknown[],
  schema: v.GenericSchema<unknown, T>,
  cite: (ids: string[], path: string) => string[],
  problems: Problem[],
): T[] {
  const out: T[] = [];
  for (const { index, record } of parseRecords(listName, items, schema, problems)) {
    const cited = cite(record.sourceIds, `${listName}[${index}].sourceIds`);
    if (cited.length === 0) problems.push({ path: `${listName}[${index}]`, message: 'no known source left; record skipped' });
    else out.push({ ...record, sourceIds: cited });
  }
  return out;
}

/**
 * A launch's reference to a vehicle or site record. An unknown id is dropped (the launch is
 * grouped by its own text instead); a name that disagrees with the record is named but kept,
 * since the reference is the editor's explicit statement and the text may be a display form.
 */
function checkGroupRef<T extends { id: string; name: string }>(
  ref: string | undefined,
  records: ReadonlyMap<string, T>,
  listed: boolean,
  path: string,
  what: 'vehicle' | 'site',
  matches: (record: T) => boolean,
  shown: string,
  problems: Problem[],
): string | undefined {
  if (ref === undefined) {
    if (listed) problems.push({ path, message: `is missing; the file lists ${what}s, so every launch names one` });
    return undefined;
  }
  const record = records.get(ref);
  if (!record) {
    problems.push({ path, message: `unknown ${what} ${preview(ref)}` });
    return undefined;
  }
  if (!matches(record)) {
    problems.push({ path, message: `${what} ${preview(ref)} is named ${preview(record.name)}, but this launch's ${what} is ${preview(shown)}` });
  }
  return ref;
}

const dayStartMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function parseDataset(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(file)', message: 'the top level must be a JSON object with "launches", "sources", "condemnations" and "contextEvents"' }] };
  }
  const header = v.safeParse(datasetHeaderSchema, input, PARSE_CONFIG);
  if (!header.success) return { ok: false, problems: issuesToProblems('', header.issues) };
  const meta = header.output;
  if (meta.range.start > meta.range.end) {
    return { ok: false, problems: [{ path: 'range', message: `start ${meta.range.start} is after end ${meta.range.end}` }] };
  }
  const tooMany = (Object.keys(MAX_RECORDS) as (keyof typeof MAX_RECORDS)[]).find((key) => meta[key].length > MAX_RECORDS[key]);
  if (tooMany) {
    return { ok: false, problems: [{ path: tooMany, message: `has ${meta[tooMany].length} records; the limit is ${MAX_RECORDS[tooMany]}` }] };
  }
  const problems: Problem[] = [];
  const range = meta.range;

  const sources: Source[] = parseRecords('sources', meta.sources, sourceSchema, problems).map(({ index, record }) => {
    const safe = isWebUrl(record.url);
    if (!safe) {
      problems.push({ path: `sources[${index}].url`, message: `must be an absolute https: or http: URL, got ${preview(record.url)}; shown as text, not as a link` });
    }
    return { ...record, url: safe ? record.url : null, rawUrl: record.url };
  });
  const sourceIds = new Set(sources.map((s) => s.id));
  const cite = (ids: string[], path: string) => knownIds(ids, sourceIds, path, 'source', problems);

  const vehicles: Vehicle[] = citedRecords('vehicles', meta.vehicles, vehicleSchema, cite, problems);
  const sites: Site[] = citedRecords('sites', meta.sites, siteSchema, cite, problems);
  const vehicleById = new Map(vehicles.map((r) => [r.id, r]));
  const siteById = new Map(sites.map((r) => [r.id, r]));

  const launches: Launch[] = [];
  for (const { index, record } of parseRecords('launches', meta.launches, launchSchema, problems)) {
    const base = `launches[${index}]`;
    const launchedAt = parseUtcInstant(record.launchedAt);
    if (!launchedAt || !inRange(record.launchedAt.slice(0, 10), range)) {
      problems.push({ path: `${base}.launchedAt`, message: `${record.launchedAt} is outside the dataset range ${range.start} – ${range.end}; record skipped` });
      continue;
    }
    const citations = Object.fromEntries(
      Object.entries(record.citations).map(([key, ids]) => [key, cite(ids, `${base}.citations.${key}`)]),
    ) as Launch['citations'];
    const uncited = Object.entries(citations).find(([, ids]) => ids.length === 0);
    if (uncited) {
      problems.push({ path: `${base}.citations.${uncited[0]}`, message: 'no known source left; record skipped' });
      continue;
    }
    const facts: Fact[] = [];
    record.facts.forEach((fact, i) => {
      const ids = cite(fact.sourceIds, `${base}.facts[${i}].sourceIds`);
      if (ids.length > 0) facts.push({ ...fact, sourceIds: ids });
      else problems.push({ path: `${base}.facts[${i}]`, message: 'no known source left; fact not shown' });
    });
    let orbit = record.orbit;
    if (orbit) {
      const ids = cite(orbit.sourceIds, `${base}.orbit.sourceIds`);
      if (ids.length > 0) orbit = { ...orbit, sourceIds: ids };
      else {
        problems.push({ path: `${base}.orbit`, message: 'no known source left; orbit not shown' });
        orbit = undefined;
      }
    }
    const vehicleId = checkGroupRef(record.vehicleId, vehicleById, meta.vehicles.length > 0, `${base}.vehicleId`, 'vehicle',
      (r) => r.name === record.vehicle || r.aliases.includes(record.vehicle), record.vehicle, problems);
    const siteId = checkGroupRef(record.siteId, siteById, meta.sites.length > 0, `${base}.siteId`, 'site',
      (r) => r.name === record.site.name, record.site.name, problems);
    launches.push({ ...record, launchedAt, citations, facts, orbit, vehicleId, siteId });
  }
  launches.sort((a, b) => a.launchedAt.getTime() - b.launchedAt.getTime());
  const launchIds = new Set(launches.map((l) => l.id));

  const condemnations: Condemnation[] = [];
  for (const { index, record } of parseRecords('condemnations', meta.condemnations, condemnationSchema, problems)) {
    const base = `condemnations[${index}]`;
    if (!inRange(record.date, range)) {
      problems.push({ path: `${base}.date`, message: `${record.date} is outside the dataset range ${range.start} – ${range.end}; record skipped` });
      continue;
    }
    const linked = knownIds(record.launchIds, launchIds, `${base}.launchIds`, 'launch', problems);
    const cited = cite(record.sourceIds, `${base}.sourceIds`);
    if (linked.length === 0 || cited.length === 0) {
      problems.push({ path: base, message: `no known ${linked.length === 0 ? 'launch' : 'source'} left; record skipped` });
      continue;
    }
    condemnations.push({ ...record, launchIds: linked, sourceIds: cited });
  }
  condemnations.sort((a, b) => a.date.localeCompare(b.date));

  const contextEvents: ContextEvent[] = [];
  for (const { index, record } of parseRecords('contextEvents', meta.contextEvents, contextEventSchema, problems)) {
    const base = `contextEvents[${index}]`;
    if (!inRange(record.date, range) || (record.endDate !== undefined && record.endDate < record.date)) {
      problems.push({ path: `${base}.date`, message: `${record.date}${record.endDate ? ` – ${record.endDate}` : ''} is outside the dataset range or ends before it starts; record skipped` });
      continue;
    }
    const cited = cite(record.sourceIds, `${base}.sourceIds`);
    if (cited.length === 0) {
      problems.push({ path: base, message: 'no known source left; record skipped' });
      continue;
    }
    contextEvents.push({ ...record, sourceIds: cited });
  }
  contextEvents.sort((a, b) => a.date.localeCompare(b.date));

  const launchById = new Map(launches.map((l) => [l.id, l]));
  const placed: { at: number; record: Annotation }[] = [];
  for (const { index, record } of parseRecords('annotations', meta.annotations, annotationSchema, problems)) {
    const base = `annotations[${index}]`;
    const at = anchorStart(record, base, range, launchById, problems);
    if (at === undefined) continue;
    const cited = cite(record.sourceIds, `${base}.sourceIds`);
    if (cited.length === 0) {
      problems.push({ path: base, message: 'no known source left; record skipped' });
      continue;
    }
    placed.push({ at, record: { ...record, sourceIds: cited } });
  }
  const annotations = placed.sort((a, b) => a.at - b.at).map((p) => p.record);
  const standfirst = parseStandfirst(meta.standfirst, cite, problems);

  const recordIds = new Set([...sourceIds, ...launchIds, ...condemnations.map((c) => c.id), ...contextEvents.map((e) => e.id)]);
  const corrections: Correction[] = [];
  for (const { index, record } of parseRecords('corrections', meta.corrections, correctionSchema, problems)) {
    if (!recordIds.has(record.recordId)) {
      problems.push({ path: `corrections[${index}].recordId`, message: `unknown record ${preview(record.recordId)}; correction skipped` });
      continue;
    }
    corrections.push(record);
  }

  const count = (total: unknown[], kept: unknown[]) => ({ total: total.length, skipped: total.length - kept.length });
  const dataset: Dataset = {
    id: meta.id,
    title: meta.title,
    version: meta.version,
    updated: meta.updated,
    range,
    license: meta.license,
    sources,
    launches,
    condemnations,
    contextEvents,
    corrections,
    standfirst,
    annotations,
    vehicles,
    sites,
  };
  for (const key of findUnknownKeys(input, meta, '')) {
    problems.push({ path: key, message: 'unknown key, ignored' });
  }
  return {
    ok: true,
    dataset,
    problems,
    skipped: {
      sources: count(meta.sources, sources),
      launches: count(meta.launches, launches),
      condemnations: count(meta.condemnations, condemnations),
      contextEvents: count(meta.contextEvents, contextEvents),
      corrections: count(meta.corrections, corrections),
      annotations: count(meta.annotations, annotations),
      vehicles: count(meta.vehicles, vehicles),
      sites: count(meta.sites, sites),
    },
  };
}

/**
 * Checks an annotation's anchor against the launches and the range; returns the instant
 * (ms) it starts at, for ordering, or undefined with a problem when the record is skipped.
 */
function anchorStart(
  record: Annotation,
  base: string,
  range: Dataset['range'],
  launchById: ReadonlyMap<string, Launch>,
  problems: Problem[],
): number | undefined {
  const { anchor } = record;
  const launchAt = (id: string, field: string): number | undefined => {
    const launch = launchById.get(id);
    if (!launch) problems.push({ path: `${base}.anchor.${field}`, message: `unknown launch ${preview(id)}; record skipped` });
    return launch?.launchedAt.getTime();
  };
  if (anchor.kind === 'launch') return launchAt(anchor.launchId, 'launchId');
  if (anchor.kind === 'span') {
    if (!inRange(anchor.from, range) || !inRange(anchor.to, range) || anchor.to < anchor.from) {
      problems.push({ path: `${base}.anchor`, message: `${anchor.from} – ${anchor.to} is outside the dataset range or ends before it starts; record skipped` });
      return undefined;
    }
    return dayStartMs(anchor.from);
  }
  const from = launchAt(anchor.fromLaunchId, 'fromLaunchId');
  const to = launchAt(anchor.toLaunchId, 'toLaunchId');
  if (from === undefined || to === undefined) return undefined;
  if (to < from) {
    problems.push({ path: `${base}.anchor`, message: `launch ${preview(anchor.toLaunchId)} comes before launch ${preview(anchor.fromLaunchId)}; record skipped` });
    return undefined;
  }
  return from;
}

/** The standfirst is one record, not a list: a bad one is left out and named, the file still loads. */
function parseStandfirst(raw: unknown, cite: (ids: string[], path: string) => string[], problems: Problem[]): Standfirst | undefined {
  if (raw === undefined) return undefined;
  const result = v.safeParse(standfirstSchema, raw, PARSE_CONFIG);
  if (!result.success) {
    problems.push(...issuesToProblems('standfirst', result.issues).map((p) => ({ ...p, message: `${p.message}; standfirst not shown` })));
    return undefined;
  }
  for (const key of findUnknownKeys(raw, result.output, 'standfirst')) problems.push({ path: key, message: 'unknown key, ignored' });
  const sourceIds = cite(result.output.sourceIds, 'standfirst.sourceIds');
  if (sourceIds.length === 0) {
    problems.push({ path: 'standfirst', message: 'no known source left; standfirst not shown' });
    return undefined;
  }
  return { ...result.output, sourceIds };
}
