// The 1200 × 630 card a link shows where it is shared (Open Graph, Twitter): what the page is,
// in words, and where it sits on the timeline. An SVG string, pure; the build rasterises it to
// PNG (build/shareCards.ts). Colours and glyphs are the chart's, light theme.
import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { launchDay } from './launchTimes.ts';
import { markerGlyph, type Glyph } from './markerGlyph.ts';
import { claimWords } from './markerLabel.ts';
import { plainText } from './i18n/langSpans.ts';
import type { Locale } from './i18n/locale.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import type { Route } from './routes.ts';
import { outcomeHeadline } from './shareMeta.ts';
import { wrapText, type Measure } from './viewImage.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const PAD = 64;
// The CJK faces for the Korean and Japanese editions' cards, each edition's own first (the same
// characters are drawn differently in Korean and Japanese type).
const FONTS: Readonly<Record<Locale, string>> = {
  en: `system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif`,
  ko: `'Noto Sans CJK KR', system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif`,
  ja: `'Noto Sans CJK JP', system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif`,
};
const INK = '#1a1a1a';
const MUTED = '#565656';
const RULE = '#8a8a8a';
const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = { success: '#009e73', failure: '#d55e00', partial: '#e69f00' };

/** A text width for a card's font size: a generous average glyph width (the build has no text layout). */
export function estimateWidth(fontPx: number, bold: boolean): Measure {
  // Hangul, kana and Han are a full em wide; everything else a generous Latin average.
  return (text) => [...text].reduce((sum, char) => sum + (WIDE_CHAR.test(char) ? 1.02 : bold ? 0.64 : 0.57), 0) * fontPx;
}

const WIDE_CHAR = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u30ff\uff01-\uff60]/u;

export type CardInput = {
  /** The small line on top: the timeline's title. */
  kicker: string;
  heading: string;
  /** Under the heading: the rocket and the day, or a count. */
  subline: string | null;
  /** The outcome, shown as the chart shows it (`label` its word), and North Korea's claim where it differs. */
  badge: { outcome: Outcome; label: string; claim: string | null } | null;
  /** The edition the words are in: the card's language and type. */
  locale?: Locale;
  /** Every launch on the strip; `marked` ones stand out. */
  launches: readonly { at: number; outcome: Outcome; marked: boolean }[];
  /** The strip's span, in ms since the epoch. */
  range: { start: number; end: number };
  /** "Data: … v1.2.0, CC BY 4.0" */
  footer: string;
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function glyphSvg(glyph: Glyph, x: number, y: number, style: string): string {
  const place = `translate(${x.toFixed(1)} ${y.toFixed(1)})`;
  if (glyph.tag === 'circle') return `<circle transform="${place}" r="${glyph.attrs.r}" ${style}/>`;
  if (glyph.tag === 'rect') {
    const { x: rx, y: ry, width, height, rx: round } = glyph.attrs;
    return `<rect transform="${place}" x="${rx}" y="${ry}" width="${width}" height="${height}" rx="${round}" ${style}/>`;
  }
  const turn = glyph.attrs.transform ? ` ${glyph.attrs.transform}` : '';
  return `<polygon transform="${place}${turn}" points="${glyph.attrs.points}" ${style}/>`;
}

function marker(kind: Outcome, x: number, y: number, r: number, faded: boolean): string {
  const style = `fill="${OUTCOME_COLOURS[kind]}" stroke="#ffffff" stroke-width="${faded ? 1.5 : 3}"${faded ? ' opacity="0.45"' : ''}`;
  return glyphSvg(markerGlyph(kind, r), x, y, style);
}

/** At most `max` lines; the last one ends in "…" when the text had more. */
function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1] ?? ''}…`;
  return kept;
}

function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${(y + i * lineHeight).toFixed(1)}" ${attrs}>${escapeXml(line)}</text>`).join('');
}

