// Date-sensitive: run under several zones, e.g. `TZ=Asia/Seoul npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  axisTicks,
  clampView,
  DAY_MS,
  formatTick,
  formatViewRange,
  fullView,
  isFullView,
  keyZoomFactor,
  makeTimeScale,
  MIN_SPAN_MS,
  panView,
  revealDate,
  tickCountForWidth,
  ZOOM_STEP,
  zoomView,
  type View,
} from './timeScale.ts';
import { estimateTextWidth } from './chartLabels.ts';
import { utcDay } from './formatDate.ts';

const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const FULL = fullView(RANGE);
const START = FULL.from.getTime();
const END = FULL.to.getTime();
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];
const MARGINS = { left: 24, right: 24 };

const view = (from: string, to: string): View => ({ from: new Date(from), to: new Date(to) });
const span = (v: View) => v.to.getTime() - v.from.getTime();
const instant = fc.integer({ min: START - 5 * 365 * DAY_MS, max: END + 5 * 365 * DAY_MS });

function expectInside(v: View) {
  expect(v.from.getTime()).toBeGreaterThanOrEqual(START);
  expect(v.to.getTime()).toBeLessThanOrEqual(END);
}

describe('fullView', () => {
  it('runs from the first day of 1998 to the last millisecond of 2023, in UTC', () => {
    expect(FULL.from.toISOString()).toBe('1998-01-01T00:00:00.000Z');
    expect(FULL.to.toISOString()).toBe('2023-12-31T23:59:59.999Z');
    expect(utcDay('2012-13-01').getTime()).toBeNaN();
  });
});

describe('tickCountForWidth', () => {
  it('gives about one tick per 80 px and never fewer than two', () => {
    expect(tickCountForWidth(0)).toBe(2);
    expect(tickCountForWidth(320)).toBe(4);
    expect(tickCountForWidth(1280)).toBe(16);
    expect(tickCountForWidth(Number.NaN)).toBe(2);
  });

  it('never gives fewer ticks to a wider plot', () => {
    fc.assert(fc.property(fc.nat(5000), fc.nat(5000), (a, b) => tickCountForWidth(Math.min(a, b)) <= tickCountForWidth(Math.max(a, b))));
  });
});

describe('clampView', () => {
  it('keeps any window inside the range and at least 30 days wide', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const v = clampView({ from: new Date(a), to: new Date(b) }, FULL);
        expectInside(v);
        expect(span(v)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
        expect(clampView(v, FULL)).toEqual(v);
      }),
    );
  });

  it('widens a too-narrow window around its middle', () => {
    const v = clampView(view('2012-12-11T00:00:00Z', '2012-12-13T00:00:00Z'), FULL);
    expect(span(v)).toBe(MIN_SPAN_MS);
    expect((v.from.getTime() + v.to.getTime()) / 2).toBe(Date.parse('2012-12-12T00:00:00Z'));
  });

  it('slides a window that starts before 1998 back in without changing its width', () => {
    const v = clampView(view('1997-01-01T00:00:00Z', '1999-01-01T00:00:00Z'), FULL);
    expect(v.from.getTime()).toBe(START);
    expect(span(v)).toBe(Date.parse('1999-01-01') - Date.parse('1997-01-01'));
  });

  it('turns an invalid window into the whole range and swaps a reversed one', () => {
    expect(clampView({ from: new Date(Number.NaN), to: new Date(0) }, FULL)).toEqual(FULL);
    expect(clampView(view('2013-01-01', '2012-01-01'), FULL)).toEqual(view('2012-01-01', '2013-01-01'));
  });
});

describe('zoomView', () => {
  it('halves the window and keeps the anchor at the same place on screen', () => {
    const v = view('2008-01-01T00:00:00Z', '2016-01-01T00:00:00Z');
    const anchor = new Date('2010-01-01T00:00:00Z');
    const z = zoomView(v, 0.5, anchor, FULL);
    expect(span(z)).toBe(span(v) / 2);
    const share = (d: Date, w: View) => (d.getTime() - w.from.getTime()) / span(w);
    expect(share(anchor, z)).toBeCloseTo(share(anchor, v), 9);
  });

  it('never zooms out past the range nor in past 30 days', () => {
    fc.assert(
      fc.property(instant, instant, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: START, max: END }), (a, b, k, at) => {
        const z = zoomView(clampView({ from: new Date(a), to: new Date(b) }, FULL), k, new Date(at), FULL);
        expectInside(z);
        expect(span(z)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
      }),
    );
    expect(zoomView(FULL, 4, new Date('2010-01-01'), FULL)).toEqual(FULL);
  });

  it('keeps the anchor in place when it hits the 30-day floor', () => {
    const v = view('2012-11-01T00:00:00Z', '2013-01-01T00:00:00Z');
    const anchor = new Date('2012-12-12T00:49:00Z');
    const z = zoomView(v, 0.01, anchor, FULL);
    expect(span(z)).toBe(MIN_SPAN_MS);
    expect(z.from.getTime()).toBeLessThan(anchor.getTime());
    expect(z.to.getTime()).toBeGreaterThan(anchor.getTime());
  });
});

describe('panView', () => {
  it('moves the window by the given time', () => {
    const v = view('2010-01-01T00:00:00Z', '2011-01-01T00:00:00Z');
    expect(panView(v, 10 * DAY_MS, FULL)).toEqual(view('2010-01-11T00:00:00Z', '2011-01-11T00:00:00Z'));
  });

  it('stops at either end of the range with the width unchanged', () => {
    const v = view('2010-01-01T00:00:00Z', '2011-01-01T00:00:00Z');
    const early = panView(v, -100 * 365 * DAY_MS, FULL);
    const late = panView(v, 100 * 365 * DAY_MS, FULL);
    expect(early.from.getTime()).toBe(START);
    expect(late.to.getTime()).toBe(END);
    expect(span(early)).toBe(span(v));
    expect(span(late)).toBe(span(v));
  });
});

