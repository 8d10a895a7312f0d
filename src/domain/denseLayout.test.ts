// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Outcome } from '../data/schema.ts';
import {
  choosePeriod,
  clusterLabel,
  clusterLaunches,
  compactCount,
  lanesForRange,
  lowerBound,
  MAX_LANES,
  MIN_CLUSTER_PX,
  MIN_TO_GROUP,
  outcomeBreakdown,
  periodWords,
  planMarkers,
  sliceWithin,
} from './denseLayout.ts';
import { assignLanesUpTo } from './layoutMarkers.ts';
import { DAY_MS, makeTimeScale } from './timeScale.ts';

const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const OUTCOMES: readonly Outcome[] = ['success', 'failure', 'partial'];
const WIDTH = 1280;
const MARGINS = { left: 24, right: 24 };
const fullScale = () => makeTimeScale(RANGE, null, WIDTH, MARGINS);

type Item = { id: string; launchedAt: Date; payload: string; outcome: Outcome };
function items(instants: readonly string[] | readonly number[], outcomes: readonly Outcome[] = OUTCOMES): Item[] {
  return instants.map((at, i) => ({ id: `l${i}`, launchedAt: new Date(at), payload: `P${i}`, outcome: outcomes[i % outcomes.length] ?? 'failure' }));
}
const timesOf = (list: readonly Item[]) => list.map((l) => l.launchedAt.getTime());

/** `count` launches spread evenly over the range, as the bench's synthetic files are. */
function even(count: number): Item[] {
  const from = Date.UTC(1998, 0, 1);
  const span = Date.UTC(2023, 11, 31) - from;
  return items(Array.from({ length: count }, (_, i) => from + Math.floor((span * (i + 0.5)) / count)));
}

describe('lowerBound and sliceWithin', () => {
  const times = [10, 20, 20, 30, 40];
  it('finds the first index at or after a value', () => {
    expect([5, 10, 15, 20, 21, 40, 41].map((v) => lowerBound(times, v))).toEqual([0, 0, 1, 1, 3, 4, 5]);
  });
  it('takes both ends of the window, and nothing from an empty one', () => {
    expect(sliceWithin(times, 20, 30)).toEqual({ lo: 1, hi: 4 });
    expect(sliceWithin(times, 41, 50)).toEqual({ lo: 5, hi: 5 });
    expect(sliceWithin(times, 30, 20)).toEqual({ lo: 3, hi: 3 });
    expect(sliceWithin([], 0, 1)).toEqual({ lo: 0, hi: 0 });
  });
});

describe('assignLanesUpTo', () => {
  it('gives up as soon as one more lane would be needed', () => {
    const stacked = Array.from({ length: 4 }, () => ({ x0: 0, x1: 10 }));
    expect(assignLanesUpTo(stacked, 2, 4)).toEqual([0, 1, 2, 3]);
    expect(assignLanesUpTo(stacked, 2, 3)).toBeNull();
  });
});

describe('choosePeriod', () => {
  it('takes the shortest period at least MIN_CLUSTER_PX wide', () => {
    const perPx = (days: number) => (days * DAY_MS) / MIN_CLUSTER_PX;
    expect(choosePeriod(perPx(1)).unit).toBe('day');
    expect(choosePeriod(perPx(1.01)).unit).toBe('month');
    expect(choosePeriod(perPx(30)).unit).toBe('month');
    expect(choosePeriod(perPx(31)).unit).toBe('quarter');
    expect(choosePeriod(perPx(300)).unit).toBe('year');
    expect(choosePeriod(perPx(400)).unit).toBe('five-years');
    expect(choosePeriod(perPx(100_000)).unit).toBe('five-years');
  });
});

describe('periodWords', () => {
  const at = new Date(Date.UTC(2012, 3, 1));
  it('names each kind of period as a reader would', () => {
    expect(periodWords('day', at)).toBe('1 April 2012');
    expect(periodWords('month', at)).toBe('April 2012');
    expect(periodWords('quarter', at)).toBe('April to June 2012');
    expect(periodWords('year', new Date(Date.UTC(2012, 0, 1)))).toBe('2012');
    expect(periodWords('five-years', new Date(Date.UTC(2010, 0, 1)))).toBe('2010 to 2014');
  });
});

