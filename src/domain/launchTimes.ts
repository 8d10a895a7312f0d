// A launch's instant as readers in Korea and elsewhere name it. Everything is fixed-offset
// arithmetic on the UTC instant, so the reader's own time zone never leaks into the text.
import type { Launch } from '../data/schema.ts';
import { KST_OFFSET_MINUTES, dayAtOffset, timeAtOffset } from './formatDate.ts';
import { formatDay } from './i18n/dates.ts';
import { ENGLISH, type Words } from './i18n/words.ts';

/** One clock reading: `day` is YYYY-MM-DD, `time` HH:MM, `dateTime` an ISO string for `<time>`. */
export type ZonedTime = { day: string; time: string; dateTime: string };

export type LaunchTimes = {
  kst: ZonedTime;
  utc: ZonedTime;
  /** Present only while Pyongyang kept its own clock (UTC+08:30), when it differs from KST. */
  pyongyang?: ZonedTime;
  /** The time is known to within several minutes, not to the minute. */
  approximate: boolean;
};

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** "+08:30" → 510; the schema only lets "+09:00" and "+08:30" through, but stay total. */
export function offsetMinutes(offset: string): number {
  const match = OFFSET.exec(offset);
  if (!match) return KST_OFFSET_MINUTES;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function zoned(instant: Date, minutes: number, suffix: string): ZonedTime {
  const day = dayAtOffset(instant, minutes);
  const time = timeAtOffset(instant, minutes);
  return { day, time, dateTime: `${day}T${time}${suffix}` };
}

export function launchTimes(launch: Pick<Launch, 'launchedAt' | 'timePrecision' | 'pyongyangUtcOffset'>): LaunchTimes {
  const times: LaunchTimes = {
    kst: zoned(launch.launchedAt, KST_OFFSET_MINUTES, '+09:00'),
    utc: zoned(launch.launchedAt, 0, 'Z'),
    approximate: launch.timePrecision === 'approximate',
  };
  const pyongyang = offsetMinutes(launch.pyongyangUtcOffset);
  if (pyongyang !== KST_OFFSET_MINUTES) {
    times.pyongyang = zoned(launch.launchedAt, pyongyang, launch.pyongyangUtcOffset);
  }
  return times;
}

/**
 * "12 December 2012" · "2012년 12월 12일" · "2012年12月12日": the launch's date in Korea (KST, which
 * is also Japan's time), as the markers and labels name it.
 */
export function launchDay(launch: Pick<Launch, 'launchedAt'>, w: Words = ENGLISH): string {
  return formatDay(dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES), w.locale);
}

