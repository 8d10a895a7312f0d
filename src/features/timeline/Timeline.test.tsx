import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { parseDataset } from '../../data/parseDataset.ts';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { LaunchActionsContext, type LaunchActions } from '../../ui/launchActions.ts';
import { Timeline, type TimelineProps } from './Timeline.tsx';

type View = { from: Date; to: Date };
const RANGE = { start: '1998-01-01', end: '2023-12-31' };
const FULL_SPAN = Date.parse('2024-01-01T00:00:00Z') - 1 - Date.parse('1998-01-01T00:00:00Z');
const span = (v: View) => v.to.getTime() - v.from.getTime();

function launch(id: string, at: string, vehicle: string, payload: string, outcome: Launch['outcome'], claimed: Launch['northKoreaClaimed']): Launch {
  const ids = ['src'];
  return {
    id,
    launchedAt: new Date(at),
    timePrecision: 'minute',
    pyongyangUtcOffset: '+09:00',
    vehicle,
    vehicleAliases: [],
    payload,
    payloadAliases: [],
    site: { name: 'Sohae', lat: 39.66, lon: 124.705 },
    outcome,
    outcomeSummary: outcome,
    northKoreaClaimed: claimed,
    summary: 'Narrative.',
    citations: { launchedAt: ids, vehicle: ids, payload: ids, site: ids, outcome: ids, northKoreaClaimed: ids, summary: ids },
    facts: [],
  };
}

/** The eight real attempts, in time order, with the names the dataset uses. */
const REAL: Launch[] = [
  launch('1998', '1998-08-31T03:07:00Z', 'Paektusan-1', 'Kwangmyongsong-1', 'failure', 'success'),
  launch('2009', '2009-04-05T02:30:00Z', 'Unha-2', 'Kwangmyongsong-2', 'failure', 'success'),
  launch('2012-04', '2012-04-12T22:39:00Z', 'Unha-3', 'Kwangmyongsong-3', 'failure', 'failure'),
  launch('2012-12', '2012-12-12T00:49:00Z', 'Unha-3', 'Kwangmyongsong-3 Unit 2', 'success', 'success'),
  launch('2016', '2016-02-07T00:30:00Z', 'Kwangmyongsong', 'Kwangmyongsong-4', 'success', 'success'),
  launch('2023-05', '2023-05-30T21:27:00Z', 'Chollima-1', 'Malligyong-1', 'failure', 'failure'),
  launch('2023-08', '2023-08-23T18:50:00Z', 'Chollima-1', 'Malligyong-1', 'failure', 'failure'),
  launch('2023-11', '2023-11-21T13:42:00Z', 'Chollima-1', 'Malligyong-1', 'success', 'success'),
];

const NAMES = [
  'Paektusan-1, Kwangmyongsong-1, 31 August 1998, failed, North Korea claimed success',
  'Unha-2, Kwangmyongsong-2, 5 April 2009, failed, North Korea claimed success',
  'Unha-3, Kwangmyongsong-3, 13 April 2012, failed',
  'Unha-3, Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit',
  'Kwangmyongsong, Kwangmyongsong-4, 7 February 2016, reached orbit',
  'Chollima-1, Malligyong-1, 31 May 2023, failed',
  'Chollima-1, Malligyong-1, 24 August 2023, failed',
  'Chollima-1, Malligyong-1, 21 November 2023, reached orbit',
];

const CONTEXT: ContextEvent[] = [
  { id: 'third-nuclear-test', date: '2013-02-12', kind: 'nuclear-test', title: 'Third nuclear test', summary: 'A test.', sourceIds: ['src'] },
  { id: 'party-congress', date: '2021-01-05', endDate: '2021-01-12', kind: 'political', title: '8th Party Congress', summary: 'A congress.', sourceIds: ['src'] },
];

/** The app's launch actions, as a mock: one object for the whole test, as the app keeps one. */
function withActions(actions: LaunchActions = { select: vi.fn() }) {
  const wrapper = ({ children }: { children: ReactNode }) => <LaunchActionsContext.Provider value={actions}>{children}</LaunchActionsContext.Provider>;
  return { actions, wrapper };
}

