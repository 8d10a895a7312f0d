import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ShareMenu } from './ShareMenu.tsx';

function setup() {
  render(
    <ShareMenu>
      <button type="button">Download CSV</button>
      <button type="button">Copy link</button>
    </ShareMenu>,
  );
  return { user: userEvent.setup(), toggle: screen.getByRole('button', { name: 'Share & data' }) };
}

describe('ShareMenu', () => {
  it('hides its contents until opened, and says whether it is open', async () => {
    const { user, toggle } = setup();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  });

  it('opens from the keyboard, is walked with Tab, and Esc closes it and returns focus to the button', async () => {
    const { user, toggle } = setup();
    toggle.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('makes its contents the first time it opens, and keeps them, with their state, once closed', async () => {
    let mounts = 0;
    function Counter() {
      const [count, setCount] = useState(() => {
        mounts += 1;
        return 0;
      });
      return (
        <button type="button" onClick={() => setCount(count + 1)}>
          Clicked {count}
        </button>
      );
    }
    render(
      <ShareMenu>
        <Counter />
      </ShareMenu>,
    );
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Share & data' });
    expect(mounts).toBe(0);
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    await user.click(toggle);
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeVisible();
    expect(mounts).toBe(1);
  });
});
