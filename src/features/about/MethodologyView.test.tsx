import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Correction } from '../../data/schema.ts';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { CorrectedBadge } from '../../ui/CorrectedBadge.tsx';
import { MethodologyView } from './MethodologyView.tsx';

/** The fixture plus the source behind the 2009 open question, and an optional corrections log. */
function dataset(corrections: Correction[] = []) {
  const raw = makeDataset();
  raw.sources.push({ id: '09-5', publisher: 'Nature', publisherType: 'news', title: 'Korean satellite misses orbit', url: 'https://www.nature.com/articles/458685a', published: '2009-04' });
  const [first] = raw.launches;
  first?.facts.push({ text: 'Fact cited to Nature', sourceIds: ['09-5'] });
  const result = parseDataset({ ...raw, corrections });
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

function renderView(corrections: Correction[] = []) {
  const props = { onOpenLaunch: vi.fn(), onClose: vi.fn(), onOpenSources: vi.fn() };
  render(<MethodologyView dataset={dataset(corrections)} {...props} />);
  return props;
}

const FIX = { summary: 'Launch time changed from 00:51 to 00:49 UTC.', reason: 'Japan’s government and NORAD agree on 00:49.' };

describe('MethodologyView', () => {
  it('opens on its heading and answers the reader’s questions in order', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 2, name: 'How we know' })).toHaveFocus();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'What counts as a launch attempt',
      'What “success” means',
      'North Korea’s claims beside independent assessments',
      'Dates, times and time zones',
      'Condemnations, and refusals to condemn',
      'Sources',
      'Open questions',
      'Corrections',
    ]);
    expect(screen.getByText(/UTC\+8:30/)).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toContain('Declined to condemn');
  });

  it('lists each open question with the sources this dataset has for it, as safe new-tab links', () => {
    renderView();
    const questions = within(screen.getByRole('region', { name: 'Open questions' })).getAllByRole('listitem');
    const failure = questions.find((q) => q.textContent?.startsWith('Why the April 2009 launch failed'));
    if (!failure) throw new Error('no 2009 question');
    const link = within(failure).getByRole('link', { name: /^Korean satellite misses orbit\s*\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://www.nature.com/articles/458685a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The 1998 question's sources are not in this fixture: no empty "Sources:" line.
    const press = questions.find((q) => q.textContent?.startsWith('The Security Council’s 1998 press statement'));
    expect(press && within(press).queryByText('Sources:')).toBeNull();
  });

  it('says there are no corrections yet, with the current version and date', () => {
    renderView();
    const log = screen.getByRole('region', { name: 'Corrections' });
    expect(log).toHaveTextContent('No corrections yet. The data is at version 1.2.3, updated 25 November 2026.');
    expect(within(log).queryByRole('list')).toBeNull();
  });

  it('logs corrections newest first, with what changed, why, and a way to the launch', async () => {
    const user = userEvent.setup();
    const props = renderView([
      { id: 'fix-time', date: '2027-01-10', recordId: '2012-12-12-sat-b', ...FIX },
      { id: 'fix-resolution', date: '2027-02-01', recordId: 'unsc-res-2087', summary: 'Reference corrected.', reason: 'Typo.' },
      { id: 'fix-ghost', date: '2027-03-01', recordId: 'no-such-launch', summary: 'Ghost.', reason: 'None.' },
    ]);
    const items = within(screen.getByRole('region', { name: 'Corrections' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('1 February 2027 · response: UN Security Council: resolution, 22 January 2013');
    expect(items[1]).toHaveTextContent(`10 January 2027 · launch: Sat B (Rocket B), 12 December 2012`);
    expect(items[1]).toHaveTextContent(`What changed: ${FIX.summary}`);
    expect(items[1]).toHaveTextContent(`Why: ${FIX.reason}`);
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Open Sat B, 12 December 2012' }));
    expect(props.onOpenLaunch).toHaveBeenCalledWith('2012-12-12-sat-b');
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Open Sat B, 12 December 2012' }));
    expect(props.onOpenLaunch).toHaveBeenCalledTimes(2);
  });

  it('goes back to the timeline with the button or Esc, and on to the sources', async () => {
    const user = userEvent.setup();
    const props = renderView();
    await user.click(screen.getByRole('button', { name: 'All sources' }));
    expect(props.onOpenSources).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Back to the timeline' }));
    expect(props.onClose).toHaveBeenCalledOnce();
    screen.getByRole('heading', { level: 2 }).focus();
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });
});

describe('CorrectedBadge', () => {
  const log: Correction[] = [
    { id: 'a', date: '2027-01-10', recordId: 'x', ...FIX },
    { id: 'b', date: '2027-03-02', recordId: 'x', ...FIX },
    { id: 'c', date: '2027-02-01', recordId: 'y', ...FIX },
  ];

  it('shows the latest correction date on a corrected record, and how many there were', () => {
    const { container } = render(<CorrectedBadge recordId="x" corrections={log} />);
    expect(container).toHaveTextContent('Corrected 2 March 2027 (2 corrections)');
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2027-03-02');
  });

  it('shows nothing on a record no correction touched', () => {
    const { container } = render(<CorrectedBadge recordId="z" corrections={log} />);
    expect(container).toBeEmptyDOMElement();
  });
});
