// Marker layout, computed before anything is drawn: lanes so that launches days apart never
// sit on top of each other, and the context track's marks the same way. Plain numbers in and
// out. The launches' text labels are placed elsewhere (chartLabels.ts), in rows above the lanes.
import type { Launch } from '../data/schema.ts';

export type MarkerInput = Pick<Launch, 'id' | 'launchedAt'>;
export type MarkerLayout = { id: string; x: number; y: number; lane: number; size: number };

export type LayoutOptions = {
  /** Side of the square hit box in px; the glyph sits in its middle. */
  size: number;
  /** Air in px between two boxes in a lane, and between lanes. */
  gap?: number;
  /** y of the centre of lane 0; further lanes stack upwards, away from the axis. */
  baselineY?: number;
};

/** Touch needs 44 px targets (and narrow screens are mostly touch); a mouse is fine with 28. */
export function markerSizeForWidth(width: number): number {
  return width < 600 ? 44 : 28;
}

export function laneHeight(size: number, gap = 2): number {
  return size + gap;
}

export type Span = { x0: number; x1: number };

/**
 * Greedy interval lanes: each span, left to right, takes the lowest lane whose last span ends
 * at least `gap` before it starts. Returns a lane per span, in the input order.
 */
export function assignLanes(spans: readonly Span[], gap = 2): number[] {
  return assignLanesUpTo(spans, gap, Infinity) ?? [];
}

/** As assignLanes, but gives up (null) as soon as more than `maxLanes` lanes would be needed. */
export function assignLanesUpTo(spans: readonly Span[], gap: number, maxLanes: number): number[] | null {
  const order = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.x0 - b.span.x0 || a.i - b.i);
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(spans.length).fill(0);
  for (const { span, i } of order) {
    let lane = laneEnds.findIndex((end) => span.x0 >= end + gap);
    if (lane === -1) {
      if (laneEnds.length >= maxLanes) return null;
      lane = laneEnds.length;
    }
    laneEnds[lane] = span.x1;
    lanes[i] = lane;
  }
  return lanes;
}

/** Where focus goes from item `index` of `count` on a key press, or null when the key is not for moving. */
export function nextFocusIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function layoutMarkers(
  launches: readonly MarkerInput[],
  scale: (date: Date) => number,
  options: LayoutOptions,
): MarkerLayout[] {
  return layoutMarkersUpTo(launches, scale, options, Infinity) ?? [];
}

/** As layoutMarkers, but null when the markers would need more than `maxLanes` lanes. */
export function layoutMarkersUpTo(
  launches: readonly MarkerInput[],
  scale: (date: Date) => number,
  options: LayoutOptions,
  maxLanes: number,
): MarkerLayout[] | null {
  const { size, gap = 2, baselineY = 0 } = options;
  const xs = launches.map((l) => scale(l.launchedAt));
  const lanes = assignLanesUpTo(
    xs.map((x) => ({ x0: x - size / 2, x1: x + size / 2 })),
    gap,
    maxLanes,
  );
  if (!lanes) return null;
  const step = laneHeight(size, gap);
  return launches.map((l, i) => {
    const lane = lanes[i] ?? 0;
    return { id: l.id, x: xs[i] ?? 0, y: baselineY - lane * step, lane, size };
  });
}

/** A context event as instants: its first day's start and, for events that last, its last day's end. */
export type ContextInput = { id: string; start: Date; end?: Date };
export type ContextMarkLayout = { id: string; x: number; endX?: number; y: number; lane: number; size: number };

/**
 * Context events on their own track: a mark at the first day, a bar to the last day for
 * events that last, lanes stacking downwards from `top` so that no two hit boxes touch.
 */
export function layoutContextMarks(
  events: readonly ContextInput[],
  scale: (date: Date) => number,
  options: { size: number; top: number; gap?: number },
): ContextMarkLayout[] {
  const { size, top, gap = 2 } = options;
  const placed = events.map((e) => {
    const x = scale(e.start);
    const endX = e.end === undefined ? undefined : scale(e.end);
    return { id: e.id, x, endX, span: { x0: x - size / 2, x1: Math.max(x + size / 2, endX ?? x) } };
  });
  const lanes = assignLanes(placed.map((p) => p.span), gap);
  return placed.map((p, i) => {
    const lane = lanes[i] ?? 0;
    return { id: p.id, x: p.x, endX: p.endX, y: top + size / 2 + lane * laneHeight(size, gap), lane, size };
  });
}
