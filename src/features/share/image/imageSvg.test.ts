// The picture's SVG built in jsdom: text from the data, however hostile, stays text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageContent } from './imageSvg.ts';
import { viewImageSvg } from './makeViewImage.ts';

const HOSTILE = `</text><script>alert("x")</script>&amp; <b onload='y'>"quoted"</b> ]]> <!-- -->`;

const CONTENT: ImageContent = {
  title: `Title ${HOSTILE}`,
  standfirst: `Standfirst ${HOSTILE}`,
  note: `Note ${HOSTILE}`,
  legend: [
    { kind: 'success', text: `Reached orbit ${HOSTILE}` },
    { kind: 'claim', text: 'Dashed ring' },
  ],
  source: `Data: ${HOSTILE} v1.0.0, CC BY 4.0`,
  url: 'https://example.org/?launch="><script>&x=1',
};

/** A stand-in for the page's chart: an SVG in the document with a label from the data. */
function drawChart(label: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'tl-svg');
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '200');
  svg.setAttribute('aria-labelledby', 'chart-title');
  const title = document.createElementNS(ns, 'title');
  title.textContent = 'for screen readers';
  const text = document.createElementNS(ns, 'text');
  text.setAttribute('class', 'tl-label');
  text.setAttribute('tabindex', '0');
  text.textContent = label;
  svg.append(title, text);
  document.body.append(svg);
  return svg;
}

function parse(text: string): Document {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  return parsed;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('viewImageSvg', () => {
  beforeEach(() => {
    // jsdom has no 2D canvas: text is measured with the chart's estimate.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('keeps hostile text from the data as text: a well-formed file with no element the data did not ask for', () => {
    const { text } = viewImageSvg(drawChart(`Label ${HOSTILE}`), CONTENT);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parse(text);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.querySelector('[onload]')).toBeNull();
    // The whole text survives, wrapped over lines: joined again, it is what the data said.
    const all = texts(doc).join(' ');
    for (const part of HOSTILE.split(' ')) expect(all).toContain(part);
    expect(doc.querySelector('svg > title')?.textContent).toBe(CONTENT.title);
    expect(texts(doc)).toContain(`Label ${HOSTILE}`);
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain('<script');
  });

  it('writes the view’s address and the source line in the footer, and keeps the chart’s label', () => {
    const doc = parse(viewImageSvg(drawChart('Kwangmyongsong-4 · Feb 2016'), CONTENT).text);
    const footer = [...doc.documentElement.children].filter((child) => child.tagName === 'text').at(-1);
    const lines = [...(footer?.children ?? [])].map((line) => line.textContent);
    expect(lines.join(' ')).toBe(`${CONTENT.source} ${CONTENT.url}`);
    expect(texts(doc)).toContain('Kwangmyongsong-4 · Feb 2016');
  });

  it('leaves out characters XML cannot hold, which the serialiser would write as they are', () => {
    const doc = parse(viewImageSvg(drawChart('Bad\u0001label\uFFFF'), { ...CONTENT, title: 'Ti\u0000tle\u0008' }).text);
    expect(doc.querySelector('svg > title')?.textContent).toBe('Title');
    expect(texts(doc)).toContain('Badlabel');
  });

  it('nests the chart at its size, without what only the page needed', () => {
    const doc = parse(viewImageSvg(drawChart('A label'), CONTENT).text);
    const chart = doc.querySelector('svg > svg');
    expect(chart?.getAttribute('width')).toBe('600');
    expect(chart?.getAttribute('height')).toBe('200');
    expect(chart?.getAttribute('aria-labelledby')).toBeNull();
    expect(chart?.querySelector('title')).toBeNull();
    expect(chart?.querySelector('[tabindex]')).toBeNull();
    const root = doc.documentElement;
    expect(Number(root.getAttribute('width'))).toBe(600 + 48);
    expect(root.getAttribute('viewBox')).toBe(`0 0 648 ${root.getAttribute('height')}`);
  });

  it('draws a glyph for each legend item', () => {
    const doc = parse(viewImageSvg(drawChart('A label'), CONTENT).text);
    expect(doc.querySelectorAll('.tl-shape--success')).toHaveLength(1);
    expect(doc.querySelectorAll('.tl-shape--claim')).toHaveLength(1);
  });
});
