// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import type { ContextEvent, Launch } from '../data/schema.ts';
import { MAX_LANES } from './denseLayout.ts';
import { chartDimensions, chartTooltip, layoutChart, reserveRoom, type ChartLaunch } from './layoutChart.ts';
import { laneHeight } from './layoutMarkers.ts';
import { fullView, type View } from './timeScale.ts';

type TestLaunch = ChartLaunch & Pick<Launch, 'vehicle' | 'northKoreaClaimed'>;

const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const FULL = fullView(RANGE);
const WIDTHS = [320, 768, 1280];

const REAL: TestLaunch[] = [
  ['1998-08-31T03:07:00Z', 'Kwangmyongsong-1', 'failure'],
  ['2009-04-05T02:30:00Z', 'Kwangmyongsong-2', 'failure'],
  ['2012-04-12T22:39:00Z', 'Kwangmyongsong-3', 'failure'],
  ['2012-12-12T00:49:00Z', 'Kwangmyongsong-3 Unit 2', 'success'],
  ['2016-02-07T00:30:00Z', 'Kwangmyongsong-4', 'success'],
  ['2023-05-30T21:27:00Z', 'Malligyong-1', 'failure'],
  ['2023-08-23T18:50:00Z', 'Malligyong-1', 'failure'],
  ['2023-11-21T13:42:00Z', 'Malligyong-1', 'success'],
].map(([at = '', payload = '', outcome], i) => ({
  id: `launch-${i}`,
  launchedAt: new Date(at),
  payload,
  outcome: outcome === 'success' ? 'success' : 'failure',
  vehicle: 'Rocket',
  northKoreaClaimed: 'none',
}));

const CONTEXT: ContextEvent[] = [
  { id: 'test-3', date: '2013-02-12', kind: 'nuclear-test', title: 'Third nuclear test', summary: 'A test.', sourceIds: ['src'] },
  { id: 'congress', date: '2021-01-05', endDate: '2021-01-12', kind: 'political', title: '8th Party Congress', summary: 'A congress.', sourceIds: ['src'] },
];

/** `count` launches spread evenly over the range: far too many to draw one by one at full range. */
function spread(count: number): TestLaunch[] {
  const from = FULL.from.getTime();
  const span = FULL.to.getTime() - from;
  return Array.from({ length: count }, (_, i) => ({
    id: `l${i}`,
    launchedAt: new Date(from + Math.floor((span * (i + 0.5)) / count)),
    payload: `Sat ${i}`,
    outcome: i % 2 === 0 ? 'success' : 'failure',
    vehicle: 'Rocket',
    northKoreaClaimed: 'none',
  }));
}

function layout(width: number, options: { launches?: TestLaunch[]; view?: View; showContext?: boolean } = {}) {
  const { launches = REAL, view = FULL, showContext = false } = options;
  return layoutChart({
    launches,
    times: launches.map((l) => l.launchedAt.getTime()),
    contextEvents: CONTEXT,
    showContext,
    range: RANGE,
    view,
    width,
    room: reserveRoom(launches, CONTEXT, RANGE, width),
  });
}

describe('chartDimensions', () => {
  it('makes touch-sized marks on narrow screens, and keeps room for the end tick labels', () => {
    expect(chartDimensions(320)).toEqual({ size: 44, r: 8, margin: 26 });
    expect(chartDimensions(768)).toEqual({ size: 28, r: 6, margin: 24 });
    expect(chartDimensions(1280)).toEqual({ size: 28, r: 6, margin: 24 });
  });
});

