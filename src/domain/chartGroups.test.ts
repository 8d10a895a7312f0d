// @vitest-environment node
// The launches in lanes by group, and the rocket and site bands, on the real dataset at the
// widths the wide chart is drawn at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parseDataset.ts';
import type { Launch } from '../data/schema.ts';
import { LABEL_ROW } from './chartLabels.ts';
import { laneByGroup, layoutBands, type LaneGroup } from './chartGroups.ts';
import { reserveRoom } from './chartRoom.ts';
import { layoutChart, type ChartLayout } from './layoutChart.ts';
import { groupLaunches, storyBands, type GroupBy } from './story.ts';
import { fullView, makeTimeScale, type View } from './timeScale.ts';

const parsed = parseDataset(JSON.parse(readFileSync('public/data/launches.json', 'utf8')));
if (!parsed.ok) throw new Error('the real dataset does not load');
const dataset = parsed.dataset;
const { launches, range } = dataset;
const FULL = fullView(range);

const laneGroupsBy = (by: GroupBy): LaneGroup[] => groupLaunches(launches, by, dataset);

function grouped(width: number, by: GroupBy, view: View = FULL): ChartLayout<Launch> {
  const groups = laneGroupsBy(by);
  const bands = storyBands(dataset);
  return layoutChart({
    launches,
    times: launches.map((l) => l.launchedAt.getTime()),
    contextEvents: [],
    showContext: false,
    range,
    view,
    width,
    room: reserveRoom(launches, [], range, width, [], { bands, groups }),
    bands,
    groups,
  });
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const markerBox = (l: ChartLayout<Launch>, m: ChartLayout<Launch>['markers'][number]): Box => {
  const y = l.baselineY + m.layout.y;
  return { x0: m.layout.x - l.size / 2, x1: m.layout.x + l.size / 2, y0: y - l.size / 2, y1: y + l.size / 2 };
};
const nameBox = (lane: ChartLayout<Launch>['groupLanes'][number], width: number): Box => {
  const x0 = lane.anchor === 'start' ? lane.x : lane.x - width;
  return { x0, x1: x0 + width, y0: lane.y - 7, y1: lane.y + 7 };
};

describe('launches in lanes by group', () => {
  it('gives each group its own block, the first to fly at the top, and keeps every marker in its block', () => {
    for (const by of ['vehicle', 'family', 'site'] as const) {
      const l = grouped(1280, by);
      const groups = laneGroupsBy(by);
      expect(l.groupLanes.map((g) => g.key)).toEqual(groups.map((g) => g.key));
      for (const [g, group] of groups.entries()) {
        const lane = l.groupLanes[g];
        if (!lane) throw new Error('missing lane');
        for (const { id } of group.launches) {
          const mark = l.markers.find((m) => m.launch.id === id);
          if (!mark) throw new Error(`${id} not drawn`);
          const y = l.baselineY + mark.layout.y;
          expect(y).toBeGreaterThan(lane.top);
          expect(y).toBeLessThan(lane.bottom);
        }
      }
      // Top to bottom in the order the groups first flew.
      const tops = l.groupLanes.map((g) => g.top);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    }
  });

  it('never lets two markers overlap, nor a group name touch a marker or a launch label', () => {
    for (const width of [600, 900, 1280, 1920]) {
      for (const by of ['vehicle', 'family', 'site'] as const) {
        const l = grouped(width, by);
        const boxes = l.markers.map((m) => markerBox(l, m));
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        const labels = l.labels.map((label): Box => ({ x0: label.x - label.width / 2, x1: label.x + label.width / 2, y0: label.y - LABEL_ROW / 2, y1: label.y + LABEL_ROW / 2 }));
        for (const lane of l.groupLanes) {
          // A generous estimate of the bold 12 px name.
          const box = nameBox(lane, lane.text.length * 8.5);
          expect(box.x0, `${by} at ${width}: ${lane.text}`).toBeGreaterThanOrEqual(0);
          expect(box.x1, `${by} at ${width}: ${lane.text}`).toBeLessThanOrEqual(width);
          for (const b of [...boxes, ...labels]) expect(overlap(box, b), `${by} at ${width}: ${lane.text}`).toBe(false);
        }
      }
    }
  });

  it('names each group beside its markers clear of the other groups’ stems where the chart has room', () => {
    const l = grouped(1280, 'vehicle');
    expect(l.groupLanes.map((g) => [g.text, g.anchor])).toEqual([
      ['Paektusan-1', 'start'],
      ['Unha-2 · Unha family', 'end'],
      ['Unha-3', 'start'],
      ['Kwangmyongsong · Unha family', 'start'],
      ['Chollima-1', 'end'],
    ]);
  });

  it('keeps the blocks where they are while zooming into one group', () => {
    const whole = grouped(1280, 'site');
    const zoomed = grouped(1280, 'site', { from: new Date('2022-06-01T00:00:00Z'), to: new Date('2023-12-31T00:00:00Z') });
    expect(zoomed.height).toBe(whole.height);
    expect(zoomed.axisY).toBe(whole.axisY);
    expect(zoomed.groupLanes.map((g) => [g.top, g.bottom])).toEqual(whole.groupLanes.map((g) => [g.top, g.bottom]));
    // Tonghae has no launch in the window: it is named at the window's left edge, which it lies beyond.
    expect(zoomed.groupLanes[0]).toMatchObject({ text: 'Tonghae · East coast, North Hamgyong Province', anchor: 'start' });
  });

  it('stacks a group’s own launches in lanes of its block when they are too close for one', () => {
    const markers = [
      { id: 'a', x: 100, y: 0, lane: 0, size: 28 },
      { id: 'b', x: 110, y: 0, lane: 0, size: 28 },
      { id: 'c', x: 400, y: 0, lane: 0, size: 28 },
    ];
    const groups: LaneGroup[] = [
      { key: 'first', label: 'First', launches: [{ id: 'a' }, { id: 'b' }], from: new Date(0), to: new Date(1) },
      { key: 'second', label: 'Second', launches: [{ id: 'c' }], from: new Date(2), to: new Date(3) },
    ];
    const { markers: moved, blocks, lanes } = laneByGroup(markers, groups, new Map([['second', 2]]), 28);
    // The second group keeps the two lanes reserved for it; the first sits above them.
    expect(blocks).toEqual([
      { key: 'first', firstLane: 2, lanes: 2 },
      { key: 'second', firstLane: 0, lanes: 2 },
    ]);
    expect(lanes).toBe(4);
    expect(moved.map((m) => m.lane)).toEqual([2, 3, 0]);
    expect(moved.map((m) => m.y)).toEqual([-60, -90, -0]);
  });
});

describe('rocket and site bands', () => {
  it('are drawn from every launch: three rocket generations and two sites, with their years', () => {
    const bands = storyBands(dataset);
    expect(bands.map((b) => [b.row, b.title, b.shape, b.from.toISOString().slice(0, 4), b.to.toISOString().slice(0, 4)])).toEqual([
      ['family', 'Paektusan-1 rocket', 'point', '1998', '1998'],
      ['family', 'Unha rockets (Unha-2, Unha-3, Kwangmyongsong)', 'span', '2009', '2016'],
      ['family', 'Chollima-1 rocket', 'span', '2023', '2023'],
      ['site', 'Tonghae Satellite Launching Ground', 'span', '1998', '2009'],
      ['site', 'Sohae Satellite Launching Station', 'span', '2012', '2023'],
    ]);
  });

  it('lay the rockets out in their rows, then the sites under them', () => {
    const scale = makeTimeScale(range, null, 1280, { left: 24, right: 24 });
    const { marks, rows } = layoutBands(storyBands(dataset), scale, { left: 24, right: 1256 }, { left: 0, right: 1280 }, 100);
    expect(rows).toBe(2);
    expect(marks.filter((m) => m.id.startsWith('family:')).every((m) => m.y0 === 100)).toBe(true);
    expect(marks.filter((m) => m.id.startsWith('site:')).every((m) => m.y0 === 122)).toBe(true);
  });

  it('sit under the annotations while the launches are in time lanes, and give way to lanes when grouped', () => {
    const bands = storyBands(dataset);
    const plain = layoutChart({
      launches,
      times: launches.map((l) => l.launchedAt.getTime()),
      contextEvents: [],
      showContext: false,
      range,
      view: FULL,
      width: 1280,
      room: reserveRoom(launches, [], range, 1280, [], { bands }),
      bands,
    });
    expect(plain.bands).toHaveLength(5);
    expect(plain.bandTop).toBeGreaterThanOrEqual(plain.annotationTop);
    expect(plain.height).toBeGreaterThanOrEqual(plain.bandTop + plain.bandRows * 22);
    expect(plain.groupLanes).toEqual([]);
    const lanes = grouped(1280, 'site');
    expect(lanes.bands).toEqual([]);
    expect(lanes.bandRows).toBe(0);
  });
});
