import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View } from '../domain/timeScale.ts';
import { SETTLE_MS, useUrlState } from './useUrlState.ts';
import { useUrlWindow } from './useUrlWindow.ts';

const HOUR_MS = 3_600_000;
const at = (iso: string) => new Date(iso);
const shift = (view: View, ms: number): View => ({ from: new Date(view.from.getTime() + ms), to: new Date(view.to.getTime() + ms) });

/** The chart's window as the page gets it: from the URL, through useUrlState. */
function renderWindow(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  return renderHook(() => {
    const { state, update } = useUrlState();
    return useUrlWindow(state.window, update);
  });
}

function rest() {
  act(() => vi.advanceTimersByTime(SETTLE_MS));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useUrlWindow', () => {
  it("draws the URL's window as whole days, or the whole range without one", () => {
    expect(renderWindow('?from=2012&to=2012').result.current.view).toEqual({ from: at('2012-01-01T00:00:00Z'), to: at('2012-12-31T23:59:59Z') });
    expect(renderWindow('').result.current.view).toBeNull();
  });

  it('gives the chart the exact window at once; the URL follows by whole days once the zoom rests', () => {
    const { result } = renderWindow('?from=2012&to=2012');
    const zoomed = { from: at('2012-03-05T06:00:00Z'), to: at('2012-04-05T18:00:00Z') };
    act(() => result.current.changeView(zoomed));
    expect(result.current.view).toEqual(zoomed);
    expect(window.location.search).toBe('?from=2012&to=2012');
    rest();
    expect(window.location.search).toBe('?from=2012-03-05&to=2012-04-05');
    expect(result.current.view).toEqual(zoomed);
  });

  it('keeps a pan step smaller than a day, which the URL cannot show', () => {
    const { result } = renderWindow('?from=2012-03-05&to=2012-04-05');
    const start = { from: at('2012-03-05T06:00:00Z'), to: at('2012-04-05T06:00:00Z') };
    act(() => result.current.changeView(start));
    rest();
    act(() => result.current.changeView(shift(start, HOUR_MS)));
    rest();
    expect(window.location.search).toBe('?from=2012-03-05&to=2012-04-05');
    expect(result.current.view).toEqual(shift(start, HOUR_MS));
  });

  it("gives way to another URL window: Back, even while the zoom's write is waiting", () => {
    const { result } = renderWindow('?from=2012&to=2012');
    act(() => result.current.changeView({ from: at('2012-03-05T06:00:00Z'), to: at('2012-04-05T18:00:00Z') }));
    act(() => {
      window.history.replaceState(null, '', '/?from=2009&to=2016');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.view).toEqual({ from: at('2009-01-01T00:00:00Z'), to: at('2016-12-31T23:59:59Z') });
    rest();
    expect(window.location.search).toBe('?from=2009&to=2016');
  });

  it('shows the whole range again at once, and drops the window from the URL once it rests', () => {
    const { result } = renderWindow('?from=2012&to=2012');
    act(() => result.current.changeView(null));
    expect(result.current.view).toBeNull();
    rest();
    expect(window.location.search).toBe('');
    expect(result.current.view).toBeNull();
  });

  it("asks for a 'settle' write of the window in days", () => {
    const update = vi.fn();
    const { result } = renderHook(() => useUrlWindow(null, update));
    act(() => result.current.changeView({ from: at('2012-03-05T23:00:00Z'), to: at('2012-04-05T01:00:00Z') }));
    expect(update).toHaveBeenCalledWith({ window: { from: '2012-03-05', to: '2012-04-05' } }, 'settle');
  });
});
