// What a link to a page says about itself where it is shared (title, description, the card's
// words): made at build time from the dataset, so a launch added to the data gets its page, its
// card and its words with no change here.
import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { launchDay } from './launchTimes.ts';
import { claimWords, timelineSummary } from './markerLabel.ts';
import { plainText } from './i18n/langSpans.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import { tallyLaunches } from './summarize.ts';
import type { Route } from './routes.ts';

export type ShareMeta = {
  /** The page's own title (og:title): what the view is. */
  title: string;
  /** <title>: the view's title and the timeline's, so a tab or a bookmark says both. */
  documentTitle: string;
  description: string;
  /** The card's text alternative (og:image:alt, twitter:image:alt). */
  imageAlt: string;
};

/** "Kwangmyongsong-3 (Unha-3), 13 April 2012: failed" */
export function launchHeadline(launch: Launch, w: Words = ENGLISH): string {
  return w.m.core.meta.launchHeadline(plainText(launch.payload), plainText(launch.vehicle), launchDay(launch, w), w.m.core.outcome.word[launch.outcome]);
}

/** "5 failures", "1 partial success", "3 reached orbit" */
export function outcomeHeadline(outcome: Outcome, count: number, w: Words = ENGLISH): string {
  return w.m.core.meta.outcomeHeadline(outcome, count);
}

function sentence(text: string): string {
  return /[.!?。]$/.test(text) ? text : `${text}${/[\u3040-\u30ff\u4e00-\u9fff]$/.test(text) ? '。' : '.'}`;
}

/** The meta of the root page: the whole timeline. */
export function homeMeta(dataset: Dataset, w: Words = ENGLISH): ShareMeta {
  // Launches come from the loader in time order, as timelineSummary needs them.
  const summary = timelineSummary(dataset.launches, w);
  const title = plainText(dataset.title);
  return { title, documentTitle: title, description: w.m.core.meta.homeDescription(summary), imageAlt: w.m.core.meta.homeImageAlt(title, summary) };
}

/** The meta of a route's page, or null where the dataset has nothing for it. */
export function routeMeta(dataset: Dataset, route: Route, w: Words = ENGLISH): ShareMeta | null {
  const { meta } = w.m.core;
  const own = plainText(dataset.title);
  if (route.kind === 'launch') {
    const launch = dataset.launches.find((l) => l.id === route.id);
    if (!launch) return null;
    const title = launchHeadline(launch, w);
    const claim = claimWords(launch, w);
    return {
      title,
      documentTitle: meta.documentTitle(title, own),
      description: [sentence(plainText(launch.outcomeSummary)), claim === null ? '' : `${sentence(claim)} `, meta.oneOf(timelineSummary(dataset.launches, w))].join(' ').replace(/\s+/g, ' ').trim(),
      imageAlt: meta.launchImageAlt(title, claim, dataset.launches.length),
    };
  }
  const shown = dataset.launches.filter((l) => l.outcome === route.outcome);
  if (shown.length === 0) return null;
  const tally = tallyLaunches(dataset.launches);
  const title = meta.outcomeTitle(w.m.core.outcome.label[route.outcome], shown.length, tally.attempts);
  const headline = outcomeHeadline(route.outcome, shown.length, w);
  return {
    title,
    documentTitle: meta.documentTitle(title, own),
    description: meta.outcomeDescription(headline, tally.attempts, shown.map((l) => meta.launchInList(plainText(l.payload), launchDay(l, w))).join(meta.launchListSeparator)),
    imageAlt: meta.outcomeImageAlt(own, headline, tally.attempts),
  };
}
