// Where the chart's tooltip goes and what it says, from the laid-out chart: above the mark it
// points at, or below it when the mark is too near the top of the chart to leave room above.
import type { ContextEvent, Launch } from '../data/schema.ts';
import { clusterTooltip } from './denseLayout.ts';
import type { ChartLaunch } from './chartRoom.ts';
import type { ChartLayout } from './layoutChart.ts';
import { contextTooltip, launchTooltip, type TooltipText } from './markerLabel.ts';
import { ENGLISH, type Words } from './i18n/words.ts';

/** Tooltips flip below marks closer than this to the top of the chart. */
const TOOLTIP_ROOM = 64;

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
  w: Words = ENGLISH,
): ChartTooltip | null {
  const { baselineY, size, width } = layout;
  if (target.kind === 'launch') {
    const mark = layout.markers.find((m) => m.launch.id === target.id);
    if (!mark) return null;
    const top = baselineY + mark.layout.y - size / 2;
    const below = top < TOOLTIP_ROOM;
    return { x: mark.layout.x, y: below ? top + size : top, below, ...launchTooltip(mark.launch, w) };
  }
  if (target.kind === 'cluster') {
    const mark = layout.clusters.find((m) => m.cluster.key === target.id);
    if (!mark) return null;
    const { cluster } = mark;
    const top = baselineY + size / 2 - mark.height;
    const below = top < TOOLTIP_ROOM;
    // The middle of what is visible of the box, which may run past either edge.
    const x = (Math.max(cluster.x0, 0) + Math.min(cluster.x1, width)) / 2;
    return { x, y: below ? baselineY + size / 2 : top, below, ...clusterTooltip(cluster, w) };
  }
  const mark = layout.contextMarks.find((m) => m.id === target.id);
  const event = contextEvents.find((e) => e.id === target.id);
  if (!mark || !event) return null;
  return { x: mark.x, y: mark.y - size / 2, below: false, ...contextTooltip(event, w) };
}
