// The wide chart's two ways of showing rockets and launch sites. Grouped (the reader chose "by
// rocket", "by rocket family" or "by launch site"), each group is a block of lanes as in
// vis-timeline's groups, the first group to fly at the top, named beside its own markers.
// Ungrouped, the families' and sites' years are bands under the axis. Plain numbers in and out.
import { ANNOTATION_ROW, estimateTextWidth, LABEL_FONT_PX, layoutSpans, type AnnotationMark } from './chartLabels.ts';
import { assignLanes, laneHeight, type MarkerLayout } from './layoutMarkers.ts';
import { phraseText, type Phrase } from './phrase.ts';
import type { LaunchGroup, StoryBand } from './story.ts';

/** A group as the chart reads it (story.ts's groupLaunches makes them): only its launches' ids. */
export type LaneGroup = LaunchGroup<{ id: string }>;

/** A group's lanes: lane 0 is the one nearest the axis. */
export type GroupBlock = { key: string; firstLane: number; lanes: number };

const GAP = 2;

/** Index of each launch's group; a launch in no group (which groupLaunches never leaves) goes in the last. */
function groupIndex(groups: readonly LaneGroup[]): (id: string) => number {
  const index = new Map<string, number>();
  groups.forEach((group, i) => group.launches.forEach(({ id }) => index.set(id, i)));
  return (id) => index.get(id) ?? groups.length - 1;
}

/** Lanes within each group, so that a group's own markers never overlap: per group, in group order. */
function lanesWithinGroups(markers: readonly MarkerLayout[], groups: readonly LaneGroup[], size: number): { group: number; lane: number }[] {
  const groupOf = groupIndex(groups);
  const placed = markers.map(() => ({ group: 0, lane: 0 }));
  groups.forEach((_, g) => {
    const mine = markers.flatMap((m, i) => (groupOf(m.id) === g ? [{ m, i }] : []));
    const lanes = assignLanes(mine.map(({ m }) => ({ x0: m.x - size / 2, x1: m.x + size / 2 })), GAP);
    mine.forEach(({ i }, j) => (placed[i] = { group: g, lane: lanes[j] ?? 0 }));
  });
  return placed;
}

/** Lanes each group's placed markers use, by group key: at least one, so an empty group keeps its place. */
function countLanes(placed: readonly { group: number; lane: number }[], groups: readonly LaneGroup[]): Map<string, number> {
  return new Map(groups.map((group, g) => [group.key, placed.reduce((most, p) => (p.group === g ? Math.max(most, p.lane + 1) : most), 1)]));
}

/** Lanes each group needs for these markers, by group key: at least one, so an empty group keeps its place. */
export function groupLaneCounts(markers: readonly MarkerLayout[], groups: readonly LaneGroup[], size: number): Map<string, number> {
  return countLanes(lanesWithinGroups(markers, groups, size), groups);
}

/**
 * The markers moved into their group's lanes (same order as given), and the blocks. A group keeps
 * the lanes `reserved` for it over the whole range, or more if this window needs them, so that
 * zooming does not move the blocks.
 */
export function laneByGroup(
  markers: readonly MarkerLayout[],
  groups: readonly LaneGroup[],
  reserved: ReadonlyMap<string, number>,
  size: number,
): { markers: MarkerLayout[]; blocks: GroupBlock[]; lanes: number } {
  const placed = lanesWithinGroups(markers, groups, size);
  const counts = countLanes(placed, groups);
  const blocks: GroupBlock[] = [];
  let below = 0;
  // From the last group (nearest the axis) up to the first.
  for (const group of [...groups].reverse()) {
    const lanes = Math.max(counts.get(group.key) ?? 1, reserved.get(group.key) ?? 1);
    blocks.unshift({ key: group.key, firstLane: below, lanes });
    below += lanes;
  }
  const step = laneHeight(size, GAP);
  const moved = markers.map((m, i) => {
    const { group, lane: within } = placed[i] ?? { group: 0, lane: 0 };
    const lane = (blocks[group]?.firstLane ?? 0) + within;
    return { ...m, lane, y: -lane * step };
  });
  return { markers: moved, blocks, lanes: below };
}

/** A group's block on the chart and its name beside its markers, in chart px. */
export type GroupLane = {
  key: string;
  /** The name as plain text; `parts` is the same with each name from the data marked. */
  text: string;
  parts: Phrase;
  /** The end of the text nearest its markers: `anchor` start is its left end, end its right end. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The block's top and bottom, for its background. */
  top: number;
  bottom: number;
  /** Every other block is tinted, so the eye can follow a lane across the chart. */
  tinted: boolean;
};

