import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AboutPage } from './AboutPage.tsx';

describe('AboutPage', () => {
  it('is a region named by its heading, which takes focus on open', () => {
    render(
      <AboutPage title="Sources" intro="All the sources." onClose={vi.fn()}>
        <p>Body</p>
      </AboutPage>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Sources' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Sources' })).toContainElement(screen.getByText('Body'));
    expect(screen.getByText('All the sources.')).toHaveClass('about-view__intro');
  });

  it('focuses the target instead of the heading, and again when the key changes', () => {
    const target = createRef<HTMLButtonElement>();
    const page = (key: string) => (
      <AboutPage title="Sources" intro="" onClose={vi.fn()} focusRef={target} focusKey={key}>
        <button ref={target} type="button">
          Entry
        </button>
      </AboutPage>
    );
    const { rerender } = render(page('a'));
    const entry = screen.getByRole('button', { name: 'Entry' });
    expect(entry).toHaveFocus();
    screen.getByRole('heading', { level: 2 }).focus();
    rerender(page('b'));
    expect(entry).toHaveFocus();
  });

  it('goes back with its button or Esc, and shows its actions beside it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <AboutPage title="How we know" intro="" onClose={onClose} actions={<button type="button">All sources</button>}>
        {null}
      </AboutPage>,
    );
    expect(screen.getByRole('button', { name: 'All sources' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the timeline' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
