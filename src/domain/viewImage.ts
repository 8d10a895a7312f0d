// The downloadable picture of a view ("Download image"): what it says and where each part goes.
// Pure: text widths come from the caller's `measure` (the browser's, or a fixed one in tests),
// the chart's size from the chart. The DOM side is features/share/image/.
import type { Launch, Outcome } from '../data/schema.ts';
import { claimDiffers } from './markerLabel.ts';
import type { ShapeKind } from './markerGlyph.ts';
import { formatNumber } from './i18n/plural.ts';
import type { Locale } from './i18n/locale.ts';
import { plainText } from './i18n/langSpans.ts';
import type { Messages, PartMessages } from './i18n/messages/en.ts';
import { core as enCore } from './i18n/messages/en/core.ts';
import { share as enShare } from './i18n/messages/en/share.ts';
import { outcomesPresent } from './outcomes.ts';

type ShareMessages = PartMessages['share'];

/** Width in px of a string in the block's font. */
export type Measure = (text: string) => number;

/**
 * `text` in lines no wider than `maxWidth`, broken between words; a word wider than a line (a
 * URL) is broken where it must. Runs of white space count as one space; empty text, no lines.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // The word alone: whole if it fits, otherwise in pieces, each as long as fits (at least one character).
    let rest = word;
    while (measure(rest) > maxWidth) {
      const chars = [...rest];
      let n = 1;
      while (n < chars.length && measure(chars.slice(0, n + 1).join('')) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A block of lines of text: how many, and its font size and line height in px. */
export type TextBlockSize = { lines: number; fontPx: number; lineHeight: number };

export type ImageParts = {
  /** The chart's own size in px: the image is as wide as the chart plus its padding. */
  chart: { width: number; height: number };
  title: TextBlockSize;
  standfirst: TextBlockSize;
  /** What the view shows beyond the default (a filter, an opened launch); 0 lines when nothing. */
  note: TextBlockSize;
  /** Each legend item's width (glyph, gap and words), the height of a row of them and their font size. */
  legend: { itemWidths: readonly number[]; rowHeight: number; fontPx: number };
  /** The source line and the view's URL, one block. */
  footer: TextBlockSize;
};

export type PlacedBlock = {
  /** Top of the block, and the baseline of each of its lines. */
  top: number;
  baselines: number[];
};

export type ImageLayout = {
  width: number;
  height: number;
  /** Left edge of every part. */
  x: number;
  title: PlacedBlock;
  standfirst: PlacedBlock;
  note: PlacedBlock;
  chart: { x: number; y: number };
  /** Each item's top-left and its words' baseline, in the order given; `rows` rows of them. */
  legend: { items: { x: number; y: number; baseline: number }[]; rows: number };
  footer: PlacedBlock;
};

/** Space around the picture, and between its parts, in px. */
export const IMAGE_PADDING = 24;
export const IMAGE_GAP = 12;
/** Between two legend items in a row. */
export const LEGEND_GAP = 20;

/** The baseline of a line whose box starts at `top`: capitals (about 0.7 em tall) centred in the box. */
function baseline(top: number, lineHeight: number, fontPx: number): number {
  return top + lineHeight / 2 + 0.35 * fontPx;
}

function placeBlock(top: number, { lines, fontPx, lineHeight }: TextBlockSize): PlacedBlock {
  return { top, baselines: Array.from({ length: lines }, (_, i) => baseline(top + i * lineHeight, lineHeight, fontPx)) };
}

/** Legend items left to right, a new row where the next would pass `maxWidth`. */
function flowLegend({ itemWidths: widths, rowHeight, fontPx }: ImageParts['legend'], maxWidth: number, left: number, top: number) {
  const items: { x: number; y: number; baseline: number }[] = [];
  let x = 0;
  let row = 0;
  for (const width of widths) {
    if (x > 0 && x + width > maxWidth) {
      row++;
      x = 0;
    }
    const y = top + row * rowHeight;
    items.push({ x: left + x, y, baseline: baseline(y, rowHeight, fontPx) });
    x += width + LEGEND_GAP;
  }
  return { items, rows: widths.length === 0 ? 0 : row + 1 };
}

