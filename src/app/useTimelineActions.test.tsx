import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../data/schema.ts';
import type { UrlState } from '../domain/urlState.ts';
import { useTimelineActions, type TimelineActionsOptions } from './useTimelineActions.ts';

const A = { id: '1998-08-31-sat-a', outcome: 'failure' as Outcome };
const B = { id: '2012-12-12-sat-b', outcome: 'success' as Outcome };

type Url = Pick<UrlState, 'launch' | 'outcomes'>;

function renderActions(url: Url = { launch: null, outcomes: null }) {
  const update = vi.fn();
  const hook = renderHook((props: TimelineActionsOptions) => useTimelineActions(props), { initialProps: { url, update, launches: [A, B] } });
  const open = (next: Url) => hook.rerender({ url: next, update, launches: [A, B] });
  // A view showing the marks: what it is asked to focus.
  const focused = vi.fn((_id: string) => true);
  hook.result.current.focus.register(focused);
  return { ...hook, update, open, focused };
}

describe('useTimelineActions', () => {
  it('opens a launch from its mark', () => {
    const { result, update, focused } = renderActions();
    act(() => result.current.launch.select(A.id));
    expect(update).toHaveBeenCalledWith({ launch: A.id });
    expect(focused).not.toHaveBeenCalled();
  });

  it('closes the open launch on a second activation of its mark, and focus stays on that mark', async () => {
    const { result, update, open, focused } = renderActions();
    open({ launch: A.id, outcomes: null });
    act(() => result.current.launch.select(A.id));
    expect(update).toHaveBeenCalledWith({ launch: null });
    await vi.waitFor(() => expect(focused).toHaveBeenCalledWith(A.id));
  });

  it('keeps one select for every launch opened, so memoised marks are not redrawn', () => {
    const { result, open } = renderActions();
    const first = result.current.launch;
    open({ launch: A.id, outcomes: null });
    open({ launch: B.id, outcomes: ['success'] });
    expect(result.current.launch).toBe(first);
  });

  it("steps to the panel's previous or next launch", () => {
    const { result, update } = renderActions({ launch: A.id, outcomes: null });
    act(() => result.current.step(B.id));
    expect(update).toHaveBeenCalledWith({ launch: B.id });
  });

  it('closes the panel and returns focus to the mark of the launch that was open', async () => {
    const { result, update, focused } = renderActions({ launch: B.id, outcomes: null });
    act(() => result.current.close());
    expect(update).toHaveBeenCalledWith({ launch: null });
    await vi.waitFor(() => expect(focused).toHaveBeenCalledWith(B.id));
  });

  it('opens and closes the pages about the data; closing one returns focus to "How we know"', async () => {
    const { result, update } = renderActions();
    render(
      <button ref={result.current.howWeKnow} type="button">
        How we know
      </button>,
    );
    act(() => result.current.openAbout('sources'));
    expect(update).toHaveBeenLastCalledWith({ about: 'sources' });
    act(() => result.current.closeAbout());
    expect(update).toHaveBeenLastCalledWith({ about: null });
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'How we know' })).toHaveFocus());
  });

  it('leaves focus to the panel when a launch is open behind the page about the data', async () => {
    const { result } = renderActions({ launch: A.id, outcomes: null });
    render(
      <button ref={result.current.howWeKnow} type="button">
        How we know
      </button>,
    );
    act(() => result.current.closeAbout());
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.getByRole('button', { name: 'How we know' })).not.toHaveFocus();
  });

  it('opens a launch from a page about the data, showing every outcome if the filter hides it', () => {
    const { result, update } = renderActions({ launch: null, outcomes: ['failure'] });
    act(() => result.current.openLaunchFromAbout(B.id));
    expect(update).toHaveBeenCalledWith({ about: null, launch: B.id, outcomes: null });
  });
});
