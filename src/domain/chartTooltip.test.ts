import { describe, expect, it } from 'vitest';
import { CONTEXT, layout, spread } from '../../tests/fixtures/chartLaunches.ts';
import { chartTooltip } from './chartTooltip.ts';

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
