// The views the first paint does not show, each in its own chunk (see lazyComponent.tsx). The
// print view stays in the main chunk: a reader may press Ctrl+P before the page is idle, and
// beforeprint leaves no time to fetch code.
import { lazyComponent } from './lazyComponent.tsx';

export const LazyLaunchPanel = lazyComponent(() => import('../components/LaunchPanel.tsx').then((m) => m.LaunchPanel));
export const LazyLaunchTable = lazyComponent(() => import('../components/LaunchTable.tsx').then((m) => m.LaunchTable));
export const LazyMethodologyView = lazyComponent(() => import('../components/MethodologyView.tsx').then((m) => m.MethodologyView));
export const LazySourcesView = lazyComponent(() => import('../components/SourcesView.tsx').then((m) => m.SourcesView));

/** Fetches every lazy view once the page has nothing else to do, so none waits for the network later. */
export function preloadViewsWhenIdle(): () => void {
  const all = [LazyLaunchPanel, LazyLaunchTable, LazyMethodologyView, LazySourcesView];
  const run = () => {
    for (const view of all) view.preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 500);
  return () => clearTimeout(timer);
}
