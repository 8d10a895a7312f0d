import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { SourcesView } from './SourcesView.tsx';

// The fixture, plus a KCNA source cited by one fact, a government source cited by a response
// answering two launches, and a source whose link is not a web address.
function dataset() {
  const raw = makeDataset();
  raw.sources.push(
    { id: 'src-kcna', publisher: 'KCNA', publisherType: 'north-korea-state-media', title: 'KCNA report', url: 'https://kcna.example/report', published: '1998-09-04' },
    { id: 'src-gov', publisher: 'A ministry', publisherType: 'government', title: 'Joint statement page', url: 'https://gov.example/joint', published: '2023-06' },
    { id: 'src-bad', publisher: 'Bad link', publisherType: 'news', title: 'Page with a bad link', url: 'javascript:alert(1)', published: '2013' },
    { id: 'src-copy', publisher: 'KCNA', publisherType: 'north-korea-state-media', title: 'Statement on the UN press statement', url: 'https://aggregator.example/1998/09/21', published: '1998-09-21', provenance: 'republication', via: 'an aggregator of KCNA items' },
    { id: 'src-archive', publisher: 'US Embassy London', publisherType: 'government', title: 'Report on the Council’s press elements', descriptiveTitle: true, url: 'https://archive.example/2013/london.usembassy.gov/nkorea011.html', provenance: 'archive-copy', via: 'a web archive', note: 'A page of the embassy’s old site.' },
  );
  const [b, a, c] = raw.launches;
  if (!a || !b || !c) throw new Error('fixture');
  a.facts.push({ text: 'Claim A3', sourceIds: ['src-kcna'] });
  raw.condemnations.push({
    id: 'joint-statement',
    date: '2023-06-01',
    by: 'Three governments',
    actorType: 'government',
    kind: 'statement',
    reference: 'Joint',
    summary: 'Condemned both launches.',
    launchIds: [a.id, c.id],
    sourceIds: ['src-gov', 'src-bad'],
  });
  raw.condemnations.push(
    { id: 'press-1998', date: '1998-09-17', dateQualifier: 'on-or-before', by: 'UN Security Council (President)', actorType: 'un-security-council', kind: 'press-statement', summary: 'Text not available.', launchIds: [a.id], sourceIds: ['src-copy'] },
    { id: 'elements-2012', date: '2012-12-13', by: 'UN Security Council (President)', actorType: 'un-security-council', kind: 'press-elements', summary: 'Read out.', launchIds: [b.id], sourceIds: ['src-archive'] },
  );
  const result = parseDataset(raw);
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

function renderView(highlightSourceId?: string) {
  const props = { onOpenLaunch: vi.fn(), onClose: vi.fn() };
  render(<SourcesView dataset={dataset()} {...props} highlightSourceId={highlightSourceId} />);
  return props;
}

/** The list item of one source, found by its title as a reader would. */
function entry(title: string): HTMLElement {
  const item = screen.getAllByRole('listitem').find((li) => li.classList.contains('source-entry') && li.textContent?.includes(title));
  if (!item) throw new Error(`no entry for ${title}`);
  return item;
}

describe('SourcesView', () => {
  it('groups every source by publisher type, in a fixed order, with counts', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toHaveFocus();
    expect(screen.getByText(/All 7 sources the data cites/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'United Nations (1)',
      'Governments (2)',
      'North Korean state media (2)',
      'News (2)',
    ]);
  });

  it('shows the launches citing a source, and opens one on request', async () => {
    const user = userEvent.setup();
    const props = renderView();
    const news = entry('A news page');
    expect(within(news).getByRole('link', { name: /^A news page/ })).toHaveAttribute('href', 'http://example.org/story');
    const launches = within(news).getAllByRole('button').map((b) => b.textContent);
    expect(launches).toEqual(['Sat A, 31 August 1998', 'Sat B, 12 December 2012', 'Sat C, 31 May 2023']);
    expect(news).toHaveTextContent('Context: Third nuclear test (12 February 2013)');
    await user.click(within(news).getByRole('button', { name: 'Sat B, 12 December 2012' }));
    expect(props.onOpenLaunch).toHaveBeenCalledWith('2012-12-12-sat-b');
  });

  it('shows the responses citing a source, each leading to every launch it answers', async () => {
    const user = userEvent.setup();
    const props = renderView();
    const gov = entry('Joint statement page');
    expect(gov).toHaveTextContent('1 June 2023 · Three governments · Statement, on Sat A, 31 August 1998; Sat C, 31 May 2023');
    await user.click(within(gov).getByRole('button', { name: 'Sat C, 31 May 2023' }));
    expect(props.onOpenLaunch).toHaveBeenCalledWith('2023-05-31-sat-c');
    const un = entry('A UN page');
    expect(un).toHaveTextContent('22 January 2013 · UN Security Council · Resolution, on Sat B, 12 December 2012');
  });

  it('says where a copy was read and what kind of copy it is; an original says nothing', () => {
    renderView();
    expect(entry('Statement on the UN press statement')).toHaveTextContent(
      'KCNA: Statement on the UN press statement (opens in a new tab)↗, 21 September 1998 · via an aggregator of KCNA items (republication)',
    );
    expect(entry('Report on the Council’s press elements')).toHaveTextContent('· via a web archive (archive copy) · A page of the embassy’s old site.');
    expect(entry('A news page')).not.toHaveTextContent(/via|republication|archive/);
  });

  it('marks a title we wrote as descriptive and sets it apart from a headline', () => {
    renderView();
    const link = within(entry('Report on the Council’s press elements')).getByRole('link', { name: /^Report on the Council’s press elements ?\(descriptive title\)/ });
    expect(within(link).getByText('Report on the Council’s press elements')).toHaveClass('source-link__title--descriptive');
    expect(within(entry('A UN page')).getByRole('link', { name: /^A UN page/ }).textContent).not.toContain('descriptive title');
  });

  it('dates a response known only by a latest day "On or before", and names press elements by their kind', () => {
    renderView();
    expect(entry('Statement on the UN press statement')).toHaveTextContent(
      'On or before 17 September 1998 · UN Security Council (President) · Press statement, on Sat A, 31 August 1998',
    );
    expect(entry('Report on the Council’s press elements')).toHaveTextContent('13 December 2012 · UN Security Council (President) · Press elements, on Sat B, 12 December 2012');
  });

  it('shows a source whose link is not a web address as text, never as a link', () => {
    renderView();
    const bad = entry('Page with a bad link');
    expect(within(bad).queryByRole('link')).toBeNull();
    expect(bad).toHaveTextContent('javascript:alert(1)');
    expect(bad).toHaveTextContent('(link withheld: not a web address)');
  });

  it('marks and focuses the source it was opened for', () => {
    renderView('src-kcna');
    const kcna = entry('KCNA report');
    expect(kcna).toHaveFocus();
    expect(kcna).toHaveClass('source-entry--highlight');
    expect(entry('A UN page')).not.toHaveClass('source-entry--highlight');
  });

  it('goes back to the timeline with the button or Esc', async () => {
    const user = userEvent.setup();
    const props = renderView();
    await user.click(screen.getByRole('button', { name: 'Back to the timeline' }));
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });
});
