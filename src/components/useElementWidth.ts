// The one place the timeline measures itself: everything below it receives plain numbers.
import { useLayoutEffect, useState } from 'react';

/** Used until (or when) the element cannot be measured: jsdom, or a browser without ResizeObserver. */
export const FALLBACK_WIDTH = 960;

/**
 * Width in whole px of the element the returned callback ref is attached to, kept current by
 * a ResizeObserver. Measured before paint, so the first frame is already at the right width.
 */
export function useElementWidth<T extends Element>(fallback: number = FALLBACK_WIDTH): [(node: T | null) => void, number] {
  const [node, setNode] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!node) return undefined;
    const update = (measured: number) => setWidth(measured > 0 ? Math.floor(measured) : fallback);
    update(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, fallback]);
  return [setNode, width];
}
