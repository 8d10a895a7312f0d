// What the reader does to a launch and to the pages about the data, and where focus goes after:
// opening a launch from its mark, closing it (a second click on the mark, the panel's Close or
// Escape), stepping through launches from the panel, and leaving a page about the data. Focus
// returns to the mark of the launch that was open, through the views' focus handles, or to the
// header's "How we know".
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Launch } from '../data/schema.ts';
import { launchFromAbout } from '../domain/pageView.ts';
import type { AboutView, UrlState } from '../domain/urlState.ts';
import type { LaunchActions } from '../ui/launchActions.ts';
import { createLaunchFocus, type LaunchFocus } from '../ui/launchFocus.ts';
import type { UrlStateUpdate } from './useUrlState.ts';

export type TimelineActions = {
  /** For LaunchActionsContext: the same object for as long as the page is up. */
  launch: LaunchActions;
  /** For LaunchFocusContext: where the views register their focus handles. */
  focus: LaunchFocus;
  /** The header's "How we know" button, focused again when a page about the data closes. */
  howWeKnow: RefObject<HTMLButtonElement | null>;
  /** Previous or Next in the panel. */
  step: (id: string) => void;
  /** Close or Escape in the panel. */
  close: () => void;
  openAbout: (about: AboutView) => void;
  closeAbout: () => void;
  openLaunchFromAbout: (id: string) => void;
};

export type TimelineActionsOptions = {
  url: Pick<UrlState, 'launch' | 'outcomes'>;
  update: UrlStateUpdate;
  /** Every launch in the dataset, filtered or not. */
  launches: readonly Pick<Launch, 'id' | 'outcome'>[];
};

export function useTimelineActions({ url, update, launches }: TimelineActionsOptions): TimelineActions {
  const [focus] = useState(createLaunchFocus);
  const howWeKnow = useRef<HTMLButtonElement | null>(null);

  // select reads the open launch when called rather than closing over it, so it keeps one
  // identity and opening a launch redraws two markers, not every marker on the chart.
  const openLaunch = useRef(url.launch);
  useLayoutEffect(() => {
    openLaunch.current = url.launch;
  }, [url.launch]);
  const launch = useMemo<LaunchActions>(
    () => ({
      select(id) {
        if (id !== openLaunch.current) {
          update({ launch: id });
          return;
        }
        update({ launch: null });
        focus.focus(id);
      },
    }),
    [update, focus],
  );

  const step = useCallback((id: string) => update({ launch: id }), [update]);
  const close = useCallback(() => {
    const id = url.launch;
    update({ launch: null });
    if (id) focus.focus(id);
  }, [update, url.launch, focus]);

  // `about=` in the URL, so these pages can be shared and Back closes them.
  const openAbout = useCallback((about: AboutView) => update({ about }), [update]);
  const closeAbout = useCallback(() => {
    update({ about: null });
    // With a launch open, the panel comes back and focuses its own heading.
    if (url.launch === null) requestAnimationFrame(() => howWeKnow.current?.focus());
  }, [update, url.launch]);
  const openLaunchFromAbout = useCallback((id: string) => update(launchFromAbout(launches, url.outcomes, id)), [update, launches, url.outcomes]);

  return { launch, focus, howWeKnow, step, close, openAbout, closeAbout, openLaunchFromAbout };
}
