import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activateOnKey } from './activateOnKey.ts';

function Mark({ onActivate, onOtherKey }: { onActivate: () => void; onOtherKey: (key: string) => void }) {
  return (
    <svg>
      <g role="button" tabIndex={0} aria-label="Mark" onKeyDown={(event) => activateOnKey(event, onActivate) || onOtherKey(event.key)} />
    </svg>
  );
}

describe('activateOnKey', () => {
  it('activates on Enter and Space, and passes every other key on', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    const onOtherKey = vi.fn();
    render(<Mark onActivate={onActivate} onOtherKey={onOtherKey} />);
    screen.getByRole('button', { name: 'Mark' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onActivate).toHaveBeenCalledTimes(2);
    expect(onOtherKey).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}a');
    expect(onActivate).toHaveBeenCalledTimes(2);
    expect(onOtherKey.mock.calls).toEqual([['ArrowRight'], ['a']]);
  });

  it('keeps Space from scrolling the page', () => {
    const preventDefault = vi.fn();
    expect(activateOnKey({ key: ' ', preventDefault }, () => undefined)).toBe(true);
    expect(preventDefault).toHaveBeenCalled();
    expect(activateOnKey({ key: 'x', preventDefault: vi.fn() }, () => undefined)).toBe(false);
  });
});
