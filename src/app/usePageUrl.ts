// The page's own address for links and citations. The prerendered HTML was made without one, so
// the hydrating render must not have one either (or it would not match): null there, the real
// address from the next render on.
import { useSyncExternalStore } from 'react';

// Nothing to subscribe to: the address only changes through the URL state, which re-renders
// every reader of this hook, and each render reads the snapshot afresh.
const subscribe = () => () => {};
const getHref = () => window.location.href;
const getServerHref = () => null;

/** `window.location.href`, or null on the server and while hydrating. */
export function usePageUrl(): string | null {
  return useSyncExternalStore(subscribe, getHref, getServerHref);
}
