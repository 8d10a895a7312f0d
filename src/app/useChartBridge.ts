// Interim, until the chart's markers take their actions from useLaunchActions and register their
// own focus handle: the chart still wants an onSelect prop, and its markers can only be found in
// the page. When the chart does both itself, delete this file and its one use in UrlWindowTimeline.
import { useLaunchActions } from '../ui/launchActions.ts';
import { useLaunchFocusHandle } from '../ui/launchFocus.ts';

export function useChartBridge(): { onSelect: (id: string) => void } {
  const { select } = useLaunchActions();
  useLaunchFocusHandle((id) => {
    const marker = document.querySelector<SVGElement>(`.tl [data-launch-id="${CSS.escape(id)}"]`);
    marker?.focus();
    return marker !== null;
  });
  return { onSelect: select };
}
