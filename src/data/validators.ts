// Checks that the schema shares: strict dates, slugs, capped text, safe links.
// Kept apart from the schema so the loader, the data check and the UI's link
// sanitizer all use one definition of "valid".
import * as v from 'valibot';

export const LIMITS = {
  shortText: 200,
  longText: 1000,
  idLength: 80,
  listLength: 200,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC rolls 30 February over into March; a real day survives the trip.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && (month !== 2 || day < 29 || isLeapYear(year));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `YYYY-MM-DD` that names a real day; never rolled over to another one. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  return isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as sources print their publication dates. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return isRealDay(Number(match[1]), month, day);
}

/** Parses `YYYY-MM-DDTHH:MM(:SS)?Z` strictly; undefined for anything else. */
export function parseUtcInstant(value: string): Date | undefined {
  const match = UTC_INSTANT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) {
    return undefined;
  }
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date;
}

/** True only for absolute http(s) URLs, judged by the URL parser, not a regex. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'https:' || protocol === 'http:') && hostname.length > 0;
}

export const slug = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens'),
);

export const shortText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`),
);

export const longText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.longText, `must be at most ${LIMITS.longText} characters`),
);

// Each format is a shape (a regex, which the JSON Schema export can carry) followed by
// the real check; parses use abortPipeEarly, so a bad value yields one message.
const calendarDateMessage = (issue: v.BaseIssue<unknown>) => `must be a real date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`;
export const calendarDate = v.pipe(
  v.string(),
  v.regex(CALENDAR_DATE, calendarDateMessage),
  v.check(isCalendarDate, calendarDateMessage),
);

const partialDateMessage = (issue: v.BaseIssue<unknown>) => `must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(issue.input)}`;
export const partialDate = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, partialDateMessage),
  v.check(isPartialDate, partialDateMessage),
);

const instantMessage = (issue: v.BaseIssue<unknown>) => `must be a real UTC instant as YYYY-MM-DDTHH:MM:SSZ, got ${JSON.stringify(issue.input)}`;
export const utcInstant = v.pipe(
  v.string(),
  v.regex(UTC_INSTANT, instantMessage),
  v.check((value) => parseUtcInstant(value) !== undefined, instantMessage),
);

/** Parse options for every record: one message per bad field. */
export const PARSE_CONFIG = { abortPipeEarly: true } as const;

export const idList = v.pipe(
  v.array(slug),
  v.minLength(1, 'must list at least one id'),
  v.maxLength(LIMITS.listLength, `must list at most ${LIMITS.listLength} ids`),
);
