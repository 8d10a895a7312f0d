// Markers are memoised: choosing a launch must redraw the markers whose state changed, not all
// of them, which holds only while the layout and the launch actions keep their identity.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { parseDataset } from '../../data/parseDataset.ts';
import * as labels from '../../domain/markerLabel.ts';
import { LaunchActionsContext } from '../../ui/launchActions.ts';
import { Timeline } from './Timeline.tsx';

// Every drawn marker names itself once per render: counting the names counts the redraws.
vi.mock('../../domain/markerLabel.ts', async (original) => {
  const actual = await original<typeof import('../../domain/markerLabel.ts')>();
  return { ...actual, markerLabel: vi.fn(actual.markerLabel) };
});

const parsed = parseDataset(makeDataset());
if (!parsed.ok) throw new Error('fixture does not parse');
const { launches, contextEvents, range } = parsed.dataset;

function App() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const actions = useMemo(() => ({ select: setSelectedId }), []);
  return (
    <LaunchActionsContext.Provider value={actions}>
      <Timeline
        launches={launches}
        contextEvents={contextEvents}
        range={range}
        view={null}
        onViewChange={() => undefined}
        selectedId={selectedId}
        showContext={false}
        onShowContextChange={() => undefined}
      />
    </LaunchActionsContext.Provider>
  );
}

describe('LaunchMarker', () => {
  it('opens its launch through the launch actions, redrawing only the markers whose selection changed', async () => {
    const user = userEvent.setup();
    render(<App />);
    const [a, b] = screen.getAllByRole('button', { pressed: false });
    if (!a || !b) throw new Error('fixture too small');
    act(() => a.focus());
    await user.keyboard('{Enter}');
    expect(a).toHaveAttribute('aria-pressed', 'true');
    act(() => b.focus());
    vi.mocked(labels.markerLabel).mockClear();
    await user.keyboard('{Enter}');
    expect(b).toHaveAttribute('aria-pressed', 'true');
    expect(a).toHaveAttribute('aria-pressed', 'false');
    expect(vi.mocked(labels.markerLabel)).toHaveBeenCalledTimes(2);
  });
});
