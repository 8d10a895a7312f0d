import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createLaunchFocus, LaunchFocusContext, useLaunchFocusHandle, type LaunchFocus } from './launchFocus.ts';

function Row({ id }: { id: string }) {
  const button = useRef<HTMLButtonElement | null>(null);
  useLaunchFocusHandle((launchId) => {
    if (launchId !== id || !button.current) return false;
    button.current.focus();
    return true;
  });
  return <button ref={button}>{id}</button>;
}

function renderRows(registry: LaunchFocus, ids: string[]) {
  return render(
    <LaunchFocusContext.Provider value={registry}>
      {ids.map((id) => (
        <Row key={id} id={id} />
      ))}
    </LaunchFocusContext.Provider>,
  );
}

describe('launch focus', () => {
  it('focuses the mark of the launch asked for, after the next frame', async () => {
    const registry = createLaunchFocus();
    renderRows(registry, ['a', 'b']);
    registry.focus('b');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'b' })).toHaveFocus());
  });

  it('leaves focus where it is when no view shows the launch, or the view has gone', async () => {
    const registry = createLaunchFocus();
    const { unmount } = renderRows(registry, ['a']);
    screen.getByRole('button', { name: 'a' }).focus();
    registry.focus('zzz');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.getByRole('button', { name: 'a' })).toHaveFocus();
    unmount();
    const spy = vi.fn(() => true);
    registry.register(spy)();
    registry.focus('a');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(spy).not.toHaveBeenCalled();
  });
});
