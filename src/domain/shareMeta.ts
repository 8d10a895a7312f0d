// What a link to a page says about itself where it is shared (title, description, the card's
// words): made at build time from the dataset, so a launch added to the data gets its page, its
// card and its words with no change here.
import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { launchDay } from './launchTimes.ts';
import { claimWords, timelineSummary } from './markerLabel.ts';
import { OUTCOME_LABELS, OUTCOME_PLURALS, OUTCOME_WORDS } from './outcomes.ts';
import { formatCount, tallyLaunches } from './summarize.ts';
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
export function launchHeadline(launch: Launch): string {
  return `${launch.payload} (${launch.vehicle}), ${launchDay(launch)}: ${OUTCOME_WORDS[launch.outcome]}`;
}

/** One launch of an outcome counted in a phrase ("1 failure"), as OUTCOME_PLURALS counts several. */
const OUTCOME_SINGULARS: Readonly<Record<Outcome, string>> = { success: 'reached orbit', failure: 'failure', partial: 'partial success' };

/** "5 failures", "1 partial success", "3 reached orbit" */
export function outcomeHeadline(outcome: Outcome, count: number): string {
  return `${formatCount(count)} ${count === 1 ? OUTCOME_SINGULARS[outcome] : OUTCOME_PLURALS[outcome]}`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The meta of the root page: the whole timeline. */
export function homeMeta(dataset: Dataset): ShareMeta {
  // Launches come from the loader in time order, as timelineSummary needs them.
  const summary = timelineSummary(dataset.launches);
  return {
    title: dataset.title,
    documentTitle: dataset.title,
    description: `An interactive, sourced timeline: ${summary}. Every fact is footnoted to its source, with the responses each launch drew.`,
    imageAlt: `${dataset.title}: ${summary}, each marked on a timeline by outcome.`,
  };
}

/** The meta of a route's page, or null where the dataset has nothing for it. */
export function routeMeta(dataset: Dataset, route: Route): ShareMeta | null {
  if (route.kind === 'launch') {
    const launch = dataset.launches.find((l) => l.id === route.id);
    if (!launch) return null;
    const title = launchHeadline(launch);
    const claim = claimWords(launch);
    return {
      title,
      documentTitle: `${title} · ${dataset.title}`,
      description: [sentence(launch.outcomeSummary), claim === null ? '' : `${sentence(claim)} `, `One of ${timelineSummary(dataset.launches)}.`].join(' ').replace(/\s+/g, ' ').trim(),
      imageAlt: `${title}${claim === null ? '' : ` (${claim})`}, marked on a timeline of ${formatCount(dataset.launches.length)} launch attempts.`,
    };
  }
  const shown = dataset.launches.filter((l) => l.outcome === route.outcome);
  if (shown.length === 0) return null;
  const tally = tallyLaunches(dataset.launches);
  const title = `${OUTCOME_LABELS[route.outcome]}: ${formatCount(shown.length)} of ${formatCount(tally.attempts)} launch attempts`;
  return {
    title,
    documentTitle: `${title} · ${dataset.title}`,
    description: `${outcomeHeadline(route.outcome, shown.length)} of ${formatCount(tally.attempts)}: ${shown.map((l) => `${l.payload} (${launchDay(l)})`).join('; ')}.`,
    imageAlt: `${dataset.title}, ${outcomeHeadline(route.outcome, shown.length)} marked on a timeline of ${formatCount(tally.attempts)} launch attempts.`,
  };
}