export const GROUP_LABEL_PX = LABEL_FONT_PX;
const LABEL_AIR = 6;

type Placement = { x: number; anchor: 'start' | 'end'; x0: number; x1: number };

/**
 * Each block's name, beside its markers where it fits inside the chart and crosses no other
 * group's stem or leader (those run up and down through every block at their launch's x): after
 * the last marker, else before the first, else in the widest gap between two of them; the name
 * with its detail before the name alone.
 * A group with no marker in the window is named at the edge of the window it lies beyond.
 */
export function placeGroupLabels(
  groups: readonly LaneGroup[],
  blocks: readonly GroupBlock[],
  markers: readonly MarkerLayout[],
  geometry: { baselineY: number; size: number; width: number; plot: { left: number; right: number }; scale: (date: Date) => number },
): GroupLane[] {
  const { baselineY, size, width, plot, scale } = geometry;
  const groupOf = groupIndex(groups);
  const step = laneHeight(size, GAP);
  return groups.flatMap((group, g) => {
    const block = blocks[g];
    if (!block) return [];
    const top = baselineY - (block.firstLane + block.lanes - 1) * step - size / 2 - GAP / 2;
    const bottom = baselineY - block.firstLane * step + size / 2 + GAP / 2;
    const xs = markers.filter((m) => groupOf(m.id) === g).map((m) => m.x);
    const others = markers.filter((m) => groupOf(m.id) !== g).map((m) => m.x);
    const name: Phrase = [{ data: group.label }];
    const phrases: Phrase[] = group.detail ? [[...name, ' · ', ...group.detail], name] : [name];
    const sides = (w: number): Placement[] => {
      if (xs.length === 0) {
        const before = scale(group.to) < plot.left;
        return [before ? { x: plot.left, anchor: 'start', x0: plot.left, x1: plot.left + w } : { x: plot.right, anchor: 'end', x0: plot.right - w, x1: plot.right }];
      }
      const sorted = [...xs].sort((p, q) => p - q);
      const after = (sorted[sorted.length - 1] ?? 0) + size / 2 + LABEL_AIR;
      const before = (sorted[0] ?? 0) - size / 2 - LABEL_AIR;
      // Or in the widest gap between two of its own markers, where it fits there.
      const gap = sorted.slice(1).reduce((widest, x, i) => {
        const from = sorted[i] ?? x;
        return x - from > widest.to - widest.from ? { from, to: x } : widest;
      }, { from: 0, to: 0 });
      const inGap = gap.from + size / 2 + LABEL_AIR;
      const places: Placement[] = [
        { x: after, anchor: 'start', x0: after, x1: after + w },
        { x: before, anchor: 'end', x0: before - w, x1: before },
      ];
      if (inGap + w <= gap.to - size / 2 - LABEL_AIR) places.push({ x: inGap, anchor: 'start', x0: inGap, x1: inGap + w });
      return places;
    };
    const candidates = phrases.flatMap((parts) => {
      const text = phraseText(parts);
      return sides(estimateTextWidth(text, GROUP_LABEL_PX, 'bold')).map((place) => ({ text, parts, ...place }));
    });
    const inside = candidates.filter((c) => c.x0 >= 0 && c.x1 <= width);
    const clear = inside.find((c) => others.every((x) => x < c.x0 - LABEL_AIR || x > c.x1 + LABEL_AIR));
    const chosen = clear ?? inside[inside.length - 1] ?? candidates[candidates.length - 1];
    if (!chosen) return [];
    return [{ key: group.key, text: chosen.text, parts: chosen.parts, x: chosen.x, y: (top + bottom) / 2, anchor: chosen.anchor, top, bottom, tinted: g % 2 === 1 }];
  });
}

/**
 * The bands under the axis from `top` down: the rocket families' row, then the sites' row, each
 * as many rows as its titles need.
 */
export function layoutBands(
  bands: readonly StoryBand[],
  scale: (date: Date) => number,
  plot: { left: number; right: number },
  bounds: { left: number; right: number },
  top: number,
): { marks: AnnotationMark[]; rows: number } {
  let rows = 0;
  const marks: AnnotationMark[] = [];
  for (const row of ['family', 'site'] as const) {
    const laid = layoutSpans(
      bands.filter((b) => b.row === row),
      scale,
      plot,
      bounds,
      top + rows * ANNOTATION_ROW,
    );
    marks.push(...laid.marks);
    rows += laid.rows;
  }
  return { marks, rows };
}
