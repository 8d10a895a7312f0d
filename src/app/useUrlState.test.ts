import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useLaunchOnArrival, useUrlState } from './useUrlState.ts';

const WINDOW_2012 = { from: '2012-01-01', to: '2012-12-31' };
const WINDOW_2016 = { from: '2016-01-01', to: '2016-12-31' };

function visit(query: string) {
  window.history.replaceState(null, '', `/${query}`);
}

/** Back or Forward to an entry the app did not write itself. */
function goTo(query: string) {
  act(() => {
    window.history.replaceState(null, '', `/${query}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

function spyHistory() {
  return { push: vi.spyOn(window.history, 'pushState'), replace: vi.spyOn(window.history, 'replaceState') };
}

beforeEach(() => visit(''));
afterEach(() => {
  vi.useRealTimers();
});

describe('useUrlState', () => {
  it('reads the view from the address, with notices for what it could not read', () => {
    visit('?view=list&launch=2012-12-12-sat-b&outcome=exploded');
    const { result } = renderHook(() => useUrlState());
    expect(result.current.state).toMatchObject({ view: 'list', launch: '2012-12-12-sat-b', outcomes: null });
    expect(result.current.notices).toEqual(['Unknown outcome filter "exploded" ignored.']);
  });

  it('pushes an entry for a change, so Back undoes it, and re-renders with the new state', () => {
    const { result } = renderHook(() => useUrlState());
    const history = spyHistory();
    act(() => result.current.update({ launch: '2012-12-12-sat-b' }));
    expect(history.push).toHaveBeenCalledTimes(1);
    expect(history.replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?launch=2012-12-12-sat-b');
    expect(result.current.state.launch).toBe('2012-12-12-sat-b');
  });

  it('replaces the entry when asked to, and writes nothing when nothing changes', () => {
    const { result } = renderHook(() => useUrlState());
    const history = spyHistory();
    act(() => result.current.update({ view: 'list' }, 'replace'));
    expect(history.replace).toHaveBeenCalledTimes(1);
    act(() => result.current.update({ view: 'list' }));
    expect(history.push).not.toHaveBeenCalled();
    expect(history.replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=list');
  });

  it('keeps the hash of the address', () => {
    visit('?view=list#nk-launch=x');
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.update({ view: 'timeline' }));
    expect(`${window.location.search}${window.location.hash}`).toBe('#nk-launch=x');
  });

  it('follows a zoom only once it has rested, replacing the entry with the last window', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useUrlState());
    const history = spyHistory();
    act(() => result.current.update({ window: WINDOW_2012 }, 'settle'));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    act(() => result.current.update({ window: WINDOW_2016 }, 'settle'));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(window.location.search).toBe('');
    expect(result.current.state.window).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(window.location.search).toBe('?from=2016&to=2016');
    expect(result.current.state.window).toEqual(WINDOW_2016);
    expect(history.replace).toHaveBeenCalledTimes(1);
    expect(history.push).not.toHaveBeenCalled();
  });

  it('writes a waiting zoom before any other change, so that change lands on top of it', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useUrlState());
    const history = spyHistory();
    act(() => result.current.update({ window: WINDOW_2012 }, 'settle'));
    act(() => result.current.update({ launch: '2012-12-12-sat-b' }));
    expect(history.replace).toHaveBeenCalledTimes(1);
    expect(history.push).toHaveBeenCalledTimes(1);
    expect(history.replace.mock.invocationCallOrder[0]).toBeLessThan(history.push.mock.invocationCallOrder[0] ?? 0);
    expect(window.location.search).toBe('?launch=2012-12-12-sat-b&from=2012&to=2012');
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(history.replace).toHaveBeenCalledTimes(1);
  });

  it('follows Back and Forward, and drops a zoom still waiting for the entry it left', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.update({ window: WINDOW_2012 }, 'settle'));
    goTo('?view=list');
    expect(result.current.state.view).toBe('list');
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(window.location.search).toBe('?view=list');
  });

  it('inside an embed, replaces even what would push, so the host page keeps its Back button', () => {
    visit('?embed=1');
    const { result } = renderHook(() => useUrlState());
    const history = spyHistory();
    act(() => result.current.update({ launch: '2012-12-12-sat-b' }));
    expect(history.push).not.toHaveBeenCalled();
    expect(history.replace).toHaveBeenCalledTimes(1);
    expect(result.current.state).toMatchObject({ embed: true, launch: '2012-12-12-sat-b' });
  });

  it('writes a waiting zoom when the page is left, and when the hook goes', () => {
    vi.useFakeTimers();
    const { result, unmount } = renderHook(() => useUrlState());
    act(() => result.current.update({ window: WINDOW_2012 }, 'settle'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(window.location.search).toBe('?from=2012&to=2012');
    act(() => result.current.update({ window: WINDOW_2016 }, 'settle'));
    unmount();
    expect(window.location.search).toBe('?from=2016&to=2016');
  });
});

describe('useLaunchOnArrival', () => {
  it('is the launch the address named when the view started, and stays so as the reader moves on', () => {
    visit('?launch=2012-12-12-sat-b&outcome=success');
    const { result } = renderHook(() => useLaunchOnArrival());
    expect(result.current).toBe('2012-12-12-sat-b');
    goTo('?launch=2016-02-07-sat-c');
    expect(result.current).toBe('2012-12-12-sat-b');
  });

  it('is null for an address that opens no launch, or names one that is not a launch id', () => {
    for (const query of ['', '?outcome=failure', '?launch=%3Cscript%3E']) {
      visit(query);
      expect(renderHook(() => useLaunchOnArrival()).result.current, query).toBeNull();
    }
  });
});
