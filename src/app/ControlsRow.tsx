import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { fullPageUrl } from '../domain/embedMessages.ts';
import { filterSummary, type OutcomeCount } from '../domain/filterLaunches.ts';
import { claimDiffers } from '../domain/markerLabel.ts';
import type { UrlState, ViewMode } from '../domain/urlState.ts';
import { ChartKey } from '../features/filters/ChartKey.tsx';
import { OutcomeFilter } from '../features/filters/OutcomeFilter.tsx';
import { ViewSwitch } from '../features/filters/ViewSwitch.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { ShareMenu } from '../features/share/ShareMenu.tsx';
import { OpenFullTimeline } from '../features/embed/EmbedChrome.tsx';
import { ShareContentsPart } from './deferredParts.tsx';
import { useEdition } from '../ui/i18n.tsx';

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
  /** What the view shows beyond the dataset (citedView), for "Cite this". */
  citedView: string | null;
};

/**
 * Under the chart: the outcome filter, which is also the chart's key (each button carries its
 * outcome's glyph and count), the rest of the key, the view switch and, under "Share & data", the
 * ways to take the view away (download, link, embed, cite), then what the filter hides.
 */
export function ControlsRow({ dataset, url, shown, counts, href, pageBase, onToggleOutcome, onViewChange, citedView }: ControlsRowProps) {
  const words = useEdition();
  return (
    <>
      <div className="legend-filter">
        <OutcomeFilter counts={counts} active={url.outcomes} onToggle={onToggleOutcome} />
        <ChartKey claimsDiffer={shown.some(claimDiffers)} showContext={url.context && url.view === 'timeline'} />
      </div>
      <div className="controls">
        <ViewSwitch view={url.view} onChange={onViewChange} />
        {url.embed ? (
          // Two ways out of an embed, in plain sight; the recommended sandbox has no allow-downloads,
          // and the link to share is the full page's, not the iframe's.
          <>
            <CopyLinkButton url={fullPageUrl(pageBase, url)} />
            <OpenFullTimeline state={url} baseUrl={pageBase} />
          </>
        ) : (
          <ShareMenu>
            {/* Not while hydrating (no address yet, and the prerendered menu is empty): its code is
                fetched after that, and by the time a reader opens the menu it is normally here. */}
            {href !== null && <ShareContentsPart.Part dataset={dataset} url={url} shown={shown} href={href} pageBase={pageBase} citedView={citedView} />}
          </ShareMenu>
        )}
      </div>
      <p className="filter-summary" aria-live="polite">
        {filterSummary(shown.length, dataset.launches.length, url.outcomes, words)}
      </p>
    </>
  );
}
