// Lets the first frame paint before the heavy part of a view renders: a click shows the panel's
// heading and facts at once, and the long lists (most of its layout work) a frame later.
import { useEffect, useState } from 'react';

/** True once a frame has painted since `key` last changed (false on the render that changes it). */
export function useAfterPaint(key: string): boolean {
  const [painted, setPainted] = useState<string | null>(null);
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
