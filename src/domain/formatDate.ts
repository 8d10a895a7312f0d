// Dates are formatted with an explicit time zone, never the reader's: a launch on
// 12 December 2012 must read the same in Seoul, London and Los Angeles.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2012-12-12" → "12 December 2012"; the string is already a calendar date, so no time zone applies. */
export function formatCalendarDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (year === undefined || date === undefined || name === undefined) return day;
  return `${date} ${name} ${year}`;
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
