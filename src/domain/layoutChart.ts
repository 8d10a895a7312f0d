// The whole chart laid out for one window before anything is drawn, in the order Observable
// Plot uses: the scale for the width, then the vertical dimensions, then every mark's place.
// The component maps over the result; plain numbers in and out, so it is tested without a DOM.
import type { ScaleTime } from 'd3-scale';
import type { ContextEvent, Launch } from '../data/schema.ts';
import { clusterTooltip, lanesForRange, planMarkers, type ClusterLayout, type PeriodUnit } from './denseLayout.ts';
import { laneHeight, layoutContextMarks, markerSizeForWidth, type ContextInput, type ContextMarkLayout, type MarkerLayout } from './layoutMarkers.ts';
import { contextTooltip, launchTooltip, type TooltipText } from './markerLabel.ts';
import { axisTicks, DAY_MS, makeTimeScale, utcDay, type AxisTicks, type View } from './timeScale.ts';

/** What the layout reads of a launch; the marks hand back the caller's own objects. */
export type ChartLaunch = Pick<Launch, 'id' | 'launchedAt' | 'payload' | 'outcome'>;
export type ChartContextEvent = Pick<ContextEvent, 'id' | 'date' | 'endDate'>;

/** Lanes the whole range needs at this width (see reserveRoom). */
export type ChartRoom = { lanes: number; contextLanes: number };

export type ChartInput<L extends ChartLaunch> = {
  /** In time order. */
  launches: readonly L[];
  /** launchedAt in ms, parallel to `launches`. */
  times: readonly number[];
  contextEvents: readonly ChartContextEvent[];
  showContext: boolean;
  /** The dataset range, YYYY-MM-DD. */
  range: { start: string; end: string };
  /** The visible window. */
  view: View;
  width: number;
  room: ChartRoom;
};

export type LaunchMark<L> = {
  launch: L;
  /** x, and y relative to the baseline (lanes stack upwards, so y ≤ 0). */
  layout: MarkerLayout;
  /** The line from under the glyph down to the axis, relative to the baseline. */
  stem: { y1: number; y2: number };
};

export type ClusterMark = {
  cluster: ClusterLayout;
  /** px from the bottom of lane 0 up: at least a marker's size, taller for more launches. */
  height: number;
};

export type ChartLayout<L extends ChartLaunch> = {
  width: number;
  height: number;
  /** Side of a mark's square hit box, px. */
  size: number;
  /** Radius of a launch's outcome glyph, px. */
  r: number;
  /** Left and right, px: room for half a marker and for the end ticks' labels. */
  margin: number;
  scale: ScaleTime<number, number>;
  ticks: AxisTicks;
  lanes: number;
  /** y of the centre of lane 0; the launch marks are drawn relative to it. */
  baselineY: number;
  axisY: number;
  /** Top of the context track, under the axis. */
  contextTop: number;
  /** Launches drawn one by one; empty when they are counted in boxes. */
  markers: LaunchMark<L>[];
  /** Period boxes; empty when the launches are drawn one by one. */
  clusters: ClusterMark[];
  /** The period each box counts, or null when there are no boxes. */
  periodUnit: PeriodUnit | null;
  /** One per context event, in their order; empty while context is hidden. */
  contextMarks: ContextMarkLayout[];
};

const TOP = 8;
const AXIS_GAP = 6;
const AXIS_HEIGHT = 28;
/** Air under the context track's last lane. */
const CONTEXT_BOTTOM = 4;
/** Tooltips flip below marks closer than this to the top of the chart. */
const TOOLTIP_ROOM = 64;

const lanesOf = (items: readonly { lane: number }[]) => items.reduce((most, item) => Math.max(most, item.lane + 1), 1);

const asInstants = (e: ChartContextEvent): ContextInput => ({
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

/**
 * The lanes the whole range needs at this width. Reserved for every window, so zooming does not
 * make the chart jump in height; a separate step because it lays out every launch, which the
 * caller does once per data and width, not on every frame of a pan.
 */
export function reserveRoom(
  launches: readonly ChartLaunch[],
  contextEvents: readonly ChartContextEvent[],
  range: { start: string; end: string },
  width: number,
): ChartRoom {
  const { size, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, null, width, { left: margin, right: margin });
  return {
    lanes: lanesForRange(launches, scale, { size, bounds: { left: 0, right: width } }),
    contextLanes: lanesOf(layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: 0 })),
  };
}

