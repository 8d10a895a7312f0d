// Footnote numbers for one launch's panel. The numbering follows the order in which the
// panel shows cited things, so [1] is always the first marker a reader meets.
import type { Condemnation, Fact, Launch } from '../data/schema.ts';
import { condemnationsFor } from './condemnations.ts';
import { formatCalendarDate } from './formatDate.ts';
import { formatDay, formatMonth, formatYear } from './i18n/dates.ts';
import { ENGLISH, type Words } from './i18n/words.ts';

export type SourceNumbering = {
  /** Source ids in footnote order: `order[0]` is [1]. */
  order: readonly string[];
  numbers: ReadonlyMap<string, number>;
};

/** Headline fields in the order the panel shows them; the panel must follow the same order. */
export const HEADLINE_FIELDS = ['launchedAt', 'vehicle', 'payload', 'site', 'outcome', 'northKoreaClaimed'] as const;

type Cited = Pick<Launch, 'id' | 'citations' | 'orbit' | 'facts'>;

/**
 * Panel order: headline fields, orbit, summary, facts, then the launch's condemnations by date.
 * Accepts all condemnations; only those that answer this launch are numbered.
 */
export function numberSources(launch: Cited, condemnations: readonly Condemnation[]): SourceNumbering {
  const numbers = new Map<string, number>();
  const order: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) {
      if (numbers.has(id)) continue;
      order.push(id);
      numbers.set(id, order.length);
    }
  };
  for (const field of HEADLINE_FIELDS) add(launch.citations[field]);
  if (launch.orbit) add(launch.orbit.sourceIds);
  add(launch.citations.summary);
  for (const fact of launch.facts) add(fact.sourceIds);
  for (const condemnation of condemnationsFor(launch.id, condemnations)) add(condemnation.sourceIds);
  return { order, numbers };
}

/** The footnote numbers for a list of source ids: unique, ascending, unknown ids left out. */
export function footnoteNumbers(ids: readonly string[], numbering: SourceNumbering): number[] {
  const found = ids.map((id) => numbering.numbers.get(id)).filter((n): n is number => n !== undefined);
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * A source's publication date as printed: "22 January 2013", "December 2012" or "2013"; in Korean
 * "2013년 1월 22일", "2012년 12월", "2013년"; in Japanese "2013年1月22日", "2012年12月", "2013年".
 */
export function formatPublished(value: string, w: Words = ENGLISH): string {
  const parts = value.split('-');
  if (parts.length === 3) return formatDay(value, w.locale);
  if (parts.length === 2) {
    // English names the month in full here ("December 2012"), not as formatMonth's "Dec 2012".
    return w.locale === 'en' ? formatCalendarDate(`${value}-01`).replace(/^1 /, '') : formatMonth(`${value}-01`, w.locale);
  }
  if (w.locale !== 'en' && /^\d{4}$/.test(value)) return formatYear(Number(value), w.locale);
  return value;
}

/** Visible tags for statements the sources do not settle (English; an edition's are `w.m.core.factStatus`). */
export const FACT_STATUS_LABELS: Readonly<Record<NonNullable<Fact['status']>, string>> = ENGLISH.m.core.factStatus;
