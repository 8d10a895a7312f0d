// Text labels on the wide chart: what a launch's label says, how wide a label will be, and rows
// so that no two labels touch. Widths are estimated from the characters, never measured: the
// chart is prerendered on the server and hydrated, so every attribute must come out the same
// on both sides, and there is no canvas on the server.
import type { Launch } from '../data/schema.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from './formatDate.ts';
import { formatMonth } from './i18n/dates.ts';
import { plainText } from './i18n/langSpans.ts';
import type { Locale } from './i18n/locale.ts';
import type { Phrase } from './phrase.ts';
import type { PlacedAnnotation } from './story.ts';

/**
 * A launch's label in its two parts: the payload, from the data (the view isolates it, since it
 * may hold right-to-left text), and the month and year of the launch in Korea.
 */
export function launchLabelParts(launch: Pick<Launch, 'payload' | 'launchedAt'>, locale: Locale = 'en'): { name: string; when: string } {
  return { name: plainText(launch.payload), when: formatMonth(dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES), locale) };
}

/** "Kwangmyongsong-3 Unit 2 · Dec 2012": the label as it reads. */
export function launchLabelText(launch: Pick<Launch, 'payload' | 'launchedAt'>, locale: Locale = 'en'): string {
  const { name, when } = launchLabelParts(launch, locale);
  return `${name} · ${when}`;
}

export type FontWeight = 'normal' | 'bold';

// Ems per character class, each the widest of its class in DejaVu Sans (the widest of the fonts
// system-ui resolves to: Linux's fallback; San Francisco and Segoe UI are narrower), rounded up.
// Bold is kept apart because a selected launch's label turns bold without moving anything.
const EMS: Readonly<Record<'narrow' | 'slim' | 'digit' | 'lower' | 'capital' | 'wide' | 'ideograph' | 'other', Readonly<Record<FontWeight, number>>>> = {
  narrow: { normal: 0.35, bold: 0.41 },
  slim: { normal: 0.42, bold: 0.5 },
  digit: { normal: 0.64, bold: 0.7 },
  lower: { normal: 0.64, bold: 0.72 },
  capital: { normal: 0.8, bold: 0.86 },
  wide: { normal: 1, bold: 1.11 },
  ideograph: { normal: 1, bold: 1.05 },
  // Anything else (symbols, other scripts): as wide as a capital, so an unknown is never short.
  other: { normal: 0.84, bold: 0.86 },
};

// Hangul, Han, Hiragana and Katakana, and the punctuation set among them (the ideographic
// space, 、。「」ー・, fullwidth forms such as （）！): 1 em in CJK fonts, for the Korean and
// Japanese editions. Tested first: otherwise the ideographic space would count as narrow, and
// fullwidth letters and digits as Latin ones.
const IDEOGRAPH = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u30FF\uFF01-\uFF60\uFFE0-\uFFE6]/u;
const NARROW = /[ijlIJ.,·:;'’|\s]/u;
const SLIM = /[!frt\-()[\]/]/u;
const WIDE = /[mwMW&—%@]/u;
const DIGIT = /\p{Nd}/u;
const LOWER = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;

function classOf(char: string): keyof typeof EMS {
  if (IDEOGRAPH.test(char)) return 'ideograph';
  if (NARROW.test(char)) return 'narrow';
  if (SLIM.test(char)) return 'slim';
  if (WIDE.test(char)) return 'wide';
  if (DIGIT.test(char)) return 'digit';
  if (LOWER.test(char)) return 'lower';
  if (CAPITAL.test(char)) return 'capital';
  return 'other';
}

/**
 * Width in px of `text` set in the UI's sans-serif at `fontPx`: never narrower than the text
 * really is (an estimate too narrow lets labels collide), and the same wherever it runs. The
 * one estimate for all the chart's text: labels, annotation titles, tick labels, box counts.
 */
export function estimateTextWidth(text: string, fontPx: number, weight: FontWeight = 'normal'): number {
  let ems = 0;
  for (const char of text) ems += EMS[classOf(char)][weight];
  return ems * fontPx;
}

/** `x` is where the label belongs (its marker's x); `width` the label's. */
export type LabelItem = { id: string; x: number; width: number };
/** `x` is the label's centre, its box `item.width` / 2 either side; `row` 0 is the first row. */
export type PlacedLabel<T extends LabelItem = LabelItem> = { id: string; x: number; row: number; item: T };

/**
 * Rows of labels: left to right, each label is centred on its `x`, shifted to stay inside
 * `bounds`, and put in the first row where it keeps `gap` px from every label already there.
 * Returns the labels in the input order and how many rows they use.
 */
export function placeLabels<T extends LabelItem>(
  items: readonly T[],
  bounds: { left: number; right: number },
  gap: number,
): { labels: PlacedLabel<T>[]; rows: number } {
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.x - b.item.x || a.i - b.i);
  const rows: { x0: number; x1: number }[][] = [];
  const labels: PlacedLabel<T>[] = items.map((item) => ({ id: item.id, x: item.x, row: 0, item }));
  for (const { item, i } of order) {
    // Past the right edge first, then the left: a label wider than the bounds starts at the left.
    const x0 = Math.max(bounds.left, Math.min(bounds.right - item.width, item.x - item.width / 2));
    const box = { x0, x1: x0 + item.width };
    const clear = (row: { x0: number; x1: number }[]) => row.every((b) => box.x1 + gap <= b.x0 || b.x1 + gap <= box.x0);
    let row = rows.findIndex(clear);
    if (row === -1) row = rows.push([]) - 1;
    rows[row]?.push(box);
    labels[i] = { id: item.id, x: x0 + item.width / 2, row, item };
  }
  return { labels, rows: rows.length };
}

