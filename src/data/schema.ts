// The dataset format, record by record (docs/data-format.md explains it for editors);
// the story records (standfirst, annotations, vehicles, sites) are in storySchema.ts.
// Objects are v.object, which drops unknown keys; the loader reports them separately.
import * as v from 'valibot';
import { aliases, FACT_STATUSES, latitude, longitude } from './schemaPrimitives.ts';
import type { Annotation, Site, Standfirst, Vehicle } from './storySchema.ts';
import { calendarDate, idList, longText, partialDate, shortText, slug, utcInstant } from './validators.ts';

export const OUTCOMES = ['success', 'failure', 'partial'] as const;
export const CLAIMS = ['success', 'failure', 'none'] as const;
export const PUBLISHER_TYPES = [
  'un',
  'government',
  'international-organisation',
  'north-korea-state-media',
  'news',
  'research',
  'reference',
] as const;
export const ACTOR_TYPES = ['un-security-council', 'un-secretary-general', 'government', 'multilateral'] as const;
export const CONDEMNATION_KINDS = [
  'resolution',
  'presidential-statement',
  'press-statement',
  'press-elements',
  'statement',
  'sanctions',
  'measure',
  'meeting-without-outcome',
  'non-condemnation',
] as const;
/** What a page is: the publisher's own, a copy on another site, or a copy in a web archive. */
export const SOURCE_PROVENANCES = ['original', 'republication', 'archive-copy'] as const;
/** A response whose own day is unknown, only a day it had happened by. */
export const DATE_QUALIFIERS = ['on-or-before'] as const;
export const CONTEXT_KINDS = ['nuclear-test', 'missile-test', 'political', 'diplomatic', 'space-programme'] as const;

const utcOffset = v.picklist(['+09:00', '+08:30'], 'must be "+09:00" or "+08:30"');
const kilometres = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1_000_000));

export const sourceSchema = v.object({
  id: slug,
  publisher: shortText,
  publisherType: v.picklist(PUBLISHER_TYPES),
  title: shortText,
  // Checked by the loader, not here: a bad link disables the link, not the source.
  url: v.pipe(v.string(), v.maxLength(2000, 'must be at most 2000 characters')),
  published: v.optional(partialDate),
  /** Absent means the title is the page's own headline or heading. */
  descriptiveTitle: v.optional(v.boolean()),
  /** Absent is read as "original"; data:check asks every source of a published dataset to say. */
  provenance: v.optional(v.picklist(SOURCE_PROVENANCES)),
  /** The site the copy was read on, when `provenance` is not "original". */
  via: v.optional(shortText),
  /** Anything else a reader should know about the page, e.g. that it was retitled after publication. */
  note: v.optional(shortText),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code'))),
});

export const factSchema = v.object({
  text: longText,
  sourceIds: idList,
  status: v.optional(v.picklist(FACT_STATUSES)),
});

export const citationsSchema = v.object({
  launchedAt: idList,
  vehicle: idList,
  payload: idList,
  site: idList,
  outcome: idList,
  northKoreaClaimed: idList,
  summary: idList,
});

export const orbitSchema = v.object({
  cospar: v.pipe(v.string(), v.regex(/^\d{4}-\d{3}[A-Z]{1,3}$/, 'must be a COSPAR id like 2012-072A')),
  norad: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  perigeeKm: v.optional(kilometres),
  apogeeKm: v.optional(kilometres),
  inclinationDeg: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(180))),
  decayedOn: v.optional(calendarDate),
  sourceIds: idList,
});

