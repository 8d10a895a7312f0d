// Focus and the keyboard on the chart's marks. One tab stop for the launches (roving tabindex),
// one for the period boxes; arrows, Home and End move between them in time order, + and - zoom
// around the focused mark, Escape hides the tooltip. A launch the keyboard moves to outside the
// window is brought in and focused once drawn; one counted in a box focuses that box.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import type { ClusterLayout } from '../../domain/denseLayout.ts';
import type { ChartLayout } from '../../domain/layoutChart.ts';
import { nextFocusIndex } from '../../domain/layoutMarkers.ts';
import { clampView, keyZoomFactor, revealDate, zoomView, type View } from '../../domain/timeScale.ts';
import { useLaunchFocusHandle } from '../../ui/launchFocus.ts';
import type { TooltipControls } from './useChartTooltip.ts';
import { utcDay } from '../../domain/formatDate.ts';

type MarkFocusOptions = {
  /** In time order: the order the arrow keys follow. */
  launches: readonly Launch[];
  layout: ChartLayout<Launch>;
  contextEvents: readonly ContextEvent[];
  selectedId: string | null;
  view: View;
  full: View;
  onViewChange: (view: View) => void;
  tooltip: TooltipControls;
};

/** What the handlers read of a key press. */
type KeyPress = Pick<KeyboardEvent, 'key' | 'preventDefault'>;

/** Zooming into a period box leaves this share of its span as air on each side. */
const CLUSTER_PAD = 0.04;

const holds = (c: ClusterLayout, index: number) => index >= c.firstIndex && index <= c.lastIndex;

/** The drawn marks by key, kept by their ref callbacks, so focus moves without searching the DOM. */
function useElements() {
  const [elements] = useState(() => new Map<string, SVGGElement>());
  const register = useCallback(
    (key: string, node: SVGGElement | null) => {
      if (node) elements.set(key, node);
      else elements.delete(key);
    },
    [elements],
  );
  return { elements, register };
}

