import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Dataset } from '../../data/schema.ts';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { LaunchPanel } from './LaunchPanel.tsx';

const all = ['src-news'];
const cite = { launchedAt: all, vehicle: all, payload: all, site: all, outcome: all, northKoreaClaimed: all, summary: all };

/** The shared fixture plus what this panel needs: Pyongyang Time, a bad link, a copy and a descriptive title, shared, refused and undated responses. */
function loadDataset(): Dataset {
  const raw = makeDataset();
  const extra = {
    ...raw,
    sources: [
      ...raw.sources,
      { id: 'src-js', publisher: 'Bad Actor', publisherType: 'news', title: 'A hostile page', url: 'javascript:alert(1)' },
      { id: 'src-kcna', publisher: 'KCNA', publisherType: 'north-korea-state-media', title: 'KCNA report', url: 'https://example.org/kcna', provenance: 'republication', via: 'Federation of American Scientists (FAS)' },
      { id: 'src-wire', publisher: 'A wire service', publisherType: 'news', title: 'Report on the launch time', descriptiveTitle: true, url: 'https://example.org/wire', provenance: 'original', note: 'A live page, retitled after publication.' },
    ],
    launches: [
      ...raw.launches,
      {
        id: '2016-02-07-sat-d',
        launchedAt: '2016-02-07T00:30:00Z',
        timePrecision: 'approximate',
        pyongyangUtcOffset: '+08:30',
        vehicle: 'Rocket D',
        vehicleAliases: [],
        payload: 'Sat D',
        site: { name: 'Site S', alternateName: 'Alt S', lat: 39.66, lon: 124.705 },
        outcome: 'success',
        outcomeSummary: 'Reached orbit',
        northKoreaClaimed: 'success',
        timeSource: 'KCNA (North Korea’s announcement)',
        summary: 'Fixture narrative D.',
        citations: { ...cite, launchedAt: ['src-wire'], northKoreaClaimed: ['src-kcna'] },
        facts: [
          { text: 'Disputed D1', sourceIds: ['src-js'], status: 'disputed' },
          { text: 'Plain D2', sourceIds: ['src-news'] },
        ],
      },
    ],
    condemnations: [
      ...raw.condemnations,
      { id: 'declined', date: '2023-06-03', by: 'Country R', actorType: 'government', kind: 'non-condemnation', summary: 'Blamed others.', launchIds: ['2023-05-31-sat-c'], sourceIds: ['src-news'] },
      { id: 'shared', date: '2023-06-01', by: 'Country J', actorType: 'government', kind: 'statement', summary: 'Condemned both.', launchIds: ['2012-12-12-sat-b', '2023-05-31-sat-c'], sourceIds: ['src-news'] },
      { id: 'early', date: '2012-12-12', by: 'Country K', actorType: 'government', kind: 'statement', summary: 'Condemned at once.', launchIds: ['2012-12-12-sat-b'], sourceIds: ['src-news'] },
      { id: 'meeting', date: '2023-06-02', by: 'UN Security Council', actorType: 'un-security-council', kind: 'meeting-without-outcome', summary: 'Met; no statement.', launchIds: ['2023-05-31-sat-c'], sourceIds: ['src-un'] },
      { id: 'elements', date: '2016-02-07', by: 'UN Security Council (President)', actorType: 'un-security-council', kind: 'press-elements', summary: 'Read out orally.', launchIds: ['2016-02-07-sat-d'], sourceIds: ['src-un'] },
      { id: 'by-date', date: '2016-02-20', dateQualifier: 'on-or-before', by: 'UN Security Council (President)', actorType: 'un-security-council', kind: 'press-statement', summary: 'Text not available.', launchIds: ['2016-02-07-sat-d'], sourceIds: ['src-un'] },
      { id: 'pact', date: '2016-02-10', by: 'Country S', actorType: 'government', kind: 'measure', summary: 'Suspended part of an agreement.', launchIds: ['2016-02-07-sat-d'], sourceIds: ['src-news'] },
    ],
  };
  const result = parseDataset(extra);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  // The loader sorts by date; reverse so the panel's own ordering is what the tests see.
  return { ...result.dataset, condemnations: [...result.dataset.condemnations].reverse() };
}

/** Renders the panel and waits for its lists, which follow the first paint. */
async function setup(launchId: string) {
  const dataset = loadDataset();
  const onNavigate = vi.fn<(id: string) => void>();
  const onClose = vi.fn<() => void>();
  const props = (id: string) => {
    const index = dataset.launches.findIndex((l) => l.id === id);
    const launch = dataset.launches[index];
    if (!launch) throw new Error(`no launch ${id}`);
    return { dataset, launch, previous: dataset.launches[index - 1] ?? null, next: dataset.launches[index + 1] ?? null, onNavigate, onClose };
  };
  const utils = render(
    <>
      <button type="button">Outside</button>
      <LaunchPanel {...props(launchId)} />
    </>,
  );
  const panel = screen.getByRole('region', { name: 'Launch details' });
  const listsShown = () => waitFor(() => expect(screen.queryByText(/^Loading the facts, responses and sources/)).toBeNull());
  await listsShown();
  const show = async (id: string) => {
    utils.rerender(
      <>
        <button type="button">Outside</button>
        <LaunchPanel {...props(id)} />
      </>,
    );
    await listsShown();
  };
  return { panel, onNavigate, onClose, show, user: userEvent.setup() };
}

