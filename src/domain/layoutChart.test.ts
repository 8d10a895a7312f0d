// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parseDataset.ts';
import { ANNOTATION_ROW, LABEL_ROW, launchLabelText } from './chartLabels.ts';
import { MAX_LANES } from './denseLayout.ts';
import { layout, REAL, spread } from '../../tests/fixtures/chartLaunches.ts';
import { chartDimensions, reserveRoom, type ChartLaunch } from './chartRoom.ts';
import { layoutChart, type ChartLayout } from './layoutChart.ts';
import { laneHeight } from './layoutMarkers.ts';
import { annotationsInView, type PlacedAnnotation } from './story.ts';
import { fullView, type View } from './timeScale.ts';

const WIDTHS = [320, 768, 1280];

/** px from the top of the chart to the baseline: air, label rows and the room for their leaders, lanes, half a marker. */
const baselineFor = (l: ChartLayout<ChartLaunch>) => 8 + (l.labelRows > 0 ? l.labelRows * LABEL_ROW + 6 : 0) + (l.lanes - 1) * laneHeight(l.size) + l.size / 2;

describe('chartDimensions', () => {
  it('makes touch-sized marks on narrow screens, and keeps room for the end tick labels', () => {
    expect(chartDimensions(320)).toEqual({ size: 44, r: 8, margin: 26 });
    expect(chartDimensions(768)).toEqual({ size: 28, r: 6, margin: 24 });
    expect(chartDimensions(1280)).toEqual({ size: 28, r: 6, margin: 24 });
  });
});

describe('layoutChart', () => {
  it('stacks label rows and lanes above the axis: the default view at a desktop chart width', () => {
    const l = layout(1160);
    expect(l.lanes).toBe(3);
    expect(l.labelRows).toBe(3);
    // 8 px of air, three label rows of 16 px, 6 px of leader, two lanes of 30 px above lane 0, half a 28 px marker.
    expect(l.baselineY).toBe(136);
    expect(l.axisY).toBe(156);
    expect(l.height).toBe(184);
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
    expect(l.baselineY).toBe(baselineFor(l));
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

type Box = { x0: number; x1: number; y0: number; y1: number };
const intersect = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const labelBox = (l: { x: number; y: number; width: number }): Box => ({ x0: l.x - l.width / 2, x1: l.x + l.width / 2, y0: l.y - LABEL_ROW / 2, y1: l.y + LABEL_ROW / 2 });
const markerBoxes = (l: ChartLayout<ChartLaunch>): Box[] =>
  l.markers.map(({ layout: m }) => ({ x0: m.x - l.size / 2, x1: m.x + l.size / 2, y0: l.baselineY + m.y - l.size / 2, y1: l.baselineY + m.y + l.size / 2 }));

describe('launch labels with the published dataset', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('public/data/launches.json', 'utf8')));
  if (!parsed.ok) throw new Error('the real dataset does not load');
  const { launches, contextEvents, range } = parsed.dataset;
  const real = (width: number, view: View = fullView(range), annotations: PlacedAnnotation[] = []) =>
    layoutChart({
      launches,
      times: launches.map((l) => l.launchedAt.getTime()),
      contextEvents,
      showContext: false,
      range,
      view,
      width,
      room: reserveRoom(launches, contextEvents, range, width, annotations),
      annotations,
    });

  it.each([
    [1280, 3, 184],
    [1920, 2, 154],
  ])('labels every one of the launches at %i px, touching neither each other nor any marker', (width, lanes, height) => {
    const l = real(width);
    expect(launches).toHaveLength(8);
    expect(l.labels.map((label) => label.launchId)).toEqual(launches.map((launch) => launch.id));
    const texts = l.labels.map((label) => `${label.name} · ${label.when}`);
    expect(texts).toEqual(launches.map((launch) => launchLabelText(launch)));
    expect(texts).toContain('Kwangmyongsong-3 Unit 2 · Dec 2012');
    const labels = l.labels.map(labelBox);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(intersect(a, b)).toBe(false)));
    const markers = markerBoxes(l);
    for (const a of labels) for (const b of markers) expect(intersect(a, b)).toBe(false);
    for (const box of labels) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(width);
      expect(box.y0).toBeGreaterThanOrEqual(0);
    }
    // Each leader drops from the bottom of its label's row, inside the label, to the top of its marker.
    for (const label of l.labels) {
      const mark = l.markers.find((m) => m.launch.id === label.launchId);
      if (!mark) throw new Error(`no marker for ${label.launchId}`);
      expect(label.leader.x).toBe(mark.layout.x);
      expect(Math.abs(label.leader.x - label.x)).toBeLessThanOrEqual(label.width / 2);
      expect(label.leader.y1).toBe(label.y + LABEL_ROW / 2);
      expect(label.leader.y2).toBe(l.baselineY + mark.layout.y - l.size / 2);
      expect(label.leader.y2 - label.leader.y1).toBeGreaterThanOrEqual(6);
    }
    // Three rows of labels over the lanes (the three 2023 launches, each over the last).
    expect(l.labelRows).toBe(3);
    expect(l.lanes).toBe(lanes);
    expect(l.baselineY).toBe(baselineFor(l));
    expect(l.height).toBe(height);
  });

  it('keeps the label rows of the whole range when zoomed in, so neither the axis nor the height moves', () => {
    const whole = real(1280);
    const zoomed = real(1280, { from: new Date('2023-01-01T00:00:00Z'), to: new Date('2023-12-31T00:00:00Z') });
    expect(zoomed.labels).toHaveLength(3);
    expect(zoomed.labelRows).toBeLessThanOrEqual(whole.labelRows);
    expect(zoomed.baselineY).toBe(whole.baselineY);
    expect(zoomed.height).toBe(whole.height);
  });

  it.each([1280, 1920])('draws the annotations in rows under the axis at %i px, and the context track under them', (width) => {
    const annotations = annotationsInView(parsed.dataset, fullView(range));
    expect(annotations).toHaveLength(4);
    const l = real(width, fullView(range), annotations);
    expect(l.annotationTop).toBe(l.axisY + 28);
    expect(l.annotations.map((a) => a.id)).toEqual(annotations.map((a) => a.annotation.id));
    expect(l.annotationRows).toBe(2);
    expect(l.height).toBe(l.annotationTop + 2 * ANNOTATION_ROW + 4);
    // The launches and their labels do not move for the annotations.
    expect(l.labels).toEqual(real(width).labels);
    const [first] = l.annotations;
    const point = annotations[0];
    if (!first || !point) throw new Error('no annotation');
    expect(first.shape).toBe('point');
    expect(first.x0).toBeCloseTo(l.scale(point.from), 9);
    for (const a of l.annotations) {
      expect(a.y0).toBe(l.annotationTop + a.row * ANNOTATION_ROW);
      expect(a.titleX - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.titleX + a.width / 2).toBeLessThanOrEqual(width);
    }
  });
});

