// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes, layoutContextMarks, layoutMarkers, nextFocusIndex, markerSizeForWidth, type MarkerInput, type MarkerLayout } from './layoutMarkers.ts';
import { fullView, makeTimeScale } from './timeScale.ts';

const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const FULL = fullView(RANGE);
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];

// The eight launches' instants; three of them in 2023, closer together than a marker at 375 px.
const REAL: MarkerInput[] = [
  '1998-08-31T03:07:00Z',
  '2009-04-05T02:30:00Z',
  '2012-04-12T22:39:00Z',
  '2012-12-12T00:49:00Z',
  '2016-02-07T00:30:00Z',
  '2023-05-30T21:27:00Z',
  '2023-08-23T18:50:00Z',
  '2023-11-21T13:42:00Z',
].map((at, i) => ({ id: `launch-${i}`, launchedAt: new Date(at) }));

type Box = { x0: number; x1: number; y0: number; y1: number };
const markerBox = (m: MarkerLayout): Box => ({ x0: m.x - m.size / 2, x1: m.x + m.size / 2, y0: m.y - m.size / 2, y1: m.y + m.size / 2 });
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function layoutAt(width: number, launches: readonly MarkerInput[]) {
  const margin = markerSizeForWidth(width) / 2 + 4;
  const scale = makeTimeScale(RANGE, null, width, { left: margin, right: margin });
  const markers = layoutMarkers(launches, scale, { size: markerSizeForWidth(width) });
  return { scale, markers };
}

/** Every marker's box clear of every other's. */
function expectNoCollisions(markers: readonly MarkerLayout[]) {
  const boxes = markers.map(markerBox);
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
}

describe('assignLanes', () => {
  it('puts items that would touch into different lanes and reuses a lane once it is free', () => {
    const boxes = (xs: number[]) => xs.map((x) => ({ x0: x - 12, x1: x + 12 }));
    expect(assignLanes(boxes([0, 10, 20, 100]))).toEqual([0, 1, 2, 0]);
    expect(assignLanes(boxes([100, 0]))).toEqual([0, 0]);
    expect(assignLanes(boxes([0, 25]))).toEqual([0, 1]);
    expect(assignLanes(boxes([0, 26]))).toEqual([0, 0]);
  });
});

describe('nextFocusIndex', () => {
  it('moves one step with the arrows, to the ends with Home and End, and stops at the ends', () => {
    expect(nextFocusIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextFocusIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextFocusIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextFocusIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextFocusIndex('Home', 2, 3)).toBe(0);
    expect(nextFocusIndex('End', 0, 3)).toBe(2);
    expect(nextFocusIndex('a', 0, 3)).toBeNull();
    expect(nextFocusIndex('End', 0, 0)).toBeNull();
  });
});

describe('layoutContextMarks', () => {
  it('keeps close events apart and draws a lasting event to its end', () => {
    const scale = makeTimeScale(RANGE, null, 1280, { left: 20, right: 20 });
    const marks = layoutContextMarks(
      [
        { id: 'a', start: new Date('2013-02-12T00:00:00Z') },
        { id: 'b', start: new Date('2013-02-20T00:00:00Z'), end: new Date('2013-03-01T00:00:00Z') },
        { id: 'c', start: new Date('2016-05-06T00:00:00Z') },
      ],
      scale,
      { size: 24, top: 100 },
    );
    expect(marks.map((m) => m.lane)).toEqual([0, 1, 0]);
    expect(marks[0]?.y).toBe(112);
    expect(marks[1]?.y).toBe(138);
    expect(marks[1]?.endX).toBe(scale(new Date('2013-03-01T00:00:00Z')));
    expect(marks[0]?.endX).toBeUndefined();
  });
});

describe('layoutMarkers with the real launch dates', () => {
  it.each(WIDTHS)('never overlaps markers at %i px', (width) => {
    const { markers } = layoutAt(width, REAL);
    expect(markers).toHaveLength(8);
    expectNoCollisions(markers);
  });

  it.each(WIDTHS)('places every marker at the exact instant of its launch at %i px', (width) => {
    const { scale, markers } = layoutAt(width, REAL);
    markers.forEach((m, i) => expect(m.x).toBe(scale(REAL[i]?.launchedAt ?? new Date(0))));
  });

  it('stacks the three 2023 launches when they are closer than a marker', () => {
    const { markers } = layoutAt(375, REAL);
    expect(new Set(markers.slice(5).map((m) => m.lane)).size).toBe(3);
  });

  it('gives 44 px targets below 600 px and at least 24 px above', () => {
    expect(layoutAt(375, REAL).markers.every((m) => m.size >= 44)).toBe(true);
    expect(layoutAt(1280, REAL).markers.every((m) => m.size >= 24)).toBe(true);
  });
});

describe('layoutMarkers with random launches', () => {
  const launches = fc
    .array(fc.integer({ min: FULL.from.getTime(), max: FULL.to.getTime() }), { minLength: 0, maxLength: 40 })
    .map((times) => [...times].sort((a, b) => a - b).map((t, i) => ({ id: `l${i}`, launchedAt: new Date(t) })));

  it('never overlaps any two boxes at any width', () => {
    fc.assert(
      fc.property(launches, fc.constantFrom(...WIDTHS), (set, width) => {
        const { markers } = layoutAt(width, set);
        expect(markers.map((m) => m.id)).toEqual(set.map((l) => l.id));
        expectNoCollisions(markers);
      }),
    );
  });
});
