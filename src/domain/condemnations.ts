// Responses to launches, including refusals to condemn: a reader must never mistake a
// meeting that ended without a statement, or a veto-holder's defence, for a condemnation.
import type { Condemnation, CondemnationKind } from '../data/schema.ts';
import { formatDay } from './i18n/dates.ts';
import { ENGLISH, type Words } from './i18n/words.ts';

/** English; an edition's words are `w.m.core.responseKind`. */
export const KIND_LABELS: Readonly<Record<CondemnationKind, string>> = ENGLISH.m.core.responseKind;

export const STANCES = ['condemned', 'neutral', 'declined'] as const;
export type Stance = (typeof STANCES)[number];

/** A meeting without outcome neither condemned nor refused to: it is its own category. */
export function stanceOf(kind: CondemnationKind): Stance {
  if (kind === 'non-condemnation') return 'declined';
  if (kind === 'meeting-without-outcome') return 'neutral';
  return 'condemned';
}

export function isCondemning(kind: CondemnationKind): boolean {
  return stanceOf(kind) === 'condemned';
}

/** Every record that answers this launch, oldest first; same-day records keep their file order. */
export function condemnationsFor(launchId: string, condemnations: readonly Condemnation[]): Condemnation[] {
  return condemnations.filter((c) => c.launchIds.includes(launchId)).sort((a, b) => a.date.localeCompare(b.date));
}

/** A response's date as words: `day` is "17 September 1998"; `qualifier` is "On or before" when only a latest day is known. */
export type ResponseDate = { qualifier: string | null; day: string };

export function responseDate(c: Pick<Condemnation, 'date' | 'dateQualifier'>, w: Words = ENGLISH): ResponseDate {
  return { qualifier: c.dateQualifier === 'on-or-before' ? w.m.core.onOrBefore : null, day: formatDay(c.date, w.locale) };
}

/** "17 September 1998", or "on or before 17 September 1998" inside a sentence. */
export function responseDateText(c: Pick<Condemnation, 'date' | 'dateQualifier'>, w: Words = ENGLISH): string {
  const day = formatDay(c.date, w.locale);
  return c.dateQualifier === 'on-or-before' ? w.m.core.onOrBeforeInSentence(day) : day;
}
