// Which records cite each source: the Sources view's "cited by" lists, and the way back
// from a source to the launches it documents.
import { PUBLISHER_TYPES, type Dataset, type Source, type SourceProvenance } from '../data/schema.ts';

export type PublisherType = Source['publisherType'];

/** Ids of the records citing one source, each list in the dataset's order, without repeats. */
export type SourceUse = { launchIds: string[]; condemnationIds: string[]; contextEventIds: string[] };

type UsageInput = Pick<Dataset, 'launches' | 'condemnations' | 'contextEvents'>;

/**
 * Per source id, the launches (headline citations, orbit, facts), responses and context
 * events that cite it. A source nobody cites has no entry: use `usageOf` to read it.
 */
export function sourceUsage(dataset: UsageInput): Map<string, SourceUse> {
  const usage = new Map<string, SourceUse>();
  const add = (ids: readonly string[], list: keyof SourceUse, recordId: string) => {
    for (const id of ids) {
      let use = usage.get(id);
      if (!use) {
        use = { launchIds: [], condemnationIds: [], contextEventIds: [] };
        usage.set(id, use);
      }
      if (!use[list].includes(recordId)) use[list].push(recordId);
    }
  };
  for (const launch of dataset.launches) {
    add(Object.values(launch.citations).flat(), 'launchIds', launch.id);
    add(launch.orbit?.sourceIds ?? [], 'launchIds', launch.id);
    add(launch.facts.flatMap((f) => f.sourceIds), 'launchIds', launch.id);
  }
  for (const c of dataset.condemnations) add(c.sourceIds, 'condemnationIds', c.id);
  for (const e of dataset.contextEvents) add(e.sourceIds, 'contextEventIds', e.id);
  return usage;
}

const NO_USE: SourceUse = Object.freeze({ launchIds: [], condemnationIds: [], contextEventIds: [] });

export function usageOf(usage: ReadonlyMap<string, SourceUse>, sourceId: string): SourceUse {
  return usage.get(sourceId) ?? NO_USE;
}

export const PUBLISHER_TYPE_LABELS = {
  un: 'United Nations',
  government: 'Governments',
  'international-organisation': 'International organisations',
  'north-korea-state-media': 'North Korean state media',
  news: 'News',
  research: 'Research',
  reference: 'Reference works',
} as const satisfies Record<PublisherType, string>;

export type SourceGroup = { type: PublisherType; label: string; sources: Source[] };

/** Sources by publisher type, in the fixed order above; empty groups left out; by publisher, then title. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  const byName = (a: Source, b: Source) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en');
  return PUBLISHER_TYPES.map((type) => ({
    type,
    label: PUBLISHER_TYPE_LABELS[type],
    sources: sources.filter((s) => s.publisherType === type).sort(byName),
  })).filter((group) => group.sources.length > 0);
}

export const PROVENANCE_LABELS = {
  original: 'original',
  republication: 'republication',
  'archive-copy': 'archive copy',
} as const satisfies Record<SourceProvenance, string>;

/**
 * Where a copy was read, for the source lists: "via FAS (republication)". Null for the
 * publisher's own page (a source that does not say is taken to be one).
 */
export function viaText(source: Pick<Source, 'provenance' | 'via'>): string | null {
  const provenance = source.provenance ?? 'original';
  if (provenance === 'original') return null;
  const label = PROVENANCE_LABELS[provenance];
  if (source.via === undefined) return provenance === 'archive-copy' ? `an ${label}` : `a ${label}`;
  return `via ${source.via} (${label})`;
}
