// What the chart draws for a window: every launch in it as its own marker while they fit in
// a few lanes, otherwise one box per calendar period (day, month, quarter, year, five years)
// counting the launches in it. Only the launches in the window are laid out, so the cost of a
// frame follows what is on screen, not the size of the dataset.
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Outcome } from '../data/schema.ts';
import { KST_OFFSET_MINUTES, MONTHS } from './formatDate.ts';
import { formatDay, formatMonth } from './i18n/dates.ts';
import type { Locale } from './i18n/locale.ts';
import { formatNumber } from './i18n/plural.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import { layoutMarkersUpTo, type LayoutOptions, type MarkerInput, type MarkerLayout } from './layoutMarkers.ts';
import { DAY_MS } from './timeScale.ts';

/** Lanes of single markers before the chart groups launches by period instead. */
export const MAX_LANES = 6;
/** So few launches in view are always drawn one by one, in as many lanes as they need. */
export const MIN_TO_GROUP = 48;
/** Narrowest box for a period, in px: room for a three-digit count (yearly boxes from ~900 px). */
export const MIN_CLUSTER_PX = 32;

/** Time → px and back, like a d3 time scale. */
export type TimeToPx = { (date: Date): number; invert(px: number): Date };

export type PeriodUnit = 'day' | 'month' | 'quarter' | 'year' | 'five-years';

type Period = { unit: PeriodUnit; interval: TimeInterval; approxMs: number };

const KST_MS = KST_OFFSET_MINUTES * 60_000;
const every = (interval: CountableTimeInterval, step: number): TimeInterval => interval.every(step) ?? interval;

const PERIODS: readonly Period[] = [
  { unit: 'day', interval: utcDay, approxMs: DAY_MS },
  { unit: 'month', interval: utcMonth, approxMs: 30.44 * DAY_MS },
  { unit: 'quarter', interval: every(utcMonth, 3), approxMs: 91.31 * DAY_MS },
  { unit: 'year', interval: utcYear, approxMs: 365.25 * DAY_MS },
  { unit: 'five-years', interval: every(utcYear, 5), approxMs: 5 * 365.25 * DAY_MS },
];

export type ClusterLayout = {
  /** The period's first KST day, YYYY-MM-DD: stable while zooming and panning. */
  key: string;
  unit: PeriodUnit;
  /** "April 2012", "April to June 2012", "2012", "2010 to 2014", "5 April 2012". */
  period: string;
  /** Instants where the period starts and ends (KST calendar boundaries). */
  startMs: number;
  endMs: number;
  /** px of those instants: the box spans the period. */
  x0: number;
  x1: number;
  count: number;
  outcomes: Readonly<Record<Outcome, number>>;
  /** Index range, inclusive, into the launches. */
  firstIndex: number;
  lastIndex: number;
};

export type MarkerPlan =
  | { mode: 'markers'; first: number; markers: MarkerLayout[] }
  | { mode: 'clusters'; unit: PeriodUnit; clusters: ClusterLayout[] };

