// Marker layout, computed before anything is drawn: lanes so that launches days apart never
// sit on top of each other, and payload labels only where they fit. Plain numbers in and out.
import type { Launch } from '../data/schema.ts';

export type MarkerInput = Pick<Launch, 'id' | 'launchedAt' | 'payload'>;
export type LabelPlacement = { text: string; x: number; y: number; anchor: 'start' | 'end'; width: number };
export type MarkerLayout = { id: string; x: number; y: number; lane: number; size: number; label?: LabelPlacement };

export type LayoutOptions = {
  /** Side of the square hit box in px; the glyph sits in its middle. */
  size: number;
  /** Horizontal extent, in px, that labels must stay inside. */
  bounds: { left: number; right: number };
  /** Air in px between two boxes in a lane, and between lanes. */
  gap?: number;
  fontPx?: number;
  /** Space in px between a label and its marker, and between a label and anything else. */
  labelGap?: number;
  labels?: boolean;
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

// Hangul and CJK ideographs are about 1 em wide; Latin letters and digits about 0.6 em, estimated
// high (0.68) because the fallback system font here (DejaVu Sans) is wide and labels must never touch.
const WIDE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A deliberately generous width estimate, so that labels that do not fit are dropped, not squeezed. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.68;
  return ems * fontPx;
}

export type Span = { x0: number; x1: number };
const overlaps = (a: Span, b: Span, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;

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
  const { size, bounds, gap = 2, fontPx = 12, labels = true, baselineY = 0 } = options;
  // Labels keep more air than marker boxes need: two names 2 px apart read as one.
  const labelGap = options.labelGap ?? 10;
  const xs = launches.map((l) => scale(l.launchedAt));
  const lanes = assignLanesUpTo(
    xs.map((x) => ({ x0: x - size / 2, x1: x + size / 2 })),
    gap,
    maxLanes,
  );
  if (!lanes) return null;
  const step = laneHeight(size, gap);
  const markers: MarkerLayout[] = launches.map((l, i) => {
    const lane = lanes[i] ?? 0;
    return { id: l.id, x: xs[i] ?? 0, y: baselineY - lane * step, lane, size };
  });
  if (!labels) return markers;

  // Everything a label must not touch, per lane: every marker box, then each label placed.
  const boxes = markers.map((m) => ({ lane: m.lane, x0: m.x - size / 2, x1: m.x + size / 2 }));
  const taken = new Map<number, Span[]>();
  for (const box of boxes) {
    const inLane = taken.get(box.lane);
    if (inLane) inLane.push(box);
    else taken.set(box.lane, [box]);
  }
  markers.forEach((m, i) => {
    const text = launches[i]?.payload ?? '';
    if (text === '' || m.x < bounds.left || m.x > bounds.right) return;
    const width = estimateTextWidth(text, fontPx);
    const rightStart = m.x + size / 2 + labelGap;
    const leftEnd = m.x - size / 2 - labelGap;
    const candidates = [
      { span: { x0: rightStart, x1: rightStart + width }, x: rightStart, anchor: 'start' as const },
      { span: { x0: leftEnd - width, x1: leftEnd }, x: leftEnd, anchor: 'end' as const },
    ];
    const spans = taken.get(m.lane) ?? [];
    const own = boxes[i];
    const fits = (span: Span) =>
      span.x0 >= bounds.left && span.x1 <= bounds.right && spans.every((s) => s === own || !overlaps(span, s, labelGap));
    const fit = candidates.find((c) => fits(c.span));
    if (!fit) return;
    spans.push(fit.span);
    m.label = { text, x: fit.x, y: m.y, anchor: fit.anchor, width };
  });
  return markers;
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
