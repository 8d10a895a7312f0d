// The URL-state hook: the one place that reads and writes the address bar.
// History policy: opening a launch, filtering or switching view pushes an entry, so Back
// undoes it; zooming and panning replace the entry, so Back is not flooded with steps, and
// only once the gesture settles ('settle'), so a drag does not write the address bar (and
// re-render the page) on every frame; browsers also throttle pages that write it that often.
// Inside an embed every change replaces: an iframe's pushState would hijack the host
// page's Back button.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { parseUrlState, type UrlState } from '../domain/urlState.ts';
import { useEdition } from '../ui/i18n.tsx';
import { addressFor, viewSearch } from './appRoot.ts';

const CHANGE_EVENT = 'nk-timeline:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The view's query: the address's own, or on a share page its path's too (appRoot.ts). */
const getSearch = viewSearch;

/**
 * The query string of the prerendered page being hydrated ('' for index.html, '?embed=1' for
 * embed.html): the server's render and the hydrating one read it instead of the address, so
 * both draw that page's default view; the render after hydration reads the real address.
 */
export const PrerenderedSearchContext = createContext('');

/** How long a zoom or pan must rest before the address bar follows it. */
export const SETTLE_MS = 250;

export type UrlStateUpdate = (patch: Partial<UrlState>, mode?: 'push' | 'replace' | 'settle') => void;

function write(patch: Partial<UrlState>, mode: 'push' | 'replace'): void {
  const current = parseUrlState(new URLSearchParams(getSearch())).state;
  const url = addressFor({ ...current, ...patch });
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push' && !current.embed) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The launch the address named when the app started (in the server's render, the prerendered
 * view's), read once:
 * its panel is part of the page as it opens, not an answer to a click.
 */
export function useLaunchOnArrival(): string | null {
  const prerenderedSearch = useContext(PrerenderedSearchContext);
  const [arrival] = useState(() => (typeof window === 'undefined' ? null : parseUrlState(new URLSearchParams(getSearch())).state.launch));
  // The server's render, and hydration's, see the prerendered view's launch (a share page's launch
  // is part of that page too); every render after hydration sees the address's.
  const prerendered = parseUrlState(new URLSearchParams(prerenderedSearch)).state.launch;
  return useSyncExternalStore(noChange, () => arrival, () => prerendered);
}

/** The launch on arrival never changes: nothing to subscribe to. */
const noChange = () => () => {};

export function useUrlState(): { state: UrlState; notices: string[]; update: UrlStateUpdate } {
  const prerenderedSearch = useContext(PrerenderedSearchContext);
  const search = useSyncExternalStore(subscribe, getSearch, () => prerenderedSearch);
  const words = useEdition();
  const { state, notices } = useMemo(() => parseUrlState(new URLSearchParams(search), words), [search, words]);

  // A 'settle' write waiting for the gesture to rest; any other write takes it along first.
  const pending = useRef<{ patch: Partial<UrlState>; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    write(waiting.patch, 'replace');
  }, []);

  useEffect(() => {
    // Back or Forward moves to another entry: a zoom still waiting belongs to the one left.
    const drop = () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    };
    window.addEventListener('popstate', drop);
    // Leaving or reloading keeps the window the reader was looking at.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('popstate', drop);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback<UrlStateUpdate>(
    (patch, mode = 'push') => {
      if (mode === 'settle') {
        const patchSoFar = pending.current?.patch ?? {};
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { patch: { ...patchSoFar, ...patch }, timer: setTimeout(flush, SETTLE_MS) };
        return;
      }
      flush();
      write(patch, mode);
    },
    [flush],
  );

  return { state, notices, update };
}
