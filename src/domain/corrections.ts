// The corrections log: which records were corrected, when and why. An empty log is normal.
import type { Correction } from '../data/schema.ts';

const byDate = (a: Correction, b: Correction) => a.date.localeCompare(b.date);

/** The corrections to one record, oldest first (same-day ones keep their file order). */
export function correctionsFor(recordId: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => c.recordId === recordId).sort(byDate);
}

/** The whole log as the reader sees it: newest first. */
export function correctionsNewestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => byDate(b, a));
}
