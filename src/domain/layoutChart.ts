// The whole chart laid out for one window before anything is drawn, in the order Observable
// Plot uses: the scale for the width, then the vertical dimensions, then every mark's place.
// The component maps over the result; plain numbers in and out, so it is tested without a DOM.
// From the top: launch labels, marker lanes, the axis, annotations, the context track (the
// heights of those bands are chartRows.ts).
import type { ScaleTime } from 'd3-scale';
import type { ContextEvent, Launch } from '../data/schema.ts';
import { LABEL_ROW, layoutAnnotations, MAX_LABELLED, planLaunchLabels, type AnnotationMark } from './chartLabels.ts';
import { chartHeight, contextTopFor, rowsAboveAxis } from './chartRows.ts';
import { lanesForRange, planMarkers, type ClusterLayout, type MarkerPlan, type PeriodUnit } from './denseLayout.ts';
import { laneHeight, layoutContextMarks, markerSizeForWidth, type ContextInput, type ContextMarkLayout, type MarkerLayout } from './layoutMarkers.ts';
import type { PlacedAnnotation } from './story.ts';
import { axisTicks, DAY_MS, makeTimeScale, utcDay, type AxisTicks, type View } from './timeScale.ts';

/** What the layout reads of a launch; the marks hand back the caller's own objects. */
export type ChartLaunch = Pick<Launch, 'id' | 'launchedAt' | 'payload' | 'outcome'>;
export type ChartContextEvent = Pick<ContextEvent, 'id' | 'date' | 'endDate'>;

/** Lanes and label rows the whole range needs at this width (see reserveRoom). */
export type ChartRoom = { lanes: number; contextLanes: number; labelRows: number; annotationRows: number };

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
  /** The annotations to draw under the axis; those outside the window are left out here. */
  annotations?: readonly PlacedAnnotation[];
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

/** A launch's label above the lanes, in chart px (not relative to the baseline). */
export type ChartLabel = {
  launchId: string;
  /** "Kwangmyongsong-3 Unit 2", from the data. */
  name: string;
  /** "Dec 2012": the label reads "name · when". */
  when: string;
  /** Centre of the text: its box is x ± width / 2, y ± LABEL_ROW / 2. */
  x: number;
  y: number;
  anchor: 'middle';
  /** Estimated for bold text, so the selected launch's label fits too. */
  width: number;
  /** 0 is the row nearest the markers. */
  row: number;
  /** From the bottom of the label's row down to the top of its marker's box. */
  leader: { x: number; y1: number; y2: number };
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
  /** Every launch drawn one by one, labelled; empty for boxes, or markers too many to label. */
  labels: ChartLabel[];
  labelRows: number;
  /** Top of the annotation band, under the axis; the context track starts under its last row. */
  annotationTop: number;
  annotationRows: number;
  /** One per annotation that touches the window, in their order, in chart px. */
  annotations: AnnotationMark[];
};

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

const markerOptions = (size: number, width: number) => ({ size, bounds: { left: 0, right: width } });

/** The px range the window maps to. */
function plotOf(scale: ScaleTime<number, number>, margin: number, width: number): { left: number; right: number } {
  const [left = margin, right = width - margin] = scale.range();
  return { left, right };
}

/** The launches a plan draws one by one, each with its marker. */
function drawn<L>(plan: MarkerPlan, launches: readonly L[]): { launch: L; layout: MarkerLayout }[] {
  if (plan.mode !== 'markers') return [];
  return plan.markers.flatMap((layout, i) => {
    const launch = launches[plan.first + i];
    return launch ? [{ launch, layout }] : [];
  });
}

/**
 * The lanes, label rows and annotation rows the whole range needs at this width. Reserved for
 * every window, so zooming does not make the chart jump in height; a separate step because it lays out every launch, which the
 * caller does once per data and width, not on every frame of a pan.
 */
export function reserveRoom(
  launches: readonly ChartLaunch[],
  contextEvents: readonly ChartContextEvent[],
  range: { start: string; end: string },
  width: number,
  annotations: readonly PlacedAnnotation[] = [],
): ChartRoom {
  const { size, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, null, width, { left: margin, right: margin });
  // The label rows the whole range needs, so that zooming in (which only spreads labels) keeps
  // the height; none when the launches are too many to label at all.
  const labelled = () => {
    const plan = planMarkers(launches, launches.map((l) => l.launchedAt.getTime()), scale, markerOptions(size, width));
    return planLaunchLabels(drawn(plan, launches).map(({ launch, layout }) => ({ launch, x: layout.x })), width);
  };
  const labels = launches.length <= MAX_LABELLED ? labelled() : null;
  return {
    lanes: lanesForRange(launches, scale, { size }),
    contextLanes: lanesOf(layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: 0 })),
    labelRows: labels?.rows ?? 0,
    annotationRows: layoutAnnotations(annotations, scale, plotOf(scale, margin, width), { left: 0, right: width }, 0).rows,
  };
}

export function layoutChart<L extends ChartLaunch>(input: ChartInput<L>): ChartLayout<L> {
  const { launches, times, contextEvents, showContext, range, view, width, room, annotations = [] } = input;
  const { size, r, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, view, width, { left: margin, right: margin });
  const plan = planMarkers(launches, times, scale, markerOptions(size, width));
  const marked = drawn(plan, launches);
  const labelPlan = planLaunchLabels(marked.map(({ launch, layout }) => ({ launch, x: layout.x })), width);
  const labelRows = labelPlan?.rows ?? 0;

  // Lanes in use in this window; the labels sit on top of them. The chart keeps the height the
  // whole range needs (room), so zooming and panning never move the axis.
  const used = plan.mode === 'markers' ? lanesOf(plan.markers) : 1;
  const lanes = Math.max(room.lanes, used);
  const { baselineY, labelBottom, axisY, annotationTop } = rowsAboveAxis({ size, lanes, usedLanes: used, reservedLabelRows: room.labelRows, labelRows });
  const [from = view.from, to = view.to] = scale.domain();
  const inView = annotations.filter((a) => a.from.getTime() <= to.getTime() && a.to.getTime() >= from.getTime());
  const annotated = layoutAnnotations(inView, scale, plotOf(scale, margin, width), { left: 0, right: width }, annotationTop);
  // As many rows as the whole range needs, even where the window shows fewer: no jumps here either.
  const annotationRows = Math.max(annotated.rows, room.annotationRows);
  const contextTop = contextTopFor(annotationTop, annotationRows);
  const contextMarks = showContext ? layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: contextTop }) : [];
  const contextLanes = Math.max(lanesOf(contextMarks), room.contextLanes);
  const height = chartHeight(contextTop, showContext ? contextLanes : null, size);

  const markers: LaunchMark<L>[] = marked.map(({ launch, layout }) => ({ launch, layout, stem: { y1: layout.y + r + 3, y2: axisY - baselineY } }));
  const markerTop = new Map(marked.map(({ launch, layout }) => [launch.id, baselineY + layout.y - size / 2]));
  const labels: ChartLabel[] = (labelPlan?.labels ?? []).map((l) => {
    const rowBottom = labelBottom - l.row * LABEL_ROW;
    return {
      launchId: l.launchId,
      name: l.name,
      when: l.when,
      x: l.x,
      y: rowBottom - LABEL_ROW / 2,
      anchor: 'middle',
      width: l.width,
      row: l.row,
      leader: { x: l.markerX, y1: rowBottom, y2: markerTop.get(l.launchId) ?? rowBottom },
    };
  });
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
    labels,
    labelRows,
    annotationTop,
    annotationRows,
    annotations: annotated.marks,
  };
}
