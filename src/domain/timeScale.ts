// The visible window and the scale that maps it to pixels. Everything here works in UTC
// milliseconds, so a reader in Seoul and one in Los Angeles see the same axis.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { estimateTextWidth } from './chartLabels.ts';
import { utcDay } from './formatDate.ts';
import { formatDay, formatYear } from './i18n/dates.ts';
import type { Locale } from './i18n/locale.ts';

export type View = { from: Date; to: Date };
export type Margins = { left: number; right: number };

export const DAY_MS = 86_400_000;
/** Narrower than a month and the axis shows nothing a reader can place. */
export const MIN_SPAN_MS = 30 * DAY_MS;
/** One zoom step (button, key) halves or doubles the window. */
export const ZOOM_STEP = 2;
/** One tick label per this many pixels: room for "2012" or "Sep" with air around it. */
const PX_PER_TICK = 80;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The dataset range as a window: from the first day's start to the last day's last millisecond. */
export function fullView(range: { start: string; end: string }): View {
  // Ending a millisecond before the next day keeps a "2024" tick off a 1998–2023 axis.
  return { from: utcDay(range.start), to: new Date(utcDay(range.end).getTime() + DAY_MS - 1) };
}

/** Keeps a window inside `full` and at least `minSpanMs` wide; an unusable window becomes `full`. */
export function clampView(view: View, full: View, minSpanMs: number = MIN_SPAN_MS): View {
  const fullFrom = full.from.getTime();
  const fullTo = full.to.getTime();
  let from = view.from.getTime();
  let to = view.to.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { from: new Date(fullFrom), to: new Date(fullTo) };
  if (from > to) [from, to] = [to, from];
  const maxSpan = fullTo - fullFrom;
  const span = Math.min(Math.max(to - from, Math.min(minSpanMs, maxSpan)), maxSpan);
  const middle = (from + to) / 2;
  from = Math.min(Math.max(middle - span / 2, fullFrom), fullTo - span);
  return { from: new Date(from), to: new Date(from + span) };
}

/**
 * True when the window shows the whole range, so the app can drop it from the URL. A day short
 * still counts (under a pixel at any width): a window read back from whole days in the URL must.
 */
export function isFullView(view: View, full: View): boolean {
  return view.from.getTime() <= full.from.getTime() + DAY_MS && view.to.getTime() >= full.to.getTime() - DAY_MS;
}

/** Scales the window by `factor` (< 1 zooms in) keeping `anchor` at the same place on screen. */
export function zoomView(view: View, factor: number, anchor: Date, full: View, minSpanMs: number = MIN_SPAN_MS): View {
  const from = view.from.getTime();
  const span = view.to.getTime() - from;
  const at = Math.min(Math.max(anchor.getTime(), from), from + span);
  const share = span > 0 ? (at - from) / span : 0.5;
  const k = Number.isFinite(factor) && factor > 0 ? factor : 1;
  const maxSpan = full.to.getTime() - full.from.getTime();
  // Limit the span here rather than in clampView, which would re-centre and make zooming drift.
  const next = Math.min(Math.max(span * k, Math.min(minSpanMs, maxSpan)), maxSpan);
  const start = at - next * share;
  return clampView({ from: new Date(start), to: new Date(start + next) }, full, minSpanMs);
}

/** The zoom factor a key asks for on a focused mark ("+" or "=" in, "-" or "_" out), or null for other keys. */
export function keyZoomFactor(key: string): number | null {
  if (key === '+' || key === '=') return 1 / ZOOM_STEP;
  if (key === '-' || key === '_') return ZOOM_STEP;
  return null;
}

/** Moves the window by `deltaMs` (positive = later), stopping at the ends of the range. */
export function panView(view: View, deltaMs: number, full: View): View {
  const d = Number.isFinite(deltaMs) ? deltaMs : 0;
  return clampView({ from: new Date(view.from.getTime() + d), to: new Date(view.to.getTime() + d) }, full, 0);
}

/** The smallest pan that brings `date` inside the window with `inset` (share of the span) to spare. */
export function revealDate(view: View, date: Date, full: View, inset = 0.1): View {
  const from = view.from.getTime();
  const to = view.to.getTime();
  const pad = (to - from) * inset;
  const t = date.getTime();
  if (t < from + pad) return panView(view, t - (from + pad), full);
  if (t > to - pad) return panView(view, t - (to - pad), full);
  return view;
}

/** Roughly one tick per 80 px of plot, never fewer than two. */
export function tickCountForWidth(width: number): number {
  return Math.max(2, Math.floor((Number.isFinite(width) ? width : 0) / PX_PER_TICK));
}

