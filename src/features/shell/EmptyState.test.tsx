import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EmptyState } from './EmptyState.tsx';

describe('EmptyState', () => {
  it('says nothing matches and resets the filter in one click', async () => {
    const onReset = vi.fn();
    render(<EmptyState onReset={onReset} />);
    expect(screen.getByRole('heading', { name: 'No launch matches this filter' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all launches' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