function setup(overrides: Partial<TimelineProps> = {}) {
  const props: TimelineProps = {
    launches: REAL,
    contextEvents: CONTEXT,
    range: RANGE,
    view: null,
    onViewChange: vi.fn(),
    selectedId: null,
    showContext: false,
    onShowContextChange: vi.fn(),
    ...overrides,
  };
  const { actions, wrapper } = withActions();
  return { props, select: actions.select, user: userEvent.setup(), ...render(<Timeline {...props} />, { wrapper }) };
}

/** The Timeline with its state held like the app holds it, to test what a reader sees change. */
function Stateful(props: Partial<TimelineProps>) {
  const [view, setView] = useState<View | null>(null);
  const [showContext, setShowContext] = useState(false);
  return (
    <Timeline
      launches={REAL}
      contextEvents={CONTEXT}
      range={RANGE}
      selectedId={null}
      {...props}
      view={view}
      onViewChange={setView}
      showContext={showContext}
      onShowContextChange={setShowContext}
    />
  );
}

const lastView = (fn: TimelineProps['onViewChange']) => vi.mocked(fn).mock.lastCall?.[0];

describe('Timeline markers', () => {
  it('shows every launch as a button named by vehicle, payload, KST date and outcome', () => {
    setup();
    for (const name of NAMES) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit/ })).toHaveAttribute(
      'data-launch-id',
      '2012-12',
    );
  });

  it('renders the fixture dataset through the real parser', () => {
    const parsed = parseDataset(makeDataset());
    if (!parsed.ok) throw new Error('fixture does not parse');
    const { dataset } = parsed;
    setup({ launches: dataset.launches, contextEvents: dataset.contextEvents, range: dataset.range });
    expect(screen.getByRole('button', { name: 'Rocket A, Sat A, 31 August 1998, failed, North Korea claimed success' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rocket B, Sat B, 12 December 2012, reached orbit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rocket C, Sat C, 31 May 2023, failed' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Timeline of satellite launch attempts' })).toHaveAccessibleDescription(
      /^3 launch attempts from 1998 to 2023; 1 reached orbit\./,
    );
  });

  it('describes the chart with a summary computed from the launches', () => {
    setup();
    const chart = screen.getByRole('group', { name: 'Timeline of satellite launch attempts' });
    expect(chart).toHaveAccessibleDescription(/^8 launch attempts from 1998 to 2023; 3 reached orbit\./);
  });

  it('marks the selected launch as pressed', () => {
    setup({ selectedId: '2016' });
    expect(screen.getByRole('button', { name: NAMES[4] })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: NAMES[3] })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows date, payload and outcome in a tooltip on hover and on focus', async () => {
    const { user } = setup();
    // The tooltip is hidden from assistive technology (the name says it all), so find it by its class.
    const tooltip = () => document.querySelector('.tl-tooltip');
    await user.hover(screen.getByRole('button', { name: NAMES[0] }));
    expect(tooltip()).toHaveTextContent('Kwangmyongsong-131 August 1998 · Paektusan-1FailedNorth Korea claimed success');
    await user.unhover(screen.getByRole('button', { name: NAMES[0] }));
    expect(tooltip()).toBeNull();
    act(() => screen.getByRole('button', { name: NAMES[3] }).focus());
    expect(tooltip()).toHaveTextContent('Kwangmyongsong-3 Unit 212 December 2012 · Unha-3Reached orbit');
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
  });
});