/** Stable callbacks for memoised marks that always call the latest render's handlers. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

export type MarkFocus = ReturnType<typeof useMarkFocus>;

export function useMarkFocus(options: MarkFocusOptions) {
  const { launches, layout, contextEvents, selectedId, view, full, onViewChange, tooltip } = options;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  // A launch selected from outside (the panel's previous/next) becomes the chart's tab stop.
  const [seenSelectedId, setSeenSelectedId] = useState(selectedId);
  if (seenSelectedId !== selectedId) {
    setSeenSelectedId(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }
  const markers = useElements();
  const boxes = useElements();
  // The launch to focus once it is drawn (keyboard moves to a launch outside the window).
  const pendingFocus = useRef<number | null>(null);
  // Set while that focus happens: the window was just chosen, focusing must not pan it.
  const focusingPending = useRef(false);

  const drawn = layout.markers;
  const clusters = layout.clusters.map((m) => m.cluster);
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : launches.findIndex((l) => l.id === selectedId)), [launches, selectedId]);
  const tabbableId = [activeId, selectedId].find((id) => id !== null && drawn.some((m) => m.launch.id === id)) ?? drawn[0]?.launch.id ?? null;
  const selectedKey = clusters.find((c) => holds(c, selectedIndex))?.key ?? null;
  const tabbableKey = clusters.find((c) => c.key === activeKey)?.key ?? selectedKey ?? clusters[0]?.key ?? null;

  const reveal = (date: Date) => {
    const next = revealDate(view, date, full);
    if (next !== view) onViewChange(next);
  };
  const zoomKey = (event: KeyPress, anchor: Date) => {
    const factor = keyZoomFactor(event.key);
    if (factor === null) return false;
    event.preventDefault();
    onViewChange(zoomView(view, factor, anchor, full));
    return true;
  };
  const focusLaunchAt = (index: number) => {
    const launch = launches[index];
    if (!launch) return;
    const element = markers.elements.get(launch.id);
    if (element) {
      element.focus({ preventScroll: true });
      return;
    }
    // Not drawn (outside the window, or counted in a box): bring it in, focus it once drawn.
    pendingFocus.current = index;
    const next = revealDate(view, launch.launchedAt, full);
    if (next !== view) onViewChange(next);
    else setActiveId(launch.id);
  };
  /** Escape and the zoom keys, or the index of `count` items that a movement key goes to (else null). */
  const moveKey = (event: KeyPress, index: number, count: number, anchor: Date | undefined): number | null => {
    if (event.key === 'Escape') {
      tooltip.dismiss();
      return null;
    }
    if (anchor && zoomKey(event, anchor)) return null;
    const next = nextFocusIndex(event.key, index, count);
    if (next === null) return null;
    event.preventDefault();
    // The tooltip follows the keyboard from here, not a pointer resting elsewhere.
    tooltip.leave();
    return next;
  };

  const latest = useLatest({
    onMarkerFocus: (id: string) => {
      setActiveId(id);
      tooltip.focus({ kind: 'launch', id });
      const launch = launches.find((l) => l.id === id);
      if (launch && !focusingPending.current) reveal(launch.launchedAt);
    },
    onMarkerKeyDown: (event: KeyPress, id: string) => {
      const index = launches.findIndex((l) => l.id === id);
      const next = moveKey(event, index, launches.length, launches[index]?.launchedAt);
      if (next !== null) focusLaunchAt(next);
    },
    onClusterOpen: (key: string) => {
      const cluster = clusters.find((c) => c.key === key);
      if (!cluster) return;
      const pad = (cluster.endMs - cluster.startMs) * CLUSTER_PAD;
      pendingFocus.current = cluster.firstIndex;
      tooltip.leave();
      onViewChange(clampView({ from: new Date(cluster.startMs - pad), to: new Date(cluster.endMs + pad) }, full));
    },
    onClusterFocus: (key: string) => {
      setActiveKey(key);
      tooltip.focus({ kind: 'cluster', id: key });
    },
    onClusterKeyDown: (event: KeyPress, key: string) => {
      const index = clusters.findIndex((c) => c.key === key);
      const cluster = clusters[index];
      const next = moveKey(event, index, clusters.length, cluster && new Date((cluster.startMs + cluster.endMs) / 2));
      const target = clusters[next ?? -1];
      if (target) boxes.elements.get(target.key)?.focus({ preventScroll: true });
    },
    onContextFocus: (id: string) => {
      tooltip.focus({ kind: 'context', id });
      const event = contextEvents.find((e) => e.id === id);
      if (event) reveal(utcDay(event.date));
    },
  });
  const handlers = useMemo(
    () => ({
      onMarkerFocus: (id: string) => latest.current.onMarkerFocus(id),
      onMarkerKeyDown: (event: KeyPress, id: string) => latest.current.onMarkerKeyDown(event, id),
      onClusterOpen: (key: string) => latest.current.onClusterOpen(key),
      onClusterFocus: (key: string) => latest.current.onClusterFocus(key),
      onClusterKeyDown: (event: KeyPress, key: string) => latest.current.onClusterKeyDown(event, key),
      onContextFocus: (id: string) => latest.current.onContextFocus(id),
    }),
    [latest],
  );

  // After each render: focus the launch the keyboard moved to, or the period box holding it.
  // Declared after useLatest, so the focus handlers it triggers already see this render.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const launch = launches[index];
    if (!launch) return;
    const holder = layout.clusters.find((m) => holds(m.cluster, index));
    focusingPending.current = true;
    (markers.elements.get(launch.id) ?? (holder ? boxes.elements.get(holder.cluster.key) : undefined))?.focus({ preventScroll: true });
    focusingPending.current = false;
  });

  // The app returns focus here when a launch's panel closes, if the launch is drawn one by one.
  useLaunchFocusHandle((id) => {
    const element = markers.elements.get(id);
    element?.focus();
    return element !== undefined;
  });

  return { tabbableId, tabbableKey, selectedKey, registerMarker: markers.register, registerCluster: boxes.register, ...handlers };
}
