import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CiteThis } from './CiteThis.tsx';

// A fixed "now": 23:30 UTC on 5 March 2027, which is already 6 March in Seoul.
const NOW = new Date('2027-03-05T23:30:00Z');
const URL = 'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4';
const TITLE = 'Kwangmyongsong-4, 7 February 2016 — North Korea’s satellite launch attempts, 1998–2023';
const APA = `nk-satellite-timeline. (2026). ${TITLE} (Version 1.0.0) [Data set]. Retrieved March 6, 2027, from ${URL}`;

async function openCitation(timeZone = 'Asia/Seoul') {
  const user = userEvent.setup();
  render(<CiteThis title={TITLE} version="1.0.0" updated="2026-11-25" url={URL} accessed={NOW} timeZone={timeZone} />);
  const toggle = screen.getByRole('button', { name: 'Cite this' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('textbox')).toBeNull();
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return user;
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('CiteThis', () => {
  it('opens on request with an APA-style reference and a one-line citation of the view', async () => {
    await openCitation();
    expect(field('APA style').value).toBe(APA);
    expect(field('One line').value).toBe(`“${TITLE}”, nk-satellite-timeline, version 1.0.0, ${URL} (accessed 6 March 2027).`);
  });

  it('dates the access in the reader’s own time zone', async () => {
    await openCitation('America/Los_Angeles');
    expect(field('APA style').value).toContain('Retrieved March 5, 2027');
    expect(field('One line').value).toContain('(accessed 5 March 2027)');
  });

  it('copies either citation with one click', async () => {
    const user = await openCitation();
    await user.click(screen.getByRole('button', { name: 'Copy APA citation' }));
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied.');
    expect(await navigator.clipboard.readText()).toBe(APA);
    await user.click(screen.getByRole('button', { name: 'Copy one-line citation' }));
    expect(await navigator.clipboard.readText()).toBe(field('One line').value);
  });

  it('selects the text and says how to copy it when the clipboard is refused', async () => {
    const user = await openCitation();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy one-line citation' }));
    const text = field('One line');
    expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C (⌘C on a Mac)');
    expect(text).toHaveFocus();
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
  });

  it('closes again with the same button', async () => {
    const user = await openCitation();
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