export function makeTimeScale(range: { start: string; end: string }, view: View | null, width: number, margins: Margins): ScaleTime<number, number> {
  const full = fullView(range);
  const shown = view ? clampView(view, full) : full;
  const right = Math.max(margins.left + 1, width - margins.right);
  return scaleUtc().domain([shown.from, shown.to]).range([margins.left, right]);
}

/**
 * Tick label for an instant on a UTC axis. Only the first label carries the year when the
 * ticks are finer than years, so a zoomed window still says which year it is in.
 */
export function formatTick(date: Date, first: boolean, locale: Locale = 'en'): string {
  if (locale !== 'en') return formatCjkTick(date, first, locale);
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const day = date.getUTCDate();
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  if (midnight && day === 1 && date.getUTCMonth() === 0) return String(year);
  if (midnight && day === 1) return first ? `${month} ${year}` : month;
  if (midnight) return first ? `${day} ${month} ${year}` : `${day} ${month}`;
  const clock = date.toISOString().slice(11, 16);
  return first ? `${day} ${month} ${year} ${clock}` : clock;
}

/** The same in Korean ("2012", "3월", "2012년 3월 12일") and Japanese ("3月", "2012年3月12日"). */
function formatCjkTick(date: Date, first: boolean, locale: Locale): string {
  const [y, mo, d] = locale === 'ko' ? ['년 ', '월', '일'] : ['年', '月', '日'];
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  const inYear = first ? `${year}${y}` : '';
  const dayPart = locale === 'ko' ? ` ${day}${d}` : `${day}${d}`;
  if (midnight && day === 1 && month === 1) return String(year);
  if (midnight && day === 1) return `${inYear}${month}${mo}`;
  if (midnight) return `${inYear}${month}${mo}${dayPart}`;
  const clock = date.toISOString().slice(11, 16);
  return first ? `${year}${y}${month}${mo}${dayPart} ${clock}` : clock;
}

export type AxisTicks = { values: Date[]; labels: string[] };

function labelsCollide(scale: ScaleTime<number, number>, ticks: AxisTicks, fontPx: number, gap: number): boolean {
  let previousRight = Number.NEGATIVE_INFINITY;
  for (const [i, value] of ticks.values.entries()) {
    const half = estimateTextWidth(ticks.labels[i] ?? '', fontPx) / 2;
    const x = scale(value);
    if (x - half < previousRight + gap) return true;
    previousRight = x + half;
  }
  return false;
}

/** Tick values and labels for the scale's plot width, thinned until no two labels touch. */
export function axisTicks(scale: ScaleTime<number, number>, fontPx = 12, gap = 12, locale: Locale = 'en'): AxisTicks {
  const withLabels = (values: Date[]): AxisTicks => ({ values, labels: values.map((v, i) => formatTick(v, i === 0, locale)) });
  const [left = 0, right = 0] = scale.range();
  const wanted = tickCountForWidth(right - left);
  let sparsest = withLabels([]);
  for (let count = wanted; count >= 1; count -= 1) {
    const ticks = withLabels(scale.ticks(count));
    if (ticks.values.length === 0) continue;
    if (!labelsCollide(scale, ticks, fontPx, gap)) return ticks;
    sparsest = ticks;
  }
  // A window can miss every tick of a coarse interval (a year that starts a millisecond late): ask for finer ones.
  for (let count = wanted + 1; sparsest.values.length === 0 && count <= wanted + 24; count += 1) {
    sparsest = withLabels(scale.ticks(count));
  }
  // Even the sparsest interval d3 offers is too dense for this plot: keep every k-th tick of it.
  for (let k = 2; k < sparsest.values.length; k += 1) {
    const thinned = withLabels(sparsest.values.filter((_, i) => i % k === 0));
    if (!labelsCollide(scale, thinned, fontPx, gap)) return thinned;
  }
  return withLabels(sparsest.values.slice(0, 1));
}

/** "1998 – 2023" for the whole range, "3 Apr 2012 – 20 Jan 2013" for a zoomed window (UTC). */
export function formatViewRange(view: View, full: View, locale: Locale = 'en'): string {
  if (isFullView(view, full)) return `${formatYear(view.from.getUTCFullYear(), locale)} – ${formatYear(view.to.getUTCFullYear(), locale)}`;
  const day = (d: Date) => (locale === 'en' ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}` : formatDay(d.toISOString().slice(0, 10), locale));
  return `${day(view.from)} – ${day(view.to)}`;
}
