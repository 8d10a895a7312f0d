// The story at first glance: the standfirst under the title, the annotations in the
// visible window, and launches grouped into vehicle, family or site bands. Counts and spans are
// computed here from the launches, never typed into the data, so they cannot drift from it.
import type { Dataset, Launch } from '../data/schema.ts';
import type { Annotation, Site, Standfirst } from '../data/storySchema.ts';
import { listPhrase, phraseText, type Phrase } from './phrase.ts';
import { KST_OFFSET_MINUTES, dayAtOffset, utcDay } from './formatDate.ts';
import { plainText } from './i18n/langSpans.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import { tallyLaunches } from './summarize.ts';
import { DAY_MS, type View } from './timeScale.ts';

/** The year a launch is known by: Korean calendar, like every date on the chart. */
function kstYear(launch: Pick<Launch, 'launchedAt'>): string {
  return dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES).slice(0, 4);
}

/**
 * "Eight attempts from 1998 to 2023; three reached orbit." — the sentence the app puts before
 * the editor's standfirst; empty when there is no launch to count. `launches` in time order.
 */
export function standfirstCounts(launches: readonly Pick<Launch, 'launchedAt' | 'outcome'>[], w: Words = ENGLISH): string {
  const first = launches[0];
  const last = launches[launches.length - 1];
  if (!first || !last) return '';
  const tally = tallyLaunches(launches);
  return w.m.core.standfirstCounts(tally.attempts, tally.reachedOrbit, kstYear(first), kstYear(last));
}

export type StandfirstParts = {
  /** Computed from the launches. */
  counts: string;
  /** The editor's words, without counts; absent when the dataset has no standfirst. */
  text?: string;
  /** The editor text's sources (the counts rest on the launches' own). */
  sourceIds: readonly string[];
};

type StandfirstInput = { standfirst?: Standfirst; launches: readonly Pick<Launch, 'launchedAt' | 'outcome'>[] };

/** The standfirst in parts, for a view that footnotes the editor's sentence. Pass all launches, not a filtered list. */
export function standfirstParts(dataset: StandfirstInput, w: Words = ENGLISH): StandfirstParts {
  return { counts: standfirstCounts(dataset.launches, w), text: dataset.standfirst?.text, sourceIds: dataset.standfirst?.sourceIds ?? [] };
}

/** The standfirst as one string: computed counts, then the editor's text. */
export function standfirstText(dataset: StandfirstInput, w: Words = ENGLISH): string {
  const { counts, text } = standfirstParts(dataset, w);
  return [counts, text].filter((part) => part !== undefined && part !== '').join(' ');
}

export type PlacedAnnotation = {
  annotation: Annotation;
  /** A point sits at one launch; a span runs between two dates or two launches. */
  shape: 'point' | 'span';
  from: Date;
  to: Date;
  /** The launches it speaks of: its launch, or every launch inside its span (ends included). */
  launchIds: string[];
};

type AnchoredLaunch = Pick<Launch, 'id' | 'launchedAt'>;

/** An annotation's extent on the time axis; undefined when a launch it names is not in `launches`. */
export function placeAnnotation(annotation: Annotation, launches: readonly AnchoredLaunch[]): PlacedAnnotation | undefined {
  const at = (id: string) => launches.find((l) => l.id === id)?.launchedAt;
  const within = (from: Date, to: Date) =>
    launches.filter((l) => l.launchedAt.getTime() >= from.getTime() && l.launchedAt.getTime() <= to.getTime()).map((l) => l.id);
  const { anchor } = annotation;
  if (anchor.kind === 'launch') {
    const instant = at(anchor.launchId);
    return instant && { annotation, shape: 'point', from: instant, to: instant, launchIds: [anchor.launchId] };
  }
  if (anchor.kind === 'span') {
    // Whole days, as the dates are written: from the first day's start to the last day's end.
    const from = utcDay(anchor.from);
    const to = new Date(utcDay(anchor.to).getTime() + DAY_MS - 1);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return undefined;
    return { annotation, shape: 'span', from, to, launchIds: within(from, to) };
  }
  const from = at(anchor.fromLaunchId);
  const to = at(anchor.toLaunchId);
  return from && to && { annotation, shape: 'span', from, to, launchIds: within(from, to) };
}

/**
 * The annotations that touch the window, in time order. Anchors resolve against the launches
 * passed: give all the dataset's launches, so a filter hides markers, not the story; the UI can
 * dim an annotation whose `launchIds` are all filtered out.
 */
export function annotationsInView(dataset: { annotations: readonly Annotation[]; launches: readonly AnchoredLaunch[] }, view: View): PlacedAnnotation[] {
  return dataset.annotations
    .map((a) => placeAnnotation(a, dataset.launches))
    .filter((p): p is PlacedAnnotation => p !== undefined && p.from.getTime() <= view.to.getTime() && p.to.getTime() >= view.from.getTime())
    .sort((a, b) => a.from.getTime() - b.from.getTime() || a.annotation.id.localeCompare(b.annotation.id));
}

/** Whole years from one instant to another (7 for February 2016 – May 2023): for a span's label. */
export function wholeYears(from: Date, to: Date): number {
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  const anniversary = new Date(from.getTime());
  anniversary.setUTCFullYear(from.getUTCFullYear() + years);
  return anniversary.getTime() > to.getTime() ? years - 1 : years;
}