/** First index in sorted `times` whose value is ≥ `value` (times.length when none is). */
export function lowerBound(times: readonly number[], value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [lo, hi) of the sorted `times` inside [fromMs, toMs]. */
export function sliceWithin(times: readonly number[], fromMs: number, toMs: number): { lo: number; hi: number } {
  const lo = lowerBound(times, fromMs);
  return { lo, hi: Math.max(lo, lowerBound(times, toMs + 1)) };
}

/** The shortest period whose box is at least `minPx` wide at `msPerPx`. */
export function choosePeriod(msPerPx: number, minPx: number = MIN_CLUSTER_PX): Period {
  return PERIODS.find((p) => p.approxMs / msPerPx >= minPx) ?? (PERIODS[PERIODS.length - 1] as Period);
}

/** Words for a period that starts on `start` (a UTC date standing for a KST calendar date). */
export function periodWords(unit: PeriodUnit, start: Date, locale: Locale = 'en'): string {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const day = start.toISOString().slice(0, 10);
  if (locale !== 'en' && unit !== 'day' && unit !== 'month') {
    const [y, mo] = locale === 'ko' ? ['년', '월'] : ['年', '月'];
    if (unit === 'quarter') return `${year}${y} ${month + 1}~${month + 3}${mo}`;
    return unit === 'year' ? `${year}${y}` : `${year}~${year + 4}${y}`;
  }
  switch (unit) {
    case 'day':
      return formatDay(day, locale);
    case 'month':
      return locale === 'en' ? `${MONTHS[month] ?? ''} ${year}` : formatMonth(day, locale);
    case 'quarter':
      return `${MONTHS[month] ?? ''} to ${MONTHS[month + 2] ?? ''} ${year}`;
    case 'year':
      return String(year);
    case 'five-years':
      return `${year} to ${year + 4}`;
  }
}

function tally(outcomes: readonly Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { success: 0, failure: 0, partial: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}

type ClusterInput = Pick<MarkerInput, 'launchedAt'> & { outcome: Outcome };

/**
 * One box per KST calendar period that has launches and overlaps [fromMs, toMs]. `times` are
 * the launches' instants in ms, sorted, parallel to `launches`.
 */
export function clusterLaunches(
  launches: readonly ClusterInput[],
  times: readonly number[],
  scale: TimeToPx,
  window: { fromMs: number; toMs: number },
  period: Period,
  locale: Locale = 'en',
): ClusterLayout[] {
  const { interval, unit } = period;
  // Periods are KST calendar periods: shift instants by +9 h, cut with UTC intervals, shift back.
  const first = interval.floor(new Date(window.fromMs + KST_MS));
  const out: ClusterLayout[] = [];
  for (let start = first; start.getTime() - KST_MS <= window.toMs; ) {
    const end = interval.offset(start, 1);
    const startMs = start.getTime() - KST_MS;
    const endMs = end.getTime() - KST_MS;
    const { lo, hi } = sliceWithin(times, startMs, endMs - 1);
    if (hi > lo) {
      out.push({
        key: start.toISOString().slice(0, 10),
        unit,
        period: periodWords(unit, start, locale),
        startMs,
        endMs,
        x0: scale(new Date(startMs)),
        x1: scale(new Date(endMs)),
        count: hi - lo,
        outcomes: tally(launches.slice(lo, hi).map((l) => l.outcome)),
        firstIndex: lo,
        lastIndex: hi - 1,
      });
    }
    if (end.getTime() <= start.getTime()) break;
    start = end;
  }
  return out;
}

export type PlanOptions = LayoutOptions & {
  /** The visible px range, in which planMarkers lays out the launches. */
  bounds: { left: number; right: number };
  maxLanes?: number;
  minClusterPx?: number;
  /** The edition the boxes' periods are named in. */
  locale?: Locale;
};

/**
 * Single markers for the launches in the visible px range `options.bounds` (plus half a marker
 * each side), or period boxes when more than MIN_TO_GROUP of them would need more than
 * `maxLanes` lanes.
 */
export function planMarkers(
  launches: readonly (MarkerInput & ClusterInput)[],
  times: readonly number[],
  scale: TimeToPx,
  options: PlanOptions,
): MarkerPlan {
  const { bounds, size, maxLanes = MAX_LANES, minClusterPx = MIN_CLUSTER_PX } = options;
  const fromMs = scale.invert(bounds.left - size).getTime();
  const toMs = scale.invert(bounds.right + size).getTime();
  const { lo, hi } = sliceWithin(times, Math.min(fromMs, toMs), Math.max(fromMs, toMs));
  const markers = layoutMarkersUpTo(launches.slice(lo, hi), scale, options, hi - lo <= MIN_TO_GROUP ? Infinity : maxLanes);
  if (markers) return { mode: 'markers', first: lo, markers };
  const msPerPx = Math.abs(toMs - fromMs) / Math.max(1, bounds.right - bounds.left + 2 * size);
  const period = choosePeriod(msPerPx, minClusterPx);
  return { mode: 'clusters', unit: period.unit, clusters: clusterLaunches(launches, times, scale, { fromMs: Math.min(fromMs, toMs), toMs: Math.max(fromMs, toMs) }, period, options.locale) };
}

/** Lanes to reserve for the whole range: its own need, or all of them when it is grouped. */
export function lanesForRange(launches: readonly MarkerInput[], scale: (date: Date) => number, options: LayoutOptions, maxLanes: number = MAX_LANES): number {
  const markers = layoutMarkersUpTo(launches, scale, options, launches.length <= MIN_TO_GROUP ? Infinity : maxLanes);
  if (!markers) return maxLanes;
  return markers.reduce((most, m) => Math.max(most, m.lane + 1), 1);
}

export function periodUnitWords(unit: PeriodUnit, w: Words = ENGLISH): string {
  return w.m.core.periodUnit[unit];
}

/** "212 failed, 180 reached orbit, 20 partial success": non-zero outcomes, most first. */
export function outcomeBreakdown(outcomes: Readonly<Record<Outcome, number>>, w: Words = ENGLISH): string {
  return (Object.entries(outcomes) as [Outcome, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, n]) => w.m.core.outcomeCount(formatNumber(n, w.locale), w.m.core.outcome.word[outcome]))
    .join(w.m.core.listSeparator);
}

/**
 * The accessible name of a period box: "412 launch attempts, 2004: 212 failed, 200 reached orbit.
 * Open to see each launch". Not "Zoom in": that is the zoom button's name.
 */
export function clusterLabel(cluster: Pick<ClusterLayout, 'count' | 'period' | 'outcomes'>, w: Words = ENGLISH): string {
  return w.m.core.clusterLabel(w.m.core.launchAttempts(cluster.count), cluster.period, outcomeBreakdown(cluster.outcomes, w));
}

export function clusterTooltip(cluster: Pick<ClusterLayout, 'count' | 'period' | 'outcomes'>, w: Words = ENGLISH): { title: string; lines: string[] } {
  return { title: w.m.core.launchAttempts(cluster.count), lines: [cluster.period, outcomeBreakdown(cluster.outcomes, w), w.m.core.selectToZoom] };
}

/** "412", "1.2k", "12k": a count short enough for a period box. */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.floor(n / 1000)}k`;
}
