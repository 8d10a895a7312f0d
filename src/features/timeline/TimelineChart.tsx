// The chart itself: computes the layout for the measured width, then draws it. Markers stack
// in lanes above the axis, context events sit on their own track below it. Only what is in the
// window is laid out and drawn; where launches are too many for a few lanes, they are counted
// in period boxes instead (domain/denseLayout.ts), so 10,000 records cost what 200 do.
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { clusterTooltip, lanesForRange, periodUnitWords, planMarkers, type ClusterLayout } from '../../domain/denseLayout.ts';
import { laneHeight, layoutContextMarks, markerSizeForWidth, nextFocusIndex } from '../../domain/layoutMarkers.ts';
import { contextTooltip, launchTooltip, timelineSummary } from '../../domain/markerLabel.ts';
import { axisTicks, clampView, DAY_MS, fullView, makeTimeScale, revealDate, utcDay, ZOOM_STEP, zoomView, type View } from '../../domain/timeScale.ts';
import { ClusterMarker } from './ClusterMarker.tsx';
import { ContextTrack } from './ContextTrack.tsx';
import { LaunchMarker } from './LaunchMarker.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { Tooltip } from './Tooltip.tsx';
import { useZoomPan } from './useZoomPan.ts';

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
  onSelect: (id: string) => void;
};

type Target = { kind: 'launch' | 'context' | 'cluster'; id: string };

const TOP = 8;
const AXIS_GAP = 6;
const AXIS_HEIGHT = 28;
/** Tooltips flip below marks closer than this to the top of the chart. */
const TOOLTIP_ROOM = 64;
/** Zooming into a period box leaves this share of its span as air on each side. */
const CLUSTER_PAD = 0.04;

const lanesOf = (items: readonly { lane: number }[]) => items.reduce((most, item) => Math.max(most, item.lane + 1), 1);

