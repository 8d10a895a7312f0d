// The URL-state hook: the one place that reads and writes the address bar.
// History policy: opening a launch, filtering or switching view pushes an entry, so Back
// undoes it; zooming and panning replace the entry, so Back is not flooded with steps.
// Inside an embed every change replaces: an iframe's pushState would hijack the host
// page's Back button.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, toSearchParams, type UrlState } from '../domain/urlState.ts';

const CHANGE_EVENT = 'nk-timeline:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type UrlStateUpdate = (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;

export function useUrlState(): { state: UrlState; notices: string[]; update: UrlStateUpdate } {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const { state, notices } = useMemo(() => parseUrlState(new URLSearchParams(search)), [search]);

  const update = useCallback<UrlStateUpdate>((patch, mode = 'push') => {
    const current = parseUrlState(new URLSearchParams(window.location.search)).state;
    const next = toSearchParams({ ...current, ...patch }).toString();
    const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push' && !current.embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);

  return { state, notices, update };
}
