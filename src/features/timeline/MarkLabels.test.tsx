import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartLabel } from '../../domain/layoutChart.ts';
import { LaunchActionsContext } from '../../ui/launchActions.ts';
import { MarkLabels } from './MarkLabels.tsx';

const label = (launchId: string, text: string, x: number): ChartLabel => ({
  launchId,
  name: text.slice(0, text.lastIndexOf(' · ')),
  when: text.slice(text.lastIndexOf(' · ') + 3),
  x,
  y: 20,
  anchor: 'middle',
  width: 120,
  row: 0,
  leader: { x, y1: 28, y2: 40 },
});

const LABELS = [label('a', 'Kwangmyongsong-1 · Aug 1998', 80), label('b', 'Malligyong-1 · Nov 2023', 300)];

function draw(selectedId: string | null, select = vi.fn()) {
  const view = render(
    <LaunchActionsContext.Provider value={{ select }}>
      <svg>
        <MarkLabels labels={LABELS} selectedId={selectedId} />
      </svg>
    </LaunchActionsContext.Provider>,
  );
  return { ...view, select };
}

describe('MarkLabels', () => {
  it('draws each label with a leader down to its marker, hidden from assistive tech', () => {
    const { container } = draw(null);
    const group = container.querySelector('.tl-labels');
    expect(group).toHaveAttribute('aria-hidden', 'true');
    expect([...container.querySelectorAll('text.tl-label')].map((t) => t.textContent)).toEqual(['Kwangmyongsong-1 · Aug 1998', 'Malligyong-1 · Nov 2023']);
    const leader = container.querySelector('.tl-label__leader');
    expect(leader).toHaveAttribute('x1', '80');
    expect(leader).toHaveAttribute('y1', '28');
    expect(leader).toHaveAttribute('y2', '40');
    expect(container.querySelector('text.tl-label')).toHaveAttribute('text-anchor', 'middle');
  });

  it('sets the selected launch in bold', () => {
    const { container } = draw('b');
    expect([...container.querySelectorAll('text.tl-label--selected')].map((t) => t.textContent)).toEqual(['Malligyong-1 · Nov 2023']);
  });

  it('opens a launch when its label is clicked', async () => {
    const user = userEvent.setup();
    const { container, select } = draw(null);
    const target = container.querySelector('[data-label-for="b"] text');
    if (!target) throw new Error('no label');
    await user.click(target);
    expect(select).toHaveBeenCalledWith('b');
  });

  it('draws nothing without labels', () => {
    const { container } = render(
      <LaunchActionsContext.Provider value={{ select: vi.fn() }}>
        <svg>
          <MarkLabels labels={[]} selectedId={null} />
        </svg>
      </LaunchActionsContext.Provider>,
    );
    expect(container.querySelector('.tl-labels')).toBeNull();
  });
});
