import { describe, expect, it } from 'vitest';
import { launchDay, launchTimes, offsetMinutes } from './launchTimes.ts';
import { ja, jaParts } from './i18n/messages/ja.ts';
import { ko, koParts } from './i18n/messages/ko.ts';
import type { Words } from './i18n/words.ts';

type Input = Parameters<typeof launchTimes>[0];
const at = (iso: string, extra: Partial<Input> = {}): Input => ({
  launchedAt: new Date(iso),
  timePrecision: 'minute',
  pyongyangUtcOffset: '+09:00',
  ...extra,
});

// Run under several TZ values (see the report); the expectations must not change.
describe(`launchTimes (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('April 2012: morning in Korea is the previous evening in UTC', () => {
    const times = launchTimes(at('2012-04-12T22:39:00Z'));
    expect(times.kst).toEqual({ day: '2012-04-13', time: '07:39', dateTime: '2012-04-13T07:39+09:00' });
    expect(times.utc).toEqual({ day: '2012-04-12', time: '22:39', dateTime: '2012-04-12T22:39Z' });
    expect(times.pyongyang).toBeUndefined();
    expect(times.approximate).toBe(false);
  });

  it('May 2023: 31 May in Korea, 30 May in UTC', () => {
    const times = launchTimes(at('2023-05-30T21:27:00Z'));
    expect([times.kst.day, times.kst.time]).toEqual(['2023-05-31', '06:27']);
    expect([times.utc.day, times.utc.time]).toEqual(['2023-05-30', '21:27']);
  });

  it('August 2023: the local date differs from the UTC date', () => {
    const times = launchTimes(at('2023-08-23T18:50:00Z'));
    expect([times.kst.day, times.kst.time]).toEqual(['2023-08-24', '03:50']);
    expect([times.utc.day, times.utc.time]).toEqual(['2023-08-23', '18:50']);
  });

  it('February 2016: Pyongyang Time (+08:30) is shown beside KST', () => {
    const times = launchTimes(at('2016-02-07T00:30:00Z', { pyongyangUtcOffset: '+08:30' }));
    expect([times.kst.day, times.kst.time]).toEqual(['2016-02-07', '09:30']);
    expect(times.pyongyang).toEqual({ day: '2016-02-07', time: '09:00', dateTime: '2016-02-07T09:00+08:30' });
    expect([times.utc.day, times.utc.time]).toEqual(['2016-02-07', '00:30']);
  });

  it('Pyongyang Time can fall on the day before KST', () => {
    const times = launchTimes(at('2016-02-06T15:15:00Z', { pyongyangUtcOffset: '+08:30' }));
    expect([times.kst.day, times.kst.time]).toEqual(['2016-02-07', '00:15']);
    expect(times.pyongyang?.day).toBe('2016-02-06');
    expect(times.pyongyang?.time).toBe('23:45');
  });

  it('flags approximate times', () => {
    expect(launchTimes(at('1998-08-31T03:07:00Z', { timePrecision: 'approximate' })).approximate).toBe(true);
  });

  it('crosses a year boundary in UTC arithmetic', () => {
    const times = launchTimes(at('2012-12-31T20:00:00Z'));
    expect(times.kst.day).toBe('2013-01-01');
    expect(times.utc.day).toBe('2012-12-31');
  });
});

describe('offsetMinutes', () => {
  it.each([
    ['+09:00', 540],
    ['+08:30', 510],
    ['-03:30', -210],
  ])('%s → %i', (offset, minutes) => {
    expect(offsetMinutes(offset)).toBe(minutes);
  });
});

describe('launchDay', () => {
  it('names the Korean date, not the UTC one', () => {
    expect(launchDay({ launchedAt: new Date('2023-05-30T21:27:00Z') })).toBe('31 May 2023');
    expect(launchDay({ launchedAt: new Date('2012-12-12T00:49:00Z') })).toBe('12 December 2012');
    expect(launchDay({ launchedAt: new Date('2023-08-23T18:50:00Z') })).toBe('24 August 2023');
    expect(launchDay({ launchedAt: new Date('2023-11-21T13:42:00Z') })).toBe('21 November 2023');
  });

  it('rolls over months and years at 15:00 UTC, the KST midnight', () => {
    expect(launchDay({ launchedAt: new Date('2012-12-31T14:59:00Z') })).toBe('31 December 2012');
    expect(launchDay({ launchedAt: new Date('2012-12-31T15:00:00Z') })).toBe('1 January 2013');
  });
});

describe('launchDay in the Korean and Japanese editions', () => {
  const KO: Words = { locale: 'ko', m: ko, parts: koParts };
  const JA: Words = { locale: 'ja', m: ja, parts: jaParts };

  it('names the day in Korea (Japan’s day too), not the UTC one', () => {
    const may2023 = { launchedAt: new Date('2023-05-30T21:27:00Z') };
    expect(launchDay(may2023, KO)).toBe('2023년 5월 31일');
    expect(launchDay(may2023, JA)).toBe('2023年5月31日');
    expect(launchDay({ launchedAt: new Date('2012-12-12T00:49:00Z') }, KO)).toBe('2012년 12월 12일');
    expect(launchDay({ launchedAt: new Date('2012-12-31T15:00:00Z') }, JA)).toBe('2013年1月1日');
  });

  it('names the February 2016 launch by its KST day even when Pyongyang Time (+08:30) was still on the day before', () => {
    expect(launchDay({ launchedAt: new Date('2016-02-07T00:30:00Z') }, KO)).toBe('2016년 2월 7일');
    const nearMidnight = at('2016-02-06T15:15:00Z', { pyongyangUtcOffset: '+08:30' });
    expect(launchTimes(nearMidnight).pyongyang?.day).toBe('2016-02-06');
    expect(launchDay(nearMidnight, KO)).toBe('2016년 2월 7일');
    expect(launchDay(nearMidnight, JA)).toBe('2016年2月7日');
  });
});
