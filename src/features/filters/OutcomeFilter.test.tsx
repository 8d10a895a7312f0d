import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OutcomeFilter } from './OutcomeFilter.tsx';

const counts = [
  { outcome: 'success' as const, count: 3 },
  { outcome: 'failure' as const, count: 5 },
];

describe('OutcomeFilter', () => {
  it('shows one pressed toggle per outcome with its count when nothing is filtered', () => {
    render(<OutcomeFilter counts={counts} active={null} onToggle={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Filter by outcome' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reached orbit 3' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Failed 5' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows filtered-out outcomes as not pressed and reports clicks', async () => {
    const onToggle = vi.fn();
    render(<OutcomeFilter counts={counts} active={['failure']} onToggle={onToggle} />);
    expect(screen.getByRole('button', { name: 'Reached orbit 3' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Reached orbit 3' }));
    expect(onToggle).toHaveBeenCalledWith('success');
  });
});
