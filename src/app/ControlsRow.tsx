import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { calendarDateIn } from '../domain/citation.ts';
import { fullPageUrl } from '../domain/embedMessages.ts';
import { downloadFileName, launchesCsv, launchesJson } from '../domain/exportLaunches.ts';
import { filterSummary, type OutcomeCount } from '../domain/filterLaunches.ts';
import { claimDiffers } from '../domain/markerLabel.ts';
import type { UrlState, ViewMode } from '../domain/urlState.ts';
import { ChartKey } from '../features/filters/ChartKey.tsx';
import { OutcomeFilter } from '../features/filters/OutcomeFilter.tsx';
import { ViewSwitch } from '../features/filters/ViewSwitch.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { DownloadButtons } from '../features/share/DownloadButtons.tsx';
import { EmbedDialog } from '../features/embed/EmbedDialog.tsx';
import { OpenFullTimeline } from '../features/embed/EmbedChrome.tsx';

type ControlsRowProps = {
  dataset: Dataset;
  url: UrlState;
  /** The launches the filter shows: what the downloads hold. */
  shown: readonly Launch[];
  counts: readonly OutcomeCount[];
  /** The page's address, or null while hydrating. */
  href: string | null;
  /** Absolute URL of the app root ('' while hydrating). */
  pageBase: string;
  onToggleOutcome: (outcome: Outcome) => void;
  onViewChange: (view: ViewMode) => void;
};

/** The reader's calendar date today: the "accessed" date of downloads. */
function today(): string {
  return calendarDateIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * Under the chart: the outcome filter, which is also the chart's key (each button carries its
 * outcome's glyph and count), the rest of the key, the view switch and the ways to take the view
 * away (download, link, embed), then what the filter hides.
 */
export function ControlsRow({ dataset, url, shown, counts, href, pageBase, onToggleOutcome, onViewChange }: ControlsRowProps) {
  const fileName = (format: 'csv' | 'json') => downloadFileName(dataset.id, dataset.version, url.outcomes, format);
  return (
    <>
      <div className="legend-filter">
        <OutcomeFilter counts={counts} active={url.outcomes} onToggle={onToggleOutcome} />
        <ChartKey claimsDiffer={shown.some(claimDiffers)} showContext={url.context && url.view === 'timeline'} />
      </div>
      <div className="controls">
        <ViewSwitch view={url.view} onChange={onViewChange} />
        {/* The recommended sandbox has no allow-downloads: a download button in an embed could not work. */}
        {!url.embed && (
          <DownloadButtons
            makeCsv={() => ({ name: fileName('csv'), text: launchesCsv(dataset, shown) })}
            makeJson={() => ({ name: fileName('json'), text: launchesJson(dataset, shown, window.location.href, today()) })}
          />
        )}
        {/* Inside an embed, the link to share is the full page's, not the iframe's. */}
        <CopyLinkButton url={url.embed ? fullPageUrl(pageBase, url) : (href ?? '')} />
        {!url.embed && <EmbedDialog state={url} title={dataset.title} baseUrl={pageBase} />}
        {url.embed && <OpenFullTimeline state={url} baseUrl={pageBase} />}
      </div>
      <p className="filter-summary" aria-live="polite">
        {filterSummary(shown.length, dataset.launches.length, url.outcomes)}
      </p>
    </>
  );
}