describe('layoutChart without labels', () => {
  it('labels none of the launches counted in period boxes', () => {
    const l = layout(1280, { launches: spread(2_000) });
    expect(l.clusters.length).toBeGreaterThan(0);
    expect(l.labels).toEqual([]);
    expect(l.labelRows).toBe(0);
  });

  it('labels none of more than 40 markers drawn one by one', () => {
    const l = layout(1920, { launches: spread(45) });
    expect(l.markers).toHaveLength(45);
    expect(l.labels).toEqual([]);
    expect(l.baselineY).toBe(baselineFor(l));
  });

  it('labels a short window of a dense dataset inside the lanes kept for its boxes, without growing', () => {
    const launches = spread(2_000);
    const whole = layout(1280, { launches });
    const month = layout(1280, { launches, view: { from: new Date('2010-03-01T00:00:00Z'), to: new Date('2010-04-01T00:00:00Z') } });
    expect(month.labels).toHaveLength(month.markers.length);
    expect(month.height).toBe(whole.height);
    for (const label of month.labels) expect(label.y - LABEL_ROW / 2).toBeGreaterThanOrEqual(0);
  });
});

describe('layoutChart with annotations', () => {
  const annotation = (id: string, from: string, to: string): PlacedAnnotation => ({
    annotation: { id, title: `Note ${id}`, text: 'Text.', anchor: { kind: 'span', from: from.slice(0, 10), to: to.slice(0, 10) }, sourceIds: [] },
    shape: 'span',
    from: new Date(from),
    to: new Date(to),
    launchIds: [],
  });
  const notes = [annotation('early', '1999-01-01T00:00:00Z', '2001-01-01T00:00:00Z'), annotation('late', '2020-01-01T00:00:00Z', '2022-01-01T00:00:00Z')];

  it('leaves out annotations outside the window but keeps their rows, and moves the context track down', () => {
    const zoom = { from: new Date('2019-01-01T00:00:00Z'), to: new Date('2023-12-31T00:00:00Z') };
    const whole = layout(1280, { annotations: notes, showContext: true });
    const zoomed = layout(1280, { annotations: notes, showContext: true, view: zoom });
    expect(whole.annotations.map((a) => a.id)).toEqual(['early', 'late']);
    expect(zoomed.annotations.map((a) => a.id)).toEqual(['late']);
    expect(zoomed.height).toBe(whole.height);
    expect(whole.contextTop).toBe(whole.annotationTop + whole.annotationRows * ANNOTATION_ROW + 4);
    const plain = layout(1280, { showContext: true });
    expect(whole.contextTop).toBeGreaterThan(plain.contextTop);
    expect(whole.contextMarks.map((m) => m.y - whole.contextTop)).toEqual(plain.contextMarks.map((m) => m.y - plain.contextTop));
    expect(plain.annotations).toEqual([]);
    expect(plain.annotationRows).toBe(0);
  });
});
