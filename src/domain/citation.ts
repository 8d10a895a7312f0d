// "Cite this": a reference to the view the reader is looking at. The clock is read by the
// caller, never here: every function takes the date it needs.
import { calendarParts } from './formatDate.ts';
import { formatDay } from './i18n/dates.ts';
import { plainText } from './i18n/langSpans.ts';
import type { Locale } from './i18n/locale.ts';
import type { PartMessages } from './i18n/messages/en.ts';
import { share as enShare } from './i18n/messages/en/share.ts';

type CiteMessages = PartMessages['share']['cite'];

export const CITATION_PUBLISHER = 'nk-satellite-timeline';

export type CitationInput = {
  /** Title of the view: the dataset title, plus the opened launch or page if any. */
  title: string;
  version: string;
  /** Absolute URL of the view. */
  url: string;
  /** YYYY-MM-DD the reader accessed it; left out of the reference when absent. */
  accessed?: string;
  /** YYYY-MM-DD the data last changed; gives the year. */
  updated?: string;
};

/** "2027-03-05" → "March 5, 2027", as APA prints retrieval dates; other editions write their own dates. */
function retrievalDay(day: string, locale: Locale): string {
  if (locale !== 'en') return formatDay(day, locale);
  const parts = calendarParts(day);
  return parts === undefined ? day : `${parts.month} ${parts.date}, ${parts.year}`;
}

/** APA-like: `nk-satellite-timeline. (2026). Title (Version 1.0.0) [Data set]. Retrieved March 5, 2027, from URL` */
export function apaCitation({ title, version, url, accessed, updated }: CitationInput, m: CiteMessages = enShare.cite, locale: Locale = 'en'): string {
  const year = updated?.slice(0, 4) ?? m.noYear;
  return m.apaText(CITATION_PUBLISHER, year, plainText(title), version, url, accessed === undefined ? null : retrievalDay(accessed, locale));
}

/** One line: `“Title”, nk-satellite-timeline, version 1.0.0, URL (accessed 5 March 2027).` */
export function plainCitation({ title, version, url, accessed }: CitationInput, m: CiteMessages = enShare.cite, locale: Locale = 'en'): string {
  return m.plainText(CITATION_PUBLISHER, plainText(title), version, url, accessed === undefined ? null : formatDay(accessed, locale));
}

/** The calendar date of `now` in a time zone, as YYYY-MM-DD; an unknown zone falls back to UTC. */
export function calendarDateIn(now: Date, timeZone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const parts = format.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "Kwangmyongsong-4, 7 February 2016 — North Korea's satellite launch attempts, 1998–2023" */
export function viewTitle(datasetTitle: string, detail: string | null): string {
  return detail === null ? datasetTitle : `${detail} — ${datasetTitle}`;
}
