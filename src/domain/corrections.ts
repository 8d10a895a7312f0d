// The corrections log: which records were corrected, when and why. An empty log is normal.
import type { Correction, Dataset } from '../data/schema.ts';
import { KIND_LABELS, responseDateText } from './condemnations.ts';
import { formatCalendarDate } from './formatDate.ts';
import { launchDay } from './launchTimes.ts';

const byDate = (a: Correction, b: Correction) => a.date.localeCompare(b.date);

/** The corrections to one record, oldest first (same-day ones keep their file order). */
export function correctionsFor(recordId: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => c.recordId === recordId).sort(byDate);
}

/** The whole log as the reader sees it: newest first. */
export function correctionsNewestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => byDate(b, a));
}

export type CorrectedRecordKind = 'launch' | 'response' | 'context event' | 'source';

/** What a correction touched, in words, and the launches a reader can open to see it. */
export type CorrectedRecord = { kind: CorrectedRecordKind; label: string; launchIds: string[] };

type RecordLists = Pick<Dataset, 'launches' | 'condemnations' | 'contextEvents' | 'sources'>;

export function correctedRecord(recordId: string, dataset: RecordLists): CorrectedRecord | null {
  const launch = dataset.launches.find((l) => l.id === recordId);
  if (launch) return { kind: 'launch', label: `${launch.payload} (${launch.vehicle}), ${launchDay(launch)}`, launchIds: [launch.id] };
  const response = dataset.condemnations.find((c) => c.id === recordId);
  if (response) {
    const label = `${response.by}: ${KIND_LABELS[response.kind].toLowerCase()}, ${responseDateText(response)}`;
    return { kind: 'response', label, launchIds: response.launchIds };
  }
  const event = dataset.contextEvents.find((e) => e.id === recordId);
  if (event) return { kind: 'context event', label: `${event.title}, ${formatCalendarDate(event.date)}`, launchIds: [] };
  const source = dataset.sources.find((s) => s.id === recordId);
  if (source) return { kind: 'source', label: `${source.publisher}: ${source.title}`, launchIds: [] };
  return null;
}
