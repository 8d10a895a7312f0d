// The timeline as the app uses it: the chart, or in a narrow container the rail (time running
// down the screen), then the zoom buttons, the arrangement (in time order, or grouped by rocket,
// family or site) and the context toggle under it, so the launches are the first thing under
// the title. Every piece of state is the caller's (controlled props), so
// the app can keep it in the URL. A mark opens its launch through the launch actions the app
// provides (ui/launchActions.ts).
import { useMemo, type ReactNode } from 'react';
import type { ContextEvent, Dataset, Launch } from '../../data/schema.ts';
import { usesRail, RAIL_MAX_LAUNCHES } from '../../domain/railLayout.ts';
import { groupLaunches, type GroupBy, type LaunchGroup, type PlacedAnnotation, type StoryBand } from '../../domain/story.ts';
import { clampView, formatViewRange, fullView, isFullView, MIN_SPAN_MS, ZOOM_STEP, zoomView, type View } from '../../domain/timeScale.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { GroupSelect } from './GroupSelect.tsx';
import { LaunchRail } from './LaunchRail.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import './timeline.css';
import './rail.css';
import { useEdition } from '../../ui/i18n.tsx';

export type TimelineProps = {
  /** Already filtered, in time order. */
  launches: readonly Launch[];
  contextEvents: readonly ContextEvent[];
  /** The dataset's annotations, placed against all its launches (a filter hides markers, not the story). */
  annotations?: readonly PlacedAnnotation[];
  /** The dataset range, YYYY-MM-DD. */
  range: { start: string; end: string };
  /** The visible window; null shows the whole range. Out-of-range windows are clamped. */
  view: View | null;
  /** Called with null when a change shows the whole range again. */
  onViewChange: (view: View | null) => void;
  selectedId: string | null;
  showContext: boolean;
  onShowContextChange: (show: boolean) => void;
  /** The rocket and site records the groups are named from. */
  records?: Pick<Dataset, 'vehicles' | 'sites'>;
  /** The rocket families' and sites' years, from every launch; shown while not grouped. */
  bands?: readonly StoryBand[];
  /** Launches in lanes (or, in the rail, sections) by rocket, family or site; null in time order only. */
  groupBy?: GroupBy | null;
  onGroupByChange?: (groupBy: GroupBy | null) => void;
};

const NO_ANNOTATIONS: readonly PlacedAnnotation[] = [];
const NO_BANDS: readonly StoryBand[] = [];
const NO_RECORDS: Pick<Dataset, 'vehicles' | 'sites'> = { vehicles: [], sites: [] };

export function Timeline(props: TimelineProps) {
  const { launches, contextEvents, annotations = NO_ANNOTATIONS, selectedId, showContext, onShowContextChange } = props;
  const { records = NO_RECORDS, bands = NO_BANDS, groupBy = null, onGroupByChange } = props;
  const words = useEdition();
  const { chart } = words.m.core;
  const groups = useMemo(() => (groupBy ? groupLaunches(launches, groupBy, records, words) : null), [launches, groupBy, records, words]);
  const [measure, width, measured] = useElementWidth<HTMLElement>();
  const canRail = launches.length <= RAIL_MAX_LAUNCHES;
  // Before the container is measured (the prerendered page and the render that hydrates it) both
  // layouts are drawn and a container query shows the one that fits, so nothing moves when the
  // app takes over; once measured, only that one is drawn.
  const layout = !canRail ? 'chart' : !measured ? 'both' : usesRail(width, launches.length) ? 'rail' : 'chart';
  const viewOptions = (
    <>
      {onGroupByChange && <GroupSelect groupBy={groupBy} onChange={onGroupByChange} />}
      <label className="tl-toggle">
        <input type="checkbox" checked={showContext} onChange={(event) => onShowContextChange(event.target.checked)} />
        {chart.showContext}
      </label>
    </>
  );
  return (
    <section ref={measure} className={canRail ? 'tl tl--can-rail' : 'tl'} aria-label={chart.region}>
      {layout !== 'rail' && <WideTimeline {...props} annotations={annotations} bands={bands} groups={groups} width={width} viewOptions={viewOptions} />}
      {layout !== 'chart' && (
        <div className="tl-narrow">
          <LaunchRail
            launches={launches}
            annotations={annotations}
            contextEvents={showContext ? contextEvents : []}
            selectedId={selectedId}
            groups={groups}
            sites={records.sites}
          />
          <div className="tl-toolbar">{viewOptions}</div>
        </div>
      )}
    </section>
  );
}

type WideTimelineProps = TimelineProps & {
  annotations: readonly PlacedAnnotation[];
  bands: readonly StoryBand[];
  groups: readonly LaunchGroup<Launch>[] | null;
  width: number;
  viewOptions: ReactNode;
};

/** The horizontal D3 chart with its zoom buttons on it. */
function WideTimeline(props: WideTimelineProps) {
  const { launches, contextEvents, annotations, bands, groups, range, view, onViewChange, selectedId, showContext, width, viewOptions } = props;
  const { start, end } = range;
  const full = useMemo(() => fullView({ start, end }), [start, end]);
  const shown = view ? clampView(view, full) : full;
  const atFull = isFullView(shown, full);
  const atMin = shown.to.getTime() - shown.from.getTime() <= MIN_SPAN_MS;
  const { locale, m } = useEdition();
  const { chart } = m.core;

  const change = (next: View) => onViewChange(isFullView(next, full) ? null : next);
  const zoomBy = (factor: number) => {
    const middle = new Date((shown.from.getTime() + shown.to.getTime()) / 2);
    change(zoomView(shown, factor, middle, full));
  };

  return (
    <div className="tl-wide">
      <TimelineChart
        launches={launches}
        contextEvents={contextEvents}
        annotations={annotations}
        bands={bands}
        groups={groups}
        showContext={showContext}
        range={range}
        view={shown}
        width={width}
        onViewChange={change}
        selectedId={selectedId}
      />
      <div className="tl-toolbar">
        <div className="tl-zoom" role="group" aria-label={chart.zoom}>
          <button type="button" className="button tl-zoom__button" aria-label={chart.zoomIn} title={chart.zoomIn} aria-disabled={atMin} onClick={() => !atMin && zoomBy(1 / ZOOM_STEP)}>
            +
          </button>
          <button type="button" className="button tl-zoom__button" aria-label={chart.zoomOut} title={chart.zoomOut} aria-disabled={atFull} onClick={() => !atFull && zoomBy(ZOOM_STEP)}>
            −
          </button>
          <button type="button" className="button tl-zoom__button" aria-disabled={atFull} onClick={() => !atFull && onViewChange(null)}>
            {chart.resetZoom}
          </button>
        </div>
        <p className="tl-range" aria-live="polite">
          {chart.showing(formatViewRange(shown, full, locale))}
        </p>
        {viewOptions}
      </div>
    </div>
  );
}