describe('clusterLaunches', () => {
  it('cuts periods at KST midnight: 31 March 16:00 UTC is 1 April in Pyongyang', () => {
    const list = items(['2012-03-31T14:59:00Z', '2012-03-31T15:00:00Z', '2012-04-12T22:39:00Z', '2012-06-01T00:00:00Z']);
    const scale = fullScale();
    const month = choosePeriod((30 * DAY_MS) / MIN_CLUSTER_PX);
    expect(month.unit).toBe('month');
    const window = { fromMs: Date.UTC(2012, 0, 1), toMs: Date.UTC(2012, 11, 31) };
    const clusters = clusterLaunches(list, timesOf(list), scale, window, month);
    expect(clusters.map((c) => [c.key, c.period, c.count, c.firstIndex, c.lastIndex])).toEqual([
      ['2012-03-01', 'March 2012', 1, 0, 0],
      ['2012-04-01', 'April 2012', 2, 1, 2],
      ['2012-06-01', 'June 2012', 1, 3, 3],
    ]);
    const april = clusters[1];
    expect(april?.startMs).toBe(Date.parse('2012-03-31T15:00:00Z'));
    expect(april?.endMs).toBe(Date.parse('2012-04-30T15:00:00Z'));
    expect(april?.x0).toBeCloseTo(scale(new Date('2012-03-31T15:00:00Z')), 6);
    expect(april?.outcomes).toEqual({ success: 0, failure: 1, partial: 1 });
  });

  it('counts every launch of the window once, in boxes that follow one another', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(1998, 0, 1), max: Date.UTC(2023, 11, 31) }), { maxLength: 300 }),
        fc.integer({ min: Date.UTC(1998, 0, 1), max: Date.UTC(2023, 11, 31) }),
        fc.integer({ min: 1, max: 9_000 }),
        fc.constantFrom(0.5, 20, 80, 300, 1_500),
        (raw, from, days, periodDays) => {
          const list = items([...raw].sort((a, b) => a - b));
          const times = timesOf(list);
          const window = { fromMs: from, toMs: from + days * DAY_MS };
          const clusters = clusterLaunches(list, times, fullScale(), window, choosePeriod((periodDays * DAY_MS) / MIN_CLUSTER_PX));
          const counted = clusters.reduce((n, c) => n + c.count, 0);
          const first = clusters[0];
          const last = clusters[clusters.length - 1];
          if (!first || !last) {
            const inWindow = sliceWithin(times, window.fromMs, window.toMs);
            expect(inWindow.hi - inWindow.lo).toBe(0);
            return;
          }
          // Whole periods: everything from the first box's start to the last box's end.
          const { lo, hi } = sliceWithin(times, first.startMs, last.endMs - 1);
          expect(counted).toBe(hi - lo);
          clusters.forEach((c, i) => {
            expect(c.lastIndex - c.firstIndex + 1).toBe(c.count);
            expect(c.outcomes.success + c.outcomes.failure + c.outcomes.partial).toBe(c.count);
            expect(c.x1).toBeGreaterThan(c.x0);
            const next = clusters[i + 1];
            if (next) expect(next.startMs).toBeGreaterThanOrEqual(c.endMs);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planMarkers', () => {
  it('draws the eight real launches one by one, each with its index', () => {
    const list = items(['1998-08-31T03:07:00Z', '2009-04-05T02:30:00Z', '2012-04-12T22:39:00Z', '2012-12-12T00:49:00Z', '2016-02-07T00:30:00Z', '2023-05-30T21:27:00Z', '2023-08-23T18:50:00Z', '2023-11-21T13:42:00Z']);
    const plan = planMarkers(list, timesOf(list), fullScale(), { size: 28, bounds: { left: 0, right: WIDTH } });
    expect(plan.mode).toBe('markers');
    if (plan.mode !== 'markers') return;
    expect(plan.first).toBe(0);
    expect(plan.markers.map((m) => m.id)).toEqual(list.map((l) => l.id));
  });

  it('lays out only the launches in the window, and says where they start', () => {
    const list = even(10_000);
    const from = new Date('2010-01-01T00:00:00Z');
    const scale = makeTimeScale(RANGE, { from, to: new Date(from.getTime() + 40 * DAY_MS) }, WIDTH, MARGINS);
    const plan = planMarkers(list, timesOf(list), scale, { size: 28, bounds: { left: 0, right: WIDTH } });
    expect(plan.mode).toBe('markers');
    if (plan.mode !== 'markers') return;
    expect(plan.markers.length).toBeGreaterThan(30);
    expect(plan.markers.length).toBeLessThan(60);
    plan.markers.forEach((m, i) => expect(m.id).toBe(list[plan.first + i]?.id));
    expect(Math.max(...plan.markers.map((m) => m.lane))).toBeLessThan(MAX_LANES);
    // Every drawn marker is within half a box of the chart.
    for (const m of plan.markers) expect(m.x).toBeGreaterThanOrEqual(-28);
    for (const m of plan.markers) expect(m.x).toBeLessThanOrEqual(WIDTH + 28);
  });

  it('counts 10,000 launches at the whole range in yearly boxes that fit the width', () => {
    const list = even(10_000);
    const plan = planMarkers(list, timesOf(list), fullScale(), { size: 28, bounds: { left: 0, right: WIDTH } });
    expect(plan.mode).toBe('clusters');
    if (plan.mode !== 'clusters') return;
    expect(plan.unit).toBe('year');
    expect(plan.clusters.reduce((n, c) => n + c.count, 0)).toBe(10_000);
    expect(plan.clusters.length).toBeGreaterThanOrEqual(26);
    expect(plan.clusters.length).toBeLessThanOrEqual(27);
  });

  it('never needs more than MAX_LANES lanes, whatever the window', () => {
    const list = even(2_000);
    const times = timesOf(list);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1998, 0, 1), max: Date.UTC(2023, 0, 1) }), fc.integer({ min: 30, max: 9_000 }), fc.constantFrom(320, 768, 1280), (from, days, width) => {
        const scale = makeTimeScale(RANGE, { from: new Date(from), to: new Date(from + days * DAY_MS) }, width, MARGINS);
        const plan = planMarkers(list, times, scale, { size: width < 600 ? 44 : 28, bounds: { left: 0, right: width } });
        if (plan.mode === 'clusters') expect(plan.clusters.length).toBeLessThanOrEqual(Math.ceil(width / 20) + 2);
        else if (plan.markers.length > MIN_TO_GROUP) expect(plan.markers.every((m) => m.lane < MAX_LANES)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a few launches close together', () => {
  it('are drawn one by one, in as many lanes as they need, never grouped', () => {
    const sameDay = items(Array.from({ length: 20 }, (_, i) => Date.UTC(2012, 3, 12) + i * 60_000));
    const plan = planMarkers(sameDay, timesOf(sameDay), fullScale(), { size: 28, bounds: { left: 0, right: WIDTH } });
    expect(plan.mode).toBe('markers');
    if (plan.mode !== 'markers') return;
    expect(Math.max(...plan.markers.map((m) => m.lane)) + 1).toBe(20);
    expect(lanesForRange(sameDay, fullScale(), { size: 28 })).toBe(20);
  });
});

describe('lanesForRange', () => {
  it('reserves what the whole range needs, and all lanes when it is grouped', () => {
    const sparse = items(['2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z', '2010-01-01T00:00:00Z']);
    expect(lanesForRange(sparse, fullScale(), { size: 28 })).toBe(2);
    expect(lanesForRange(even(10_000), fullScale(), { size: 28 })).toBe(MAX_LANES);
    expect(MIN_TO_GROUP).toBeGreaterThan(MAX_LANES);
  });
});

describe('words for a box', () => {
  it('says how many, when, and the outcomes, most first, leaving out those with none', () => {
    expect(outcomeBreakdown({ success: 180, failure: 212, partial: 0 })).toBe('212 failed, 180 reached orbit');
    expect(clusterLabel({ count: 1, period: 'April 2012', outcomes: { success: 0, failure: 1, partial: 0 } })).toBe('1 launch attempt, April 2012: 1 failed. Open to see each launch');
    expect(clusterLabel({ count: 1_204, period: '2004', outcomes: { success: 600, failure: 504, partial: 100 } })).toBe(
      '1,204 launch attempts, 2004: 600 reached orbit, 504 failed, 100 partial success. Open to see each launch',
    );
  });
  it('shortens big counts to fit the box', () => {
    expect([0, 7, 999, 1_000, 1_049, 1_250, 9_999, 10_000, 123_456].map(compactCount)).toEqual(['0', '7', '999', '1k', '1k', '1.2k', '9.9k', '10k', '123k']);
  });
});
