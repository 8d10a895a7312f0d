// The wide chart's vertical stack, from the top: air, launch label rows, marker lanes, the axis,
// annotation rows, the context track. Only arithmetic on counts of rows and lanes, kept apart
// from what goes in them. Three steps, in the order layoutChart can call them: the annotations'
// rows are known only once they are laid out under the axis, and the context track's lanes
// only once its marks are laid out under the annotations.
import { ANNOTATION_ROW, LABEL_ROW } from './chartLabels.ts';
import { laneHeight } from './layoutMarkers.ts';

/** Air above everything. */
const TOP = 8;
/** Between the bottom of lane 0 and the axis line. */
const AXIS_GAP = 6;
/** The axis line and its tick labels. */
const AXIS_HEIGHT = 28;
/** Air under the context track's last lane, and under the annotations' last row. */
const CONTEXT_BOTTOM = 4;
/** Between the lowest label row and the top of the highest lane: the shortest leader. */
const LEADER_ROOM = 6;

/** px from the baseline up to the top of the chart's content: lanes, then label rows. */
function roomAbove(lanes: number, labelRows: number, size: number): number {
  const markers = (lanes - 1) * laneHeight(size) + size / 2;
  return labelRows > 0 ? markers + LEADER_ROOM + labelRows * LABEL_ROW : markers;
}

export type AboveAxis = {
  /** Side of a mark's square hit box, px. */
  size: number;
  /** Lanes the chart keeps: as many as the whole range needs, or this window's if more. */
  lanes: number;
  /** Lanes in use in this window: the labels sit right on top of them. */
  usedLanes: number;
  /** Label rows the whole range needs, kept so that zooming does not move the axis. */
  reservedLabelRows: number;
  /** Label rows this window's labels use. */
  labelRows: number;
};

export type AboveAxisRows = {
  /** y of the centre of lane 0. */
  baselineY: number;
  /** Bottom of the lowest label row: LEADER_ROOM above the top of the highest lane in use. */
  labelBottom: number;
  axisY: number;
  /** Top of the annotation band, under the axis and its tick labels. */
  annotationTop: number;
};

/**
 * Everything down to the axis. The baseline goes as low as either the kept lanes and label rows
 * or this window's need, so that the axis stays put while the labels hug the lanes in use.
 */
export function rowsAboveAxis(above: AboveAxis): AboveAxisRows {
  const { size, lanes, usedLanes, reservedLabelRows, labelRows } = above;
  const baselineY = TOP + Math.max(roomAbove(lanes, reservedLabelRows, size), roomAbove(usedLanes, labelRows, size));
  const axisY = baselineY + size / 2 + AXIS_GAP;
  return {
    baselineY,
    labelBottom: baselineY - roomAbove(usedLanes, 0, size) - LEADER_ROOM,
    axisY,
    annotationTop: axisY + AXIS_HEIGHT,
  };
}

/** Top of the context track: under the annotation rows and some air, or right under the axis without any. */
export function contextTopFor(annotationTop: number, annotationRows: number): number {
  return annotationRows > 0 ? annotationTop + annotationRows * ANNOTATION_ROW + CONTEXT_BOTTOM : annotationTop;
}

/** The chart's height: to under the context track's last lane, or to its top while it is hidden (null). */
export function chartHeight(contextTop: number, contextLanes: number | null, size: number): number {
  return contextLanes === null ? contextTop : contextTop + contextLanes * laneHeight(size) + CONTEXT_BOTTOM;
}
