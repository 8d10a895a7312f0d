// Where focus goes back to when a launch's panel closes: the mark of that launch in whichever
// view shows it (the chart's marker, the table's row button). The views register a focus handle
// here; the app asks for a launch by id and never searches the page by CSS selector.
import { createContext, useContext, useEffect, useRef } from 'react';

/** Focuses the launch's mark and returns true, or returns false when this view does not show it. */
export type FocusHandle = (launchId: string) => boolean;

export type LaunchFocus = {
  register: (handle: FocusHandle) => () => void;
  /** After the next frame (the view may still be drawing the mark), asks each view in turn. */
  focus: (launchId: string) => void;
};

export function createLaunchFocus(): LaunchFocus {
  const handles = new Set<FocusHandle>();
  return {
    register(handle) {
      handles.add(handle);
      return () => {
        handles.delete(handle);
      };
    },
    focus(launchId) {
      requestAnimationFrame(() => {
        for (const handle of handles) if (handle(launchId)) return;
      });
    },
  };
}

export const LaunchFocusContext = createContext<LaunchFocus | null>(null);

/** Registers this view's focus handle for as long as the view is mounted; the latest handle is used. */
export function useLaunchFocusHandle(handle: FocusHandle): void {
  const registry = useContext(LaunchFocusContext);
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => registry?.register((id) => latest.current(id)), [registry]);
}
