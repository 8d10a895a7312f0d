// The record a correction names, in words: for the corrections log (a page loaded on demand, which
// alone carries the English words of that page).
import type { Dataset } from '../data/schema.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from './formatDate.ts';
import { formatDay } from './i18n/dates.ts';
import type { Locale } from './i18n/locale.ts';
import type { Messages, PartMessages } from './i18n/messages/en.ts';
import { about as enAbout } from './i18n/messages/en/about.ts';
import { core as enCore } from './i18n/messages/en/core.ts';

export type CorrectedRecordKind = 'launch' | 'response' | 'context event' | 'source';

/** What a correction touched, in words, and the launches a reader can open to see it. */
export type CorrectedRecord = { kind: CorrectedRecordKind; label: string; launchIds: string[] };

type RecordLists = Pick<Dataset, 'launches' | 'condemnations' | 'contextEvents' | 'sources'>;

/**
 * The record a correction touched, named in an edition's words (English by default): a launch by
 * payload, vehicle and Korean date, a response by who, kind and date, an event, a source.
 */
export function correctedRecord(
  recordId: string,
  dataset: RecordLists,
  m: Pick<Messages, 'core'> & Pick<PartMessages, 'about'> = { core: enCore, about: enAbout },
  locale: Locale = 'en',
): CorrectedRecord | null {
  const t = m.about.corrections;
  const launch = dataset.launches.find((l) => l.id === recordId);
  if (launch) {
    const day = formatDay(dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES), locale);
    return { kind: 'launch', label: t.launchLabel(launch.payload, launch.vehicle, day), launchIds: [launch.id] };
  }
  const response = dataset.condemnations.find((c) => c.id === recordId);
  if (response) {
    const day = formatDay(response.date, locale);
    const date = response.dateQualifier === 'on-or-before' ? m.core.onOrBeforeInSentence(day) : day;
    return { kind: 'response', label: t.responseLabel(response.by, m.core.responseKind[response.kind], date), launchIds: response.launchIds };
  }
  const event = dataset.contextEvents.find((e) => e.id === recordId);
  if (event) return { kind: 'context event', label: t.eventLabel(event.title, formatDay(event.date, locale)), launchIds: [] };
  const source = dataset.sources.find((s) => s.id === recordId);
  if (source) return { kind: 'source', label: t.sourceLabel(source.publisher, source.title), launchIds: [] };
  return null;
}
