import { OUTCOMES, type Launch, type Outcome } from '../data/schema.ts';
import { ENGLISH, type Words } from './i18n/words.ts';

/** Launches whose outcome is shown; `null` shows all. Order is kept. */
export function filterLaunches<T extends Pick<Launch, 'outcome'>>(launches: readonly T[], outcomes: readonly Outcome[] | null): T[] {
  return outcomes === null ? [...launches] : launches.filter((l) => outcomes.includes(l.outcome));
}

export type OutcomeCount = { outcome: Outcome; count: number };

/** The outcomes present in the data, in a fixed order, with their counts. */
export function outcomeCounts(launches: readonly Pick<Launch, 'outcome'>[]): OutcomeCount[] {
  return OUTCOMES.map((outcome) => ({ outcome, count: launches.filter((l) => l.outcome === outcome).length })).filter((c) => c.count > 0);
}


/** Flips one outcome in the filter; returns null when that means "all". */
export function toggleOutcome(current: readonly Outcome[] | null, outcome: Outcome, present: readonly Outcome[]): Outcome[] | null {
  const active = current ?? present;
  const next = active.includes(outcome) ? active.filter((o) => o !== outcome) : [...active, outcome];
  const ordered = OUTCOMES.filter((o) => next.includes(o) && present.includes(o));
  return ordered.length === present.length ? null : ordered;
}

/** "Showing 5 of 8 launch attempts: failures" — or null when nothing is filtered. */
export function filterSummary(shown: number, total: number, outcomes: readonly Outcome[] | null, w: Words = ENGLISH): string | null {
  if (outcomes === null) return null;
  const { filter, outcome, listSeparator } = w.m.core;
  const names = outcomes.length === 0 ? filter.noOutcome : outcomes.map((o) => outcome.plural[o]).join(listSeparator);
  return filter.summary(shown, total, names);
}
