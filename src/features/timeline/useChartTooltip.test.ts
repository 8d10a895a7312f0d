import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { parseDataset } from '../../data/parseDataset.ts';
import { chartTooltip } from '../../domain/chartTooltip.ts';
import { reserveRoom } from '../../domain/chartRoom.ts';
import { layoutChart } from '../../domain/layoutChart.ts';
import { fullView } from '../../domain/timeScale.ts';
import { useChartTooltip } from './useChartTooltip.ts';

const parsed = parseDataset(makeDataset());
if (!parsed.ok) throw new Error('fixture does not parse');
const { launches, contextEvents, range } = parsed.dataset;
const layout = layoutChart({
  launches,
  times: launches.map((l) => l.launchedAt.getTime()),
  contextEvents,
  showContext: true,
  range,
  view: fullView(range),
  width: 1000,
  room: reserveRoom(launches, contextEvents, range, 1000),
});
const [first, second] = launches;
const [event] = contextEvents;
if (!first || !second || !event) throw new Error('fixture too small');

describe('useChartTooltip', () => {
  it('shows nothing until a mark is hovered or focused, and the hovered mark before the focused one', () => {
    const { result } = renderHook(() => useChartTooltip(layout, contextEvents));
    expect(result.current.tooltip).toBeNull();
    act(() => result.current.controls.focus({ kind: 'launch', id: first.id }));
    expect(result.current.tooltip?.title).toBe(first.payload);
    act(() => result.current.controls.hoverLaunch(second.id));
    expect(result.current.tooltip?.title).toBe(second.payload);
    act(() => result.current.controls.hoverLaunch(null));
    expect(result.current.tooltip?.title).toBe(first.payload);
    act(() => result.current.controls.hoverContext(event.id));
    expect(result.current.tooltip?.title).toBe(event.title);
    act(() => result.current.controls.leave());
    act(() => result.current.controls.blur());
    expect(result.current.tooltip).toBeNull();
  });

  it('places it where the layout says', () => {
    const { result } = renderHook(() => useChartTooltip(layout, contextEvents));
    act(() => result.current.controls.hoverCluster('1998-01-01'));
    expect(result.current.tooltip).toBeNull();
    act(() => result.current.controls.hoverContext(event.id));
    expect(result.current.tooltip).toEqual(chartTooltip(layout, contextEvents, { kind: 'context', id: event.id }));
    expect(result.current.tooltip?.x).toBe(layout.contextMarks[0]?.x);
  });

  it('hides it on Escape until the next hover or focus', () => {
    const { result } = renderHook(() => useChartTooltip(layout, contextEvents));
    act(() => result.current.controls.focus({ kind: 'launch', id: first.id }));
    act(() => result.current.controls.dismiss());
    expect(result.current.tooltip).toBeNull();
    act(() => result.current.controls.hoverLaunch(second.id));
    expect(result.current.tooltip?.title).toBe(second.payload);
    act(() => result.current.controls.dismiss());
    act(() => result.current.controls.focus({ kind: 'launch', id: first.id }));
    // Back, and still for the mark under the pointer.
    expect(result.current.tooltip?.title).toBe(second.payload);
  });

  it('keeps the same controls from render to render, so memoised marks do not redraw', () => {
    const { result, rerender } = renderHook(() => useChartTooltip(layout, contextEvents));
    const before = result.current.controls;
    act(() => before.hoverLaunch(first.id));
    rerender();
    expect(result.current.controls).toBe(before);
  });
});
