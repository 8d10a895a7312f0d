import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LaunchTable } from './LaunchTable.tsx';
import { LaunchActionsContext, type LaunchActions } from '../../ui/launchActions.ts';
import { createLaunchFocus, LaunchFocusContext, type LaunchFocus } from '../../ui/launchFocus.ts';
import { loadedFixture } from '../../../tests/fixtures/dataset.ts';

const dataset = loadedFixture;

function renderTable({ actions = { select: vi.fn() }, focus = createLaunchFocus() }: { actions?: LaunchActions; focus?: LaunchFocus } = {}) {
  const d = dataset();
  return render(
    <LaunchActionsContext value={actions}>
      <LaunchFocusContext value={focus}>
        <LaunchTable launches={d.launches} condemnations={d.condemnations} selectedId={null} />
      </LaunchFocusContext>
    </LaunchActionsContext>,
  );
}

describe('LaunchTable', () => {
  it('lists every launch as a row with date (KST), payload, vehicle, outcome, claim and responses', () => {
    renderTable();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['31 August 1998', '12 December 2012', '31 May 2023']);
    const b = rows[1];
    if (!b) throw new Error('row');
    expect(within(b).getByRole('rowheader')).toHaveTextContent('Sat B');
    expect(b).toHaveTextContent('Rocket B');
    expect(b).toHaveTextContent('Reached orbit');
    expect(within(b).getAllByRole('cell').at(-1)).toHaveTextContent('1');
  });

  it('sorts by date both ways', async () => {
    renderTable();
    await userEvent.click(screen.getByRole('button', { name: /Date \(KST\)/ }));
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sat C', 'Sat B', 'Sat A']);
  });

  it('opens a launch from its row', async () => {
    const select = vi.fn();
    renderTable({ actions: { select } });
    await userEvent.click(screen.getByRole('button', { name: 'Sat A' }));
    expect(select).toHaveBeenCalledWith('1998-08-31-sat-a');
  });

  it("gives focus back to a launch's row when the app asks for it, after a re-sort too", async () => {
    const focus = createLaunchFocus();
    renderTable({ focus });
    focus.focus('2012-12-12-sat-b');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Sat B' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: /Date \(KST\)/ }));
    focus.focus('2023-05-31-sat-c');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Sat C' })).toHaveFocus());
  });
});
