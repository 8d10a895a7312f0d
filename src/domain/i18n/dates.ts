// Dates and clock times in each edition's own form. English keeps the house style of
// formatDate.ts ("12 December 2012", "09:49"); Korean and Japanese are formatted by Intl
// ("2012년 12월 12일", "오전 9시 49분"; "2012年12月12日", "9時49分"). Everything is computed from
// calendar days and fixed UTC offsets, never the reader's own time zone.
import { formatCalendarDate, formatShortDate, formatShortMonth, utcDay } from '../formatDate.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' })));
  return found;
}

/** Midnight UTC of a YYYY-MM-DD day, or undefined when it is not a real day. */
function dayOf(day: string): Date | undefined {
  const date = utcDay(day);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2012-12-12" → "12 December 2012" · "2012년 12월 12일" · "2012年12月12日". */
export function formatDay(day: string, locale: Locale): string {
  if (locale === 'en') return formatCalendarDate(day);
  const date = dayOf(day);
  return date ? format(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date) : day;
}

/** Where a row or a label has little room: "12 Dec 2012"; Korean and Japanese dates are short already. */
export function formatShortDay(day: string, locale: Locale): string {
  return locale === 'en' ? formatShortDate(day) : formatDay(day, locale);
}

/** "2012-12-12" → "Dec 2012" · "2012년 12월" · "2012年12月". */
export function formatMonth(day: string, locale: Locale): string {
  if (locale === 'en') return formatShortMonth(day);
  const date = dayOf(day);
  return date ? format(locale, { year: 'numeric', month: 'long' }).format(date) : day;
}

/** A year as each edition writes it alone: "2012" · "2012년" · "2012年". */
export function formatYear(year: number, locale: Locale): string {
  if (locale === 'en') return String(year);
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, 6, 1);
  return format(locale, { year: 'numeric' }).format(date);
}

/**
 * "HH:MM" on a 24-hour clock → "09:49" · "오전 9시 49분" · "9時49分". Korean newspapers write the
 * half of the day (오전/오후) and a 12-hour clock; Japanese ones a 24-hour clock. Spelt out here
 * rather than by Intl: ICU versions disagree on Korean day periods (recent ones print "AM"), and
 * the prerendered page and the browser must write the same.
 */
export function formatClock(time: string, locale: Locale): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (locale === 'en' || !match) return time;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  // On the hour, the minutes are left out: "오전 9시", "9時".
  if (locale === 'ja') return minutes === 0 ? `${hours}時` : `${hours}時${String(minutes).padStart(2, '0')}分`;
  // Korean papers write the hour after midnight as 오전 0시 (오전 12시 reads as noon to many).
  const half = hours < 12 ? '오전' : '오후';
  const hour = hours === 12 ? 12 : hours % 12;
  return minutes === 0 ? `${half} ${hour}시` : `${half} ${hour}시 ${minutes}분`;
}
