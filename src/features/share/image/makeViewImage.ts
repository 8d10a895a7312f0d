// "Download image": the view's picture as an SVG file or a PNG at twice its size, made from the
// chart's own SVG in the page. Loaded on demand (DownloadImageButtons imports it when a reader
// asks), so it costs the first load nothing. Saving the file is the caller's (saveFile.ts).
import { estimateTextWidth } from '../../../domain/chartLabels.ts';
import { markerGlyph, type ShapeKind } from '../../../domain/markerGlyph.ts';
import { context2d } from './canvas.ts';
import { resolveColour } from './colours.ts';
import { buildImageSvg, SVG_NS, type ImageContent, type ImageTheme, type MeasureText } from './imageSvg.ts';
import { cloneWithStyles, PAINT_ATTRIBUTES } from './inlineStyles.ts';
import { ImageError, svgToPng } from './rasterise.ts';
import { serialiseSvg } from './serialise.ts';

export type ImageFormat = 'svg' | 'png';

/** The PNG is this many times the SVG's size: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** The page's colours and font where the chart is drawn, as plain values. */
function themeAt(chart: SVGSVGElement): ImageTheme {
  const context = chart.parentElement ?? document.body;
  return {
    background: resolveColour(context, 'var(--bg)'),
    text: resolveColour(context, 'var(--fg)'),
    muted: resolveColour(context, 'var(--muted)'),
    fontFamily: getComputedStyle(chart).fontFamily,
  };
}

/** Text widths from the browser's own font metrics; the chart's estimate where there is no canvas. */
function measurer(fontFamily: string): MeasureText {
  const context = context2d(document.createElement('canvas'));
  return (text, { fontPx, weight }) => {
    if (!context) return estimateTextWidth(text, fontPx, weight);
    context.font = `${weight} ${fontPx}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/**
 * The legend's glyphs, styled as the chart styles its markers: drawn with the chart's classes in a
 * throwaway SVG inside a `.tl` box (where the chart's variables are), then copied with their
 * computed styles like the chart itself.
 */
function legendGlyphs(kinds: readonly ShapeKind[]): (kind: ShapeKind) => SVGElement {
  const box = document.createElement('div');
  box.className = 'tl';
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position: fixed; left: -10000px; top: 0;';
  const live = document.createElementNS(SVG_NS, 'svg');
  live.setAttribute('class', 'tl-svg');
  for (const kind of kinds) {
    const glyph = markerGlyph(kind, 6);
    const shape = document.createElementNS(SVG_NS, glyph.tag);
    shape.setAttribute('class', `tl-shape tl-shape--${kind}`);
    for (const [name, value] of Object.entries(glyph.attrs)) shape.setAttribute(name, String(value));
    const group = document.createElementNS(SVG_NS, 'g');
    group.append(shape);
    live.append(group);
  }
  box.append(live);
  document.body.append(box);
  const styled = cloneWithStyles(live);
  box.remove();
  // What the copy's root carried (inherited values the glyphs did not repeat) goes on each glyph.
  const rootPaint = PAINT_ATTRIBUTES.flatMap((name) => {
    const value = styled.getAttribute(name);
    return value === null ? [] : [[name, value] as const];
  });
  const groups = [...styled.children];
  return (kind) => {
    const group = groups[kinds.indexOf(kind)]?.cloneNode(true) as SVGElement | undefined;
    if (!group) throw new ImageError('no-glyph', `no glyph for ${kind}`);
    for (const [name, value] of rootPaint) if (!group.hasAttribute(name)) group.setAttribute(name, value);
    return group;
  };
}

function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Number(chart.getAttribute('width')) || box.width;
  const height = Number(chart.getAttribute('height')) || box.height;
  if (!(width > 0 && height > 0)) throw new ImageError('no-size', 'the chart has no size');
  return { width, height };
}

/** The SVG file's text and its size in px. */
export function viewImageSvg(chart: SVGSVGElement, content: ImageContent): { text: string; width: number; height: number } {
  const theme = themeAt(chart);
  const { svg, width, height } = buildImageSvg({
    chart: cloneWithStyles(chart),
    chartSize: chartSize(chart),
    content,
    theme,
    glyph: legendGlyphs(content.legend.map((item) => item.kind)),
    measure: measurer(theme.fontFamily),
  });
  return { text: serialiseSvg(svg), width, height };
}

/** The picture of the view around `chart` (a chart drawn in the page), as a file's contents. */
export async function makeViewImage(chart: SVGSVGElement, content: ImageContent, format: ImageFormat): Promise<Blob> {
  const { text, width, height } = viewImageSvg(chart, content);
  if (format === 'svg') return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  return svgToPng(text, width, height, PNG_SCALE);
}
