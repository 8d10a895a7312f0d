import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/fetchDataset.ts';
import type { Outcome } from '../data/schema.ts';
import { CiteThis } from '../features/share/CiteThis.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { LaunchPanel } from '../features/panel/LaunchPanel.tsx';
import { LaunchTable } from '../features/list/LaunchTable.tsx';
import { MethodologyView } from '../features/about/MethodologyView.tsx';
import { DownloadButtons } from '../features/share/DownloadButtons.tsx';
import { EmbedChrome } from '../features/embed/EmbedChrome.tsx';
import { EmbedDialog } from '../features/embed/EmbedDialog.tsx';
import { EmptyState } from '../features/shell/EmptyState.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { NoticeBar } from '../features/shell/NoticeBar.tsx';
import { OutcomeFilter } from '../features/filters/OutcomeFilter.tsx';
import { PageHeader } from '../features/shell/PageHeader.tsx';
import { PrintView } from '../features/print/PrintView.tsx';
import { SiteFooter } from '../features/shell/SiteFooter.tsx';
import { SkippedNotice } from '../features/shell/SkippedNotice.tsx';
import { SourcesView } from '../features/about/SourcesView.tsx';
import { ViewSwitch } from '../features/filters/ViewSwitch.tsx';
import { calendarDateIn, viewTitle } from '../domain/citation.ts';
import { fullPageUrl } from '../domain/embedMessages.ts';
import { downloadFileName, launchesCsv, launchesJson } from '../domain/exportLaunches.ts';
import { filterLaunches, filterSummary, outcomeCounts, toggleOutcome } from '../domain/filterLaunches.ts';
import { launchDayLabel } from '../domain/launchTimes.ts';
import { summaryLine } from '../domain/summarize.ts';
import type { AboutView, UrlState } from '../domain/urlState.ts';
import { usePageUrl } from './usePageUrl.ts';
import { usePrinting } from './usePrinting.ts';
import { UrlWindowTimeline } from './UrlWindowTimeline.tsx';
import type { UrlStateUpdate } from './useUrlState.ts';

type LoadedViewProps = {
  loaded: LoadedDataset;
  url: UrlState;
  urlNotices: readonly string[];
  update: UrlStateUpdate;
};

/** The reader's calendar date today: the "accessed" date of citations and downloads. */
function today(): string {
  return calendarDateIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Back from a page about the data with no launch open: to the header's "How we know". */
function focusAboutLink(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.page-header__how')?.focus());
}

/** Focus goes back where the reader was: the marker (or row) of the launch they had open. */
function focusLaunch(id: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement | SVGElement>(`[data-launch-id="${CSS.escape(id)}"]`)?.focus();
  });
}

