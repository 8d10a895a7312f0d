// The dataset format, record by record (docs/data-format.md explains it for editors).
// Objects are v.object, which drops unknown keys; the loader reports them separately.
import * as v from 'valibot';
import { calendarDate, idList, longText, partialDate, shortText, slug, utcInstant } from './validators.ts';

export const OUTCOMES = ['success', 'failure', 'partial'] as const;
export const CLAIMS = ['success', 'failure', 'none'] as const;
export const FACT_STATUSES = ['disputed', 'nk-claim'] as const;
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
  'statement',
  'sanctions',
  'meeting-without-outcome',
  'non-condemnation',
] as const;
export const CONTEXT_KINDS = ['nuclear-test', 'missile-test', 'political', 'diplomatic', 'space-programme'] as const;

const utcOffset = v.picklist(['+09:00', '+08:30'], 'must be "+09:00" or "+08:30"');
const latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const kilometres = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1_000_000));
const aliases = v.pipe(v.array(shortText), v.maxLength(20));

export const sourceSchema = v.object({
  id: slug,
  publisher: shortText,
  publisherType: v.picklist(PUBLISHER_TYPES),
  title: shortText,
  // Checked by the loader, not here: a bad link disables the link, not the source.
  url: v.pipe(v.string(), v.maxLength(2000, 'must be at most 2000 characters')),
  published: v.optional(partialDate),
  mirrorOf: v.optional(shortText),
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
  summary: longText,
  citations: citationsSchema,
  facts: v.pipe(v.array(factSchema), v.maxLength(100)),
});

export const condemnationSchema = v.object({
  id: slug,
  date: calendarDate,
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

// The story at first glance: what the first screen shows without a click.
// Each is editor-written and sourced like any fact; counts and spans are computed by the app.

/** Capped, trimmed, non-empty text; the caps below are tighter than shortText/longText
 *  because these strings sit on the chart or under the title, not in the panel. */
function cappedText(max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
}

export const STORY_LIMITS = { standfirst: 400, annotationTitle: 40, annotationText: 300 } as const;

/** Editor-written; the app adds the counts ("Eight attempts from 1998 to 2023; …"), so the text never states them. */
export const standfirstSchema = v.object({
  text: cappedText(STORY_LIMITS.standfirst),
  sourceIds: idList,
});

export const ANCHOR_KINDS = ['launch', 'span', 'between-launches'] as const;

/**
 * Where an annotation sits: at one launch; over a span of calendar dates; or over the
 * stretch between two launches, whose ends the app takes from the launches' own instants
 * (so a gap is computed from the launch dates, never typed in twice).
 */
export const anchorSchema = v.pipe(
  // The kind is checked on its own first, so a wrong one reads "must be one of …", as elsewhere.
  v.looseObject({ kind: v.picklist(ANCHOR_KINDS) }),
  v.variant('kind', [
    v.object({ kind: v.literal('launch'), launchId: slug }),
    v.object({ kind: v.literal('span'), from: calendarDate, to: calendarDate }),
    v.object({ kind: v.literal('between-launches'), fromLaunchId: slug, toLaunchId: slug }),
  ]),
);

export const annotationSchema = v.object({
  id: slug,
  title: cappedText(STORY_LIMITS.annotationTitle),
  text: cappedText(STORY_LIMITS.annotationText),
  anchor: anchorSchema,
  sourceIds: idList,
  status: v.optional(v.picklist(FACT_STATUSES)),
});

/** A rocket as a group of launches; `family` is the generation band label shared by related rockets. */
export const vehicleSchema = v.object({
  id: slug,
  name: shortText,
  aliases: v.optional(aliases, []),
  family: shortText,
  sourceIds: idList,
});

/** A launch site as a group of launches; `region` is its lane label (coast and province). */
export const siteSchema = v.object({
  id: slug,
  name: shortText,
  shortName: v.optional(shortText),
  alternateName: v.optional(shortText),
  region: shortText,
  lat: latitude,
  lon: longitude,
  sourceIds: idList,
});

/** The story lists as the JSON Schema export shows them (the header reads them as unknown, to skip bad records one by one). */
export const storyListSchemas = {
  standfirst: v.optional(standfirstSchema),
  annotations: v.optional(v.array(annotationSchema)),
  vehicles: v.optional(v.array(vehicleSchema)),
  sites: v.optional(v.array(siteSchema)),
};

/** Everything but the record lists: a problem here rejects the whole file. */
export const datasetHeaderSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1'),
  id: slug,
  title: shortText,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  updated: calendarDate,
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
export type Standfirst = v.InferOutput<typeof standfirstSchema>;
export type Anchor = v.InferOutput<typeof anchorSchema>;
export type Annotation = v.InferOutput<typeof annotationSchema>;
export type Vehicle = v.InferOutput<typeof vehicleSchema>;
export type Site = v.InferOutput<typeof siteSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export type Claim = (typeof CLAIMS)[number];
export type CondemnationKind = (typeof CONDEMNATION_KINDS)[number];

/** A launch as the app sees it: the instant parsed once, at the boundary. */
export type Launch = Omit<v.InferOutput<typeof launchSchema>, 'launchedAt'> & { launchedAt: Date };

export type Dataset = {
  id: string;
  title: string;
  version: string;
  updated: string;
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
