import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The print view is heavy (every fact, response and
 * source), so it is rendered only for printing, synchronously, before the browser lays out.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Without matchMedia (some embedded browsers, jsdom) the print events alone still work.
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onChange = () => set(query?.matches ?? false);
    const before = () => set(true);
    const after = () => set(query?.matches ?? false);
    query?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