export function LoadedView({ loaded, url, urlNotices, update }: LoadedViewProps) {
  const { dataset, problems, skipped } = loaded;
  const [dismissed, setDismissed] = useState('');
  const printing = usePrinting();
  const counts = useMemo(() => outcomeCounts(dataset.launches), [dataset.launches]);
  const summary = useMemo(() => summaryLine(dataset.launches), [dataset.launches]);
  const shown = useMemo(() => filterLaunches(dataset.launches, url.outcomes), [dataset.launches, url.outcomes]);
  const index = url.launch === null ? -1 : shown.findIndex((l) => l.id === url.launch);
  const selected = index >= 0 ? shown[index] : undefined;

  const notices = [...urlNotices];
  if (url.launch !== null && !selected) {
    notices.push(
      dataset.launches.some((l) => l.id === url.launch)
        ? 'The launch in the link is hidden by the outcome filter; showing the timeline.'
        : `There is no launch "${url.launch}" in this dataset; showing the timeline.`,
    );
  }
  const noticeKey = notices.join('|');

  // Stable across selections (the open launch is read when called), so opening one launch
  // redraws two markers, not every marker on the chart.
  const openLaunch = useRef(url.launch);
  useLayoutEffect(() => {
    openLaunch.current = url.launch;
  }, [url.launch]);
  const select = useCallback(
    (id: string) => {
      if (id === openLaunch.current) {
        update({ launch: null });
        focusLaunch(id);
      } else update({ launch: id });
    },
    [update],
  );
  const close = useCallback(() => {
    const id = url.launch;
    update({ launch: null });
    if (id) focusLaunch(id);
  }, [update, url.launch]);

  // Pages about the data: `about=` in the URL, so they can be shared and Back closes them.
  const openAbout = useCallback((about: AboutView) => update({ about }), [update]);
  const closeAbout = useCallback(() => {
    update({ about: null });
    // With a launch open, the panel comes back and focuses its own heading.
    if (url.launch === null) focusAboutLink();
  }, [update, url.launch]);
  const openLaunchFromAbout = useCallback(
    (id: string) => {
      // A launch the outcome filter hides would not open: show every outcome instead.
      const visible = filterLaunches(dataset.launches, url.outcomes).some((l) => l.id === id);
      update({ about: null, launch: id, outcomes: visible ? url.outcomes : null });
    },
    [update, dataset.launches, url.outcomes],
  );

  const toggle = (outcome: Outcome) => {
    const outcomes = toggleOutcome(url.outcomes, outcome, counts.map((c) => c.outcome));
    const stillShown = url.launch !== null && filterLaunches(dataset.launches, outcomes).some((l) => l.id === url.launch);
    // A launch that is filtered out closes its panel.
    update({ outcomes, launch: stillShown ? url.launch : null });
  };

  // null while hydrating prerendered HTML, which had no address: the links fill in a render later.
  const href = usePageUrl();
  const pageBase = href === null ? '' : new URL(import.meta.env.BASE_URL, href).href;
  const filterText = filterSummary(shown.length, dataset.launches.length, url.outcomes);

  const citedView = url.about === 'methodology' ? 'How we know' : url.about === 'sources' ? 'Sources' : selected ? `${selected.payload}, ${launchDayLabel(selected)}` : null;
  const top = (
    <>
      {url.embed ? (
        <EmbedChrome title={dataset.title} state={url} baseUrl={pageBase} />
      ) : (
        <PageHeader
          title={dataset.title}
          summary={summary}
          updated={dataset.updated}
          version={dataset.version}
          onShowMethodology={() => openAbout('methodology')}
        />
      )}
      <SkippedNotice skipped={skipped} problems={problems} />
      {dismissed !== noticeKey && <NoticeBar messages={notices} onDismiss={() => setDismissed(noticeKey)} />}
    </>
  );
  // No page chrome in an embed (design §2): the footer and "Cite this" belong to the full page.
  const footer = !url.embed && (
    <SiteFooter dataset={dataset} onOpen={openAbout}>
      {href !== null && <CiteThis title={viewTitle(dataset.title, citedView)} version={dataset.version} updated={dataset.updated} url={href} accessed={new Date()} />}
    </SiteFooter>
  );

  if (url.about !== null) {
    return (
      <>
        {top}
        {url.about === 'methodology' ? (
          <MethodologyView dataset={dataset} onOpenLaunch={openLaunchFromAbout} onClose={closeAbout} onOpenSources={() => openAbout('sources')} />
        ) : (
          <SourcesView dataset={dataset} onOpenLaunch={openLaunchFromAbout} onClose={closeAbout} />
        )}
        {footer}
      </>
    );
  }

  return (
    <>
      {top}
      <div className="controls">
        <OutcomeFilter counts={counts} active={url.outcomes} onToggle={toggle} />
        <ViewSwitch view={url.view} onChange={(view) => update({ view })} />
        {/* The recommended sandbox has no allow-downloads: a download button in an embed could not work. */}
        {!url.embed && (
          <DownloadButtons
            makeCsv={() => ({ name: downloadFileName(dataset.id, dataset.version, url.outcomes, 'csv'), text: launchesCsv(dataset, shown) })}
            makeJson={() => ({ name: downloadFileName(dataset.id, dataset.version, url.outcomes, 'json'), text: launchesJson(dataset, shown, window.location.href, today()) })}
          />
        )}
        {/* Inside an embed, the link to share is the full page's, not the iframe's. */}
        <CopyLinkButton url={url.embed ? fullPageUrl(pageBase, url) : (href ?? '')} />
        {!url.embed && <EmbedDialog state={url} title={dataset.title} baseUrl={pageBase} />}
      </div>
      <p className="filter-summary" aria-live="polite">
        {filterText}
      </p>
      <div className={selected ? 'layout layout--with-panel' : 'layout'}>
        <div className="layout__main">
          <ErrorBoundary key={url.view} label={url.view === 'list' ? 'The list' : 'The chart'}>
          {dataset.launches.length === 0 ? (
            <div className="state state--empty">
              <h2 className="state__title">No launch in the data file could be shown</h2>
              <p>The note above says what is wrong with the file.</p>
            </div>
          ) : shown.length === 0 ? (
            <EmptyState onReset={() => update({ outcomes: null })} />
          ) : url.view === 'list' ? (
            <LaunchTable launches={shown} condemnations={dataset.condemnations} selectedId={selected?.id ?? null} onSelect={select} />
          ) : (
            <UrlWindowTimeline
              urlWindow={url.window}
              update={update}
              launches={shown}
              contextEvents={dataset.contextEvents}
              range={dataset.range}
              selectedId={selected?.id ?? null}
              onSelect={select}
              showContext={url.context}
              onShowContextChange={(context) => update({ context })}
            />
          )}
          </ErrorBoundary>
        </div>
        {selected && (
          <ErrorBoundary label="The launch details">
          <LaunchPanel
            dataset={dataset}
            launch={selected}
            previous={shown[index - 1] ?? null}
            next={shown[index + 1] ?? null}
            onNavigate={(id) => update({ launch: id })}
            onClose={close}
            onShowMethodology={() => openAbout('methodology')}
          />
          </ErrorBoundary>
        )}
      </div>
      {footer}
      {printing && <PrintView dataset={dataset} launches={shown} viewUrl={window.location.href} />}
    </>
  );
}
