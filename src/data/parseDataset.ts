// The one door from raw JSON to typed data. Policy (docs/data-format.md, "What the loader does"):
// a broken file header rejects the file; a broken record is skipped and named; a broken
// reference drops only that reference, and the record with it when nothing sourced is left.
// The steps run in a fixed order (sources, story groups, launches, the rest), since later
// lists resolve references against earlier ones and the problems list reads in that order.
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
import { isWebUrl, PARSE_CONFIG, parseUtcInstant } from './validators.ts';
import { issuesToProblems, preview, type Problem } from './problems.ts';
import { inRange, knownIds, parseRecords, type Cite, type Parsed } from './parseRecords.ts';
import { launchGroupRefs, parseAnnotations, parseGroups, parseStandfirst, type LaunchGroups } from './parseStory.ts';
import { findUnknownKeys } from './unknownKeys.ts';

export type SkipCounts = Record<'sources' | 'launches' | 'condemnations' | 'contextEvents' | 'corrections', { skipped: number; total: number }>;

/** Kept apart from SkipCounts so views that name every list they count need not change. */
export type StorySkipCounts = Record<'annotations' | 'vehicles' | 'sites', { skipped: number; total: number }>;

export type ParseResult =
  | { ok: true; dataset: Dataset; problems: Problem[]; skipped: SkipCounts & StorySkipCounts }
  | { ok: false; problems: Problem[] };

type Header = v.InferOutput<typeof datasetHeaderSchema>;
type LaunchRecord = v.InferOutput<typeof launchSchema>;

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

/**
 * A title that ends in its period ("…, 1998–2023") shows the years of the file's range, so a data
 * editor who widens the range to take in a new launch does not also have to find every place the
 * years are written. Any other title is shown as written.
 */
export function titleForRange(title: string, range: Dataset['range']): string {
  const span = /, (\d{4})[–-](\d{4})$/.exec(title);
  if (!span) return title;
  const first = range.start.slice(0, 4);
  const last = range.end.slice(0, 4);
  return `${title.slice(0, span.index)}, ${first === last ? first : `${first}–${last}`}`;
}

