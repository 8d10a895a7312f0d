// The story records' part of the loader (parseDataset.ts runs it): vehicle and site records
// and each launch's reference to them, annotations placed by their anchors, and the standfirst.
// The same policy as the rest: a bad record is skipped and named, a bad reference is dropped.
import * as v from 'valibot';
import type { Dataset, Launch } from './schema.ts';
import { annotationSchema, siteSchema, standfirstSchema, vehicleSchema, type Annotation, type Site, type Standfirst, type Vehicle } from './storySchema.ts';
import { PARSE_CONFIG } from './validators.ts';
import { issuesToProblems, preview, type Problem } from './problems.ts';
import { citedRecords, inRange, parseRecords, type Cite } from './parseRecords.ts';
import { findUnknownKeys } from './unknownKeys.ts';

/** The vehicle and site records, looked up by id when a launch names one. */
export type LaunchGroups = {
  vehicles: Vehicle[];
  sites: Site[];
  vehicleById: ReadonlyMap<string, Vehicle>;
  siteById: ReadonlyMap<string, Site>;
  /** Whether the file lists any at all (skipped ones count): if so, every launch must name one. */
  vehiclesListed: boolean;
  sitesListed: boolean;
};

/** The fields of a parsed launch record that name its vehicle and site. */
type GroupedLaunch = { vehicle: string; vehicleId?: string; site: { name: string }; siteId?: string };

export function parseGroups(rawVehicles: unknown[], rawSites: unknown[], cite: Cite, problems: Problem[]): LaunchGroups {
  const vehicles: Vehicle[] = citedRecords('vehicles', rawVehicles, vehicleSchema, cite, problems);
  const sites: Site[] = citedRecords('sites', rawSites, siteSchema, cite, problems);
  return {
    vehicles,
    sites,
    vehicleById: new Map(vehicles.map((r) => [r.id, r])),
    siteById: new Map(sites.map((r) => [r.id, r])),
    vehiclesListed: rawVehicles.length > 0,
    sitesListed: rawSites.length > 0,
  };
}

/** A launch's vehicle and site references, each kept only when it names a known record. */
export function launchGroupRefs(
  record: GroupedLaunch,
  base: string,
  groups: LaunchGroups,
  problems: Problem[],
): { vehicleId: string | undefined; siteId: string | undefined } {
  const vehicleId = checkGroupRef(record.vehicleId, groups.vehicleById, groups.vehiclesListed, `${base}.vehicleId`, 'vehicle',
    (r) => r.name === record.vehicle || r.aliases.includes(record.vehicle), problems);
  const siteId = checkGroupRef(record.siteId, groups.siteById, groups.sitesListed, `${base}.siteId`, 'site',
    (r) => r.name === record.site.name, problems);
  return { vehicleId, siteId };
}

/** The launch's own text that a vehicle or site record's name should match. */
const shownField = { vehicle: 'vehicle', site: 'site.name' } as const;

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
    // Neither text is quoted: both are free text, and a right-to-left name inside this sentence
    // could reorder it in the notice. The path and the id are enough to find both.
    problems.push({ path, message: `this launch's ${shownField[what]} differs from the name of ${what} ${preview(ref)}` });
  }
  return ref;
}

/** Annotations whose anchors resolve and that keep a known source, in time order of their anchors' starts. */
export function parseAnnotations(
  items: unknown[],
  range: Dataset['range'],
  launches: readonly Launch[],
  cite: Cite,
  problems: Problem[],
): Annotation[] {
  const launchById = new Map(launches.map((l) => [l.id, l]));
  const placed: { at: number; record: Annotation }[] = [];
  for (const { index, record } of parseRecords('annotations', items, annotationSchema, problems)) {
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
  return placed.sort((a, b) => a.at - b.at).map((p) => p.record);
}

const dayStartMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

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
export function parseStandfirst(raw: unknown, cite: Cite, problems: Problem[]): Standfirst | undefined {
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
