// Lets the first frame paint before the heavy part of a view renders: a click shows the panel's
// heading and facts at once, and the long lists (most of its layout work) a frame later.
import { useEffect, useState } from 'react';

/**
 * True once a frame has painted since `key` last changed (false on the render that changes it).
 * `readyAtOnce` makes the first key ready from the first render: for a view that is part of the
 * page as it opens, where growing a frame later would move what the reader already sees.
 */
export function useAfterPaint(key: string, readyAtOnce = false): boolean {
  const [painted, setPainted] = useState<string | null>(readyAtOnce ? key : null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the next paint; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key]);
  return painted === key;
}
