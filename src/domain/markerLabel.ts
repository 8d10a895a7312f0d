// The words a screen reader hears for a marker, and the chart's one-line description.
// Dates are the KST calendar dates readers know the launches by (13 April 2012, not the
// 12 April of UTC), computed from the instant, never from the reader's own time zone.
import type { ContextEvent, Launch } from '../data/schema.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from './formatDate.ts';
import { formatDay } from './i18n/dates.ts';
import { plainText } from './i18n/langSpans.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import { launchDay } from './launchTimes.ts';
import { tallyLaunches } from './summarize.ts';


type Claimable = Pick<Launch, 'outcome' | 'northKoreaClaimed'>;

/** North Korea made a claim and it is not what outside trackers assessed (1998, 2009). */
export function claimDiffers(launch: Claimable): boolean {
  return launch.northKoreaClaimed !== 'none' && launch.northKoreaClaimed !== launch.outcome;
}

/** "North Korea claimed success" where the claim differs from the outcome, otherwise null. */
export function claimWords(launch: Claimable, w: Words = ENGLISH): string | null {
  const claim = launch.northKoreaClaimed;
  return claimDiffers(launch) && claim !== 'none' ? w.m.core.claimedOther[claim] : null;
}

/** "Unha-3, Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit". */
export function markerLabel(launch: Pick<Launch, 'vehicle' | 'payload' | 'launchedAt' | 'outcome' | 'northKoreaClaimed'>, w: Words = ENGLISH): string {
  const claim = claimWords(launch, w);
  const parts = [plainText(launch.vehicle), plainText(launch.payload), launchDay(launch, w), w.m.core.outcome.word[launch.outcome]];
  return (claim ? [...parts, claim] : parts).join(w.m.core.listSeparator);
}

function kstYear(launch: Pick<Launch, 'launchedAt'>): string {
  return dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES).slice(0, 4);
}

/** "8 launch attempts from 1998 to 2023; 3 reached orbit", for the chart's <desc>. Launches in time order. */
export function timelineSummary(launches: readonly Pick<Launch, 'launchedAt' | 'outcome'>[], w: Words = ENGLISH): string {
  const first = launches[0];
  const last = launches[launches.length - 1];
  if (!first || !last) return w.m.core.noLaunchesShown;
  const tally = tallyLaunches(launches);
  return w.m.core.timelineSummary(w.m.core.launchAttempts(tally.attempts), w.m.core.yearSpan(kstYear(first), kstYear(last)), tally.reachedOrbit);
}


/** "12 February 2013", or "6 May 2016 to 9 May 2016" for an event that lasts. */
export function contextDates(event: Pick<ContextEvent, 'date' | 'endDate'>, w: Words = ENGLISH): string {
  const start = formatDay(event.date, w.locale);
  return event.endDate === undefined || event.endDate === event.date ? start : w.m.core.dateSpan(start, formatDay(event.endDate, w.locale));
}

/** "Third nuclear test, 12 February 2013": the accessible name of a context mark. */
export function contextLabel(event: Pick<ContextEvent, 'title' | 'date' | 'endDate'>, w: Words = ENGLISH): string {
  return `${plainText(event.title)}${w.m.core.listSeparator}${contextDates(event, w)}`;
}

/** What a tooltip says: a bold title, then short lines. */
export type TooltipText = { title: string; lines: string[] };

/** Payload, then date and vehicle, the outcome, and North Korea's claim where it differs. */
export function launchTooltip(launch: Pick<Launch, 'vehicle' | 'payload' | 'launchedAt' | 'outcome' | 'northKoreaClaimed'>, w: Words = ENGLISH): TooltipText {
  const claim = claimWords(launch, w);
  const lines = [`${launchDay(launch, w)} · ${plainText(launch.vehicle)}`, w.m.core.outcome.label[launch.outcome]];
  return { title: plainText(launch.payload), lines: claim ? [...lines, claim] : lines };
}

export function contextTooltip(event: Pick<ContextEvent, 'title' | 'date' | 'endDate' | 'kind'>, w: Words = ENGLISH): TooltipText {
  return { title: plainText(event.title), lines: [contextDates(event, w), w.m.core.contextKind[event.kind]] };
}
