// Which records cite each source: the Sources view's "cited by" lists, and the way back
// from a source to the launches it documents.
import { PUBLISHER_TYPES, type Dataset, type Source, type SourceProvenance } from '../data/schema.ts';
import type { Messages } from './i18n/messages/en.ts';
import { common as enCommon } from './i18n/messages/en/common.ts';

type SourcesMessages = Messages['common']['sources'];

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

/** The English names of the kinds of publisher (each edition's are in its catalog). */
export const PUBLISHER_TYPE_LABELS = enCommon.sources.publisherTypes satisfies Record<PublisherType, string>;

export type SourceGroup = { type: PublisherType; label: string; sources: Source[] };

/**
 * Sources by publisher type, in the fixed order of the schema; empty groups left out; by
 * publisher, then title (in English order in every edition, so the lists match).
 */
export function groupSources(sources: readonly Source[], m: SourcesMessages = enCommon.sources): SourceGroup[] {
  const byName = (a: Source, b: Source) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en');
  return PUBLISHER_TYPES.map((type) => ({
    type,
    label: m.publisherTypes[type],
    sources: sources.filter((s) => s.publisherType === type).sort(byName),
  })).filter((group) => group.sources.length > 0);
}

/** The English words for where a page was read. */
export const PROVENANCE_LABELS = enCommon.sources.provenance satisfies Record<SourceProvenance, string>;

/**
 * Where a copy was read, for the source lists: "via FAS (republication)". Null for the
 * publisher's own page (a source that does not say is taken to be one).
 */
export function viaText(source: Pick<Source, 'provenance' | 'via'>, m: SourcesMessages = enCommon.sources): string | null {
  const provenance = source.provenance ?? 'original';
  if (provenance === 'original') return null;
  const label = m.provenance[provenance];
  return source.via === undefined ? m.viaUnnamed(label) : m.via(source.via, label);
}
