// Code the first view does not need (the panel, the list, the pages about the data, the print
// view) loads in its own chunk, fetched once the page is idle, so the first paint and the
// hydration parse less JavaScript. Unlike React.lazy, a chunk that has already arrived renders
// in the same pass: a click on a marker opens the panel without a fallback frame.
import { useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

export type LazyComponent<P> = {
  Component: (props: P & { fallback?: ReactNode }) => ReactNode;
  preload: () => Promise<unknown>;
};

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const listeners = new Set<() => void>();
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed chunk (offline, new deploy) may be asked for again.
        pending = null;
        throw error;
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const current = () => loaded;

  function Component({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const Loaded = useSyncExternalStore(subscribe, current, current);
    useEffect(() => {
      if (!Loaded) preload().catch(() => undefined);
    }, [Loaded]);
    return Loaded ? <Loaded {...(props as P)} /> : fallback;
  }
  return { Component, preload };
}