describe('revealDate', () => {
  const v = view('2010-01-01T00:00:00Z', '2011-01-01T00:00:00Z');

  it('leaves the window alone when the date is well inside', () => {
    expect(revealDate(v, new Date('2010-07-01T00:00:00Z'), FULL)).toBe(v);
  });

  it('pans just far enough to show a date on either side', () => {
    for (const date of [new Date('2012-12-12T00:49:00Z'), new Date('1998-08-31T03:07:00Z')]) {
      const r = revealDate(v, date, FULL);
      expect(span(r)).toBe(span(v));
      expect(r.from.getTime()).toBeLessThan(date.getTime());
      expect(r.to.getTime()).toBeGreaterThan(date.getTime());
    }
  });
});

describe('keyZoomFactor', () => {
  it('zooms in by one step on + and =, out on - and _, and leaves other keys alone', () => {
    expect(['+', '='].map(keyZoomFactor)).toEqual([1 / ZOOM_STEP, 1 / ZOOM_STEP]);
    expect(['-', '_'].map(keyZoomFactor)).toEqual([ZOOM_STEP, ZOOM_STEP]);
    expect(['Enter', 'ArrowRight', 'a'].map(keyZoomFactor)).toEqual([null, null, null]);
  });
});

describe('makeTimeScale', () => {
  it('maps the whole range onto the plot when no window is set', () => {
    const scale = makeTimeScale(RANGE, null, 1000, MARGINS);
    expect(scale(FULL.from)).toBe(24);
    expect(scale(FULL.to)).toBe(976);
  });

  it('maps a window onto the plot, clamped to the range', () => {
    const scale = makeTimeScale(RANGE, view('2022-01-01T00:00:00Z', '2030-01-01T00:00:00Z'), 1000, MARGINS);
    expect(scale.domain()[1]?.getTime()).toBe(END);
    expect(scale(new Date('2023-12-31T23:59:59.999Z'))).toBe(976);
  });
});

describe('formatTick', () => {
  it('writes years, months and days in UTC, with the year on the first label only', () => {
    expect(formatTick(new Date('2012-01-01T00:00:00Z'), false)).toBe('2012');
    expect(formatTick(new Date('2012-04-01T00:00:00Z'), true)).toBe('Apr 2012');
    expect(formatTick(new Date('2012-04-01T00:00:00Z'), false)).toBe('Apr');
    expect(formatTick(new Date('2012-04-13T00:00:00Z'), false)).toBe('13 Apr');
    expect(formatTick(new Date('2012-04-13T00:00:00Z'), true)).toBe('13 Apr 2012');
    expect(formatTick(new Date('2012-04-13T12:00:00Z'), false)).toBe('12:00');
  });
});

describe('axisTicks', () => {
  function collides(scale: ReturnType<typeof makeTimeScale>, ticks: ReturnType<typeof axisTicks>) {
    const boxes = ticks.values.map((v, i) => {
      const w = estimateTextWidth(ticks.labels[i] ?? '', 12);
      return { x0: scale(v) - w / 2, x1: scale(v) + w / 2 };
    });
    return boxes.some((b, i) => i > 0 && b.x0 < (boxes[i - 1]?.x1 ?? Number.NEGATIVE_INFINITY));
  }

  it.each(WIDTHS)('labels the whole range with years including 2000 and 2020 at %i px, none touching', (width) => {
    const scale = makeTimeScale(RANGE, null, width, MARGINS);
    const ticks = axisTicks(scale);
    expect(ticks.labels).toContain('2000');
    expect(ticks.labels).toContain('2020');
    expect(ticks.labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(collides(scale, ticks)).toBe(false);
  });

  it('shows every year from 1998 to 2023 on a wide screen', () => {
    const ticks = axisTicks(makeTimeScale(RANGE, null, 1920, MARGINS));
    expect(ticks.labels[0]).toBe('1998');
    expect(ticks.labels.at(-1)).toBe('2023');
  });

  it('never lets labels touch in any window at any width', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 200, max: 2560 }), (a, b, width) => {
        const scale = makeTimeScale(RANGE, { from: new Date(a), to: new Date(b) }, width, MARGINS);
        const ticks = axisTicks(scale);
        expect(ticks.values.length).toBeGreaterThan(0);
        expect(collides(scale, ticks)).toBe(false);
      }),
    );
  });

  it('says which year a zoomed-in window is in', () => {
    const ticks = axisTicks(makeTimeScale(RANGE, view('2012-03-01T00:00:00Z', '2012-06-01T00:00:00Z'), 1280, MARGINS));
    expect(ticks.labels[0]).toMatch(/2012$/);
  });
});

describe('isFullView and formatViewRange', () => {
  it('describes the whole range by years and a window by days', () => {
    expect(isFullView(FULL, FULL)).toBe(true);
    expect(isFullView(view('1998-01-01T00:00:00Z', '2023-12-31T23:59:59Z'), FULL)).toBe(true);
    expect(isFullView(view('1998-01-03T00:00:00Z', '2023-12-31T23:59:59Z'), FULL)).toBe(false);
    expect(formatViewRange(FULL, FULL)).toBe('1998 – 2023');
    const v = view('2012-04-03T00:00:00Z', '2013-01-20T00:00:00Z');
    expect(isFullView(v, FULL)).toBe(false);
    expect(formatViewRange(v, FULL)).toBe('3 Apr 2012 – 20 Jan 2013');
  });
});
