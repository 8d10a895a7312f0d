// Pointer and wheel gestures on the chart, turned into a new window for `onChange`. The window
// itself lives with the caller; this only translates gestures, through the pure view functions.
import { useEffect, useEffectEvent, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { panView, zoomView, type View } from '../../domain/timeScale.ts';

type ZoomPanOptions = {
  view: View;
  full: View;
  /** Left and right ends of the plot, px from the element's left edge. */
  plot: { left: number; right: number };
  onChange: (view: View) => void;
};

/** Movement in px before a press becomes a drag, so a slightly shaky click still selects. */
const DRAG_THRESHOLD = 4;
/** Wheel delta → zoom factor: a notch of a mouse wheel (≈100) zooms by ≈20 %. */
const WHEEL_ZOOM = 0.002;
/** Trackpad pinches arrive as ctrl+wheel with small deltas. */
const PINCH_ZOOM = 0.01;

type Gesture = {
  /** clientX per active pointer when the gesture (or its current phase) started. */
  start: Map<number, number>;
  now: Map<number, number>;
  startView: View;
  moved: boolean;
};

const sameView = (a: View, b: View) => a.from.getTime() === b.from.getTime() && a.to.getTime() === b.to.getTime();

export function useZoomPan({ view, full, plot, onChange }: ZoomPanOptions) {
  const [element, setElement] = useState<SVGSVGElement | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const justDragged = useRef(false);
  const plotWidth = Math.max(1, plot.right - plot.left);

  /** The instant under a clientX, in `within` (the window as it was when a gesture began). */
  const instantAt = (clientX: number, within: View): Date => {
    const left = element?.getBoundingClientRect().left ?? 0;
    const share = (clientX - left - plot.left) / plotWidth;
    return new Date(within.from.getTime() + share * (within.to.getTime() - within.from.getTime()));
  };
  const msPerPx = (within: View) => (within.to.getTime() - within.from.getTime()) / plotWidth;

  const onWheel = useEffectEvent((event: WheelEvent) => {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? plotWidth : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    const sideways = Math.abs(dx) > Math.abs(dy);
    const next =
      sideways || event.shiftKey
        ? panView(view, (sideways ? dx : dy) * msPerPx(view), full)
        : zoomView(view, Math.exp(dy * (event.ctrlKey ? PINCH_ZOOM : WHEEL_ZOOM)), instantAt(event.clientX, view), full);
    // Nothing to change (fully zoomed out, at an end): leave the wheel to the page.
    if (sameView(next, view)) return;
    event.preventDefault();
    onChange(next);
  });

  useEffect(() => {
    if (!element) return undefined;
    // A React onWheel is passive and could not keep the page from scrolling while zooming.
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, [element]);

  const restart = (g: Gesture) => {
    g.start = new Map(g.now);
    g.startView = view;
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    justDragged.current = false;
    const g = gesture.current ?? { start: new Map(), now: new Map(), startView: view, moved: false };
    if (g.now.size >= 2) return;
    g.now.set(event.pointerId, event.clientX);
    restart(g);
    gesture.current = g;
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || !g.now.has(event.pointerId)) return;
    g.now.set(event.pointerId, event.clientX);
    const [a, b] = [...g.start.keys()];
    if (a === undefined) return;
    if (b === undefined) {
      const dx = event.clientX - (g.start.get(a) ?? event.clientX);
      if (!g.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
      if (!g.moved) capture(event);
      g.moved = true;
      onChange(panView(g.startView, -dx * msPerPx(g.startView), full));
      return;
    }
    // Two fingers: zoom by how far apart they are, about the point they started between.
    const distance = (m: Map<number, number>) => Math.abs((m.get(a) ?? 0) - (m.get(b) ?? 0));
    const before = distance(g.start);
    const after = distance(g.now);
    if (before < 10 || after < 1) return;
    g.moved = true;
    const middle = ((g.start.get(a) ?? 0) + (g.start.get(b) ?? 0)) / 2;
    onChange(zoomView(g.startView, before / after, instantAt(middle, g.startView), full));
  };

  const onPointerEnd = (event: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || !g.now.delete(event.pointerId)) return;
    if (g.moved) justDragged.current = true;
    if (g.now.size === 0) gesture.current = null;
    // One finger left after a pinch: it goes on panning from where the pinch left off.
    else restart(g);
  };

  // A drag that ends over a marker must not also select it.
  const onClickCapture = (event: MouseEvent<SVGSVGElement>) => {
    if (!justDragged.current) return;
    justDragged.current = false;
    event.stopPropagation();
    event.preventDefault();
  };

  return {
    ref: setElement,
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
    onClickCapture,
  };
}

/** Keep receiving moves outside the chart once dragging; only then, so a plain click still reaches its marker. */
function capture(event: PointerEvent<SVGSVGElement>) {
  const target = event.currentTarget;
  if (typeof target.setPointerCapture !== 'function') return;
  try {
    target.setPointerCapture(event.pointerId);
  } catch {
    // The pointer is already gone (or synthetic): dragging still works while it stays over the chart.
  }
}