export function layoutChart<L extends ChartLaunch>(input: ChartInput<L>): ChartLayout<L> {
  const { launches, times, contextEvents, showContext, range, view, width, room } = input;
  const { size, r, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, view, width, { left: margin, right: margin });
  const plan = planMarkers(launches, times, scale, { size, bounds: { left: 0, right: width } });

  const lanes = Math.max(room.lanes, plan.mode === 'markers' ? lanesOf(plan.markers) : 1);
  const baselineY = TOP + (lanes - 1) * laneHeight(size) + size / 2;
  const axisY = baselineY + size / 2 + AXIS_GAP;
  const contextTop = axisY + AXIS_HEIGHT;
  const contextMarks = showContext ? layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: contextTop }) : [];
  const contextLanes = Math.max(lanesOf(contextMarks), room.contextLanes);
  const height = showContext ? contextTop + contextLanes * laneHeight(size) + CONTEXT_BOTTOM : contextTop;

  const markers: LaunchMark<L>[] = [];
  if (plan.mode === 'markers') {
    plan.markers.forEach((layout, i) => {
      const launch = launches[plan.first + i];
      if (launch) markers.push({ launch, layout, stem: { y1: layout.y + r + 3, y2: axisY - baselineY } });
    });
  }
  // Boxes rise with their count, into the lanes single markers would use.
  const counted = plan.mode === 'clusters' ? plan.clusters : [];
  const most = counted.reduce((n, c) => Math.max(n, c.count), 1);
  const rise = (lanes - 1) * laneHeight(size);
  const clusters = counted.map((cluster) => ({ cluster, height: size + rise * (cluster.count / most) }));

  return {
    width,
    height,
    size,
    r,
    margin,
    scale,
    ticks: axisTicks(scale),
    lanes,
    baselineY,
    axisY,
    contextTop,
    markers,
    clusters,
    periodUnit: plan.mode === 'clusters' ? plan.unit : null,
    contextMarks,
  };
}

/** A mark the tooltip can point at. */
export type ChartTarget = { kind: 'launch' | 'context' | 'cluster'; id: string };

export type ChartTooltip = TooltipText & {
  /** The point (px, in the chart) it points at: the top edge of the mark, or the bottom when `below`. */
  x: number;
  y: number;
  /** Below the mark, for marks too near the top of the chart to have the tooltip above. */
  below: boolean;
};

/** Where the tooltip for `target` goes and what it says, or null when that mark is not drawn. */
export function chartTooltip(
  layout: ChartLayout<ChartLaunch & Pick<Launch, 'vehicle' | 'northKoreaClaimed'>>,
  contextEvents: readonly Pick<ContextEvent, 'id' | 'title' | 'date' | 'endDate' | 'kind'>[],
  target: ChartTarget,
): ChartTooltip | null {
  const { baselineY, size, width } = layout;
  if (target.kind === 'launch') {
    const mark = layout.markers.find((m) => m.launch.id === target.id);
    if (!mark) return null;
    const top = baselineY + mark.layout.y - size / 2;
    const below = top < TOOLTIP_ROOM;
    return { x: mark.layout.x, y: below ? top + size : top, below, ...launchTooltip(mark.launch) };
  }
  if (target.kind === 'cluster') {
    const mark = layout.clusters.find((m) => m.cluster.key === target.id);
    if (!mark) return null;
    const { cluster } = mark;
    const top = baselineY + size / 2 - mark.height;
    const below = top < TOOLTIP_ROOM;
    // The middle of what is visible of the box, which may run past either edge.
    const x = (Math.max(cluster.x0, 0) + Math.min(cluster.x1, width)) / 2;
    return { x, y: below ? baselineY + size / 2 : top, below, ...clusterTooltip(cluster) };
  }
  const mark = layout.contextMarks.find((m) => m.id === target.id);
  const event = contextEvents.find((e) => e.id === target.id);
  if (!mark || !event) return null;
  return { x: mark.x, y: mark.y - size / 2, below: false, ...contextTooltip(event) };
}