export const GROUP_BY = ['vehicle', 'family', 'site'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export type LaunchGroup<L> = {
  /** Stable across renders: `vehicle:<id>`, `family:<label>`, `site:<id>`, or `text:<name>` for a launch with no record. */
  key: string;
  /** The lane or band label: the vehicle's name, the family, the site's short name. */
  label: string;
  /** A second line: the vehicle's family (unless named after it), the family's vehicles, the site's region. */
  detail?: Phrase;
  /** In time order. */
  launches: L[];
  /** First and last launch: where the band starts and ends. */
  from: Date;
  to: Date;
};

/** A launch's site as a lane or a row names it: its record's short name ("Sohae"), else the launch's own site name. */
export function shortSiteName(site: Pick<Site, 'name' | 'shortName'> | undefined, launch: Pick<Launch, 'site'>): string {
  return site?.shortName ?? site?.name ?? launch.site.name;
}

type GroupableLaunch = Pick<Launch, 'id' | 'launchedAt' | 'vehicle' | 'vehicleId' | 'site' | 'siteId'>;
type Key = { key: string; label: string; detail?: Phrase };

/**
 * Launches in lanes or bands, by vehicle, by vehicle family (generation) or by site, in the
 * order each group first launched. A launch whose record is missing (another dataset without
 * vehicles or sites) is grouped by its own text, so no launch ever falls out of the chart.
 */
export function groupLaunches<L extends GroupableLaunch>(
  launches: readonly L[],
  by: GroupBy,
  records: Pick<Dataset, 'vehicles' | 'sites'>,
  w: Words = ENGLISH,
): LaunchGroup<L>[] {
  const vehicles = new Map(records.vehicles.map((r) => [r.id, r]));
  const sites = new Map(records.sites.map((r) => [r.id, r]));
  const keyOf = (launch: L): Key => {
    if (by === 'site') {
      const site = launch.siteId === undefined ? undefined : sites.get(launch.siteId);
      const label = plainText(shortSiteName(site, launch));
      return site ? { key: `site:${site.id}`, label, detail: [{ data: plainText(site.region) }] } : { key: `text:${label}`, label };
    }
    // Names are proper names: drawn as plain text, without an English fallback's mark.
    const vehicle = launch.vehicleId === undefined ? undefined : vehicles.get(launch.vehicleId);
    const family = plainText(vehicle?.family ?? launch.vehicle);
    if (by === 'family') return { key: `family:${vehicle?.family ?? launch.vehicle}`, label: family };
    if (!vehicle) return { key: `text:${launch.vehicle}`, label: plainText(launch.vehicle) };
    return { key: `vehicle:${vehicle.id}`, label: plainText(vehicle.name), detail: vehicle.family === vehicle.name ? undefined : [{ data: family }, w.m.core.familySuffix] };
  };
  const groups = new Map<string, Key & { launches: L[] }>();
  for (const launch of [...launches].sort((a, b) => a.launchedAt.getTime() - b.launchedAt.getTime())) {
    const found = keyOf(launch);
    const group = groups.get(found.key) ?? { ...found, launches: [] };
    group.launches.push(launch);
    groups.set(found.key, group);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group.launches[0];
    const last = group.launches[group.launches.length - 1];
    if (!first || !last) return [];
    const detail = by === 'family' ? familyMembers(group.launches, group.label) : group.detail;
    return [{ key: group.key, label: group.label, detail, launches: group.launches, from: first.launchedAt, to: last.launchedAt }];
  });
}

/** "Unha-2, Unha-3, Kwangmyongsong": a family's rockets in the order they first flew; none for a family of one rocket named after it. */
function familyMembers(launches: readonly Pick<Launch, 'vehicle'>[], family: string): Phrase | undefined {
  const rockets = [...new Set(launches.map((l) => plainText(l.vehicle)))];
  return rockets.length === 1 && rockets[0] === family ? undefined : listPhrase(rockets);
}

/** A band under the wide chart's axis: the years one rocket family, or one launch site, was in use. */
export type StoryBand = {
  row: 'family' | 'site';
  id: string;
  /** The title as plain text; `parts` is the same with each name from the data marked. */
  title: string;
  parts: Phrase;
  /** The family's rockets, the site's region. */
  detail?: Phrase;
  shape: 'point' | 'span';
  from: Date;
  to: Date;
};

/**
 * The rocket generations and launch sites as bands, from every launch in the dataset (a filter
 * hides markers, not the story): "Unha rockets (Unha-2, Unha-3, Kwangmyongsong)" over 2009–2016,
 * "Sohae Satellite Launching Station" over 2012–2023. A family or site used once is a point.
 */
export function storyBands(dataset: Pick<Dataset, 'launches' | 'vehicles' | 'sites'>, w: Words = ENGLISH): StoryBand[] {
  const band = (row: StoryBand['row'], group: LaunchGroup<Launch>, parts: Phrase): StoryBand => ({
    row,
    id: `${row}:${group.key}`,
    title: phraseText(parts),
    parts,
    detail: group.detail,
    shape: group.from.getTime() === group.to.getTime() ? 'point' : 'span',
    from: group.from,
    to: group.to,
  });
  const { rockets: rocketsOf, rocket } = w.m.core.familyBand;
  const families = groupLaunches(dataset.launches, 'family', dataset, w).map((group) => {
    const rockets = new Set(group.launches.map((l) => l.vehicle)).size;
    return band('family', group, rockets > 1 ? [{ data: group.label }, rocketsOf[0], ...(group.detail ?? []), rocketsOf[1]] : [{ data: group.label }, rocket]);
  });
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const launchSites = groupLaunches(dataset.launches, 'site', dataset, w).map((group) => {
    const siteId = group.launches[0]?.siteId;
    const site = siteId === undefined ? undefined : sites.get(siteId);
    return band('site', group, [{ data: site === undefined ? group.label : plainText(site.name) }]);
  });
  return [...families, ...launchSites];
}
