// The timeline with its window kept in the URL. The window lives here, not in LoadedView, so a
// zoom or pan frame re-renders the timeline alone, not the page around it.
import { useCallback, useState } from 'react';
import { Timeline, type TimelineProps } from '../features/timeline/Timeline.tsx';
import type { UrlState } from '../domain/urlState.ts';
import type { UrlStateUpdate } from './useUrlState.ts';

type View = { from: Date; to: Date };

type UrlWindowTimelineProps = Omit<TimelineProps, 'view' | 'onViewChange'> & {
  urlWindow: UrlState['window'];
  update: UrlStateUpdate;
};

function toWindow(view: View | null): UrlState['window'] {
  return view && { from: view.from.toISOString().slice(0, 10), to: view.to.toISOString().slice(0, 10) };
}

function fromWindow(window: UrlState['window']): View | null {
  return window && { from: new Date(`${window.from}T00:00:00Z`), to: new Date(`${window.to}T23:59:59Z`) };
}

export function UrlWindowTimeline({ urlWindow, update, ...timeline }: UrlWindowTimelineProps) {
  // The URL keeps whole days, and follows a zoom or pan only once it rests; the chart needs the
  // exact window at once, or a sub-day pan step at the narrowest zoom would round back to where
  // it started. The exact window stands while the URL still shows what it was based on (the
  // write is waiting) or already shows the window itself; Back, or a new link, replaces it.
  const [exact, setExact] = useState<{ view: View | null; basedOn: string } | null>(null);
  const urlWindowKey = JSON.stringify(urlWindow);
  const view = exact && (exact.basedOn === urlWindowKey || JSON.stringify(toWindow(exact.view)) === urlWindowKey) ? exact.view : fromWindow(urlWindow);
  const changeView = useCallback(
    (next: View | null) => {
      setExact({ view: next, basedOn: urlWindowKey });
      update({ window: toWindow(next) }, 'settle');
    },
    [update, urlWindowKey],
  );
  return <Timeline {...timeline} view={view} onViewChange={changeView} />;
}
