import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartKey } from './ChartKey.tsx';

const items = () => within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent);

describe('ChartKey', () => {
  it('explains the dashed ring while a launch on the chart carries it, and the context mark while context is on', () => {
    render(<ChartKey claimsDiffer showContext />);
    expect(items()).toEqual(['Dashed ring: North Korea claimed a different outcome', 'Context event']);
  });

  it('keys nothing that is not drawn: no list at all when neither mark is on the chart', () => {
    render(<ChartKey claimsDiffer={false} showContext={false} />);
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });
});
