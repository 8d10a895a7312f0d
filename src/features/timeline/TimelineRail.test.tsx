// The timeline in a narrow container: the rail. jsdom lays nothing out, so the container's
// width is given here the way the browser would report it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { parseDataset } from '../../data/parseDataset.ts';
import { annotationsInView } from '../../domain/story.ts';
import { fullView } from '../../domain/timeScale.ts';
import { LaunchActionsContext } from '../../ui/launchActions.ts';
import { Timeline, type TimelineProps } from './Timeline.tsx';

const parsed = parseDataset(makeDataset());
if (!parsed.ok) throw new Error('fixture does not parse');
const { launches, contextEvents, range } = parsed.dataset;

function containerWidth(width: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width, height: 100 }));
}

function setup(overrides: Partial<TimelineProps> = {}) {
  const select = vi.fn();
  const props: TimelineProps = {
    launches,
    contextEvents,
    range,
    view: null,
    onViewChange: vi.fn(),
    selectedId: null,
    showContext: false,
    onShowContextChange: vi.fn(),
    ...overrides,
  };
  render(
    <LaunchActionsContext.Provider value={{ select }}>
      <Timeline {...props} />
    </LaunchActionsContext.Provider>,
  );
  return { select, user: userEvent.setup() };
}

const rail = () => screen.getByRole('list', { name: 'Launches in time order' });

describe('Timeline in a narrow container', () => {
  beforeEach(() => containerWidth(375));

  it('lists every launch down the screen, each a button named by what it shows: name, date, outcome, rocket, site', () => {
    setup();
    const buttons = within(rail()).getAllByRole('button');
    expect(buttons).toHaveLength(launches.length);
    // The summary is cut to the row and read in the panel: it is not part of the name.
    expect(buttons[0]).toHaveAccessibleName('Sat A 31 Aug 1998 Failed · Rocket A · Site T');
    // No horizontal chart and no zoom buttons: there is nothing to zoom.
    expect(screen.queryByRole('group', { name: 'Timeline of satellite launch attempts' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
  });

  it('arranges the launches in sections by site, each under its heading, and offers the choice', async () => {
    const onGroupByChange = vi.fn();
    const { user } = setup({ groupBy: 'site', onGroupByChange });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Site T', 'Site S']);
    const tonghae = screen.getByRole('region', { name: 'Site T' });
    expect(within(tonghae).getAllByRole('button').map((b) => b.getAttribute('data-launch-id'))).toEqual(
      launches.filter((l) => l.site.name === 'Site T').map((l) => l.id),
    );
    expect(screen.queryByRole('list', { name: 'Launches in time order' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Arrange' }), 'In time order');
    expect(onGroupByChange).toHaveBeenCalledWith(null);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Arrange' }), 'By rocket');
    expect(onGroupByChange).toHaveBeenLastCalledWith('vehicle');
  });

  it('opens a launch through the launch actions and marks the open one as pressed', async () => {
    const { select, user } = setup({ selectedId: launches[1]?.id ?? null });
    const [first, second] = within(rail()).getAllByRole('button');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(first).toHaveAttribute('aria-pressed', 'false');
    if (!first) throw new Error('no row');
    await user.click(first);
    expect(select).toHaveBeenCalledWith(launches[0]?.id);
  });

  it('shows the annotations by title in their place, and context events only while they are on', () => {
    const annotations = annotationsInView(parsed.ok ? parsed.dataset : { annotations: [], launches: [] }, fullView(range));
    setup({ annotations, showContext: true });
    const rows = within(rail()).getAllByRole('listitem').map((li) => li.textContent ?? '');
    for (const a of annotations) expect(rows.some((row) => row.includes(a.annotation.title))).toBe(true);
    for (const e of contextEvents) expect(rows.some((row) => row.includes(e.title))).toBe(true);
  });
});

describe('Timeline in a wide container', () => {
  it('draws the horizontal chart, not the rail', () => {
    containerWidth(1024);
    setup();
    expect(screen.getByRole('group', { name: 'Timeline of satellite launch attempts' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Launches in time order' })).toBeNull();
  });
});
