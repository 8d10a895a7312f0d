// Dates are formatted with an explicit time zone, never the reader's: a launch on
// 12 December 2012 must read the same in Seoul, London and Los Angeles.
import { isCalendarDate } from '../data/validators.ts';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2012-12-12" → year 2012, month "December", date 12; undefined when it is not such a date. */
export function calendarParts(day: string): { year: number; month: string; date: number } | undefined {
  const [year, month, date] = day.split('-').map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  return year === undefined || date === undefined || name === undefined ? undefined : { year, month: name, date };
}

/** "2012-12-12" → "12 December 2012"; the string is already a calendar date, so no time zone applies. */
export function formatCalendarDate(day: string): string {
  const parts = calendarParts(day);
  return parts === undefined ? day : `${parts.date} ${parts.month} ${parts.year}`;
}

/** "2012-12-12" → "12 Dec 2012": a calendar date where a row or a label has little room. */
export function formatShortDate(day: string): string {
  const parts = calendarParts(day);
  return parts === undefined ? day : `${parts.date} ${formatShortMonth(day)}`;
}

/** "2012-12-12" → "Dec 2012": the month and year of a calendar date. */
export function formatShortMonth(day: string): string {
  const parts = calendarParts(day);
  return parts === undefined ? day : `${parts.month.slice(0, 3)} ${parts.year}`;
}

/** Calendar date of an instant at a fixed UTC offset (minutes), as YYYY-MM-DD. */
export function dayAtOffset(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Clock time "HH:MM" of an instant at a fixed UTC offset (minutes). */
export function timeAtOffset(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(11, 16);
}

export const KST_OFFSET_MINUTES = 9 * 60;

/** "2012-12-12" → midnight UTC that day; an invalid Date for anything that is not a real day. */
export function utcDay(day: string): Date {
  if (!isCalendarDate(day)) return new Date(Number.NaN);
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const result = new Date(0);
  result.setUTCFullYear(year, month - 1, date);
  return result;
}
