// The one place the timeline measures itself: everything below it receives plain numbers.
import { useLayoutEffect, useState } from 'react';

/** Used when the element cannot be measured: jsdom, a hidden element. */
export const FALLBACK_WIDTH = 960;

/**
 * The width before the first measurement, on the server and in the hydrating render alike (they
 * must agree): the chart's width in a page at its 1200px maximum (styles.css, less its padding),
 * so on a desktop the prerendered chart is already the right size and hydration moves nothing.
 */
export const INITIAL_WIDTH = 1160;

/**
 * Width in whole px of the element the returned callback ref is attached to, kept current by
 * a ResizeObserver. Measured before paint, so the first frame is already at the right width.
 */
export function useElementWidth<T extends Element>(fallback: number = FALLBACK_WIDTH): [(node: T | null) => void, number, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  // False on the server and in the hydrating render: the width is then INITIAL_WIDTH, a guess.
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    if (!node) return undefined;
    const update = (found: number) => {
      setWidth(found > 0 ? Math.floor(found) : fallback);
      setMeasured(true);
    };
    update(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, fallback]);
  return [setNode, width, measured];
}
