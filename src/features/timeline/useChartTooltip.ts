// Which mark the tooltip is for: the one under the pointer, else the one in focus, until Escape
// dismisses it (the next hover or focus brings it back). Where it goes and what it says is the
// layout's (chartTooltip); this holds only the reader's state.
import { useMemo, useState } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { chartTooltip, type ChartTarget, type ChartTooltip } from '../../domain/chartTooltip.ts';
import type { ChartLayout } from '../../domain/layoutChart.ts';
import { useEdition } from '../../ui/i18n.tsx';

/** Stable for the life of the chart, so memoised marks can take them as props. */
export type TooltipControls = {
  hoverLaunch: (id: string | null) => void;
  hoverCluster: (key: string | null) => void;
  hoverContext: (id: string | null) => void;
  /** Off whatever the pointer rests on: the keyboard has moved on. */
  leave: () => void;
  focus: (target: ChartTarget) => void;
  blur: () => void;
  /** Escape: hidden until the next hover or focus. */
  dismiss: () => void;
};

export function useChartTooltip(
  layout: ChartLayout<Launch>,
  contextEvents: readonly ContextEvent[],
): { tooltip: ChartTooltip | null; controls: TooltipControls } {
  const words = useEdition();
  const [hovered, setHovered] = useState<ChartTarget | null>(null);
  const [focused, setFocused] = useState<ChartTarget | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const controls = useMemo(() => {
    const hover = (kind: ChartTarget['kind'], id: string | null) => {
      setHovered(id === null ? null : { kind, id });
      if (id !== null) setDismissed(false);
    };
    return {
      hoverLaunch: (id: string | null) => hover('launch', id),
      hoverCluster: (key: string | null) => hover('cluster', key),
      hoverContext: (id: string | null) => hover('context', id),
      leave: () => setHovered(null),
      focus: (target: ChartTarget) => {
        setFocused(target);
        setDismissed(false);
      },
      blur: () => setFocused(null),
      dismiss: () => setDismissed(true),
    };
  }, []);
  const tip = dismissed ? null : (hovered ?? focused);
  return { tooltip: tip && chartTooltip(layout, contextEvents, tip, words), controls };
}
