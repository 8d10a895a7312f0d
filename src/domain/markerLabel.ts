// The words a screen reader hears for a marker, and the chart's one-line description.
// Dates are the KST calendar dates readers know the launches by (13 April 2012, not the
// 12 April of UTC), computed from the instant, never from the reader's own time zone.
import type { ContextEvent, Launch } from '../data/schema.ts';
import { dayAtOffset, formatCalendarDate, KST_OFFSET_MINUTES } from './formatDate.ts';
import { launchDay } from './launchTimes.ts';
import { OUTCOME_LABELS, OUTCOME_WORDS } from './outcomes.ts';
import { tallyLaunches } from './summarize.ts';


type Claimable = Pick<Launch, 'outcome' | 'northKoreaClaimed'>;

/** North Korea made a claim and it is not what outside trackers assessed (1998, 2009). */
export function claimDiffers(launch: Claimable): boolean {
  return launch.northKoreaClaimed !== 'none' && launch.northKoreaClaimed !== launch.outcome;
}

/** "North Korea claimed success" where the claim differs from the outcome, otherwise null. */
export function claimWords(launch: Claimable): string | null {
  return claimDiffers(launch) ? `North Korea claimed ${launch.northKoreaClaimed}` : null;
}

/** "Unha-3, Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit". */
export function markerLabel(launch: Pick<Launch, 'vehicle' | 'payload' | 'launchedAt' | 'outcome' | 'northKoreaClaimed'>): string {
  const claim = claimWords(launch);
  const parts = [launch.vehicle, launch.payload, launchDay(launch), OUTCOME_WORDS[launch.outcome]];
  return (claim ? [...parts, claim] : parts).join(', ');
}

function kstYear(launch: Pick<Launch, 'launchedAt'>): string {
  return dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES).slice(0, 4);
}

/** "8 launch attempts from 1998 to 2023; 3 reached orbit", for the chart's <desc>. Launches in time order. */
export function timelineSummary(launches: readonly Pick<Launch, 'launchedAt' | 'outcome'>[]): string {
  const first = launches[0];
  const last = launches[launches.length - 1];
  if (!first || !last) return 'No launch attempts shown';
  const tally = tallyLaunches(launches);
  const attempts = `${tally.attempts} launch ${tally.attempts === 1 ? 'attempt' : 'attempts'}`;
  const when = kstYear(first) === kstYear(last) ? `in ${kstYear(first)}` : `from ${kstYear(first)} to ${kstYear(last)}`;
  return `${attempts} ${when}; ${tally.reachedOrbit} reached orbit`;
}

export const CONTEXT_KIND_WORDS: Readonly<Record<ContextEvent['kind'], string>> = {
  'nuclear-test': 'Nuclear test',
  'missile-test': 'Missile test',
  political: 'Political event',
  diplomatic: 'Diplomatic event',
  'space-programme': 'Space programme',
};

/** "12 February 2013", or "6 May 2016 to 9 May 2016" for an event that lasts. */
export function contextDates(event: Pick<ContextEvent, 'date' | 'endDate'>): string {
  const start = formatCalendarDate(event.date);
  return event.endDate === undefined || event.endDate === event.date ? start : `${start} to ${formatCalendarDate(event.endDate)}`;
}

/** "Third nuclear test, 12 February 2013": the accessible name of a context mark. */
export function contextLabel(event: Pick<ContextEvent, 'title' | 'date' | 'endDate'>): string {
  return `${event.title}, ${contextDates(event)}`;
}

/** What a tooltip says: a bold title, then short lines. */
export type TooltipText = { title: string; lines: string[] };

/** Payload, then date and vehicle, the outcome, and North Korea's claim where it differs. */
export function launchTooltip(launch: Pick<Launch, 'vehicle' | 'payload' | 'launchedAt' | 'outcome' | 'northKoreaClaimed'>): TooltipText {
  const claim = claimWords(launch);
  const lines = [`${launchDay(launch)} · ${launch.vehicle}`, OUTCOME_LABELS[launch.outcome]];
  return { title: launch.payload, lines: claim ? [...lines, claim] : lines };
}

export function contextTooltip(event: Pick<ContextEvent, 'title' | 'date' | 'endDate' | 'kind'>): TooltipText {
  return { title: event.title, lines: [contextDates(event), CONTEXT_KIND_WORDS[event.kind]] };
}