const condemnationItems = (panel: HTMLElement) => {
  const section = within(panel).getByRole('region', { name: 'Related condemnations' });
  return within(section).queryAllByRole('listitem');
};

describe('LaunchPanel', () => {
  it('names the launch by payload and vehicle', async () => {
    await setup('2012-12-12-sat-b');
    expect(screen.getByRole('heading', { level: 2, name: 'Sat B, Rocket B' })).toBeInTheDocument();
  });

  it('shows KST and UTC, each with its own date, when they fall on different days', async () => {
    const { panel } = await setup('2023-05-31-sat-c');
    const kst = within(panel).getByText('31 May 2023, 06:27 KST');
    const utc = within(panel).getByText('30 May 2023, 21:27 UTC');
    expect(kst.tagName).toBe('TIME');
    expect(kst).toHaveAttribute('datetime', '2023-05-31T06:27+09:00');
    expect(utc).toHaveAttribute('datetime', '2023-05-30T21:27Z');
  });

  it('adds Pyongyang Time in 2016 and "about" for approximate times', async () => {
    const { panel } = await setup('2016-02-07-sat-d');
    const when = within(panel).getByText(/KST/).closest('p');
    expect(when).toHaveTextContent('7 February 2016, about 09:30 KST (about 09:00 Pyongyang Time) · 7 February 2016, about 00:30 UTC');
  });

  it('says whose launch time it shows, and nothing when the data does not say', async () => {
    const { panel, show } = await setup('2016-02-07-sat-d');
    expect(within(panel).getByText(/^Time given by/)).toHaveTextContent('Time given by KCNA (North Korea’s announcement)');
    await show('2023-05-31-sat-c');
    expect(within(panel).queryByText(/^Time given by/)).toBeNull();
  });

  it('points each footnote at the numbered source it cites', async () => {
    const { panel } = await setup('2012-12-12-sat-b');
    const [first, second] = within(panel).getAllByRole('listitem').filter((li) => li.id.startsWith('source-'));
    expect(first).toHaveTextContent('A news page');
    expect(second).toHaveTextContent('A UN page');
    const resolution = condemnationItems(panel).find((li) => li.textContent?.includes('S/RES/2087 (2013)'));
    if (!resolution) throw new Error('resolution not listed');
    const ref = within(resolution).getByRole('link', { name: '[2]' });
    expect(ref).toHaveAttribute('href', '#source-2');
    expect(panel.querySelector('#source-2')).toHaveTextContent('A UN page');
    for (const link of within(panel).getAllByRole('link', { name: /^\[\d+\]$/ })) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(panel.querySelector(`[id="${id}"]`)).not.toBeNull();
    }
  });

  it('opens source links in a new tab without giving the page access to the opener', async () => {
    const { panel } = await setup('2016-02-07-sat-d');
    const links = within(panel).getAllByRole('link', { name: /opens in a new tab/ });
    expect(links.map((a) => a.textContent)).toEqual([
      'Report on the launch time (descriptive title) (opens in a new tab)↗',
      'A news page (opens in a new tab)↗',
      'KCNA report (opens in a new tab)↗',
      'A UN page (opens in a new tab)↗',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toMatch(/\bnoopener\b/);
    }
  });

  it('says where a copy was read, marks a title we wrote, and shows a source\'s note', async () => {
    const { panel } = await setup('2016-02-07-sat-d');
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    const kcna = within(sources).getAllByRole('listitem').find((li) => li.textContent?.includes('KCNA report'));
    expect(kcna).toHaveTextContent('KCNA: KCNA report (opens in a new tab)↗ · via Federation of American Scientists (FAS) (republication)');
    const wire = within(sources).getByRole('link', { name: /^Report on the launch time ?\(descriptive title\)/ });
    // Our own description is set apart from a headline: italic, never in quotation marks.
    expect(within(wire).getByText('Report on the launch time')).toHaveClass('source-link__title--descriptive');
    expect(wire.textContent).not.toMatch(/[“"]/);
    expect(wire.closest('li')).toHaveTextContent('· A live page, retitled after publication.');
    // A headline as published gets no such mark.
    expect(within(sources).getByRole('link', { name: /^A news page/ }).textContent).not.toContain('descriptive');
  });

  it('shows a javascript: address as text, never as a link', async () => {
    const { panel } = await setup('2016-02-07-sat-d');
    expect(within(panel).queryByRole('link', { name: /A hostile page/ })).toBeNull();
    expect(within(panel).getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(within(panel).getByText('(link withheld: not a web address)')).toBeInTheDocument();
    expect(panel.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('tags disputed facts', async () => {
    await setup('2016-02-07-sat-d');
    expect(screen.getByText('Disputed D1').closest('li')).toHaveTextContent(/^Disputed/);
    expect(screen.getByText('Plain D2').closest('li')).not.toHaveTextContent(/Disputed|claim/);
  });

  it("tags North Korea's claims and shows where its claim differs from the assessment", async () => {
    const { panel } = await setup('1998-08-31-sat-a');
    expect(within(panel).getByText('Claim A2').closest('li')).toHaveTextContent("North Korea's claim");
    expect(within(panel).getByText('Assessed outcome').closest('div')).toHaveTextContent('Failed: Nothing reached orbit');
    expect(within(panel).getByText('North Korea claimed').closest('div')).toHaveTextContent('Differs from the assessmentSuccess');
  });

  it('does not flag a claim that matches the assessment', async () => {
    await setup('2023-05-31-sat-c');
    expect(screen.queryByText('Differs from the assessment')).toBeNull();
  });

  it('lists the condemnations of this launch only, oldest first', async () => {
    const { panel } = await setup('2012-12-12-sat-b');
    const items = condemnationItems(panel).map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/12 December 2012 · Country K/);
    expect(items[1]).toMatch(/22 January 2013 · UN Security Council · S\/RES\/2087 \(2013\)/);
    expect(items[2]).toMatch(/1 June 2023 · Country J/);
  });

  it('shows a record shared by two launches with both, and labels a refusal as such', async () => {
    const { panel, show } = await setup('2023-05-31-sat-c');
    const items = condemnationItems(panel);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Statement1 June 2023 · Country J/),
      expect.stringMatching(/Meeting without outcome2 June 2023 · UN Security Council/),
      expect.stringMatching(/Declined to condemn3 June 2023 · Country R/),
    ]);
    expect(within(panel).queryByText('S/RES/2087 (2013)')).toBeNull();
    await show('2012-12-12-sat-b');
    expect(screen.getByText('Condemned both.')).toBeInTheDocument();
  });

  it('labels press elements and measures by kind, and a response known only by a latest day as "On or before"', async () => {
    const { panel } = await setup('2016-02-07-sat-d');
    expect(condemnationItems(panel).map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^!Press elements7 February 2016 · UN Security Council \(President\)Read out orally\./),
      expect.stringMatching(/^!Measure10 February 2016 · Country S/),
      expect.stringMatching(/^!Press statementOn or before 20 February 2016 · UN Security Council \(President\)/),
    ]);
    const undated = within(panel).getByText('20 February 2016');
    expect(undated.tagName).toBe('TIME');
    expect(undated).toHaveAttribute('datetime', '2016-02-20');
  });

  it('steps to the previous and next launch, and disables the steps at the ends', async () => {
    const { onNavigate, show, user } = await setup('2012-12-12-sat-b');
    await user.click(screen.getByRole('button', { name: 'Previous: Rocket A, 31 August 1998' }));
    expect(onNavigate).toHaveBeenLastCalledWith('1998-08-31-sat-a');
    await user.click(screen.getByRole('button', { name: 'Next: Rocket D, 7 February 2016' }));
    expect(onNavigate).toHaveBeenLastCalledWith('2016-02-07-sat-d');
    await show('1998-08-31-sat-a');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await show('2023-05-31-sat-c');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous: Rocket D, 7 February 2016' })).toBeEnabled();
  });

  it('closes with the × button and with Esc inside the panel, but not with Esc elsewhere', async () => {
    const { onClose, user } = await setup('2012-12-12-sat-b');
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Outside' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('moves focus to the heading when it opens and when it changes launch', async () => {
    const { show, user } = await setup('2012-12-12-sat-b');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await show('2016-02-07-sat-d');
    expect(screen.getByRole('heading', { level: 2, name: 'Sat D, Rocket D' })).toHaveFocus();
  });

  it('announces the opened launch in one short line', async () => {
    const { show } = await setup('2023-05-31-sat-c');
    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent(/^Opened: Sat C, 31 May 2023$/));
    await show('2012-12-12-sat-b');
    await vi.waitFor(() => expect(status.textContent).toBe('Opened: Sat B, 12 December 2012'));
    expect(status.textContent).not.toMatch(/\n/);
  });

  it('draws the details in its first render for the launch the page opened on, and a frame later for one opened by a click', () => {
    const dataset = loadDataset();
    const [launch, next] = dataset.launches.slice(1, 3);
    if (!launch || !next) throw new Error('fixture has fewer than three launches');
    const props = { dataset, previous: null, next: null, onNavigate: vi.fn(), onClose: vi.fn() };
    const { rerender } = render(<LaunchPanel {...props} launch={launch} detailsAtOnce />);
    // Synchronously, before any frame: the facts are there and the loading line never was.
    expect(screen.queryByText(/^Loading the facts, responses and sources/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
    rerender(<LaunchPanel {...props} launch={next} detailsAtOnce={false} />);
    expect(screen.getByText(/^Loading the facts, responses and sources/)).toBeInTheDocument();
  });
});