/** The card as an SVG document. */
export function shareCardSvg(input: CardInput): string {
  const width = CARD_WIDTH - 2 * PAD;
  const parts: string[] = [];
  parts.push(textLines(clampLines(wrapText(input.kicker, width, estimateWidth(26, false)), 1), PAD, PAD + 20, 32, `font-size="26" fill="${MUTED}"`));
  const headingPx = 64;
  const heading = clampLines(wrapText(input.heading, width, estimateWidth(headingPx, true)), 2);
  let y = PAD + 20 + 84;
  parts.push(textLines(heading, PAD, y, 74, `font-size="${headingPx}" font-weight="700" fill="${INK}"`));
  y += (heading.length - 1) * 74 + 56;
  if (input.subline) {
    parts.push(textLines(clampLines(wrapText(input.subline, width, estimateWidth(34, false)), 1), PAD, y, 40, `font-size="34" fill="${INK}"`));
    y += 60;
  }
  if (input.badge) {
    const { outcome, label, claim } = input.badge;
    parts.push(marker(outcome, PAD + 16, y - 11, 14, false));
    parts.push(`<text x="${PAD + 44}" y="${y}" font-size="32" font-weight="700" fill="${INK}">${escapeXml(label)}</text>`);
    if (claim) {
      const after = PAD + 44 + estimateWidth(32, true)(label) + 24;
      parts.push(`<text x="${after.toFixed(1)}" y="${y}" font-size="30" font-style="italic" fill="${MUTED}">${escapeXml(claim)}</text>`);
    }
  }

  // The strip: the timeline's span with its first and last year, every launch on it.
  const stripY = 470;
  const { start, end } = input.range;
  const xAt = (at: number) => PAD + 16 + ((at - start) / Math.max(1, end - start)) * (width - 32);
  parts.push(`<line x1="${PAD}" y1="${stripY}" x2="${CARD_WIDTH - PAD}" y2="${stripY}" stroke="${RULE}" stroke-width="2"/>`);
  const startYear = new Date(start).getUTCFullYear();
  const endYear = new Date(end).getUTCFullYear();
  // The first and last year at the ends, and every fifth year between where it has room.
  const years = [startYear, ...Array.from({ length: endYear - startYear }, (_, i) => startYear + i + 1).filter((y) => y % 5 === 0 && y - startYear >= 3 && endYear - y >= 3), endYear];
  for (const year of years) {
    const x = xAt(Date.UTC(year, 0, 1));
    const anchor = year === startYear ? 'start' : year === endYear ? 'end' : 'middle';
    const labelX = year === startYear ? PAD : year === endYear ? CARD_WIDTH - PAD : x;
    if (year !== startYear && year !== endYear) parts.push(`<line x1="${x.toFixed(1)}" y1="${stripY + 4}" x2="${x.toFixed(1)}" y2="${stripY + 14}" stroke="${RULE}" stroke-width="2"/>`);
    parts.push(`<text x="${labelX.toFixed(1)}" y="${stripY + 48}" font-size="24" fill="${MUTED}" text-anchor="${anchor}">${year}</text>`);
  }
  const anyMarked = input.launches.some((l) => l.marked);
  // Faded ones first, so the marked ones sit on top.
  for (const launch of [...input.launches].sort((a, b) => Number(a.marked) - Number(b.marked))) {
    const faded = anyMarked && !launch.marked;
    parts.push(marker(launch.outcome, xAt(launch.at), stripY, launch.marked ? 18 : 12, faded));
  }
  parts.push(textLines(clampLines(wrapText(input.footer, width, estimateWidth(22, false)), 1), PAD, CARD_HEIGHT - 36, 28, `font-size="22" fill="${MUTED}"`));

  const locale = input.locale ?? 'en';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeXml(FONTS[locale])}" xml:lang="${locale}">`
    + `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`
    + `<rect width="${CARD_WIDTH}" height="10" fill="#0b5cad"/>`
    + parts.join('')
    + '</svg>';
}

function strip(dataset: Dataset, marked: (launch: Launch) => boolean) {
  return dataset.launches.map((launch) => ({ at: launch.launchedAt.getTime(), outcome: launch.outcome, marked: marked(launch) }));
}

const rangeOf = (dataset: Dataset) => ({ start: Date.parse(`${dataset.range.start}T00:00:00Z`), end: Date.parse(`${dataset.range.end}T23:59:59Z`) });
const footerOf = (dataset: Dataset, w: Words) => w.m.core.meta.cardFooter(plainText(dataset.title), dataset.version, dataset.license);

/** The card of the root page, or of a route's page (null where the dataset has nothing for it), in the edition `w`. */
export function cardFor(dataset: Dataset, route: Route | null, w: Words = ENGLISH): CardInput | null {
  const { meta } = w.m.core;
  const title = plainText(dataset.title);
  const common = { kicker: title, range: rangeOf(dataset), footer: footerOf(dataset, w), locale: w.locale };
  if (route === null) {
    return { ...common, kicker: meta.cardKicker, heading: title, subline: meta.cardHomeSubline(dataset.launches.length), badge: null, launches: strip(dataset, () => false) };
  }
  if (route.kind === 'launch') {
    const launch = dataset.launches.find((l) => l.id === route.id);
    if (!launch) return null;
    const badge = { outcome: launch.outcome, label: w.m.core.outcome.label[launch.outcome], claim: claimWords(launch, w) };
    return { ...common, heading: plainText(launch.payload), subline: meta.cardLaunchSubline(plainText(launch.vehicle), launchDay(launch, w)), badge, launches: strip(dataset, (l) => l.id === launch.id) };
  }
  const count = dataset.launches.filter((l) => l.outcome === route.outcome).length;
  if (count === 0) return null;
  return { ...common, heading: outcomeHeadline(route.outcome, count, w), subline: meta.cardOutcomeSubline(dataset.launches.length), badge: null, launches: strip(dataset, (l) => l.outcome === route.outcome) };
}
