// What the wide chart needs before any one window is laid out: the size of its marks at a
// width, and the room (lanes, label rows, annotation and band rows, group blocks) the whole
// range needs, kept for every window so that zooming and panning never change its height.
// Also the small steps layoutChart.ts shares with it.
import type { Locale } from './i18n/locale.ts';
import type { ScaleTime } from 'd3-scale';
import type { ContextEvent, Launch } from '../data/schema.ts';
import { layoutAnnotations, MAX_LABELLED, planLaunchLabels } from './chartLabels.ts';
import { groupLaneCounts, layoutBands, type LaneGroup } from './chartGroups.ts';
import { lanesForRange, planMarkers, type MarkerPlan } from './denseLayout.ts';
import { layoutContextMarks, markerSizeForWidth, type ContextInput, type MarkerLayout } from './layoutMarkers.ts';
import type { PlacedAnnotation, StoryBand } from './story.ts';
import { DAY_MS, makeTimeScale } from './timeScale.ts';
import { utcDay } from './formatDate.ts';

/** What the layout reads of a launch; the marks hand back the caller's own objects. */
export type ChartLaunch = Pick<Launch, 'id' | 'launchedAt' | 'payload' | 'outcome'>;
export type ChartContextEvent = Pick<ContextEvent, 'id' | 'date' | 'endDate'>;

/** Lanes and label rows the whole range needs at this width (see reserveRoom). */
export type ChartRoom = {
  lanes: number;
  contextLanes: number;
  labelRows: number;
  annotationRows: number;
  bandRows: number;
  /** Lanes each group's block keeps, by group key; null when the launches are not grouped. */
  groupLanes: ReadonlyMap<string, number> | null;
};

/** What the chart shows of rockets and sites: bands under the axis, or the launches in lanes by group. */
export type ChartStory = {
  /** The edition the labels are written in (their widths differ); English when left out. */
  locale?: Locale;
  /** Drawn under the annotations while the launches are not grouped. */
  bands?: readonly StoryBand[];
  /** In the order they go from the top; null or absent draws the launches in time lanes. */
  groups?: readonly LaneGroup[] | null;
};

export const lanesOf = (items: readonly { lane: number }[]) => items.reduce((most, item) => Math.max(most, item.lane + 1), 1);

export const asInstants = (e: ChartContextEvent): ContextInput => ({
  id: e.id,
  start: utcDay(e.date),
  end: e.endDate === undefined ? undefined : new Date(utcDay(e.endDate).getTime() + DAY_MS),
});

/** Mark size and the margins it needs: touch-sized marks on narrow screens. */
export function chartDimensions(width: number): { size: number; r: number; margin: number } {
  const size = markerSizeForWidth(width);
  // Room for half a marker and for the first and last tick labels, centred on the plot's ends.
  return { size, r: size >= 44 ? 8 : 6, margin: Math.max(size / 2 + 4, 24) };
}

export const markerOptions = (size: number, width: number) => ({ size, bounds: { left: 0, right: width } });

/** The px range the window maps to. */
export function plotOf(scale: ScaleTime<number, number>, margin: number, width: number): { left: number; right: number } {
  const [left = margin, right = width - margin] = scale.range();
  return { left, right };
}

/** The launches a plan draws one by one, each with its marker. */
export function drawn<L>(plan: MarkerPlan, launches: readonly L[]): { launch: L; layout: MarkerLayout }[] {
  if (plan.mode !== 'markers') return [];
  return plan.markers.flatMap((layout, i) => {
    const launch = launches[plan.first + i];
    return launch ? [{ launch, layout }] : [];
  });
}

/**
 * The lanes, label rows, annotation and band rows the whole range needs at this width. Reserved
 * for every window, so zooming does not make the chart jump in height; a separate step because
 * it lays out every launch, which the caller does once per data and width, not on every frame
 * of a pan.
 */
export function reserveRoom(
  launches: readonly ChartLaunch[],
  contextEvents: readonly ChartContextEvent[],
  range: { start: string; end: string },
  width: number,
  annotations: readonly PlacedAnnotation[] = [],
  story: ChartStory = {},
): ChartRoom {
  const { size, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, null, width, { left: margin, right: margin });
  const plot = plotOf(scale, margin, width);
  const { bands = [], groups = null, locale = 'en' } = story;
  // The label rows and group blocks the whole range needs, so that zooming in (which only
  // spreads labels) keeps the height; none when the launches are too many to label at all.
  const marked =
    launches.length <= MAX_LABELLED ? drawn(planMarkers(launches, launches.map((l) => l.launchedAt.getTime()), scale, markerOptions(size, width)), launches) : [];
  const labels = marked.length > 0 ? planLaunchLabels(marked.map(({ launch, layout }) => ({ launch, x: layout.x })), width, locale) : null;
  const groupLanes = groups && marked.length > 0 ? groupLaneCounts(marked.map((m) => m.layout), groups, size) : null;
  return {
    lanes: groupLanes ? [...groupLanes.values()].reduce((sum, n) => sum + n, 0) : lanesForRange(launches, scale, { size }),
    contextLanes: lanesOf(layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: 0 })),
    labelRows: labels?.rows ?? 0,
    annotationRows: layoutAnnotations(annotations, scale, plot, { left: 0, right: width }, 0).rows,
    bandRows: groupLanes ? 0 : layoutBands(bands, scale, plot, { left: 0, right: width }, 0).rows,
    groupLanes,
  };
}

