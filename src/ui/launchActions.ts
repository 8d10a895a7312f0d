// What a launch's mark does when the reader activates it, wherever it is drawn (the chart's
// marker, the table's row): the app provides it once, so a click reaches the URL state without
// being handed down through every component in between.
import { createContext, useContext } from 'react';

export type LaunchActions = {
  /** Opens the launch, or closes it when it is already the open one (a second click on its mark). */
  select: (launchId: string) => void;
};

export const LaunchActionsContext = createContext<LaunchActions | null>(null);

export function useLaunchActions(): LaunchActions {
  const actions = useContext(LaunchActionsContext);
  if (!actions) throw new Error('useLaunchActions: render inside a LaunchActionsContext provider');
  return actions;
}
