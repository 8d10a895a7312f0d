// The whole chart laid out for one window before anything is drawn, in the order Observable
// Plot uses: the scale for the width, then the vertical dimensions, then every mark's place.
// The component maps over the result; plain numbers in and out, so it is tested without a DOM.
// From the top: launch labels, marker lanes (in time lanes, or in blocks by group), the axis,
// annotations, the rocket and site bands, the context track (the heights of those rows are
// chartRows.ts; the room the whole range needs, chartRoom.ts).
import type { ScaleTime } from 'd3-scale';
import { LABEL_ROW, layoutAnnotations, planLaunchLabels, type AnnotationMark } from './chartLabels.ts';
import { laneByGroup, layoutBands, placeGroupLabels, type GroupLane } from './chartGroups.ts';
import {
  asInstants,
  chartDimensions,
  drawn,
  lanesOf,
  markerOptions,
  plotOf,
  type ChartContextEvent,
  type ChartLaunch,
  type ChartRoom,
  type ChartStory,
} from './chartRoom.ts';
import { chartHeight, contextTopFor, rowsAboveAxis } from './chartRows.ts';
import { planMarkers, type ClusterLayout, type PeriodUnit } from './denseLayout.ts';
import { laneHeight, layoutContextMarks, type ContextMarkLayout, type MarkerLayout } from './layoutMarkers.ts';
import type { PlacedAnnotation } from './story.ts';
import { axisTicks, makeTimeScale, type AxisTicks, type View } from './timeScale.ts';

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
} & ChartStory;

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
  /** The rocket families' and sites' bands under the annotations; none while grouped. */
  bands: AnnotationMark[];
  bandTop: number;
  bandRows: number;
  /** One per group while the launches are grouped: its block of lanes and its name. */
  groupLanes: GroupLane[];
};

export function layoutChart<L extends ChartLaunch>(input: ChartInput<L>): ChartLayout<L> {
  const { launches, times, contextEvents, showContext, range, view, width, room, annotations = [], bands = [], groups = null, locale = 'en' } = input;
  const { size, r, margin } = chartDimensions(width);
  const scale = makeTimeScale(range, view, width, { left: margin, right: margin });
  const plot = plotOf(scale, margin, width);
  const plan = planMarkers(launches, times, scale, { ...markerOptions(size, width), locale });
  const inTime = drawn(plan, launches);
  // Grouped, each launch moves into its group's block of lanes; the boxes that count dense
  // stretches are never grouped.
  const grouping = groups && groups.length > 0 && plan.mode === 'markers' ? laneByGroup(inTime.map((m) => m.layout), groups, room.groupLanes ?? new Map(), size) : null;
  const marked = grouping ? inTime.map(({ launch, layout }, i) => ({ launch, layout: grouping.markers[i] ?? layout })) : inTime;
  const labelPlan = planLaunchLabels(marked.map(({ launch, layout }) => ({ launch, x: layout.x })), width, locale);
  const labelRows = labelPlan?.rows ?? 0;

  // Lanes in use in this window; the labels sit on top of them. The chart keeps the height the
  // whole range needs (room), so zooming and panning never move the axis.
  const used = grouping ? grouping.lanes : plan.mode === 'markers' ? lanesOf(plan.markers) : 1;
  const lanes = Math.max(room.lanes, used);
  const { baselineY, labelBottom, axisY, annotationTop } = rowsAboveAxis({ size, lanes, usedLanes: used, reservedLabelRows: room.labelRows, labelRows });
  const [from = view.from, to = view.to] = scale.domain();
  const inView = <T extends { from: Date; to: Date }>(a: T) => a.from.getTime() <= to.getTime() && a.to.getTime() >= from.getTime();
  const annotated = layoutAnnotations(annotations.filter(inView), scale, plot, { left: 0, right: width }, annotationTop);
  // As many rows as the whole range needs, even where the window shows fewer: no jumps here either.
  const annotationRows = Math.max(annotated.rows, room.annotationRows);
  const bandTop = contextTopFor(annotationTop, annotationRows);
  const banded = layoutBands(grouping ? [] : bands.filter(inView), scale, plot, { left: 0, right: width }, bandTop);
  const bandRows = grouping ? 0 : Math.max(banded.rows, room.bandRows);
  const contextTop = contextTopFor(bandTop, bandRows);
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
    ticks: axisTicks(scale, undefined, undefined, locale),
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
    bands: banded.marks,
    bandTop,
    bandRows,
    groupLanes: grouping ? placeGroupLabels(groups ?? [], grouping.blocks, grouping.markers, { baselineY, size, width, plot, scale }) : [],
  };
}
