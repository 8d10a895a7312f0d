// The timeline as the app uses it: zoom buttons and the context toggle, the legend, the chart.
// Every piece of state is the caller's (controlled props), so the app can keep it in the URL.
// A marker opens its launch through the launch actions the app provides (ui/launchActions.ts).
import { useMemo } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { clampView, formatViewRange, fullView, isFullView, MIN_SPAN_MS, ZOOM_STEP, zoomView, type View } from '../../domain/timeScale.ts';
import { claimDiffers } from '../../domain/markerLabel.ts';
import { outcomesPresent } from '../../domain/outcomes.ts';
import { Legend } from './Legend.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import './timeline.css';

export type TimelineProps = {
  /** Already filtered, in time order. */
  launches: readonly Launch[];
  contextEvents: readonly ContextEvent[];
  /** The dataset range, YYYY-MM-DD. */
  range: { start: string; end: string };
  /** The visible window; null shows the whole range. Out-of-range windows are clamped. */
  view: View | null;
  /** Called with null when a change shows the whole range again. */
  onViewChange: (view: View | null) => void;
  selectedId: string | null;
  showContext: boolean;
  onShowContextChange: (show: boolean) => void;
};

export function Timeline({ launches, contextEvents, range, view, onViewChange, selectedId, showContext, onShowContextChange }: TimelineProps) {
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const { start, end } = range;
  const full = useMemo(() => fullView({ start, end }), [start, end]);
  const legendOutcomes = useMemo(() => outcomesPresent(launches), [launches]);
  const claimsDiffer = useMemo(() => launches.some(claimDiffers), [launches]);
  const shown = view ? clampView(view, full) : full;
  const atFull = isFullView(shown, full);
  const atMin = shown.to.getTime() - shown.from.getTime() <= MIN_SPAN_MS;

  const change = (next: View) => onViewChange(isFullView(next, full) ? null : next);
  const zoomBy = (factor: number) => {
    const middle = new Date((shown.from.getTime() + shown.to.getTime()) / 2);
    change(zoomView(shown, factor, middle, full));
  };

  return (
    <section className="tl" aria-label="Launch timeline">
      <div className="tl-toolbar">
        <div className="tl-zoom" role="group" aria-label="Zoom">
          <button type="button" className="button tl-zoom__button" aria-label="Zoom in" title="Zoom in" aria-disabled={atMin} onClick={() => !atMin && zoomBy(1 / ZOOM_STEP)}>
            +
          </button>
          <button type="button" className="button tl-zoom__button" aria-label="Zoom out" title="Zoom out" aria-disabled={atFull} onClick={() => !atFull && zoomBy(ZOOM_STEP)}>
            −
          </button>
          <button type="button" className="button tl-zoom__button" aria-disabled={atFull} onClick={() => !atFull && onViewChange(null)}>
            Reset zoom
          </button>
        </div>
        <p className="tl-range" aria-live="polite">
          Showing {formatViewRange(shown, full)}
        </p>
        <label className="tl-toggle">
          <input type="checkbox" checked={showContext} onChange={(event) => onShowContextChange(event.target.checked)} />
          Show context events
        </label>
      </div>
      <Legend outcomes={legendOutcomes} claimsDiffer={claimsDiffer} showContext={showContext} />
      <div ref={measure} className="tl-measure">
        <TimelineChart
          launches={launches}
          contextEvents={contextEvents}
          showContext={showContext}
          range={range}
          view={shown}
          width={width}
          onViewChange={change}
          selectedId={selectedId}
        />
      </div>
    </section>
  );
}
