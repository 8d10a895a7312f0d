// The chart's zoom window, kept in the URL. The URL keeps whole days, and follows a zoom or pan
// only once it rests; the chart needs the exact window at once, or a sub-day pan step at the
// narrowest zoom would round back to where it started.
import { useCallback, useState } from 'react';
import type { View } from '../domain/timeScale.ts';
import { sameWindow, viewToWindow, windowToView, type UrlWindow } from '../domain/urlState.ts';
import type { UrlStateUpdate } from './useUrlState.ts';

export type UrlWindowView = {
  /** The window to draw: null for the whole range. */
  view: View | null;
  /** For the chart's onViewChange: drawn at once, written to the URL once the gesture rests. */
  changeView: (next: View | null) => void;
};

/**
 * The exact window the chart last asked for stands while the URL still shows the window it was
 * based on (the write is waiting) or already shows that window rounded to days. Any other URL
 * window (Back, a new link) replaces it.
 */
export function useUrlWindow(urlWindow: UrlWindow | null, update: UrlStateUpdate): UrlWindowView {
  const [exact, setExact] = useState<{ view: View | null; basedOn: UrlWindow | null } | null>(null);
  const stands = exact !== null && (sameWindow(exact.basedOn, urlWindow) || sameWindow(viewToWindow(exact.view), urlWindow));
  const view = stands ? exact.view : windowToView(urlWindow);
  const changeView = useCallback(
    (next: View | null) => {
      setExact({ view: next, basedOn: urlWindow });
      update({ window: viewToWindow(next) }, 'settle');
    },
    [update, urlWindow],
  );
  return { view, changeView };
}
