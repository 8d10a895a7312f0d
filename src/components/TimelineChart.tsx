// The chart itself: computes the layout for the measured width, then draws it. Markers stack
// in lanes above the axis, context events sit on their own track below it.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContextEvent, Launch } from '../data/schema.ts';
import { laneHeight, layoutContextMarks, layoutMarkers, markerSizeForWidth, nextFocusIndex } from '../domain/layoutMarkers.ts';
import { contextTooltip, launchTooltip, timelineSummary } from '../domain/markerLabel.ts';
import { axisTicks, DAY_MS, fullView, makeTimeScale, revealDate, utcDay, ZOOM_STEP, zoomView, type View } from '../domain/timeScale.ts';
import { ContextTrack } from './ContextTrack.tsx';
import { LaunchMarker } from './LaunchMarker.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { Tooltip } from './Tooltip.tsx';
import { useZoomPan } from './useZoomPan.ts';

type TimelineChartProps = {
  launches: readonly Launch[];
  contextEvents: readonly ContextEvent[];
  showContext: boolean;
  range: { start: string; end: string };
  /** The visible window, already clamped to the range. */
  view: View;
  width: number;
  onViewChange: (view: View) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

type Target = { kind: 'launch' | 'context'; id: string };

const TOP = 8;
const AXIS_GAP = 6;
const AXIS_HEIGHT = 28;
/** Tooltips flip below marks closer than this to the top of the chart. */
const TOOLTIP_ROOM = 64;

const lanesOf = (items: readonly { lane: number }[]) => items.reduce((most, item) => Math.max(most, item.lane + 1), 1);

export function TimelineChart(props: TimelineChartProps) {
  const { launches, contextEvents, showContext, range, view, width, onViewChange, selectedId, onSelect } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hover, setHover] = useState<Target | null>(null);
  const [focus, setFocus] = useState<Target | null>(null);
  const [dismissed, setDismissed] = useState(false);
  // A launch selected from outside (the panel's previous/next) becomes the chart's tab stop.
  const [seenSelectedId, setSeenSelectedId] = useState(selectedId);
  if (seenSelectedId !== selectedId) {
    setSeenSelectedId(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }

  const { start, end } = range;
  const full = useMemo(() => fullView({ start, end }), [start, end]);
  const size = markerSizeForWidth(width);
  const r = size >= 44 ? 8 : 6;
  // Room for half a marker and for the first and last tick labels, centred on the plot's ends.
  const margin = Math.max(size / 2 + 4, 24);
  const fromMs = view.from.getTime();
  const toMs = view.to.getTime();
  const scale = useMemo(
    () => makeTimeScale({ start, end }, { from: new Date(fromMs), to: new Date(toMs) }, width, { left: margin, right: margin }),
    [start, end, fromMs, toMs, width, margin],
  );
  const ticks = useMemo(() => axisTicks(scale), [scale]);
  const bounds = { left: 0, right: width };
  const markers = layoutMarkers(launches, scale, { size, bounds });
  // Reserve the lanes the whole range needs, so zooming does not make the chart jump in height.
  const fullScale = makeTimeScale(range, null, width, { left: margin, right: margin });
  const lanes = Math.max(lanesOf(layoutMarkers(launches, fullScale, { size, bounds, labels: false })), lanesOf(markers));
  const baselineY = TOP + (lanes - 1) * laneHeight(size) + size / 2;
  const axisY = baselineY + size / 2 + AXIS_GAP;
  const contextTop = axisY + AXIS_HEIGHT;
  const asInstants = (e: ContextEvent) => ({
    id: e.id,
    start: utcDay(e.date),
    end: e.endDate === undefined ? undefined : new Date(utcDay(e.endDate).getTime() + DAY_MS),
  });
  const contextMarks = showContext ? layoutContextMarks(contextEvents.map(asInstants), scale, { size, top: contextTop }) : [];
  const contextLanes = showContext ? Math.max(lanesOf(contextMarks), lanesOf(layoutContextMarks(contextEvents.map(asInstants), fullScale, { size, top: 0 }))) : 0;
  const height = showContext ? contextTop + contextLanes * laneHeight(size) + 4 : contextTop;

  const gestures = useZoomPan({ view, full, plot: { left: margin, right: width - margin }, onChange: onViewChange });
  const svgRefs = (node: SVGSVGElement | null) => {
    svgRef.current = node;
    gestures.ref(node);
  };

  const launchIds = new Set(launches.map((l) => l.id));
  const tabbableId = [activeId, selectedId].find((id) => id !== null && launchIds.has(id)) ?? launches[0]?.id ?? null;

  const show = (setter: (t: Target | null) => void, target: Target | null) => {
    setter(target);
    if (target) setDismissed(false);
  };
  const reveal = (date: Date) => {
    const next = revealDate(view, date, full);
    if (next !== view) onViewChange(next);
  };
  const onMarkerFocus = (id: string) => {
    setActiveId(id);
    show(setFocus, { kind: 'launch', id });
    const launch = launches.find((l) => l.id === id);
    if (launch) reveal(launch.launchedAt);
  };
  const onContextFocus = (id: string) => {
    show(setFocus, { kind: 'context', id });
    const event = contextEvents.find((e) => e.id === id);
    if (event) reveal(utcDay(event.date));
  };
  const onMarkerKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    const index = launches.findIndex((l) => l.id === id);
    const launch = launches[index];
    if (event.key === 'Escape') {
      setDismissed(true);
      return;
    }
    if (launch && ['+', '=', '-', '_'].includes(event.key)) {
      event.preventDefault();
      onViewChange(zoomView(view, event.key === '+' || event.key === '=' ? 1 / ZOOM_STEP : ZOOM_STEP, launch.launchedAt, full));
      return;
    }
    const next = launches[nextFocusIndex(event.key, index, launches.length) ?? -1];
    if (!next) return;
    event.preventDefault();
    // The tooltip follows the keyboard from here, not a pointer resting elsewhere.
    setHover(null);
    const elements = svgRef.current?.querySelectorAll<SVGGElement>('[data-launch-id]') ?? [];
    Array.from(elements)
      .find((el) => el.dataset.launchId === next.id)
      ?.focus({ preventScroll: true });
  };

  const tip = dismissed ? null : (hover ?? focus);
  const tooltip = (() => {
    if (!tip) return null;
    if (tip.kind === 'launch') {
      const i = launches.findIndex((l) => l.id === tip.id);
      const launch = launches[i];
      const m = markers[i];
      if (!launch || !m) return null;
      const top = baselineY + m.y - size / 2;
      const below = top < TOOLTIP_ROOM;
      return { x: m.x, y: below ? top + size : top, below, ...launchTooltip(launch) };
    }
    const i = contextEvents.findIndex((e) => e.id === tip.id);
    const event = contextEvents[i];
    const mark = contextMarks[i];
    if (!event || !mark) return null;
    return { x: mark.x, y: mark.y - size / 2, below: false, ...contextTooltip(event) };
  })();

  return (
    <div className="tl-chart">
      <svg
        ref={svgRefs}
        className="tl-svg"
        width={width}
        height={height}
        role="group"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-desc`}
        onPointerDown={gestures.onPointerDown}
        onPointerMove={gestures.onPointerMove}
        onPointerUp={gestures.onPointerUp}
        onPointerCancel={gestures.onPointerCancel}
        onClickCapture={gestures.onClickCapture}
      >
        <title id={`${ids}-title`}>Timeline of satellite launch attempts</title>
        <desc id={`${ids}-desc`}>
          {`${timelineSummary(launches)}. Arrow keys move between launches, Enter or Space opens one, plus and minus zoom.`}
        </desc>
        <g transform={`translate(0,${baselineY})`}>
          {markers.map((m) => (
            <line key={m.id} className="tl-stem" x1={m.x} x2={m.x} y1={m.y + r + 3} y2={axisY - baselineY} aria-hidden="true" />
          ))}
          {markers.map(
            (m) =>
              m.label && (
                <text key={m.id} className="tl-label" x={m.label.x} y={m.label.y} dy="0.35em" textAnchor={m.label.anchor} aria-hidden="true">
                  {m.label.text}
                </text>
              ),
          )}
          {launches.map((launch, i) => {
            const layout = markers[i];
            if (!layout) return null;
            return (
              <LaunchMarker
                key={launch.id}
                launch={launch}
                layout={layout}
                r={r}
                selected={launch.id === selectedId}
                tabbable={launch.id === tabbableId}
                onSelect={onSelect}
                onKeyDown={onMarkerKeyDown}
                onFocus={onMarkerFocus}
                onBlur={() => setFocus(null)}
                onHover={(id) => show(setHover, id === null ? null : { kind: 'launch', id })}
              />
            );
          })}
        </g>
        <TimeAxis scale={scale} ticks={ticks} y={axisY} />
        {showContext && (
          <ContextTrack
            events={contextEvents}
            marks={contextMarks}
            r={r * 0.85}
            onFocus={onContextFocus}
            onBlur={() => setFocus(null)}
            onHover={(id) => show(setHover, id === null ? null : { kind: 'context', id })}
          />
        )}
      </svg>
      {tooltip && <Tooltip {...tooltip} containerWidth={width} />}
    </div>
  );
}
