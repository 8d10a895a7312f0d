// What the page shows for a URL state over a dataset: the opened launch and its neighbours, the
// notes about a link that cannot be followed as written, the view a citation names, and what a
// filter change or a link from the pages about the data does to the URL state.
import type { Launch, Outcome } from '../data/schema.ts';
import { filterLaunches, toggleOutcome } from './filterLaunches.ts';
import { plainText } from './i18n/langSpans.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import { launchDay } from './launchTimes.ts';
import type { AboutView, UrlState } from './urlState.ts';

export type OpenedLaunch<T> = {
  launch: T;
  /** The shown launch before it in time, or null at the start: panel's Previous. */
  previous: T | null;
  next: T | null;
};

/** The launch the URL opens, if the filter shows it; its neighbours are among the shown launches. */
export function openedLaunch<T extends Pick<Launch, 'id'>>(shown: readonly T[], launchId: string | null): OpenedLaunch<T> | null {
  const index = launchId === null ? -1 : shown.findIndex((l) => l.id === launchId);
  const launch = shown[index];
  if (index < 0 || launch === undefined) return null;
  return { launch, previous: shown[index - 1] ?? null, next: shown[index + 1] ?? null };
}

/**
 * The notes for the bar under the header: those about the link itself, then one about the
 * launch it names when that launch cannot be opened (hidden by the filter, or not in the data).
 */
export function pageNotices(
  urlNotices: readonly string[],
  launches: readonly Pick<Launch, 'id'>[],
  launchId: string | null,
  opened: boolean,
  w: Words = ENGLISH,
): string[] {
  if (launchId === null || opened) return [...urlNotices];
  const notice = launches.some((l) => l.id === launchId) ? w.m.core.notices.launchFiltered : w.m.core.notices.noSuchLaunch(launchId);
  return [...urlNotices, notice];
}

/** What "Cite this" names besides the dataset: the page about the data, or the opened launch. */
export function citedView(about: AboutView | null, opened: Pick<Launch, 'payload' | 'launchedAt'> | null, w: Words = ENGLISH): string | null {
  if (about === 'methodology') return w.m.core.shell.howWeKnow;
  if (about === 'sources') return w.m.core.shell.sources;
  return opened ? `${plainText(opened.payload)}${w.m.core.listSeparator}${launchDay(opened, w)}` : null;
}

/** Flips one outcome in the filter; a launch the new filter hides closes its panel. */
export function outcomeToggled(
  launches: readonly Pick<Launch, 'id' | 'outcome'>[],
  url: Pick<UrlState, 'outcomes' | 'launch'>,
  outcome: Outcome,
  present: readonly Outcome[],
): Pick<UrlState, 'outcomes' | 'launch'> {
  const outcomes = toggleOutcome(url.outcomes, outcome, present);
  const stillShown = url.launch !== null && filterLaunches(launches, outcomes).some((l) => l.id === url.launch);
  return { outcomes, launch: stillShown ? url.launch : null };
}

/** A launch opened from a page about the data; one the filter hides would not open, so every outcome is shown then. */
export function launchFromAbout(launches: readonly Pick<Launch, 'id' | 'outcome'>[], outcomes: Outcome[] | null, id: string): Pick<UrlState, 'about' | 'launch' | 'outcomes'> {
  const visible = filterLaunches(launches, outcomes).some((l) => l.id === id);
  return { about: null, launch: id, outcomes: visible ? outcomes : null };
}
