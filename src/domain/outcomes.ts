// The words for a launch's assessed outcome. Every view (legend, filter, table, panel, print,
// marker labels, summaries) reads them from here, so the chart and its key can never disagree.
import { OUTCOMES, type Outcome } from '../data/schema.ts';
import { en } from './i18n/messages/en.ts';

// English, for what is only ever English (the build's share cards and page heads); everything a
// reader sees takes the words of its edition's catalog (`w.m.core.outcome`).
/** On its own or at the start of a line: the legend, the filter, the table, the panel. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = en.core.outcome.label;
/** Inside a sentence ("…, 12 December 2012, reached orbit"; "2 failed"). */
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = en.core.outcome.word;
/** Several launches of one outcome, as a filter summary lists them. */
export const OUTCOME_PLURALS: Readonly<Record<Outcome, string>> = en.core.outcome.plural;

/** The outcomes these launches have, in the order of OUTCOMES: what a legend needs to explain. */
export function outcomesPresent(launches: readonly { outcome: Outcome }[]): Outcome[] {
  const present = new Set(launches.map((launch) => launch.outcome));
  return OUTCOMES.filter((outcome) => present.has(outcome));
}
