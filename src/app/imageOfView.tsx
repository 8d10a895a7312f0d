// What "Download image" pictures (share/DownloadImageButtons.tsx): the view's chart and the words
// around it. Loaded on demand with the rest of the image code.
//
// The chart is the one on screen where the reader sees one. Where the page shows none (a narrow
// container's rail, the list view) the picture still needs a chart, not the rail: a rail is a
// column of HTML rows, as tall as the launches are many, while a picture goes into an article, a
// slide or a post, where the wide chart tells the story at a glance. So the same Timeline is drawn
// for a moment off screen at IMAGE_CHART_WIDTH, with the view's filter, opened launch, zoom window,
// arrangement and context, read, and taken away again.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Dataset, Launch } from '../data/schema.ts';
import { plainText } from '../domain/i18n/langSpans.ts';
import { en } from '../domain/i18n/messages/en.ts';
import { filterSummary } from '../domain/filterLaunches.ts';
import { citedView, openedLaunch } from '../domain/pageView.ts';
import { annotationsInView, standfirstText, storyBands } from '../domain/story.ts';
import { clampView, formatViewRange, fullView, isFullView } from '../domain/timeScale.ts';
import { windowToView, type UrlState } from '../domain/urlState.ts';
import { imageFileName, imageLegend, imageNote, imageSourceLine } from '../domain/viewImage.ts';
import type { ChartSource, ImageSubject } from '../features/share/DownloadImageButtons.tsx';
import { EditionProvider, type Edition } from '../ui/i18n.tsx';
import { Timeline } from '../features/timeline/Timeline.tsx';
import { LaunchActionsContext, type LaunchActions } from '../ui/launchActions.ts';
import { ENGLISH } from '../domain/i18n/words.ts';
import { partsOf } from '../ui/parts.ts';

/** The chart's width in the picture where the page draws no chart: the chart's width when the page cannot be measured. */
export const IMAGE_CHART_WIDTH = 960;

/** The page's own chart, inside the main view (not a chart drawn for a picture). */
const ON_SCREEN_CHART = '.layout__main .tl-svg';

const NO_ACTIONS: LaunchActions = { select: () => {} };
const DEFAULT_EDITION: Edition = { locale: 'en', m: en };
const ignore = () => {};

type ViewInput = {
  dataset: Dataset;
  url: UrlState;
  shown: readonly Launch[];
  href: string | null;
  /** The edition the picture's own words are in (its key, source line and note); English by default. */
  edition?: Edition;
};

/** The Timeline drawn off screen, at a fixed width, out of reach of the keyboard and assistive technology. */
function drawOffScreen({ dataset, url, shown, edition }: ViewInput): ChartSource {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position: fixed; top: 0; left: ${-2 * IMAGE_CHART_WIDTH}px; width: ${IMAGE_CHART_WIDTH}px;`;
  document.body.append(host);
  const root = createRoot(host);
  const release = () => {
    root.unmount();
    host.remove();
  };
  // Rendered at once: the width is measured and the axis drawn in layout effects, which run before flushSync returns.
  // A root of its own has no provider above it: the chart gets the edition it is a picture of.
  flushSync(() =>
    root.render(
      <EditionProvider edition={edition ?? DEFAULT_EDITION}>
        <LaunchActionsContext value={NO_ACTIONS}>
          <Timeline
            launches={shown}
            contextEvents={dataset.contextEvents}
            annotations={annotationsInView(dataset, fullView(dataset.range))}
            range={dataset.range}
            view={windowToView(url.window)}
            onViewChange={ignore}
            selectedId={url.launch}
            showContext={url.context}
            onShowContextChange={ignore}
            records={dataset}
            bands={storyBands(dataset)}
            groupBy={url.group}
          />
        </LaunchActionsContext>
      </EditionProvider>,
    ),
  );
  const svg = host.querySelector<SVGSVGElement>('.tl-svg');
  if (!svg) {
    release();
    throw new Error('no chart was drawn');
  }
  return { svg, release };
}

function viewChart(input: ViewInput): ChartSource {
  const onScreen = document.querySelector<SVGSVGElement>(ON_SCREEN_CHART);
  // Present but not shown: before the app measures the page, both layouts are in it and CSS shows one.
  if (onScreen && onScreen.getBoundingClientRect().width > 0) return { svg: onScreen, release: ignore };
  return drawOffScreen(input);
}

/** The picture of the view: its chart, its title, standfirst, what it shows, key, source and address. */
export async function prepareImage(input: ViewInput): Promise<ImageSubject> {
  const { dataset, url, shown, href, edition } = input;
  const locale = edition?.locale ?? 'en';
  const words = edition ?? ENGLISH;
  const opened = openedLaunch(shown, url.launch)?.launch ?? null;
  const full = fullView(dataset.range);
  const zoom = windowToView(url.window);
  const shownWindow = zoom === null ? null : clampView(zoom, full);
  return {
    chart: viewChart(input),
    content: {
      title: plainText(dataset.title),
      standfirst: plainText(standfirstText(dataset, words)),
      note: imageNote(
        {
          filter: filterSummary(shown.length, dataset.launches.length, url.outcomes, words),
          opened: opened === null ? null : citedView(null, opened, words),
          window: shownWindow === null || isFullView(shownWindow, full) ? null : formatViewRange(shownWindow, full, locale),
        },
        partsOf(words).share,
      ),
      legend: imageLegend(shown, url.context, { core: words.m.core, share: partsOf(words).share }, locale),
      source: imageSourceLine(dataset, partsOf(words).share),
      url: href ?? document.location.href,
    },
    fileName: (extension) => imageFileName(dataset.id, { outcomes: url.outcomes, launchId: opened?.id ?? null }, extension),
  };
}
