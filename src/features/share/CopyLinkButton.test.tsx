import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from './CopyLinkButton.tsx';

const URL = 'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4';

describe('CopyLinkButton', () => {
  it('copies the link to the view', async () => {
    const user = userEvent.setup();
    render(<CopyLinkButton url={URL} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(await navigator.clipboard.readText()).toBe(URL);
  });

  it('shows the link, selected, when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CopyLinkButton url={URL} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Copy this link:' });
    expect(field).toHaveValue(URL);
    expect(field).toHaveFocus();
  });
});
