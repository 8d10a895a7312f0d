// The timeline for a narrow container (a phone, an article column): time runs down the screen,
// one row per launch, the year in a rail on the left where it changes, and the dataset's
// annotations as rows where they belong. Decided from plain data so the rows are tested without
// a DOM; the component only draws them.
import type { ContextEvent, Launch } from '../data/schema.ts';
import { KST_OFFSET_MINUTES, dayAtOffset, utcDay } from './formatDate.ts';
import { formatShortDay } from './i18n/dates.ts';
import type { Locale } from './i18n/locale.ts';
import type { Phrase } from './phrase.ts';
import type { LaunchGroup, PlacedAnnotation } from './story.ts';

/** Containers narrower than this get the rail; wider ones the horizontal chart. */
export const RAIL_MAX_WIDTH = 600;
/**
 * Above this many launches a rail would be a long list to scroll through, so the horizontal
 * chart (which counts dense stretches in period boxes) is kept at every width.
 */
export const RAIL_MAX_LAUNCHES = 60;

/** Whether a container of `width` px showing `launches` launches draws the rail. */
export function usesRail(width: number, launches: number): boolean {
  return width < RAIL_MAX_WIDTH && launches <= RAIL_MAX_LAUNCHES;
}

type RailLaunch = Pick<Launch, 'id' | 'launchedAt'>;
type RailContext = Pick<ContextEvent, 'id' | 'date'>;

export type RailItem<L, C> =
  /** `year` is set on the first row of a year (Korean calendar), null on the rows after it. */
  | { kind: 'launch'; key: string; launch: L; year: string | null; day: string }
  | { kind: 'annotation'; key: string; placed: PlacedAnnotation }
  | { kind: 'context'; key: string; event: C; year: string | null };

const kstDay = (launch: RailLaunch) => dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES);

/**
 * The rows in time order. A point annotation follows its launch, as a note on it. A span with a
 * launch strictly inside it (three attempts in six months) heads its first launch; a span with
 * none inside (seven years without an attempt) sits in the gap between its two ends. Annotations
 * whose launches are all filtered out still show, in their place in time. `launches` in time order.
 */
export function railItems<L extends RailLaunch, C extends RailContext>(
  launches: readonly L[],
  annotations: readonly PlacedAnnotation[],
  contextEvents: readonly C[] = [],
  locale: Locale = 'en',
): RailItem<L, C>[] {
  type Timed = { at: number; order: number; item: RailItem<L, C> };
  const timed: Timed[] = [];
  launches.forEach((launch) => {
    const day = kstDay(launch);
    timed.push({ at: launch.launchedAt.getTime(), order: 1, item: { kind: 'launch', key: launch.id, launch, year: day.slice(0, 4), day: formatShortDay(day, locale) } });
  });
  for (const event of contextEvents) {
    timed.push({ at: utcDay(event.date).getTime(), order: 0, item: { kind: 'context', key: `context:${event.id}`, event, year: event.date.slice(0, 4) } });
  }
  for (const placed of annotations) {
    const from = placed.from.getTime();
    const to = placed.to.getTime();
    const inside = launches.some((l) => l.launchedAt.getTime() > from && l.launchedAt.getTime() < to);
    // After its launch (order 2 at the same instant), before the span's first launch (order 0),
    // or just after the launch that opens the gap.
    const [at, order] = placed.shape === 'point' ? [from, 2] : inside ? [from, 0] : [from, 2];
    timed.push({ at, order, item: { kind: 'annotation', key: `annotation:${placed.annotation.id}`, placed } });
  }
  timed.sort((a, b) => a.at - b.at || a.order - b.order);
  // The year shows on the first dated row of each year; an annotation row does not count.
  let lastYear: string | null = null;
  return timed.map(({ item }) => {
    if (item.kind === 'annotation') return item;
    const year = item.year === lastYear ? null : item.year;
    lastYear = item.year ?? lastYear;
    return { ...item, year };
  });
}

/** A group's rows under its heading; the one section of an ungrouped rail has no heading. */
export type RailSection<L, C> = { key: string; heading: { label: string; detail?: Phrase } | null; items: RailItem<L, C>[] };

/**
 * The rail's rows in sections: one per group, in the groups' order, each in time order with its
 * own year marks; or, ungrouped, one section without a heading. An annotation goes to
 * the group of the first of its launches shown; an annotation with none shown and a context
 * event go to the last group that had begun by then (the first, before any had).
 */
export function railSections<L extends RailLaunch, C extends RailContext>(
  launches: readonly L[],
  annotations: readonly PlacedAnnotation[],
  contextEvents: readonly C[],
  groups: readonly LaunchGroup<L>[] | null,
  locale: Locale = 'en',
): RailSection<L, C>[] {
  if (!groups || groups.length === 0) return [{ key: 'all', heading: null, items: railItems(launches, annotations, contextEvents, locale) }];
  const groupOfLaunch = new Map<string, number>();
  groups.forEach((group, g) => group.launches.forEach((l) => groupOfLaunch.set(l.id, g)));
  const byTime = (at: number) => groups.reduce((owner, group, g) => (group.from.getTime() <= at ? g : owner), 0);
  const ownerOfAnnotation = (placed: PlacedAnnotation) =>
    placed.launchIds.map((id) => groupOfLaunch.get(id)).find((g) => g !== undefined) ?? byTime(placed.from.getTime());
  return groups.map((group, g) => ({
    key: group.key,
    heading: { label: group.label, detail: group.detail },
    items: railItems(
      group.launches,
      annotations.filter((a) => ownerOfAnnotation(a) === g),
      contextEvents.filter((e) => byTime(utcDay(e.date).getTime()) === g),
      locale,
    ),
  }));
}
