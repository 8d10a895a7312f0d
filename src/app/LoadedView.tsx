// The page once the data is in: what the URL state shows of it, composed from the header, the
// controls, the chart or table with the opened launch's panel, and the footer. The launch
// actions and the focus registry are provided here for every view below.
import { useMemo } from 'react';
import type { LoadedDataset } from '../data/fetchDataset.ts';
import { filterLaunches, outcomeCounts } from '../domain/filterLaunches.ts';
import { citedView, openedLaunch, outcomeToggled, pageNotices } from '../domain/pageView.ts';
import { annotationsInView } from '../domain/story.ts';
import { fullView } from '../domain/timeScale.ts';
import type { UrlState } from '../domain/urlState.ts';
import { LaunchPanel } from '../features/panel/LaunchPanel.tsx';
import { SiteFooter } from '../features/shell/SiteFooter.tsx';
import { StoryNotes } from '../features/story/StoryNotes.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { LaunchActionsContext } from '../ui/launchActions.ts';
import { LaunchFocusContext } from '../ui/launchFocus.ts';
import { ControlsRow } from './ControlsRow.tsx';
import { MethodologyPart, PrintPart, SourcesPart, ViewCitationPart } from './deferredParts.tsx';
import { LaunchViews } from './LaunchViews.tsx';
import { PageLayout } from './PageLayout.tsx';
import { PageTop } from './PageTop.tsx';
import { appRootUrl, shareUrl } from './appRoot.ts';
import { BlockedLinkNotice } from '../features/embed/BlockedLinkNotice.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useSandboxedLinks } from './useSandboxedLinks.ts';
import { usePageUrl } from './usePageUrl.ts';
import { usePrinting } from './usePrinting.ts';
import { useTimelineActions } from './useTimelineActions.ts';
import { useLaunchOnArrival, type UrlStateUpdate } from './useUrlState.ts';
import { LOCALES } from '../domain/i18n/locale.ts';
import { EditionLinks } from '../features/shell/EditionLinks.tsx';
import { useEdition } from '../ui/i18n.tsx';

type LoadedViewProps = {
  loaded: LoadedDataset;
  url: UrlState;
  urlNotices: readonly string[];
  update: UrlStateUpdate;
};

export function LoadedView({ loaded, url, urlNotices, update }: LoadedViewProps) {
  const { dataset } = loaded;
  const printing = usePrinting();
  const actions = useTimelineActions({ url, update, launches: dataset.launches });
  const counts = useMemo(() => outcomeCounts(dataset.launches), [dataset.launches]);
  const shown = useMemo(() => filterLaunches(dataset.launches, url.outcomes), [dataset.launches, url.outcomes]);
  const opened = openedLaunch(shown, url.launch);
  const launchOnArrival = useLaunchOnArrival();
  const selected = opened?.launch ?? null;
  const annotations = useMemo(() => annotationsInView(dataset, fullView(dataset.range)), [dataset]);
  const words = useEdition();
  const notices = pageNotices(urlNotices, dataset.launches, url.launch, opened !== null, words);

  // null while hydrating prerendered HTML, which had no address: the links fill in a render later.
  // What is shared is the view's canonical address (its share page where the build made one).
  const launchIds = useMemo(() => new Set(dataset.launches.map((l) => l.id)), [dataset.launches]);
  // A link shared from an edition opens that edition, even where the reader's browser chose it.
  const sharedUrl = useMemo(() => (url.lang === null && words.locale !== 'en' ? { ...url, lang: words.locale } : url), [url, words.locale]);
  const pageUrl = usePageUrl();
  const href = pageUrl === null ? null : shareUrl(sharedUrl, launchIds);
  const editions = pageUrl === null ? [] : LOCALES.filter((l) => l !== words.locale).map((locale) => ({ locale, href: shareUrl({ ...url, lang: locale }, launchIds) }));
  useDocumentTitle(dataset, url, launchIds, words, selected);
  const blockedLink = useSandboxedLinks(url.embed);
  const pageBase = href === null ? '' : appRootUrl().href;
  const showMethodology = () => actions.openAbout('methodology');
  const cited = citedView(url.about, selected, words);

  const main =
    url.about === null ? (
      <>
        <PageLayout
          sheet={url.embed}
          main={
            <>
              {/* The launches first, then the key that filters them and the ways to take them away. */}
              <LaunchViews dataset={dataset} annotations={annotations} shown={shown} url={url} selectedId={selected?.id ?? null} update={update} />
              <ControlsRow
                dataset={dataset}
                url={url}
                shown={shown}
                counts={counts}
                href={href}
                pageBase={pageBase}
                onToggleOutcome={(outcome) => update(outcomeToggled(dataset.launches, url, outcome, counts.map((c) => c.outcome)))}
                onViewChange={(view) => update({ view })}
                citedView={cited}
              />
              {/* An article around an embed tells the story; the full page tells it here. */}
              {!url.embed && <StoryNotes standfirst={dataset.standfirst} annotations={annotations} sources={dataset.sources} />}
            </>
          }
          panel={
            opened && (
              <ErrorBoundary label="The launch details">
                <LaunchPanel
                  dataset={dataset}
                  launch={opened.launch}
                  previous={opened.previous}
                  next={opened.next}
                  onNavigate={actions.step}
                  onClose={actions.close}
                  onShowMethodology={showMethodology}
                  detailsAtOnce={opened.launch.id === launchOnArrival}
                />
              </ErrorBoundary>
            )
          }
        />
      </>
    ) : url.about === 'methodology' ? (
      <MethodologyPart.Part dataset={dataset} onOpenLaunch={actions.openLaunchFromAbout} onClose={actions.closeAbout} onOpenSources={() => actions.openAbout('sources')} />
    ) : (
      <SourcesPart.Part dataset={dataset} onOpenLaunch={actions.openLaunchFromAbout} onClose={actions.closeAbout} />
    );

  return (
    <LaunchActionsContext value={actions.launch}>
      <LaunchFocusContext value={actions.focus}>
        <PageTop inert={url.embed && opened !== null} loaded={loaded} url={url} notices={notices} howWeKnowRef={actions.howWeKnow} onShowMethodology={showMethodology} />
        {main}
        {/* No page chrome in an embed: the footer and "Cite this" belong to the full page. */}
        {!url.embed && (
          // On the timeline, "Cite this" is under Share & data; the pages about the data cite from here.
          <SiteFooter dataset={dataset} onOpen={actions.openAbout} editions={<EditionLinks editions={editions} />}>
            {url.about !== null && href !== null && <ViewCitationPart.Part dataset={dataset} view={cited} href={href} />}
          </SiteFooter>
        )}
        {blockedLink.blocked && <BlockedLinkNotice url={blockedLink.blocked.url} top={blockedLink.blocked.top} onClose={blockedLink.dismiss} />}
        {url.about === null && printing && <PrintPart.Part dataset={dataset} launches={shown} viewUrl={href ?? window.location.href} />}
      </LaunchFocusContext>
    </LaunchActionsContext>
  );
}