export function parseDataset(input: unknown): ParseResult {
  const steps = parseSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * parseDataset, letting the browser paint and take input between its steps (`pause`): on a phone
 * the whole check is one task long enough to delay a tap on a page that is already on screen.
 */
export async function parseDatasetPausing(input: unknown, pause: () => Promise<void>): Promise<ParseResult> {
  const steps = parseSteps(input);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

/** The parse, a list or two at a time: each `yield` is a point where a caller may pause. */
function* parseSteps(input: unknown): Generator<void, ParseResult> {
  const header = readHeader(input);
  if (!header.ok) return header;
  const { meta } = header;
  const { range } = meta;
  const problems: Problem[] = [];

  yield;
  const sources = parseSources(meta.sources, problems);
  const sourceIds = new Set(sources.map((s) => s.id));
  const cite: Cite = (ids, path) => knownIds(ids, sourceIds, path, 'source', problems);
  yield;

  const groups = parseGroups(meta.vehicles, meta.sites, cite, problems);
  const launches = parseLaunches(meta.launches, range, cite, groups, problems);
  const launchIds = new Set(launches.map((l) => l.id));
  yield;
  const condemnations = parseCondemnations(meta.condemnations, range, launchIds, cite, problems);
  yield;
  const contextEvents = parseContextEvents(meta.contextEvents, range, cite, problems);
  const annotations = parseAnnotations(meta.annotations, range, launches, cite, problems);
  const standfirst = parseStandfirst(meta.standfirst, cite, problems);
  yield;

  const recordIds = new Set([...sourceIds, ...launchIds, ...condemnations.map((c) => c.id), ...contextEvents.map((e) => e.id)]);
  const corrections = parseCorrections(meta.corrections, recordIds, problems);

  const dataset: Dataset = {
    id: meta.id,
    title: titleForRange(meta.title, range),
    version: meta.version,
    updated: meta.updated,
    ...(meta.reviewed === undefined ? {} : { reviewed: meta.reviewed }),
    range,
    license: meta.license,
    sources,
    launches,
    condemnations,
    contextEvents,
    corrections,
    standfirst,
    annotations,
    vehicles: groups.vehicles,
    sites: groups.sites,
  };
  yield;
  for (const key of findUnknownKeys(input, meta, '')) {
    problems.push({ path: key, message: 'unknown key, ignored' });
  }
  return { ok: true, dataset, problems, skipped: skipCounts(meta, dataset) };
}

/** The checks that reject the whole file: its shape, its header, its range and its size. */
function readHeader(input: unknown): { ok: true; meta: Header } | { ok: false; problems: Problem[] } {
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
  return { ok: true, meta };
}

/** A source with an unsafe link is kept, shown as text: the citation still stands. */
function parseSources(items: unknown[], problems: Problem[]): Source[] {
  return parseRecords('sources', items, sourceSchema, problems).map(({ index, record }) => {
    const safe = isWebUrl(record.url);
    if (!safe) {
      problems.push({ path: `sources[${index}].url`, message: `must be an absolute https: or http: URL, got ${preview(record.url)}; shown as text, not as a link` });
    }
    const copy = record.provenance !== undefined && record.provenance !== 'original';
    if (copy && record.via === undefined) {
      problems.push({ path: `sources[${index}].via`, message: `is missing; a source whose provenance is "${record.provenance}" must say which site the copy was read on` });
    } else if (!copy && record.via !== undefined) {
      problems.push({ path: `sources[${index}].via`, message: 'is only for a copy; set provenance to "republication" or "archive-copy", or remove via' });
    }
    return { ...record, url: safe ? record.url : null, rawUrl: record.url };
  });
}

/** Launches in time order. */
function parseLaunches(items: unknown[], range: Dataset['range'], cite: Cite, groups: LaunchGroups, problems: Problem[]): Launch[] {
  const launches: Launch[] = [];
  for (const parsed of parseRecords('launches', items, launchSchema, problems)) {
    const launch = parseLaunch(parsed, range, cite, groups, problems);
    if (launch) launches.push(launch);
  }
  return launches.sort((a, b) => a.launchedAt.getTime() - b.launchedAt.getTime());
}

function parseLaunch(
  { index, record }: Parsed<LaunchRecord>,
  range: Dataset['range'],
  cite: Cite,
  groups: LaunchGroups,
  problems: Problem[],
): Launch | undefined {
  const base = `launches[${index}]`;
  const launchedAt = parseUtcInstant(record.launchedAt);
  if (!launchedAt || !inRange(record.launchedAt.slice(0, 10), range)) {
    problems.push({ path: `${base}.launchedAt`, message: `${record.launchedAt} is outside the dataset range ${range.start} – ${range.end}; record skipped` });
    return undefined;
  }
  const citations = launchCitations(record.citations, base, cite, problems);
  if (!citations) return undefined;
  const facts = citedFacts(record.facts, base, cite, problems);
  const orbit = citedOrbit(record.orbit, base, cite, problems);
  const { vehicleId, siteId } = launchGroupRefs(record, base, groups, problems);
  return { ...record, launchedAt, citations, facts, orbit, vehicleId, siteId };
}

/** Every cited field must keep a known source, or the launch is skipped: its headline facts would be unsourced. */
function launchCitations(raw: Launch['citations'], base: string, cite: Cite, problems: Problem[]): Launch['citations'] | undefined {
  const citations = Object.fromEntries(
    Object.entries(raw).map(([key, ids]) => [key, cite(ids, `${base}.citations.${key}`)]),
  ) as Launch['citations'];
  const uncited = Object.entries(citations).find(([, ids]) => ids.length === 0);
  if (uncited) {
    problems.push({ path: `${base}.citations.${uncited[0]}`, message: 'no known source left; record skipped' });
    return undefined;
  }
  return citations;
}

/** A fact left without a known source is hidden; the launch stays. */
function citedFacts(raw: Fact[], base: string, cite: Cite, problems: Problem[]): Fact[] {
  const facts: Fact[] = [];
  raw.forEach((fact, i) => {
    const ids = cite(fact.sourceIds, `${base}.facts[${i}].sourceIds`);
    if (ids.length > 0) facts.push({ ...fact, sourceIds: ids });
    else problems.push({ path: `${base}.facts[${i}]`, message: 'no known source left; fact not shown' });
  });
  return facts;
}

/** Like a fact: an orbit left without a known source is hidden, the launch stays. */
function citedOrbit(orbit: Launch['orbit'], base: string, cite: Cite, problems: Problem[]): Launch['orbit'] {
  if (!orbit) return orbit;
  const ids = cite(orbit.sourceIds, `${base}.orbit.sourceIds`);
  if (ids.length > 0) return { ...orbit, sourceIds: ids };
  problems.push({ path: `${base}.orbit`, message: 'no known source left; orbit not shown' });
  return undefined;
}

/** Condemnations in date order, each keeping at least one known launch and source. */
function parseCondemnations(
  items: unknown[],
  range: Dataset['range'],
  launchIds: ReadonlySet<string>,
  cite: Cite,
  problems: Problem[],
): Condemnation[] {
  const condemnations: Condemnation[] = [];
  for (const { index, record } of parseRecords('condemnations', items, condemnationSchema, problems)) {
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
  return condemnations.sort((a, b) => a.date.localeCompare(b.date));
}

/** Context events in date order. */
function parseContextEvents(items: unknown[], range: Dataset['range'], cite: Cite, problems: Problem[]): ContextEvent[] {
  const contextEvents: ContextEvent[] = [];
  for (const { index, record } of parseRecords('contextEvents', items, contextEventSchema, problems)) {
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
  return contextEvents.sort((a, b) => a.date.localeCompare(b.date));
}

/** A correction must name a record that loaded; one about a skipped record would point nowhere. */
function parseCorrections(items: unknown[], recordIds: ReadonlySet<string>, problems: Problem[]): Correction[] {
  const corrections: Correction[] = [];
  for (const { index, record } of parseRecords('corrections', items, correctionSchema, problems)) {
    if (!recordIds.has(record.recordId)) {
      problems.push({ path: `corrections[${index}].recordId`, message: `unknown record ${preview(record.recordId)}; correction skipped` });
      continue;
    }
    corrections.push(record);
  }
  return corrections;
}

function skipCounts(meta: Header, dataset: Dataset): SkipCounts & StorySkipCounts {
  const count = (total: unknown[], kept: unknown[]) => ({ total: total.length, skipped: total.length - kept.length });
  return {
    sources: count(meta.sources, dataset.sources),
    launches: count(meta.launches, dataset.launches),
    condemnations: count(meta.condemnations, dataset.condemnations),
    contextEvents: count(meta.contextEvents, dataset.contextEvents),
    corrections: count(meta.corrections, dataset.corrections),
    annotations: count(meta.annotations, dataset.annotations),
    vehicles: count(meta.vehicles, dataset.vehicles),
    sites: count(meta.sites, dataset.sites),
  };
}