/**
 * The picture from top to bottom: title, standfirst, note, chart, legend, source and URL, each
 * part under the last with IMAGE_GAP between them (an empty part takes no room), the whole inside
 * IMAGE_PADDING. All in px, from the sizes of the parts.
 */
export function layoutViewImage(parts: ImageParts): ImageLayout {
  const x = IMAGE_PADDING;
  const contentWidth = parts.chart.width;
  let y = IMAGE_PADDING;
  const block = (size: TextBlockSize): PlacedBlock => {
    const placed = placeBlock(y, size);
    if (size.lines > 0) y += size.lines * size.lineHeight + IMAGE_GAP;
    return placed;
  };
  const title = block(parts.title);
  const standfirst = block(parts.standfirst);
  const note = block(parts.note);
  const chart = { x, y };
  y += parts.chart.height + IMAGE_GAP;
  const legend = flowLegend(parts.legend, contentWidth, x, y);
  if (legend.rows > 0) y += legend.rows * parts.legend.rowHeight + IMAGE_GAP;
  const footer = block(parts.footer);
  // The last part's gap gives way to the padding.
  const height = Math.ceil(y - IMAGE_GAP + IMAGE_PADDING);
  return { width: contentWidth + 2 * IMAGE_PADDING, height, x, title, standfirst, note, chart, legend, footer };
}

/** The picture's key: each outcome on the chart with its count, then the marks that need explaining. */
export function imageLegend(
  launches: readonly Pick<Launch, 'outcome' | 'northKoreaClaimed'>[],
  showContext: boolean,
  m: Pick<Messages, 'core'> & Pick<PartMessages, 'share'> = { core: enCore, share: enShare },
  locale: Locale = 'en',
): { kind: ShapeKind; text: string }[] {
  const count = (outcome: Outcome) => launches.filter((launch) => launch.outcome === outcome).length;
  const items: { kind: ShapeKind; text: string }[] = outcomesPresent(launches).map((outcome) => ({
    kind: outcome,
    text: m.share.image.legendItem(m.core.outcome.label[outcome], formatNumber(count(outcome), locale)),
  }));
  if (launches.some(claimDiffers)) items.push({ kind: 'claim', text: m.core.legend.claimRing });
  if (showContext) items.push({ kind: 'context', text: m.core.legend.context });
  return items;
}

/** "Data: North Korea's satellite launch attempts, 1998–2023 v1.1.0, CC BY 4.0": the dataset's own fields. */
export function imageSourceLine(dataset: { title: string; version: string; license?: string }, m: ShareMessages = enShare): string {
  return m.image.source(plainText(dataset.title), dataset.version, dataset.license ?? null);
}

/** What the file is called: the dataset and the view (`all`, the outcomes shown, or the opened launch). */
export function imageFileName(datasetId: string, view: { outcomes: readonly Outcome[] | null; launchId: string | null }, extension: 'svg' | 'png'): string {
  const { outcomes, launchId } = view;
  const name = launchId ?? (outcomes === null ? 'all' : outcomes.length === 0 ? 'none' : outcomes.join('-'));
  return `nk-satellite-${datasetId}-${name}.${extension}`;
}

/** Characters XML 1.0 does not allow (controls but tab and line breaks, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with the characters an XML file cannot hold left out. An XML serialiser escapes
 * < & > and quotes, but writes these as they are, and the file would then not parse.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * What the view shows beyond the whole dataset, for the line over the picture's chart: the
 * filter's summary, the opened launch, the zoom window; null for the default view.
 */
export function imageNote(view: { filter: string | null; opened: string | null; window: string | null }, m: ShareMessages = enShare): string | null {
  const parts = [view.filter, view.opened === null ? null : m.image.highlighted(view.opened), view.window === null ? null : m.image.zoomed(view.window)];
  const said = parts.filter((part): part is string => part !== null).map(plainText);
  return said.length === 0 ? null : said.join(m.image.noteSeparator);
}