/** Launch labels: 12 px text in rows 16 px tall. */
export const LABEL_FONT_PX = 12;
export const LABEL_ROW = 16;
/** Air between two labels in a row: names closer than this read as one. */
export const LABEL_GAP = 10;
/** Markers in the window above which they are not labelled (the tooltips remain). */
export const MAX_LABELLED = 40;
/**
 * Rows above which labels would push the markers too far down to be worth it: none then. The
 * eight real launches need 6 rows at 600 px (where the wide chart starts), 3 from 1024 px.
 */
export const MAX_LABEL_ROWS = 6;

/** A launch's label, placed: `x` its centre, `row` 0 the row nearest the markers. */
export type LaunchLabelPlan = { launchId: string; name: string; when: string; x: number; width: number; row: number; markerX: number };

/**
 * Labels for the launches drawn one by one, all or none: the markers whose centre is on the
 * chart, each label centred over its marker in the first row where it fits. Widths are bold
 * ones, so the selected launch's label turns bold without moving. Null when there are too many
 * markers or the labels need too many rows.
 */
export function planLaunchLabels(
  marks: readonly { launch: Pick<Launch, 'id' | 'payload' | 'launchedAt'>; x: number }[],
  width: number,
  locale: Locale = 'en',
): { labels: LaunchLabelPlan[]; rows: number } | null {
  const shown = marks.filter((m) => m.x >= 0 && m.x <= width);
  if (shown.length === 0 || shown.length > MAX_LABELLED) return null;
  const items = shown.map((m) => {
    return { id: m.launch.id, ...launchLabelParts(m.launch, locale), x: m.x, width: estimateTextWidth(launchLabelText(m.launch, locale), LABEL_FONT_PX, 'bold') };
  });
  const { labels, rows } = placeLabels(items, { left: 0, right: width }, LABEL_GAP);
  if (rows > MAX_LABEL_ROWS) return null;
  return {
    labels: labels.map(({ id, x, row, item }) => ({ launchId: id, name: item.name, when: item.when, x, width: item.width, row, markerX: item.x })),
    rows,
  };
}

/** Annotation titles: 11 px italic (DejaVu's oblique is as wide as its roman), rows 22 px tall. */
export const ANNOTATION_FONT_PX = 11;
export const ANNOTATION_ROW = 22;
/** Height of a point's tick and of a span's bracket, at the top of the row. */
export const ANNOTATION_MARK = 6;

export type AnnotationMark = {
  id: string;
  title: string;
  /** The title with each name from the data marked, where it has any (the bands' titles). */
  parts?: Phrase;
  shape: SpanInput['shape'];
  /** Its extent on the axis, clamped to the window; x0 === x1 for a point. */
  x0: number;
  x1: number;
  /** Top and bottom of the tick or bracket: a bracket's line runs along y1, its ends rise to y0. */
  y0: number;
  y1: number;
  /** Centre of the title (text-anchor middle), its estimated width, and its row (0 nearest the axis). */
  titleX: number;
  titleY: number;
  width: number;
  row: number;
};

/** Something with a title that sits at a point in time or runs over a stretch of it. */
export type SpanInput = { id: string; title: string; parts?: Phrase; shape: 'point' | 'span'; from: Date; to: Date };

/**
 * Spans in a band of rows from `top` down: a tick or a bracket where each belongs on the axis,
 * its title centred under it. A row keeps tick, bracket and title of one span clear of every
 * other's, so titles are placed with the width of whichever is wider. Annotations and the
 * rocket and site bands are both laid out this way.
 */
export function layoutSpans(
  spans: readonly SpanInput[],
  scale: (date: Date) => number,
  plot: { left: number; right: number },
  bounds: { left: number; right: number },
  top: number,
): { marks: AnnotationMark[]; rows: number } {
  const clamp = (x: number) => Math.min(plot.right, Math.max(plot.left, x));
  const items = spans.map((a) => {
    const x0 = clamp(scale(a.from));
    const x1 = a.shape === 'point' ? x0 : Math.max(x0, clamp(scale(a.to)));
    const titleWidth = estimateTextWidth(a.title, ANNOTATION_FONT_PX);
    return { id: a.id, x: (x0 + x1) / 2, width: Math.max(titleWidth, x1 - x0), x0, x1, titleWidth, a };
  });
  const { labels, rows } = placeLabels(items, bounds, LABEL_GAP);
  const marks = labels.map(({ id, x, row, item }) => {
    const y0 = top + row * ANNOTATION_ROW;
    return {
      id,
      title: item.a.title,
      parts: item.a.parts,
      shape: item.a.shape,
      x0: item.x0,
      x1: item.x1,
      y0,
      y1: y0 + ANNOTATION_MARK,
      titleX: x,
      titleY: y0 + ANNOTATION_MARK + (ANNOTATION_ROW - ANNOTATION_MARK) / 2,
      width: item.titleWidth,
      row,
    };
  });
  return { marks, rows };
}

/** The dataset's annotations as spans (see layoutSpans). */
export function layoutAnnotations(
  annotations: readonly PlacedAnnotation[],
  scale: (date: Date) => number,
  plot: { left: number; right: number },
  bounds: { left: number; right: number },
  top: number,
): { marks: AnnotationMark[]; rows: number } {
  // Drawn as plain text (hidden from assistive tech; the notes under the chart carry the marks).
  const spans = annotations.map((a) => ({ id: a.annotation.id, title: plainText(a.annotation.title), shape: a.shape, from: a.from, to: a.to }));
  return layoutSpans(spans, scale, plot, bounds, top);
}
