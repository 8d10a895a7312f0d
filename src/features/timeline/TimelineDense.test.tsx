// Many launches: the chart counts them in period boxes until a reader zooms in far enough to
// see each one, and keyboard and names keep working on what is drawn.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import type { Launch } from '../../data/schema.ts';
import { LaunchActionsContext } from '../../ui/launchActions.ts';
import { Timeline } from './Timeline.tsx';

type View = { from: Date; to: Date };
const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const OUTCOMES: readonly Launch['outcome'][] = ['success', 'failure', 'partial'];

function spread(count: number): Launch[] {
  const from = Date.UTC(1998, 0, 1);
  const span = Date.UTC(2023, 11, 31) - from;
  const ids = ['src'];
  return Array.from({ length: count }, (_, i) => ({
    id: `l${i}`,
    launchedAt: new Date(from + Math.floor((span * (i + 0.5)) / count)),
    timePrecision: 'minute',
    pyongyangUtcOffset: '+09:00',
    vehicle: `Rocket ${i}`,
    vehicleAliases: [],
    payload: `Sat ${i}`,
    payloadAliases: [],
    site: { name: 'Sohae', lat: 39.66, lon: 124.705 },
    outcome: OUTCOMES[i % 3] ?? 'failure',
    outcomeSummary: 'x',
    northKoreaClaimed: 'none',
    summary: 'Narrative.',
    citations: { launchedAt: ids, vehicle: ids, payload: ids, site: ids, outcome: ids, northKoreaClaimed: ids, summary: ids },
    facts: [],
  }));
}

const LAUNCHES = spread(2_000);

function Stateful() {
  const [view, setView] = useState<View | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const actions = useMemo(() => ({ select: setSelectedId }), []);
  return (
    <LaunchActionsContext.Provider value={actions}>
      <Timeline
        launches={LAUNCHES}
        contextEvents={[]}
        range={RANGE}
        selectedId={selectedId}
        view={view}
        onViewChange={setView}
        showContext={false}
        onShowContextChange={() => undefined}
      />
    </LaunchActionsContext.Provider>
  );
}

const rangeShown = () => document.querySelector('.tl-range')?.textContent ?? '';
const boxes = () => screen.queryAllByRole('button', { name: /launch attempts?, .*\. Open to see each launch$/ });
const markers = () => screen.queryAllByRole('button', { name: /^Rocket \d+, Sat \d+, / });
const countIn = (el: HTMLElement) => Number((el.getAttribute('aria-label') ?? '').replace(/,/g, '').match(/^(\d+) launch/)?.[1] ?? Number.NaN);

describe('Timeline with 2,000 launches', () => {
  it('counts them in yearly boxes at the whole range, and says so', () => {
    const { container } = render(<Stateful />);
    expect(markers()).toHaveLength(0);
    const years = boxes();
    expect(years.length).toBeGreaterThanOrEqual(26);
    expect(years.reduce((n, el) => n + countIn(el), 0)).toBe(2_000);
    expect(years[0]).toHaveAccessibleName(/^\d+ launch attempts, 1998: \d+ reached orbit, \d+ failed, \d+ partial success\. Open to see each launch$|^\d+ launch attempts, 1998: .+\. Open to see each launch$/);
    expect(screen.getByText(/each box counts the launches of one year/)).toBeVisible();
    // Six lanes at most: the chart stays short enough to see whole.
    expect(Number(container.querySelector('svg.tl-svg')?.getAttribute('height'))).toBeLessThan(300);
  });

  it('zooms into a box when it is clicked, down to single launches of that period', async () => {
    const user = userEvent.setup();
    render(<Stateful />);
    const year2010 = boxes().find((el) => /, 2010: /.test(el.getAttribute('aria-label') ?? ''));
    if (!year2010) throw new Error('no 2010 box');
    await user.click(year2010);
    // The year and 4 % of air each side.
    expect(rangeShown()).toMatch(/^Showing \d+ Dec 2009 – \d+ Jan 2011$/);
    // Inside a year, months; inside a month, each launch.
    for (let i = 0; i < 3 && markers().length === 0; i += 1) {
      const first = boxes()[Math.floor(boxes().length / 2)];
      if (!first) break;
      await user.click(first);
    }
    const shown = markers();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(200);
    // Those of 2010, and a few just outside it in the air each side.
    expect(shown.filter((el) => /2010/.test(el.getAttribute('aria-label') ?? '')).length).toBeGreaterThan(shown.length * 0.8);
  });

  it('moves between boxes with the arrow keys, opens one with Enter, then focuses what it holds', async () => {
    const user = userEvent.setup();
    render(<Stateful />);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    const first = boxes()[0];
    // One tab stop for the whole row of boxes.
    expect(boxes().filter((el) => el.getAttribute('tabindex') === '0')).toHaveLength(1);
    first?.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(boxes()[1]);
    expect(document.activeElement).toHaveAccessibleName(/, 1999: /);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(boxes().at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName(/, 1998: /);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/, 1999: /);
    await user.keyboard('{Enter}');
    expect(rangeShown()).toMatch(/^Showing \d+ Dec 1998 – \d+ Jan 2000$/);
    // Focus is not lost: it is on what now shows 1999's first launch.
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/1999/);
  });
});