/** Stable callbacks for memoised children that always call the latest render's handlers. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

export function TimelineChart(props: TimelineChartProps) {
  const { launches, contextEvents, showContext, range, view, width, onViewChange, selectedId, onSelect } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [hover, setHover] = useState<Target | null>(null);
  const [focus, setFocus] = useState<Target | null>(null);
  const [dismissed, setDismissed] = useState(false);
  // The launch to focus once it is drawn (keyboard moves to a launch outside the window).
  const pendingFocus = useRef<number | null>(null);
  // Set while that focus happens: the window was just chosen, focusing must not pan it.
  const focusingPending = useRef(false);
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
  const times = useMemo(() => launches.map((l) => l.launchedAt.getTime()), [launches]);
  const plan = useMemo(() => planMarkers(launches, times, scale, { size, bounds: { left: 0, right: width } }), [launches, times, scale, size, width]);
  // Reserve the lanes the whole range needs, so zooming does not make the chart jump in height.
  const fullScale = useMemo(() => makeTimeScale({ start, end }, null, width, { left: margin, right: margin }), [start, end, width, margin]);
  const reservedLanes = useMemo(() => lanesForRange(launches, fullScale, { size, bounds: { left: 0, right: width } }), [launches, fullScale, size, width]);
  const lanes = Math.max(reservedLanes, plan.mode === 'markers' ? lanesOf(plan.markers) : 1);
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

  const bounds = useMemo(() => ({ left: 0, right: width }), [width]);
  const drawn = plan.mode === 'markers' ? plan.markers : [];
  const drawnLaunch = (i: number) => (plan.mode === 'markers' ? launches[plan.first + i] : undefined);
  const clusters = plan.mode === 'clusters' ? plan.clusters : [];
  const tabbableId = [activeId, selectedId].find((id) => id !== null && drawn.some((m) => m.id === id)) ?? drawn[0]?.id ?? null;
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : launches.findIndex((l) => l.id === selectedId)), [launches, selectedId]);
  const summary = useMemo(() => timelineSummary(launches), [launches]);
  const holds = (c: ClusterLayout, index: number) => index >= c.firstIndex && index <= c.lastIndex;
  const tabbableKey =
    clusters.find((c) => c.key === activeKey)?.key ?? clusters.find((c) => holds(c, selectedIndex))?.key ?? clusters[0]?.key ?? null;
  // Cluster boxes rise with their count, into the lanes single markers would use.
  const clusterMax = clusters.reduce((most, c) => Math.max(most, c.count), 1);
  const clusterRoom = (lanes - 1) * laneHeight(size);

  const element = (selector: string) => svgRef.current?.querySelector<SVGGElement>(selector) ?? null;
  const launchElement = (id: string) => element(`[data-launch-id="${CSS.escape(id)}"]`);
  const clusterElement = (key: string) => element(`[data-cluster-key="${CSS.escape(key)}"]`);

  const show = (setter: (t: Target | null) => void, target: Target | null) => {
    setter(target);
    if (target) setDismissed(false);
  };
  const reveal = (date: Date) => {
    const next = revealDate(view, date, full);
    if (next !== view) onViewChange(next);
  };
  const focusLaunchAt = (index: number) => {
    const launch = launches[index];
    if (!launch) return;
    const el = launchElement(launch.id);
    if (el) {
      el.focus({ preventScroll: true });
      return;
    }
    // Not drawn (outside the window, or counted in a box): bring it in, focus it once drawn.
    pendingFocus.current = index;
    const next = revealDate(view, launch.launchedAt, full);
    if (next !== view) onViewChange(next);
    else setActiveId(launch.id);
  };
  const zoomKey = (event: KeyboardEvent<SVGGElement>, anchor: Date) => {
    if (!['+', '=', '-', '_'].includes(event.key)) return false;
    event.preventDefault();
    onViewChange(zoomView(view, event.key === '+' || event.key === '=' ? 1 / ZOOM_STEP : ZOOM_STEP, anchor, full));
    return true;
  };

  const latest = useLatest({
    onMarkerFocus: (id: string) => {
      setActiveId(id);
      show(setFocus, { kind: 'launch', id });
      const launch = launches.find((l) => l.id === id);
      if (launch && !focusingPending.current) reveal(launch.launchedAt);
    },
    onMarkerKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => {
      const index = launches.findIndex((l) => l.id === id);
      const launch = launches[index];
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      if (launch && zoomKey(event, launch.launchedAt)) return;
      const next = nextFocusIndex(event.key, index, launches.length);
      if (next === null || !launches[next]) return;
      event.preventDefault();
      // The tooltip follows the keyboard from here, not a pointer resting elsewhere.
      setHover(null);
      focusLaunchAt(next);
    },
    onHover: (target: Target | null) => show(setHover, target),
    onBlur: () => setFocus(null),
    onClusterOpen: (key: string) => {
      const cluster = clusters.find((c) => c.key === key);
      if (!cluster) return;
      const pad = (cluster.endMs - cluster.startMs) * CLUSTER_PAD;
      pendingFocus.current = cluster.firstIndex;
      setHover(null);
      onViewChange(clampView({ from: new Date(cluster.startMs - pad), to: new Date(cluster.endMs + pad) }, full));
    },
    onClusterFocus: (key: string) => {
      setActiveKey(key);
      show(setFocus, { kind: 'cluster', id: key });
    },
    onClusterKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => {
      const index = clusters.findIndex((c) => c.key === key);
      const cluster = clusters[index];
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      if (cluster && zoomKey(event, new Date((cluster.startMs + cluster.endMs) / 2))) return;
      const next = clusters[nextFocusIndex(event.key, index, clusters.length) ?? -1];
      if (!next) return;
      event.preventDefault();
      setHover(null);
      clusterElement(next.key)?.focus({ preventScroll: true });
    },
  });
  const onMarkerFocus = useCallback((id: string) => latest.current.onMarkerFocus(id), [latest]);
  const onMarkerKeyDown = useCallback((event: KeyboardEvent<SVGGElement>, id: string) => latest.current.onMarkerKeyDown(event, id), [latest]);
  const onMarkerHover = useCallback((id: string | null) => latest.current.onHover(id === null ? null : { kind: 'launch', id }), [latest]);
  const onBlur = useCallback(() => latest.current.onBlur(), [latest]);
  const onClusterOpen = useCallback((key: string) => latest.current.onClusterOpen(key), [latest]);
  const onClusterFocus = useCallback((key: string) => latest.current.onClusterFocus(key), [latest]);
  const onClusterKeyDown = useCallback((event: KeyboardEvent<SVGGElement>, key: string) => latest.current.onClusterKeyDown(event, key), [latest]);
  const onClusterHover = useCallback((key: string | null) => latest.current.onHover(key === null ? null : { kind: 'cluster', id: key }), [latest]);
  // After each render: focus the launch the keyboard moved to, or the period box holding it.
  // Declared after useLatest, so the focus handlers it triggers already see this render.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const launch = launches[index];
    if (!launch) return;
    const holder = clusters.find((c) => holds(c, index));
    focusingPending.current = true;
    (launchElement(launch.id) ?? (holder ? clusterElement(holder.key) : null))?.focus({ preventScroll: true });
    focusingPending.current = false;
  });

  const onContextFocus = (id: string) => {
    show(setFocus, { kind: 'context', id });
    const event = contextEvents.find((e) => e.id === id);
    if (event) reveal(utcDay(event.date));
  };

  const clusterHeight = (c: ClusterLayout) => size + clusterRoom * (c.count / clusterMax);
  const tip = dismissed ? null : (hover ?? focus);
  const tooltip = (() => {
    if (!tip) return null;
    if (tip.kind === 'launch') {
      const i = drawn.findIndex((m) => m.id === tip.id);
      const launch = drawnLaunch(i);
      const m = drawn[i];
      if (!launch || !m) return null;
      const top = baselineY + m.y - size / 2;
      const below = top < TOOLTIP_ROOM;
      return { x: m.x, y: below ? top + size : top, below, ...launchTooltip(launch) };
    }
    if (tip.kind === 'cluster') {
      const c = clusters.find((k) => k.key === tip.id);
      if (!c) return null;
      const top = baselineY + size / 2 - clusterHeight(c);
      const x = (Math.max(c.x0, 0) + Math.min(c.x1, width)) / 2;
      const below = top < TOOLTIP_ROOM;
      return { x, y: below ? baselineY + size / 2 : top, below, ...clusterTooltip(c) };
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
          {`${summary}. Arrow keys move between launches, Enter or Space opens one, plus and minus zoom.`}
        </desc>
        <g transform={`translate(0,${baselineY})`}>
          {drawn.map((m) => (
            <line key={m.id} className="tl-stem" x1={m.x} x2={m.x} y1={m.y + r + 3} y2={axisY - baselineY} aria-hidden="true" />
          ))}
          {drawn.map(
            (m) =>
              m.label && (
                <text key={m.id} className="tl-label" x={m.label.x} y={m.label.y} dy="0.35em" textAnchor={m.label.anchor} aria-hidden="true">
                  {m.label.text}
                </text>
              ),
          )}
          {drawn.map((layout, i) => {
            const launch = drawnLaunch(i);
            if (!launch) return null;
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
                onBlur={onBlur}
                onHover={onMarkerHover}
              />
            );
          })}
          {clusters.map((c) => (
            <ClusterMarker
              key={c.key}
              cluster={c}
              bounds={bounds}
              size={size}
              height={clusterHeight(c)}
              selected={holds(c, selectedIndex)}
              tabbable={c.key === tabbableKey}
              onOpen={onClusterOpen}
              onKeyDown={onClusterKeyDown}
              onFocus={onClusterFocus}
              onBlur={onBlur}
              onHover={onClusterHover}
            />
          ))}
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
      {plan.mode === 'clusters' && (
        <p className="tl-note">
          {`Too many launches to draw one by one at this zoom: each box counts the launches of one ${periodUnitWords(plan.unit)}, its height shows how many. Select a box to zoom in.`}
        </p>
      )}
    </div>
  );
}
