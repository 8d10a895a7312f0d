// The timeline with its window kept in the URL. The window's state lives in this component, not
// in the page around it, so a zoom or pan frame re-renders the timeline alone.
import { Timeline, type TimelineProps } from '../features/timeline/Timeline.tsx';
import type { UrlWindow } from '../domain/urlState.ts';
import type { UrlStateUpdate } from './useUrlState.ts';
import { useUrlWindow } from './useUrlWindow.ts';

type UrlWindowTimelineProps = Omit<TimelineProps, 'view' | 'onViewChange'> & {
  urlWindow: UrlWindow | null;
  update: UrlStateUpdate;
};

export function UrlWindowTimeline({ urlWindow, update, ...timeline }: UrlWindowTimelineProps) {
  const { view, changeView } = useUrlWindow(urlWindow, update);
  return <Timeline {...timeline} view={view} onViewChange={changeView} />;
}
