// Links to a new tab inside a frame sandboxed without allow-same-origin (an opaque origin: how
// WordPress frames an oEmbed it does not trust). Such frames usually lack allow-popups too, and
// then the browser drops a click on a target="_blank" link without a word. There, this opens those
// links by script, which learns whether the browser let it, and where it did not, hands the
// address to the reader to copy.
import { useEffect, useState } from 'react';

export type BlockedLink = { url: string; /** Just below the link, in page coordinates. */ top: number };

/** Whether this document runs in an opaque origin (sandboxed without allow-same-origin). */
export const inOpaqueOrigin = () => window.origin === 'null';

export function useSandboxedLinks(active: boolean): { blocked: BlockedLink | null; dismiss: () => void } {
  const [blocked, setBlocked] = useState<BlockedLink | null>(null);
  useEffect(() => {
    if (!active || !inOpaqueOrigin()) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[target="_blank"][href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      // Not 'noopener': that returns null whether or not the tab opened. The opener is cut by hand.
      const opened = window.open(link.href, '_blank');
      if (opened) {
        try {
          opened.opener = null;
        } catch {
          // Already another origin's: it cannot reach back through opener anyway.
        }
        return;
      }
      setBlocked({ url: link.href, top: link.getBoundingClientRect().bottom + window.scrollY + 6 });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [active]);
  return { blocked, dismiss: () => setBlocked(null) };
}