describe('Timeline keyboard', () => {
  it('has exactly one marker in the tab order, and Tab reaches it', async () => {
    const { user } = setup();
    const tabbable = screen.getAllByRole('button').filter((el) => el.hasAttribute('data-launch-id') && el.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    for (let i = 0; i < 10 && !document.activeElement?.hasAttribute('data-launch-id'); i += 1) await user.tab();
    expect(screen.getByRole('button', { name: NAMES[0] })).toHaveFocus();
  });

  it('puts the selected launch in the tab order, also when the selection changes from outside', () => {
    const { props, rerender } = setup({ selectedId: '2012-12' });
    expect(screen.getByRole('button', { name: NAMES[3] })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: NAMES[0] })).toHaveAttribute('tabindex', '-1');
    act(() => screen.getByRole('button', { name: NAMES[1] }).focus());
    expect(screen.getByRole('button', { name: NAMES[1] })).toHaveAttribute('tabindex', '0');
    rerender(<Timeline {...props} selectedId="2016" />);
    expect(screen.getByRole('button', { name: NAMES[4] })).toHaveAttribute('tabindex', '0');
    expect(screen.getAllByRole('button').filter((el) => el.getAttribute('tabindex') === '0' && el.hasAttribute('data-launch-id'))).toHaveLength(1);
  });

  it('zooms around the focused launch with the + and - keys', async () => {
    const { props, user } = setup();
    screen.getByRole('button', { name: NAMES[3] }).focus();
    await user.keyboard('+');
    const zoomed = lastView(props.onViewChange);
    expect(zoomed && span(zoomed)).toBeLessThan(FULL_SPAN);
    expect(zoomed && zoomed.from.getTime()).toBeLessThan(Date.parse('2012-12-12T00:49:00Z'));
    expect(zoomed && zoomed.to.getTime()).toBeGreaterThan(Date.parse('2012-12-12T00:49:00Z'));
  });

  it('moves through the launches in time order with the arrow keys, Home and End', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: NAMES[0] }).focus();
    for (const name of NAMES.slice(1)) {
      await user.keyboard('{ArrowRight}');
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: NAMES[7] })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: NAMES[6] })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: NAMES[5] })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: NAMES[6] })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: NAMES[0] })).toHaveFocus();
    expect(screen.getByRole('button', { name: NAMES[0] })).toHaveAttribute('tabindex', '0');
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: NAMES[7] })).toHaveFocus();
    expect(screen.getByRole('button', { name: NAMES[7] })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: NAMES[0] })).toHaveAttribute('tabindex', '-1');
  });

  it('selects with Enter, Space and a click, the selected marker included', async () => {
    const { select, user } = setup({ selectedId: '2009' });
    screen.getByRole('button', { name: NAMES[2] }).focus();
    await user.keyboard('{Enter}');
    expect(select).toHaveBeenLastCalledWith('2012-04');
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    expect(select).toHaveBeenLastCalledWith('2012-12');
    await user.click(screen.getByRole('button', { name: NAMES[1] }));
    expect(select).toHaveBeenLastCalledWith('2009');
    expect(select).toHaveBeenCalledTimes(3);
  });

  it('pans to a launch focused outside the visible window', async () => {
    const view = { from: new Date('2012-06-01T00:00:00Z'), to: new Date('2013-06-01T00:00:00Z') };
    const { props, user } = setup({ view });
    screen.getByRole('button', { name: NAMES[3] }).focus();
    expect(props.onViewChange).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    const panned = lastView(props.onViewChange);
    expect(panned).not.toBeNull();
    if (!panned) return;
    expect(span(panned)).toBe(span(view));
    expect(panned.from.getTime()).toBeLessThan(Date.parse('2016-02-07T00:30:00Z'));
    expect(panned.to.getTime()).toBeGreaterThan(Date.parse('2016-02-07T00:30:00Z'));
  });
});

