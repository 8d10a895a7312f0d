import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { SiteFooter } from './SiteFooter.tsx';

function dataset(patch: Record<string, unknown> = {}) {
  const result = parseDataset({ ...makeDataset(), ...patch });
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

describe('SiteFooter', () => {
  it('says which data this is: version, update date, licence, and that nothing was corrected', () => {
    render(<SiteFooter dataset={dataset()} onOpen={vi.fn()} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Data version 1.2.3, updated 25 November 2026 · Licence: CC BY 4.0 · No corrections yet');
    expect(within(footer).getByText('25 November 2026')).toHaveAttribute('datetime', '2026-11-25');
  });

  it('opens How we know and Sources', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<SiteFooter dataset={dataset()} onOpen={onOpen} />);
    const nav = screen.getByRole('navigation', { name: 'About the data' });
    await user.click(within(nav).getByRole('button', { name: 'How we know' }));
    await user.click(within(nav).getByRole('button', { name: 'Sources' }));
    expect(onOpen.mock.calls).toEqual([['methodology'], ['sources']]);
  });

  it('says when no licence is stated, and counts corrections', () => {
    const correction = { id: 'fix-1', date: '2027-01-10', recordId: 'src-un', summary: 'Title fixed.', reason: 'Typo.' };
    render(<SiteFooter dataset={dataset({ license: undefined, corrections: [correction] })} onOpen={vi.fn()} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Licence: not stated · 1 correction logged');
  });

  it('holds extra content such as Cite this', () => {
    render(
      <SiteFooter dataset={dataset()} onOpen={vi.fn()}>
        <button type="button">Cite this</button>
      </SiteFooter>,
    );
    expect(within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Cite this' })).toBeInTheDocument();
  });
});
