// The chart itself: lays the window out for the measured width (domain/layoutChart.ts), then
// draws the result. Markers stack in lanes above the axis under a label each, the dataset's
// annotations sit under the axis, context events on their own track below them. Only what is in
// the window is laid out and drawn; where launches are too many for a few lanes, they are
// counted in period boxes instead, so 10,000 records cost what 200 do.
import { useId, useMemo } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { periodUnitWords } from '../../domain/denseLayout.ts';
import { reserveRoom } from '../../domain/chartRoom.ts';
import { layoutChart } from '../../domain/layoutChart.ts';
import { timelineSummary } from '../../domain/markerLabel.ts';
import type { LaunchGroup, PlacedAnnotation, StoryBand } from '../../domain/story.ts';
import { fullView, type View } from '../../domain/timeScale.ts';
import { ChartAnnotations } from './ChartAnnotations.tsx';
import { ChartBands } from './ChartBands.tsx';
import { ContextTrack } from './ContextTrack.tsx';
import { GroupLanes } from './GroupLanes.tsx';
import { LaunchMarks } from './LaunchMarks.tsx';
import { MarkLabels } from './MarkLabels.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { Tooltip } from './Tooltip.tsx';
import { useChartTooltip } from './useChartTooltip.ts';
import { useMarkFocus } from './useMarkFocus.ts';
import { useZoomPan } from './useZoomPan.ts';
import type { Words } from '../../domain/i18n/words.ts';
import { useEdition } from '../../ui/i18n.tsx';

type TimelineChartProps = {
  /** In time order. */
  launches: readonly Launch[];
  contextEvents: readonly ContextEvent[];
  showContext: boolean;
  range: { start: string; end: string };
  /** The visible window, already clamped to the range. */
  view: View;
  width: number;
  onViewChange: (view: View) => void;
  selectedId: string | null;
  /** Drawn under the axis where they touch the window; the same array while they do not change. */
  annotations?: readonly PlacedAnnotation[];
  /** Rocket families' and sites' years, drawn under the annotations while not grouped. */
  bands?: readonly StoryBand[];
  /** The launches in lanes by group, first group at the top; null in time lanes. */
  groups?: readonly LaunchGroup<Launch>[] | null;
};

const NO_ANNOTATIONS: readonly PlacedAnnotation[] = [];
const NO_BANDS: readonly StoryBand[] = [];

/** " In lanes, from the top: Tonghae; Sohae." — empty in time lanes. */
function lanesWords(lanes: readonly { text: string }[], chart: Words['m']['core']['chart']): string {
  return lanes.length === 0 ? '' : chart.lanes(lanes.map((l) => l.text).join(chart.laneSeparator));
}

/**
 * The layout, recomputed only when what it depends on changes: the window arrives as a new
 * object on every render, so it is compared by its instants. The room the whole range needs
 * does not depend on the window and is kept while zooming and panning.
 */
function useChartLayout(props: Omit<TimelineChartProps, 'onViewChange' | 'selectedId'>) {
  const { launches, contextEvents, showContext, range, view, width, annotations = NO_ANNOTATIONS, bands = NO_BANDS, groups = null } = props;
  const { start, end } = range;
  const { locale } = useEdition();
  const fromMs = view.from.getTime();
  const toMs = view.to.getTime();
  const times = useMemo(() => launches.map((l) => l.launchedAt.getTime()), [launches]);
  const room = useMemo(
    () => reserveRoom(launches, contextEvents, { start, end }, width, annotations, { bands, groups, locale }),
    [launches, contextEvents, start, end, width, annotations, bands, groups, locale],
  );
  return useMemo(
    () =>
      layoutChart({
        launches,
        times,
        contextEvents,
        showContext,
        range: { start, end },
        view: { from: new Date(fromMs), to: new Date(toMs) },
        width,
        room,
        annotations,
        bands,
        groups,
        locale,
      }),
    [launches, times, contextEvents, showContext, start, end, fromMs, toMs, width, room, annotations, bands, groups, locale],
  );
}

export function TimelineChart(props: TimelineChartProps) {
  const { launches, contextEvents, showContext, range, view, width, onViewChange, selectedId } = props;
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { start, end } = range;
  const full = useMemo(() => fullView({ start, end }), [start, end]);
  const layout = useChartLayout(props);
  const { tooltip, controls } = useChartTooltip(layout, contextEvents);
  const focus = useMarkFocus({ launches, layout, contextEvents, selectedId, view, full, onViewChange, tooltip: controls });
  const { ref, ...gestures } = useZoomPan({ view, full, plot: { left: layout.margin, right: width - layout.margin }, onChange: onViewChange });
  const words = useEdition();
  const { chart } = words.m.core;
  const summary = useMemo(() => timelineSummary(launches, words), [launches, words]);

  return (
    <div className="tl-chart">
      <svg
        ref={ref}
        className="tl-svg"
        width={width}
        height={layout.height}
        role="group"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-desc`}
        onPointerDown={gestures.onPointerDown}
        onPointerMove={gestures.onPointerMove}
        onPointerUp={gestures.onPointerUp}
        onPointerCancel={gestures.onPointerCancel}
        onClickCapture={gestures.onClickCapture}
      >
        <title id={`${ids}-title`}>{chart.title}</title>
        <desc id={`${ids}-desc`}>{`${summary}.${lanesWords(layout.groupLanes, chart)}${chart.keys}`}</desc>
        <GroupLanes lanes={layout.groupLanes} width={width} />
        <MarkLabels labels={layout.labels} selectedId={selectedId} />
        <LaunchMarks layout={layout} selectedId={selectedId} focus={focus} tooltip={controls} />
        <TimeAxis scale={layout.scale} ticks={layout.ticks} y={layout.axisY} />
        <ChartAnnotations annotations={layout.annotations} />
        <ChartBands bands={layout.bands} />
        {showContext && (
          <ContextTrack
            events={contextEvents}
            marks={layout.contextMarks}
            r={layout.r * 0.85}
            onFocus={focus.onContextFocus}
            onBlur={controls.blur}
            onHover={controls.hoverContext}
          />
        )}
      </svg>
      {tooltip && <Tooltip {...tooltip} containerWidth={width} />}
      {layout.periodUnit && (
        <p className="tl-note">
          {chart.dense(periodUnitWords(layout.periodUnit, words))}
        </p>
      )}
    </div>
  );
}
