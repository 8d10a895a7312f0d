import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../../domain/urlState.ts';
import { EmbedChrome, OpenFullTimeline } from './EmbedChrome.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { withDialogMethods } from '../../../tests/fixtures/dialog.ts';

// jsdom has <dialog> but not its methods (Esc is the browser's own; the end-to-end test presses it in Chromium).
withDialogMethods();

const BASE = 'https://news.example/timeline/';
const TITLE = "North Korea's satellite launch attempts, 1998–2023";
const VIEW: UrlState = { ...DEFAULT_URL_STATE, launch: '2016-02-07-kwangmyongsong-4', outcomes: ['success'], theme: 'dark' };

function renderDialog(state: UrlState = VIEW) {
  render(<EmbedDialog state={state} title={TITLE} baseUrl={BASE} />);
  return screen.getByRole('button', { name: 'Embed' });
}

describe('EmbedDialog', () => {
  it('opens a modal dialog with the snippet for the current view', async () => {
    const user = userEvent.setup();
    await user.click(renderDialog());
    const dialog = screen.getByRole('dialog', { name: 'Embed this timeline' });
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toContain('src="https://news.example/timeline/embed.html?launch=2016-02-07-kwangmyongsong-4&amp;outcome=success&amp;theme=dark&amp;embed=1"');
    expect(snippet).toContain(`title="Interactive timeline: ${TITLE}"`);
    expect(snippet).toContain('style="width:100%;height:560px;border:0" loading="lazy"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(snippet).toContain('<script src="https://news.example/timeline/embed.js" async></script>');
  });

  it('always adds embed=1, even for the default view', async () => {
    const user = userEvent.setup();
    await user.click(renderDialog(DEFAULT_URL_STATE));
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).toContain('src="https://news.example/timeline/embed.html?embed=1"');
  });

  it('previews the embed at phone width, and at desktop width on request', async () => {
    const user = userEvent.setup();
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(renderDialog());
    const dialog = screen.getByRole('dialog');
    const preview = within(dialog).getByTitle(`Preview: Interactive timeline: ${TITLE}`);
    expect(preview).toHaveAttribute('src', 'https://news.example/timeline/embed.html?launch=2016-02-07-kwangmyongsong-4&outcome=success&theme=dark&embed=1');
    expect(preview).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(within(dialog).getByRole('radio', { name: 'Phone (375 px)' })).toBeChecked();
    expect(preview.parentElement).toHaveClass('embed-dialog__preview--phone');
    await user.click(within(dialog).getByRole('radio', { name: 'Desktop' }));
    expect(within(dialog).getByRole('radio', { name: 'Desktop' })).toBeChecked();
    expect(preview.parentElement).toHaveClass('embed-dialog__preview--desktop');
  });

  it('copies the snippet with one click', async () => {
    const user = userEvent.setup();
    await user.click(renderDialog());
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(screen.getByRole('status')).toHaveTextContent('Code copied.');
    expect(await navigator.clipboard.readText()).toBe((screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value);
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(renderDialog());
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C (⌘C on a Mac)');
    expect(code).toHaveFocus();
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  it('closes with the Close button and gives focus back to the Embed button', async () => {
    const user = userEvent.setup();
    const opener = renderDialog();
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(document.querySelector('iframe')).toBeNull();
  });
});

describe('EmbedChrome', () => {
  it('shows the title alone, so the launches follow it at once', () => {
    render(<EmbedChrome title={TITLE} />);
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has a way out that opens the same view as a full page in a new tab', () => {
    render(<OpenFullTimeline state={{ ...VIEW, embed: true }} baseUrl={BASE} />);
    const link = screen.getByRole('link', { name: 'Open full timeline (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4&outcome=success&theme=dark');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