export const launchSchema = v.object({
  id: slug,
  launchedAt: utcInstant,
  timePrecision: v.picklist(['minute', 'approximate']),
  pyongyangUtcOffset: utcOffset,
  vehicle: shortText,
  vehicleAliases: aliases,
  /** Id of a `vehicles` record: the generation band this launch belongs to. */
  vehicleId: v.optional(slug),
  payload: shortText,
  payloadAliases: v.optional(aliases, []),
  site: v.object({
    name: shortText,
    alternateName: v.optional(shortText),
    lat: latitude,
    lon: longitude,
  }),
  /** Id of a `sites` record: the site band this launch belongs to. */
  siteId: v.optional(slug),
  outcome: v.picklist(OUTCOMES),
  outcomeSummary: shortText,
  northKoreaClaimed: v.picklist(CLAIMS),
  claimSummary: v.optional(shortText),
  orbit: v.optional(orbitSchema),
  /** Who measured or claimed `launchedAt`, in a few words: "NORAD and Japan's government", "KCNA (North Korea's announcement)". */
  timeSource: v.optional(shortText),
  summary: longText,
  citations: citationsSchema,
  facts: v.pipe(v.array(factSchema), v.maxLength(100)),
});

export const condemnationSchema = v.object({
  id: slug,
  date: calendarDate,
  /** "on-or-before": `date` is the day the response had happened by, not its own day. */
  dateQualifier: v.optional(v.picklist(DATE_QUALIFIERS)),
  by: shortText,
  actorType: v.picklist(ACTOR_TYPES),
  kind: v.picklist(CONDEMNATION_KINDS),
  reference: v.optional(shortText),
  summary: longText,
  launchIds: idList,
  sourceIds: idList,
  status: v.optional(v.picklist(FACT_STATUSES)),
});

export const contextEventSchema = v.object({
  id: slug,
  date: calendarDate,
  endDate: v.optional(calendarDate),
  kind: v.picklist(CONTEXT_KINDS),
  title: shortText,
  summary: longText,
  sourceIds: idList,
});

export const correctionSchema = v.object({
  id: slug,
  date: calendarDate,
  recordId: slug,
  summary: longText,
  reason: longText,
});

/** Everything but the record lists: a problem here rejects the whole file. */
export const datasetHeaderSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1'),
  id: slug,
  title: shortText,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  updated: calendarDate,
  /** The day the data were last reviewed against their sources (How we know says so). */
  reviewed: v.optional(calendarDate),
  range: v.object({ start: calendarDate, end: calendarDate }),
  license: v.optional(shortText),
  sources: v.array(v.unknown()),
  launches: v.array(v.unknown()),
  condemnations: v.array(v.unknown()),
  contextEvents: v.array(v.unknown()),
  corrections: v.optional(v.array(v.unknown()), []),
  // Optional: a dataset without a story still loads; a bad standfirst is left out, not the file.
  standfirst: v.optional(v.unknown()),
  annotations: v.optional(v.array(v.unknown()), []),
  vehicles: v.optional(v.array(v.unknown()), []),
  sites: v.optional(v.array(v.unknown()), []),
});

/** `url` is null when the file's link was not a safe http(s) URL; `rawUrl` keeps it to show as text. */
export type Source = Omit<v.InferOutput<typeof sourceSchema>, 'url'> & { url: string | null; rawUrl: string };
export type Fact = v.InferOutput<typeof factSchema>;
export type Orbit = v.InferOutput<typeof orbitSchema>;
export type Condemnation = v.InferOutput<typeof condemnationSchema>;
export type ContextEvent = v.InferOutput<typeof contextEventSchema>;
export type Correction = v.InferOutput<typeof correctionSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export type Claim = (typeof CLAIMS)[number];
export type CondemnationKind = (typeof CONDEMNATION_KINDS)[number];
export type SourceProvenance = (typeof SOURCE_PROVENANCES)[number];

/** A launch as the app sees it: the instant parsed once, at the boundary. */
export type Launch = Omit<v.InferOutput<typeof launchSchema>, 'launchedAt'> & { launchedAt: Date };

export type Dataset = {
  id: string;
  title: string;
  version: string;
  updated: string;
  reviewed?: string;
  range: { start: string; end: string };
  license?: string;
  sources: Source[];
  /** In time order. */
  launches: Launch[];
  condemnations: Condemnation[];
  contextEvents: ContextEvent[];
  corrections: Correction[];
  /** Absent when the file has none, or when it was left out for a problem. */
  standfirst?: Standfirst;
  /** In time order of their anchors' starts. */
  annotations: Annotation[];
  vehicles: Vehicle[];
  sites: Site[];
};
