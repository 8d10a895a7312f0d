import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Launch } from '../../data/schema.ts';
import { reserveRoom } from '../../domain/chartRoom.ts';
import { layoutChart } from '../../domain/layoutChart.ts';
import { fullView, type View } from '../../domain/timeScale.ts';
import { createLaunchFocus, LaunchFocusContext, type LaunchFocus } from '../../ui/launchFocus.ts';
import type { TooltipControls } from './useChartTooltip.ts';
import { useMarkFocus } from './useMarkFocus.ts';

const parsed = parseDataset(makeDataset());
if (!parsed.ok) throw new Error('fixture does not parse');
const { contextEvents, range } = parsed.dataset;
const FULL = fullView(range);
const WIDTH = 1000;

function layoutFor(launches: readonly Launch[], view: View) {
  return layoutChart({
    launches,
    times: launches.map((l) => l.launchedAt.getTime()),
    contextEvents,
    showContext: false,
    range,
    view,
    width: WIDTH,
    room: reserveRoom(launches, contextEvents, range, WIDTH),
  });
}

/** The fixture's launches, with enough copies of the first to be counted in boxes when asked. */
function launchesOf(extra = 0): Launch[] {
  const [first] = parsed.ok ? parsed.dataset.launches : [];
  if (!first) throw new Error('no launch');
  const copies = Array.from({ length: extra }, (_, i) => ({ ...first, id: `copy-${i}`, launchedAt: new Date(first.launchedAt.getTime() + i * 3_600_000) }));
  return [...copies, ...(parsed.ok ? parsed.dataset.launches : [])].sort((a, b) => a.launchedAt.getTime() - b.launchedAt.getTime());
}

const tooltip = (): TooltipControls => ({ hoverLaunch: vi.fn(), hoverCluster: vi.fn(), hoverContext: vi.fn(), leave: vi.fn(), focus: vi.fn(), blur: vi.fn(), dismiss: vi.fn() });
const press = (key: string) => ({ key, preventDefault: vi.fn() });

type Props = { launches: Launch[]; view: View; selectedId: string | null };

function setup(initial: Props, registry: LaunchFocus | null = null) {
  const options = { tooltip: tooltip(), onViewChange: vi.fn() };
  const wrapper = ({ children }: { children: ReactNode }) => <LaunchFocusContext.Provider value={registry}>{children}</LaunchFocusContext.Provider>;
  const hook = renderHook(
    ({ launches, view, selectedId }: Props) =>
      useMarkFocus({ launches, layout: layoutFor(launches, view), contextEvents, selectedId, view, full: FULL, ...options }),
    { initialProps: initial, wrapper },
  );
  /** Stands in for the marker the chart draws for a launch (or the box for a period). */
  const draw = (id: string, kind: 'marker' | 'cluster' = 'marker') => {
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    element.setAttribute('tabindex', '-1');
    document.body.append(element);
    act(() => (kind === 'marker' ? hook.result.current.registerMarker : hook.result.current.registerCluster)(id, element));
    return element;
  };
  return { ...hook, ...options, draw };
}

afterEach(() => document.body.replaceChildren());

