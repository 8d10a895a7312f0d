import { describe, expect, it } from 'vitest';
import { IMAGE_GAP, IMAGE_PADDING, LEGEND_GAP, imageFileName, imageLegend, imageNote, imageSourceLine, layoutViewImage, wrapText, xmlSafeText, type ImageParts } from './viewImage.ts';

/** Every character 10 px wide. */
const tenPx = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('breaks between words, each line as full as fits', () => {
    expect(wrapText('one two three four', 90, tenPx)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 1000, tenPx)).toEqual(['one two three four']);
  });

  it('counts runs of white space as one space, and has no line for empty text', () => {
    expect(wrapText('  one \n\t two  ', 1000, tenPx)).toEqual(['one two']);
    expect(wrapText('', 100, tenPx)).toEqual([]);
    expect(wrapText('   ', 100, tenPx)).toEqual([]);
  });

  it('breaks a word wider than a line where it must (a URL), and goes on after it', () => {
    expect(wrapText('see https://example.org/a?b=1 now', 100, tenPx)).toEqual(['see', 'https://ex', 'ample.org/', 'a?b=1 now']);
  });

  it('puts at least one character on a line, however narrow', () => {
    expect(wrapText('abc', 5, tenPx)).toEqual(['a', 'b', 'c']);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(wrapText('🚀🚀🚀', 20, tenPx)).toEqual(['🚀🚀', '🚀']);
  });
});

const PARTS: ImageParts = {
  chart: { width: 1000, height: 300 },
  title: { lines: 1, fontPx: 24, lineHeight: 30 },
  standfirst: { lines: 2, fontPx: 15, lineHeight: 22 },
  note: { lines: 0, fontPx: 14, lineHeight: 20 },
  legend: { itemWidths: [200, 150], rowHeight: 24, fontPx: 10 },
  footer: { lines: 2, fontPx: 12, lineHeight: 18 },
};

describe('layoutViewImage', () => {
  it('stacks title, standfirst, chart, legend and footer inside the padding, a gap between each', () => {
    const l = layoutViewImage(PARTS);
    expect(IMAGE_PADDING).toBe(24);
    expect(IMAGE_GAP).toBe(12);
    expect(l.width).toBe(1048);
    expect(l.x).toBe(24);
    expect(l.title.top).toBe(24);
    // Baseline: the line's middle (15) plus 0.35 em (8.4).
    expect(l.title.baselines).toEqual([24 + 15 + 8.4]);
    expect(l.standfirst.top).toBe(24 + 30 + 12);
    expect(l.standfirst.baselines).toEqual([66 + 11 + 5.25, 66 + 22 + 11 + 5.25]);
    // No note: the chart follows the standfirst.
    expect(l.note.baselines).toEqual([]);
    expect(l.chart).toEqual({ x: 24, y: 66 + 44 + 12 });
    expect(l.legend).toEqual({
      items: [
        { x: 24, y: 122 + 300 + 12, baseline: 434 + 12 + 3.5 },
        { x: 24 + 200 + LEGEND_GAP, y: 434, baseline: 449.5 },
      ],
      rows: 1,
    });
    expect(l.footer.top).toBe(434 + 24 + 12);
    expect(l.footer.baselines).toEqual([470 + 9 + 4.2, 470 + 18 + 9 + 4.2]);
    expect(l.height).toBe(470 + 36 + 24);
  });

  it('gives a note its room above the chart', () => {
    const l = layoutViewImage({ ...PARTS, note: { lines: 1, fontPx: 14, lineHeight: 20 } });
    expect(l.note.top).toBe(122);
    expect(l.chart.y).toBe(122 + 20 + 12);
    expect(l.height).toBe(layoutViewImage(PARTS).height + 32);
  });

  it('moves legend items that would pass the chart’s width to a new row', () => {
    const l = layoutViewImage({ ...PARTS, chart: { width: 400, height: 300 }, legend: { itemWidths: [200, 190, 100], rowHeight: 24, fontPx: 10 } });
    expect(l.legend.rows).toBe(2);
    expect(l.legend.items.map((item) => item.x)).toEqual([24, 24, 24 + 190 + LEGEND_GAP]);
    expect(l.legend.items.map((item) => item.y)).toEqual([434, 458, 458]);
    expect(l.legend.items.map((item) => item.baseline)).toEqual([449.5, 473.5, 473.5]);
    expect(l.footer.top).toBe(434 + 48 + 12);
  });

  it('puts an item wider than the chart on a row of its own, never an empty row before it', () => {
    const l = layoutViewImage({ ...PARTS, chart: { width: 100, height: 300 }, legend: { itemWidths: [300, 300], rowHeight: 24, fontPx: 10 } });
    expect(l.legend.items.map((item) => item.y)).toEqual([434, 458]);
    expect(l.legend.rows).toBe(2);
  });

  it('takes no room for an empty legend or footer', () => {
    const l = layoutViewImage({ ...PARTS, legend: { itemWidths: [], rowHeight: 24, fontPx: 10 }, footer: { lines: 0, fontPx: 12, lineHeight: 18 } });
    expect(l.legend.rows).toBe(0);
    expect(l.height).toBe(122 + 300 + 24);
  });

  it('rounds the height up to whole px', () => {
    const l = layoutViewImage({ ...PARTS, chart: { width: 1000, height: 300.4 } });
    expect(l.height).toBe(531);
  });
});