describe('layoutChart', () => {
  it('stacks lanes above the axis: the default view at a desktop chart width', () => {
    const l = layout(1160);
    expect(l.lanes).toBe(3);
    // 8 px of air, two lanes of 30 px above lane 0, half a 28 px marker.
    expect(l.baselineY).toBe(82);
    expect(l.axisY).toBe(102);
    expect(l.height).toBe(130);
    expect(l.scale.range()).toEqual([24, 1136]);
  });

  it.each(WIDTHS)('draws the eight launches one by one, in order, inside the plot, at %i px', (width) => {
    const l = layout(width);
    const { size, margin } = chartDimensions(width);
    expect(l.markers.map((m) => m.launch)).toEqual(REAL);
    expect(l.clusters).toEqual([]);
    expect(l.periodUnit).toBeNull();
    for (const { layout: m } of l.markers) {
      expect(m.x).toBeGreaterThanOrEqual(margin);
      expect(m.x).toBeLessThanOrEqual(width - margin);
      // Lane n sits n lanes above the baseline, and no lane is above the top of the chart.
      expect(m.y + m.lane * laneHeight(size)).toBe(0);
      expect(l.baselineY + m.y - size / 2).toBeGreaterThanOrEqual(0);
    }
    expect(l.baselineY).toBe(8 + (l.lanes - 1) * laneHeight(size) + size / 2);
    expect(l.axisY).toBe(l.baselineY + size / 2 + 6);
    expect(l.height).toBe(l.axisY + 28);
    expect(l.ticks.values.length).toBeGreaterThanOrEqual(2);
  });

  it('runs each stem from under its glyph down to the axis', () => {
    const l = layout(768);
    for (const m of l.markers) {
      expect(m.stem.y1).toBe(m.layout.y + l.r + 3);
      expect(l.baselineY + m.stem.y2).toBe(l.axisY);
    }
  });

  it.each(WIDTHS)('puts the context events on their own track under the axis only when shown, at %i px', (width) => {
    const hidden = layout(width);
    expect(hidden.contextMarks).toEqual([]);
    const shown = layout(width, { showContext: true });
    const { size } = chartDimensions(width);
    expect(shown.contextTop).toBe(shown.axisY + 28);
    expect(shown.contextMarks.map((m) => m.id)).toEqual(['test-3', 'congress']);
    for (const m of shown.contextMarks) expect(m.y).toBe(shown.contextTop + size / 2 + m.lane * laneHeight(size));
    const lanes = Math.max(...shown.contextMarks.map((m) => m.lane + 1));
    expect(shown.height).toBe(shown.contextTop + lanes * laneHeight(size) + 4);
    // The launches do not move.
    expect(shown.markers).toEqual(hidden.markers);
    expect(shown.axisY).toBe(hidden.axisY);
  });

  it('keeps the height of the whole range when zoomed in, so the chart does not jump', () => {
    const zoom = { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2023-12-31T00:00:00Z') };
    for (const width of WIDTHS) {
      const whole = layout(width, { showContext: true });
      const zoomed = layout(width, { showContext: true, view: zoom });
      expect(zoomed.markers.map((m) => m.launch.id)).toEqual(['launch-5', 'launch-6', 'launch-7']);
      expect(zoomed.height).toBe(whole.height);
      expect(zoomed.baselineY).toBe(whole.baselineY);
    }
  });

  it.each(WIDTHS)('counts thousands of launches in period boxes that rise with their count, at %i px', (width) => {
    const launches = spread(2_000);
    const l = layout(width, { launches });
    const { size } = chartDimensions(width);
    expect(l.markers).toEqual([]);
    expect(l.periodUnit).not.toBeNull();
    expect(l.lanes).toBe(MAX_LANES);
    expect(l.clusters.reduce((n, c) => n + c.cluster.count, 0)).toBe(2_000);
    const tallest = size + (MAX_LANES - 1) * laneHeight(size);
    const most = Math.max(...l.clusters.map((c) => c.cluster.count));
    for (const c of l.clusters) {
      expect(c.height).toBeGreaterThan(size);
      expect(c.height).toBeCloseTo(size + (tallest - size) * (c.cluster.count / most), 9);
    }
    expect(Math.max(...l.clusters.map((c) => c.height))).toBe(tallest);
  });

  it('draws the launches of a short window one by one again, with the height of the whole range', () => {
    const launches = spread(2_000);
    const whole = layout(1280, { launches });
    const month = layout(1280, { launches, view: { from: new Date('2010-03-01T00:00:00Z'), to: new Date('2010-04-01T00:00:00Z') } });
    expect(month.clusters).toEqual([]);
    expect(month.markers.length).toBeGreaterThan(0);
    expect(month.markers.every((m) => m.launch.launchedAt.getUTCFullYear() === 2010)).toBe(true);
    expect(month.height).toBe(whole.height);
  });
});

describe('chartTooltip', () => {
  it('points at the top of a launch mark, or under it when the mark is too near the top', () => {
    const l = layout(1160);
    const low = l.markers.find((m) => m.layout.lane === 0);
    const high = l.markers.find((m) => m.layout.lane === 2);
    if (!low || !high) throw new Error('expected marks in lanes 0 and 2');
    expect(chartTooltip(l, CONTEXT, { kind: 'launch', id: low.launch.id })).toEqual({
      x: low.layout.x,
      y: l.baselineY - l.size / 2,
      below: false,
      title: low.launch.payload,
      lines: expect.any(Array),
    });
    const above = l.baselineY + high.layout.y - l.size / 2;
    expect(above).toBeLessThan(64);
    expect(chartTooltip(l, CONTEXT, { kind: 'launch', id: high.launch.id })).toMatchObject({ x: high.layout.x, y: above + l.size, below: true });
  });

  it('points at the middle of what is visible of a period box', () => {
    const l = layout(768, { launches: spread(2_000) });
    const first = l.clusters[0];
    if (!first) throw new Error('no box');
    const tip = chartTooltip(l, CONTEXT, { kind: 'cluster', id: first.cluster.key });
    expect(tip?.x).toBe((Math.max(first.cluster.x0, 0) + Math.min(first.cluster.x1, 768)) / 2);
    expect(tip?.title).toMatch(/launch attempts?$/);
    // The tallest boxes reach the top lane: their tooltips go below the box's top edge.
    const tallest = l.clusters.reduce((a, b) => (b.height > a.height ? b : a));
    expect(chartTooltip(l, CONTEXT, { kind: 'cluster', id: tallest.cluster.key })).toMatchObject({ y: l.baselineY + l.size / 2, below: true });
  });

  it('points at the top of a context mark, and at nothing that is not drawn', () => {
    const l = layout(1280, { showContext: true });
    const mark = l.contextMarks[1];
    if (!mark) throw new Error('no context mark');
    expect(chartTooltip(l, CONTEXT, { kind: 'context', id: 'congress' })).toEqual({
      x: mark.x,
      y: mark.y - l.size / 2,
      below: false,
      title: '8th Party Congress',
      lines: ['5 January 2021 to 12 January 2021', 'Political event'],
    });
    expect(chartTooltip(layout(1280), CONTEXT, { kind: 'context', id: 'congress' })).toBeNull();
    expect(chartTooltip(l, CONTEXT, { kind: 'launch', id: 'nope' })).toBeNull();
    expect(chartTooltip(l, CONTEXT, { kind: 'cluster', id: '2010-01-01' })).toBeNull();
  });
});
