import { useMemo } from 'react';
import type { Dataset, Launch } from '../data/schema.ts';
import { storyBands, type PlacedAnnotation } from '../domain/story.ts';
import type { UrlState } from '../domain/urlState.ts';
import { LaunchTable } from '../features/list/LaunchTable.tsx';
import { EmptyState } from '../features/shell/EmptyState.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import type { UrlStateUpdate } from './useUrlState.ts';
import { UrlWindowTimeline } from './UrlWindowTimeline.tsx';
import { useEdition } from '../ui/i18n.tsx';

type LaunchViewsProps = {
  dataset: Dataset;
  /** Placed against every launch, not the filtered ones: a filter hides markers, not the story. */
  annotations: readonly PlacedAnnotation[];
  /** The launches the filter shows, in time order. */
  shown: readonly Launch[];
  url: UrlState;
  selectedId: string | null;
  update: UrlStateUpdate;
};

/** The chart or the table of the shown launches, or why there is nothing to show. */
export function LaunchViews({ dataset, annotations, shown, url, selectedId, update }: LaunchViewsProps) {
  const words = useEdition();
  const { chart, shell } = words.m.core;
  const bands = useMemo(() => storyBands(dataset, words), [dataset, words]);
  return (
    // Keyed on the view: a fault in one view must not stay on screen when the reader switches to the other.
    <ErrorBoundary key={url.view} label={url.view === 'list' ? chart.listView : chart.chartView}>
      {dataset.launches.length === 0 ? (
        <div className="state state--empty">
          <h2 className="state__title">{shell.noLaunchTitle}</h2>
          <p>{shell.noLaunchText}</p>
        </div>
      ) : shown.length === 0 ? (
        <EmptyState onReset={() => update({ outcomes: null })} />
      ) : url.view === 'list' ? (
        <LaunchTable launches={shown} condemnations={dataset.condemnations} selectedId={selectedId} />
      ) : (
        <UrlWindowTimeline
          urlWindow={url.window}
          update={update}
          launches={shown}
          contextEvents={dataset.contextEvents}
          annotations={annotations}
          range={dataset.range}
          selectedId={selectedId}
          showContext={url.context}
          onShowContextChange={(context) => update({ context })}
          records={dataset}
          bands={bands}
          groupBy={url.group}
          // In an embed the arrangement is the editor's, carried by the embed code (the Embed
          // dialog copies the view as it is): the article keeps a frame one control shorter.
          onGroupByChange={url.embed ? undefined : (group) => update({ group })}
        />
      )}
    </ErrorBoundary>
  );
}