describe('imageLegend', () => {
  const launch = (outcome: 'success' | 'failure' | 'partial', northKoreaClaimed: 'success' | 'failure' | 'none' = 'none') => ({ outcome, northKoreaClaimed });

  it('names each outcome on the chart with its count, in the order of the outcomes', () => {
    expect(imageLegend([launch('failure'), launch('success'), launch('failure')], false)).toEqual([
      { kind: 'success', text: 'Reached orbit (1)' },
      { kind: 'failure', text: 'Failed (2)' },
    ]);
  });

  it('explains the dashed ring and the context mark only where the chart draws them', () => {
    const kinds = (items: { kind: string }[]) => items.map((item) => item.kind);
    expect(kinds(imageLegend([launch('failure', 'success')], false))).toEqual(['failure', 'claim']);
    expect(kinds(imageLegend([launch('failure', 'failure')], true))).toEqual(['failure', 'context']);
    expect(imageLegend([], false)).toEqual([]);
  });
});

describe('imageSourceLine', () => {
  it('reads the dataset’s own title, version and licence', () => {
    expect(imageSourceLine({ title: 'Launches', version: '1.2.3', license: 'CC BY 4.0' })).toBe('Data: Launches v1.2.3, CC BY 4.0');
    expect(imageSourceLine({ title: 'Launches', version: '1.2.3' })).toBe('Data: Launches v1.2.3');
  });

  it('keeps hostile text as it is: escaping is the serialiser’s job, not the wording’s', () => {
    expect(imageSourceLine({ title: '<script>&"\'', version: '1.0.0', license: 'A & B' })).toBe('Data: <script>&"\' v1.0.0, A & B');
  });
});

describe('imageFileName', () => {
  it('names the view: all, the outcomes shown, none, or the opened launch', () => {
    expect(imageFileName('launches', { outcomes: null, launchId: null }, 'svg')).toBe('nk-satellite-launches-all.svg');
    expect(imageFileName('launches', { outcomes: ['failure'], launchId: null }, 'png')).toBe('nk-satellite-launches-failure.png');
    expect(imageFileName('launches', { outcomes: ['success', 'partial'], launchId: null }, 'png')).toBe('nk-satellite-launches-success-partial.png');
    expect(imageFileName('launches', { outcomes: [], launchId: null }, 'svg')).toBe('nk-satellite-launches-none.svg');
    expect(imageFileName('launches', { outcomes: ['failure'], launchId: '2016-02-07-kwangmyongsong-4' }, 'svg')).toBe('nk-satellite-launches-2016-02-07-kwangmyongsong-4.svg');
  });
});

describe('xmlSafeText', () => {
  it('leaves out what XML cannot hold, and keeps the rest, markup characters included', () => {
    expect(xmlSafeText('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(xmlSafeText('tab\there\nand\r\nthere')).toBe('tab\there\nand\r\nthere');
    expect(xmlSafeText('<b>&"\'</b> 북한 🚀')).toBe('<b>&"\'</b> 북한 🚀');
    expect(xmlSafeText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
  });
});

describe('imageNote', () => {
  it('says what the view shows beyond the whole dataset, or nothing', () => {
    expect(imageNote({ filter: null, opened: null, window: null })).toBeNull();
    expect(imageNote({ filter: 'Showing 5 of 8 launch attempts: failures', opened: null, window: null })).toBe('Showing 5 of 8 launch attempts: failures');
    expect(imageNote({ filter: null, opened: 'Kwangmyongsong-4, 7 February 2016', window: '1 Jan 2009 – 1 Jan 2017' })).toBe(
      'Highlighted: Kwangmyongsong-4, 7 February 2016 · Zoomed to 1 Jan 2009 – 1 Jan 2017',
    );
  });
});
