import { describe, expect, it } from 'vitest';
import { calendarParts, formatCalendarDate, formatShortDate, formatShortMonth } from './formatDate.ts';

describe('calendarParts', () => {
  it('splits a calendar date and names its month', () => {
    expect(calendarParts('2012-12-12')).toEqual({ year: 2012, month: 'December', date: 12 });
    expect(calendarParts('1998-08-31')).toEqual({ year: 1998, month: 'August', date: 31 });
  });

  it('gives nothing for what is not a calendar date', () => {
    expect(calendarParts('2012-13-01')).toBeUndefined();
    expect(calendarParts('2012')).toBeUndefined();
  });
});

describe('formatCalendarDate', () => {
  it('writes the date day first, or leaves what it cannot read as it is', () => {
    expect(formatCalendarDate('2016-02-07')).toBe('7 February 2016');
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});

describe('formatShortDate and formatShortMonth', () => {
  it('write a calendar date with a three-letter month, and leave what is not a date as it is', () => {
    expect(formatShortDate('2012-12-12')).toBe('12 Dec 2012');
    expect(formatShortDate('1998-08-31')).toBe('31 Aug 1998');
    expect(formatShortMonth('2023-05-31')).toBe('May 2023');
    expect(formatShortDate('not a date')).toBe('not a date');
  });
});
