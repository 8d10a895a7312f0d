// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANNOTATION_MARK,
  estimateTextWidth,
  LABEL_GAP,
  launchLabelText,
  layoutAnnotations,
  MAX_LABEL_ROWS,
  placeLabels,
  planLaunchLabels,
  type LabelItem,
} from './chartLabels.ts';
import type { PlacedAnnotation } from './story.ts';
import { makeTimeScale } from './timeScale.ts';

const RANGE = { start: '1998-01-01', end: '2023-12-31' };

const REAL = [
  ['1998-08-31T03:07:00Z', 'Kwangmyongsong-1'],
  ['2009-04-05T02:30:00Z', 'Kwangmyongsong-2'],
  ['2012-04-12T22:39:00Z', 'Kwangmyongsong-3'],
  ['2012-12-12T00:49:00Z', 'Kwangmyongsong-3 Unit 2'],
  ['2016-02-07T00:30:00Z', 'Kwangmyongsong-4'],
  ['2023-05-30T21:27:00Z', 'Malligyong-1'],
  ['2023-08-23T18:50:00Z', 'Malligyong-1'],
  ['2023-11-21T13:42:00Z', 'Malligyong-1'],
].map(([at = '', payload = ''], i) => ({ id: `launch-${i}`, launchedAt: new Date(at), payload }));

/** Boxes at least `gap` apart when in the same row (less a rounding hair). */
function expectApart(labels: readonly { x: number; row: number; width: number }[], gap: number) {
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.row !== b.row) return;
      const apart = a.x + a.width / 2 + gap <= b.x - b.width / 2 + 1e-9 || b.x + b.width / 2 + gap <= a.x - a.width / 2 + 1e-9;
      expect(apart).toBe(true);
    }),
  );
}

describe('launchLabelText', () => {
  it('names the payload, then the month and year of the launch in Korea', () => {
    expect(launchLabelText({ payload: 'Kwangmyongsong-3 Unit 2', launchedAt: new Date('2012-12-12T00:49:00Z') })).toBe('Kwangmyongsong-3 Unit 2 · Dec 2012');
    expect(launchLabelText({ payload: 'Malligyong-1', launchedAt: new Date('2023-05-30T21:27:00Z') })).toBe('Malligyong-1 · May 2023');
    // 16:00 UTC on New Year's Eve is already the new year in Seoul.
    expect(launchLabelText({ payload: 'Sat', launchedAt: new Date('2020-12-31T16:00:00Z') })).toBe('Sat · Jan 2021');
    expect(launchLabelText({ payload: 'Sat', launchedAt: new Date('2020-09-30T14:59:00Z') })).toBe('Sat · Sep 2020');
  });
});

describe('estimateTextWidth', () => {
  // Advance widths in em of DejaVu Sans and DejaVu Sans Bold (read from the fonts' hmtx tables):
  // the widest font system-ui falls back to, so the estimate must never come out narrower.
  const DEJAVU: [text: string, normal: number, bold: number][] = [
    ['Kwangmyongsong-1 · Aug 1998', 15.969, 17.84],
    ['Kwangmyongsong-3 Unit 2 · Dec 2012', 19.259, 21.476],
    ['Malligyong-1 · May 2023', 12.297, 13.821],
    ['Claimed in orbit; none found', 14.299, 16.145],
    ['Seven years without an attempt', 16.133, 18.191],
    ['Three attempts in six months', 14.761, 16.64],
    ['MWmw', 3.644, 4.064],
    ['iIl.· ', 1.804, 2.166],
    // The axis's tick labels and the period boxes' counts use the same estimate.
    ['Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec', 24.77, 27.87],
    ['13 Apr 2012 12:00', 9.383, 10.385],
    ['1.2k 412', 4.396, 4.872],
  ];

  it.each(DEJAVU)('is never narrower than DejaVu Sans sets %j, and not more than a fifth wider', (text, normal, bold) => {
    for (const px of [11, 12, 16]) {
      expect(estimateTextWidth(text, px)).toBeGreaterThanOrEqual(normal * px);
      expect(estimateTextWidth(text, px)).toBeLessThanOrEqual(normal * px * 1.2);
      expect(estimateTextWidth(text, px, 'bold')).toBeGreaterThanOrEqual(bold * px);
    }
  });

  it('is zero for no text, and grows with the text, the font size and the weight', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('Malligyong-1', 12)).toBeGreaterThan(estimateTextWidth('Malligyong', 12));
    expect(estimateTextWidth('Malligyong', 24)).toBe(2 * estimateTextWidth('Malligyong', 12));
    expect(estimateTextWidth('Malligyong', 12, 'bold')).toBeGreaterThan(estimateTextWidth('Malligyong', 12));
  });

  // For the Korean and Japanese editions: CJK fonts set these a full em wide.
  it.each([
    ['Hangul', '광명성 위성'],
    ['Han', '光明星號'],
    ['Hiragana', 'ひかり'],
    ['Katakana', 'ミサイル'],
    ['CJK punctuation', '、。「」ー・\u3000'],
    ['fullwidth forms', '（１２！）'],
  ])('counts %s as 1 em a character', (_, text) => {
    // The one ASCII space between Korean words is set as any space.
    const ems = [...text].reduce((sum, char) => sum + (char === ' ' ? 0.35 : 1), 0);
    for (const px of [11, 12, 16]) {
      expect(estimateTextWidth(text, px)).toBeCloseTo(ems * px, 9);
      expect(estimateTextWidth(text, px, 'bold')).toBeGreaterThanOrEqual(ems * px);
    }
  });
});

