// The picture of a view as one SVG element, built with DOM calls: every text from the data goes
// in as a text node (textContent), never as markup, so the serialiser escapes it. Where each part
// goes is domain/viewImage.ts; this file only draws what that returns.
import type { ShapeKind } from '../../../domain/markerGlyph.ts';
import { layoutViewImage, wrapText, type PlacedBlock } from '../../../domain/viewImage.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the picture says, all plain text (from the data, so untrusted). */
export type ImageContent = {
  title: string;
  /** The counts and the editor's sentence, as under the page's title. */
  standfirst: string;
  /** What the view shows beyond the default (a filter, an opened launch), or null. */
  note: string | null;
  legend: readonly { kind: ShapeKind; text: string }[];
  /** "Data: <title> v<version>, <licence>". */
  source: string;
  /** The address of the view. */
  url: string;
};

/** The page's colours and font where the chart is, already resolved to plain values. */
export type ImageTheme = { background: string; text: string; muted: string; fontFamily: string };

export type TextStyle = { fontPx: number; lineHeight: number; weight: 'normal' | 'bold' };

export const TEXT_STYLES = {
  title: { fontPx: 24, lineHeight: 30, weight: 'bold' },
  standfirst: { fontPx: 15, lineHeight: 22, weight: 'normal' },
  note: { fontPx: 14, lineHeight: 20, weight: 'bold' },
  legend: { fontPx: 13, lineHeight: 24, weight: 'normal' },
  footer: { fontPx: 12, lineHeight: 18, weight: 'normal' },
} as const satisfies Record<string, TextStyle>;

/** Width in px of `text` set in the picture's font at `style`. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** The legend's glyphs sit in a square this wide, the words GLYPH_GAP after it. */
const GLYPH_BOX = 20;
const GLYPH_GAP = 6;

type BuildInput = {
  /** The chart, already a styled copy (cloneWithStyles), and its size in px. */
  chart: SVGSVGElement;
  chartSize: { width: number; height: number };
  content: ImageContent;
  theme: ImageTheme;
  /** A styled glyph for a legend item, drawn around (0, 0). */
  glyph: (kind: ShapeKind) => SVGElement;
  measure: MeasureText;
};

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function textBlock(lines: readonly string[], placed: PlacedBlock, x: number, style: TextStyle, fill: string): SVGTextElement {
  const text = element('text', { 'font-size': style.fontPx, 'font-weight': style.weight, fill });
  lines.forEach((line, i) => {
    const span = element('tspan', { x, y: placed.baselines[i] ?? placed.top });
    span.textContent = line;
    text.append(span);
  });
  return text;
}

/** The picture: title, standfirst, note, the chart, its legend, the source and the address. */
export function buildImageSvg({ chart, chartSize, content, theme, glyph, measure }: BuildInput): { svg: SVGSVGElement; width: number; height: number } {
  const wrap = (text: string, style: TextStyle) => wrapText(text, chartSize.width, (line) => measure(line, style));
  const lines = {
    title: wrap(content.title, TEXT_STYLES.title),
    standfirst: wrap(content.standfirst, TEXT_STYLES.standfirst),
    note: content.note === null ? [] : wrap(content.note, TEXT_STYLES.note),
    footer: [...wrap(content.source, TEXT_STYLES.footer), ...wrap(content.url, TEXT_STYLES.footer)],
  };
  const size = (style: TextStyle, count: number) => ({ lines: count, fontPx: style.fontPx, lineHeight: style.lineHeight });
  const layout = layoutViewImage({
    chart: chartSize,
    title: size(TEXT_STYLES.title, lines.title.length),
    standfirst: size(TEXT_STYLES.standfirst, lines.standfirst.length),
    note: size(TEXT_STYLES.note, lines.note.length),
    legend: {
      itemWidths: content.legend.map((item) => GLYPH_BOX + GLYPH_GAP + measure(item.text, TEXT_STYLES.legend)),
      rowHeight: TEXT_STYLES.legend.lineHeight,
      fontPx: TEXT_STYLES.legend.fontPx,
    },
    footer: size(TEXT_STYLES.footer, lines.footer.length),
  });
  const { width, height, x } = layout;

  const svg = element('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': theme.fontFamily });
  const title = element('title', {});
  title.textContent = content.title;
  const desc = element('desc', {});
  desc.textContent = [content.standfirst, content.note, content.source, content.url].filter(Boolean).join(' ');
  svg.append(title, desc, element('rect', { width, height, fill: theme.background }));
  svg.append(textBlock(lines.title, layout.title, x, TEXT_STYLES.title, theme.text));
  svg.append(textBlock(lines.standfirst, layout.standfirst, x, TEXT_STYLES.standfirst, theme.text));
  if (lines.note.length > 0) svg.append(textBlock(lines.note, layout.note, x, TEXT_STYLES.note, theme.text));

  chart.setAttribute('x', String(layout.chart.x));
  chart.setAttribute('y', String(layout.chart.y));
  chart.setAttribute('width', String(chartSize.width));
  chart.setAttribute('height', String(chartSize.height));
  chart.setAttribute('viewBox', `0 0 ${chartSize.width} ${chartSize.height}`);
  svg.append(chart);

  const legend = element('g', {});
  content.legend.forEach((item, i) => {
    const at = layout.legend.items[i];
    if (!at) return;
    const mark = element('g', { transform: `translate(${at.x + GLYPH_BOX / 2} ${at.y + TEXT_STYLES.legend.lineHeight / 2})` });
    mark.append(glyph(item.kind));
    const words = textBlock([item.text], { top: at.y, baselines: [at.baseline] }, at.x + GLYPH_BOX + GLYPH_GAP, TEXT_STYLES.legend, theme.text);
    legend.append(mark, words);
  });
  svg.append(legend);
  svg.append(textBlock(lines.footer, layout.footer, x, TEXT_STYLES.footer, theme.muted));
  return { svg, width, height };
}