describe('useMarkFocus', () => {
  const launches = launchesOf();
  const ids = launches.map((l) => l.id);

  it('keeps one launch in the tab order: the first, the selected one, then the last focused', () => {
    const { result, rerender } = setup({ launches, view: FULL, selectedId: null });
    expect(result.current.tabbableId).toBe(ids[0]);
    rerender({ launches, view: FULL, selectedId: ids[2] ?? null });
    expect(result.current.tabbableId).toBe(ids[2]);
    act(() => result.current.onMarkerFocus(ids[1] ?? ''));
    expect(result.current.tabbableId).toBe(ids[1]);
    // A selection from outside (the panel's next) moves the tab stop again.
    rerender({ launches, view: FULL, selectedId: ids[0] ?? null });
    expect(result.current.tabbableId).toBe(ids[0]);
  });

  it('moves focus in time order with the arrow keys, Home and End, and zooms with + and -', () => {
    const { result, draw, tooltip: tip, onViewChange } = setup({ launches, view: FULL, selectedId: null });
    const elements = ids.map((id) => draw(id));
    const right = press('ArrowRight');
    act(() => result.current.onMarkerKeyDown(right, ids[0] ?? ''));
    expect(elements[1]).toHaveFocus();
    expect(right.preventDefault).toHaveBeenCalled();
    expect(tip.leave).toHaveBeenCalled();
    act(() => result.current.onMarkerKeyDown(press('End'), ids[1] ?? ''));
    expect(elements.at(-1)).toHaveFocus();
    act(() => result.current.onMarkerKeyDown(press('Home'), ids[2] ?? ''));
    expect(elements[0]).toHaveFocus();
    act(() => result.current.onMarkerKeyDown(press('Escape'), ids[0] ?? ''));
    expect(tip.dismiss).toHaveBeenCalled();
    act(() => result.current.onMarkerKeyDown(press('+'), ids[1] ?? ''));
    const zoomed: View | undefined = onViewChange.mock.lastCall?.[0];
    const at = launches[1]?.launchedAt.getTime() ?? 0;
    expect(zoomed && zoomed.to.getTime() - zoomed.from.getTime()).toBeLessThan(FULL.to.getTime() - FULL.from.getTime());
    expect(zoomed && zoomed.from.getTime() < at && at < zoomed.to.getTime()).toBe(true);
    expect(elements[0]).toHaveFocus();
  });

  it('brings a launch outside the window in, and focuses it once it is drawn', () => {
    const first = launches[0];
    const second = launches[1];
    if (!first || !second) throw new Error('fixture too small');
    const around = (t: Date): View => ({ from: new Date(t.getTime() - 200 * 86_400_000), to: new Date(t.getTime() + 200 * 86_400_000) });
    const { result, rerender, draw, onViewChange } = setup({ launches, view: around(first.launchedAt), selectedId: null });
    draw(first.id);
    act(() => result.current.onMarkerKeyDown(press('ArrowRight'), first.id));
    const panned: View | undefined = onViewChange.mock.lastCall?.[0];
    if (!panned) throw new Error('no pan');
    expect(panned.from.getTime() < second.launchedAt.getTime() && second.launchedAt.getTime() < panned.to.getTime()).toBe(true);
    const element = draw(second.id);
    expect(element).not.toHaveFocus();
    rerender({ launches, view: panned, selectedId: null });
    expect(element).toHaveFocus();
  });

  it('opens a period box by zooming to its period, and moves between boxes with the arrows', () => {
    const many = launchesOf(300);
    const { result, draw, onViewChange } = setup({ launches: many, view: FULL, selectedId: null });
    const layout = layoutFor(many, FULL);
    const keys = layout.clusters.map((c) => c.cluster.key);
    expect(keys.length).toBeGreaterThan(1);
    expect(result.current.tabbableKey).toBe(keys[0]);
    const boxes = keys.map((key) => draw(key, 'cluster'));
    act(() => result.current.onClusterKeyDown(press('ArrowRight'), keys[0] ?? ''));
    expect(boxes[1]).toHaveFocus();
    act(() => result.current.onClusterFocus(keys[1] ?? ''));
    expect(result.current.tabbableKey).toBe(keys[1]);
    // One in the middle: at the ends, the range clamps the air around the period.
    const box = layout.clusters[1]?.cluster;
    act(() => result.current.onClusterOpen(keys[1] ?? ''));
    const opened: View | undefined = onViewChange.mock.lastCall?.[0];
    expect(opened && box && opened.from.getTime() <= box.startMs && opened.to.getTime() >= box.endMs).toBe(true);
  });

  it('gives the app a focus handle that focuses a drawn launch and declines the others', async () => {
    const registry = createLaunchFocus();
    const { draw, unmount } = setup({ launches, view: FULL, selectedId: null }, registry);
    const element = draw(ids[1] ?? '');
    registry.focus(ids[1] ?? '');
    await vi.waitFor(() => expect(element).toHaveFocus());
    const table = vi.fn(() => true);
    registry.register(table);
    registry.focus(ids[2] ?? '');
    await vi.waitFor(() => expect(table).toHaveBeenCalledWith(ids[2]));
    unmount();
  });
});