describe('placeLabels', () => {
  const bounds = { left: 0, right: 500 };

  it('centres labels on their x in one row while they fit', () => {
    const { labels, rows } = placeLabels(
      [
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 300, width: 80 },
      ],
      bounds,
      10,
    );
    expect(rows).toBe(1);
    expect(labels.map(({ id, x, row }) => ({ id, x, row }))).toEqual([
      { id: 'a', x: 100, row: 0 },
      { id: 'b', x: 300, row: 0 },
    ]);
  });

  it('moves a label that would touch another to the next row, and back down when a row has room', () => {
    const { labels, rows } = placeLabels(
      [
        { id: 'c', x: 400, width: 80 },
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 150, width: 80 },
      ],
      bounds,
      10,
    );
    expect(rows).toBe(2);
    // In the input order, though placed left to right.
    expect(labels.map((l) => [l.id, l.row])).toEqual([
      ['c', 0],
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('keeps labels exactly `gap` apart in one row, not closer', () => {
    const a = { id: 'a', x: 100, width: 80 };
    expect(placeLabels([a, { id: 'b', x: 190, width: 80 }], bounds, 10).rows).toBe(1);
    expect(placeLabels([a, { id: 'b', x: 189.5, width: 80 }], bounds, 10).rows).toBe(2);
  });

  it('shifts labels at the edges inside the bounds', () => {
    const { labels } = placeLabels(
      [
        { id: 'a', x: 5, width: 80 },
        { id: 'b', x: 498, width: 80 },
      ],
      bounds,
      10,
    );
    expect(labels.map((l) => l.x)).toEqual([40, 460]);
  });

  it('never lets two labels in a row come closer than the gap, and keeps them inside the bounds', () => {
    const item = fc.record({ x: fc.double({ min: -50, max: 1050, noNaN: true }), width: fc.double({ min: 0, max: 400, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 400, max: 2000 }), fc.integer({ min: 0, max: 20 }), (raw, right, gap) => {
        const items: LabelItem[] = raw.map((r, i) => ({ id: `l${i}`, ...r }));
        const { labels, rows } = placeLabels(items, { left: 0, right }, gap);
        expect(labels.map((l) => l.id)).toEqual(items.map((i) => i.id));
        expect(rows).toBe(labels.length === 0 ? 0 : Math.max(...labels.map((l) => l.row)) + 1);
        const placed = labels.map((l) => ({ ...l, width: l.item.width }));
        expectApart(placed, gap);
        for (const l of placed) {
          expect(l.x - l.width / 2).toBeGreaterThanOrEqual(-1e-9);
          expect(l.x + l.width / 2).toBeLessThanOrEqual(right + 1e-9);
          // Centred on its own x unless that would leave the bounds.
          if (l.item.x - l.width / 2 >= 0 && l.item.x + l.width / 2 <= right) expect(l.x).toBeCloseTo(l.item.x, 9);
        }
      }),
    );
  });
});

describe('planLaunchLabels with the eight real launches', () => {
  const rowsAt = (width: number) => {
    const scale = makeTimeScale(RANGE, null, width, { left: 24, right: 24 });
    return planLaunchLabels(
      REAL.map((launch) => ({ launch, x: scale(launch.launchedAt) })),
      width,
    );
  };

  it.each([720, 1280, 1920])('labels every launch at %i px, in rows where no two touch', (width) => {
    const plan = rowsAt(width);
    if (!plan) throw new Error('no labels');
    expect(plan.labels.map((l) => `${l.name} · ${l.when}`)).toEqual(REAL.map((launch) => launchLabelText(launch)));
    expectApart(plan.labels, LABEL_GAP);
    for (const l of plan.labels) {
      expect(l.x - l.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width / 2).toBeLessThanOrEqual(width);
      // The leader drops from inside the label's own box.
      expect(Math.abs(l.markerX - l.x)).toBeLessThanOrEqual(l.width / 2);
    }
    expect(plan.rows).toBeLessThanOrEqual(MAX_LABEL_ROWS);
  });

  it('labels none when the labels would need more rows than the chart gives them', () => {
    expect(rowsAt(375)).toBeNull();
  });

  it('labels none of more markers than are worth labelling, and only markers on the chart', () => {
    const many = Array.from({ length: 41 }, (_, i) => ({ launch: { id: `m${i}`, payload: 'S', launchedAt: new Date(Date.UTC(2000, 0, 1 + i)) }, x: i * 100 }));
    expect(planLaunchLabels(many, 5000)).toBeNull();
    const plan = planLaunchLabels(many.slice(0, 5), 250);
    expect(plan?.labels.map((l) => l.launchId)).toEqual(['m0', 'm1', 'm2']);
  });
});

describe('layoutAnnotations', () => {
  const scale = makeTimeScale(RANGE, null, 1280, { left: 24, right: 24 });
  const plot = { left: 24, right: 1256 };
  const annotation = (id: string, title: string): PlacedAnnotation['annotation'] => ({ id, title, text: 'Text.', anchor: { kind: 'launch', launchId: 'x' }, sourceIds: [] });
  const point = (id: string, title: string, at: string): PlacedAnnotation => ({
    annotation: annotation(id, title),
    shape: 'point',
    from: new Date(at),
    to: new Date(at),
    launchIds: [],
  });
  const span = (id: string, title: string, from: string, to: string): PlacedAnnotation => ({
    annotation: annotation(id, title),
    shape: 'span',
    from: new Date(from),
    to: new Date(to),
    launchIds: [],
  });

  it('ticks a point, brackets a span clamped to the window, and keeps every row clear', () => {
    const placed = [
      point('a', 'First object in orbit', '2012-12-12T00:49:00Z'),
      span('b', 'Seven years without an attempt', '2016-02-07T00:30:00Z', '2023-05-30T21:27:00Z'),
      span('c', 'Three attempts in six months', '2023-05-30T21:27:00Z', '2023-11-21T13:42:00Z'),
      span('d', 'Before the range', '1990-01-01T00:00:00Z', '1999-01-01T00:00:00Z'),
    ];
    const { marks, rows } = layoutAnnotations(placed, scale, plot, { left: 0, right: 1280 }, 100);
    expect(marks.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = marks;
    if (!a || !b || !c || !d) throw new Error('missing marks');
    expect(a.x0).toBe(a.x1);
    expect(a.x0).toBeCloseTo(scale(new Date('2012-12-12T00:49:00Z')), 9);
    expect(b.x1).toBeCloseTo(scale(new Date('2023-05-30T21:27:00Z')), 9);
    expect(d.x0).toBe(24);
    // b and c share an end, so c goes to a row of its own.
    expect(rows).toBe(2);
    expect(c.row).toBe(1);
    for (const m of marks) {
      expect(m.y0).toBe(100 + m.row * 22);
      expect(m.y1).toBe(m.y0 + ANNOTATION_MARK);
      expect(m.titleY).toBeGreaterThan(m.y1);
    }
    // Each annotation's row box covers its bracket and its title; none in a row touch.
    const boxes = marks.map((m) => {
      const left = Math.min(m.x0, m.titleX - m.width / 2);
      const right = Math.max(m.x1, m.titleX + m.width / 2);
      return { x: (left + right) / 2, width: right - left, row: m.row };
    });
    expectApart(boxes, LABEL_GAP);
  });

  it('is empty without annotations', () => {
    expect(layoutAnnotations([], scale, plot, { left: 0, right: 1280 }, 0)).toEqual({ marks: [], rows: 0 });
  });
});