describe('Timeline zoom', () => {
  it('zooms in and out with the buttons, and Reset shows the whole range', async () => {
    const { props, user, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomedIn = lastView(props.onViewChange);
    expect(zoomedIn && span(zoomedIn)).toBeLessThan(FULL_SPAN);
    if (!zoomedIn) return;
    rerender(<Timeline {...props} view={zoomedIn} />);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(lastView(props.onViewChange)).toBeNull();
    const narrow = { from: new Date('2012-01-01T00:00:00Z'), to: new Date('2013-01-01T00:00:00Z') };
    rerender(<Timeline {...props} view={narrow} />);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    const zoomedOut = lastView(props.onViewChange);
    expect(zoomedOut && span(zoomedOut)).toBeGreaterThan(span(narrow));
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(lastView(props.onViewChange)).toBeNull();
  });

  it('does nothing on Zoom out or Reset when the whole range is already shown', async () => {
    const { props, user } = setup();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(props.onViewChange).not.toHaveBeenCalled();
  });

  it('changes the axis and the range shown when zoomed', async () => {
    const user = userEvent.setup();
    render(<Stateful />, { wrapper: withActions().wrapper });
    expect(screen.getByText('Showing 1998 – 2023')).toBeInTheDocument();
    const axisText = () => Array.from(document.querySelectorAll('.tl-axis text'), (t) => t.textContent);
    const before = axisText();
    expect(before).toEqual(expect.arrayContaining(['2000', '2020']));
    for (let i = 0; i < 5; i += 1) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.queryByText('Showing 1998 – 2023')).not.toBeInTheDocument();
    expect(axisText()).not.toEqual(before);
  });

  it('zooms with the wheel over the chart and leaves the page to scroll when there is nothing to zoom', () => {
    const { props } = setup();
    const chart = screen.getByRole('group', { name: 'Timeline of satellite launch attempts' });
    // fireEvent returns false when the handler called preventDefault.
    expect(fireEvent.wheel(chart, { deltaY: 100 })).toBe(true);
    expect(props.onViewChange).not.toHaveBeenCalled();
    expect(fireEvent.wheel(chart, { deltaY: -100, clientX: 480 })).toBe(false);
    const zoomed = lastView(props.onViewChange);
    expect(zoomed && span(zoomed)).toBeLessThan(FULL_SPAN);
  });

  it('pans when dragged, and a drag that ends on a marker does not select it', () => {
    const view = { from: new Date('2010-01-01T00:00:00Z'), to: new Date('2014-01-01T00:00:00Z') };
    const { props, select } = setup({ view });
    const chart = screen.getByRole('group', { name: 'Timeline of satellite launch attempts' });
    const marker = screen.getByRole('button', { name: NAMES[3] });
    fireEvent.pointerDown(marker, { pointerId: 1, clientX: 500, button: 0, pointerType: 'mouse' });
    fireEvent.pointerMove(chart, { pointerId: 1, clientX: 400, pointerType: 'mouse' });
    fireEvent.pointerUp(chart, { pointerId: 1, clientX: 400, pointerType: 'mouse' });
    fireEvent.click(marker);
    const panned = lastView(props.onViewChange);
    expect(panned && span(panned)).toBe(span(view));
    expect(panned && panned.from.getTime()).toBeGreaterThan(view.from.getTime());
    expect(select).not.toHaveBeenCalled();
  });
});

describe('Timeline context events', () => {
  it('are hidden by default and shown by the toggle, outside the launch navigation', async () => {
    const user = userEvent.setup();
    render(<Stateful />, { wrapper: withActions().wrapper });
    const toggle = screen.getByRole('checkbox', { name: 'Show context events' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('listitem', { name: /Third nuclear test/ })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(screen.getByRole('list', { name: 'Context events' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Third nuclear test, 12 February 2013' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: '8th Party Congress, 5 January 2021 to 12 January 2021' })).toBeInTheDocument();
    // Not launches: arrow keys from the last launch stay on the launches.
    screen.getByRole('button', { name: NAMES[7] }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: NAMES[7] })).toHaveFocus();
    await user.click(toggle);
    expect(screen.queryByRole('listitem', { name: /Third nuclear test/ })).not.toBeInTheDocument();
  });

  it('reports the toggle to the caller', async () => {
    const { props, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Show context events' }));
    expect(props.onShowContextChange).toHaveBeenCalledWith(true);
  });

  it('have their own tab stop and arrow keys within the track', async () => {
    const { user } = setup({ showContext: true });
    const first = screen.getByRole('listitem', { name: /Third nuclear test/ });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('listitem', { name: /8th Party Congress/ })).toHaveFocus();
    expect(document.querySelector('.tl-tooltip')).toHaveTextContent('8th Party Congress5 January 2021 to 12 January 2021Political event');
  });
});

describe('Timeline arranged by group', () => {
  it('puts the launches in lanes by rocket, names the lanes in the chart’s description, and offers the other arrangements', async () => {
    const onGroupByChange = vi.fn();
    const { user } = setup({ groupBy: 'vehicle', onGroupByChange });
    const chart = screen.getByRole('group', { name: 'Timeline of satellite launch attempts' });
    expect(chart).toHaveAccessibleDescription(/ In lanes, from the top: Paektusan-1; Unha-2; Unha-3; Kwangmyongsong; Chollima-1\. /);
    for (const name of NAMES) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    const arrange = screen.getByRole('combobox', { name: 'Arrange' });
    expect(arrange).toHaveValue('vehicle');
    await user.selectOptions(arrange, 'By launch site');
    expect(onGroupByChange).toHaveBeenCalledWith('site');
  });

  it('keeps launches in time lanes, with no lanes named, until the reader chooses a grouping', () => {
    setup({ onGroupByChange: vi.fn() });
    expect(screen.getByRole('group', { name: 'Timeline of satellite launch attempts' })).not.toHaveAccessibleDescription(/In lanes/);
    expect(screen.getByRole('combobox', { name: 'Arrange' })).toHaveValue('');
  });
});
