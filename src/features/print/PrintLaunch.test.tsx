import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Dataset, Launch } from '../../data/schema.ts';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { PrintLaunch } from './PrintLaunch.tsx';

/** The fixture's 1998 launch, with whose time it is, a copy, a descriptive title and a response known only by a latest day. */
function printed(): { dataset: Dataset; launch: Launch } {
  const raw = makeDataset();
  raw.sources.push(
    { id: 'src-copy', publisher: 'KCNA', publisherType: 'north-korea-state-media', title: 'KCNA on the launch', url: 'http://copies.example/kcna', published: '1998-09-04', provenance: 'republication', via: 'FAS' },
    { id: 'src-ours', publisher: 'Reuters', publisherType: 'news', title: 'Report on the food aid', descriptiveTitle: true, url: 'https://wire.example/aid', published: '2012-04-13' },
  );
  const [, a] = raw.launches;
  if (!a) throw new Error('fixture');
  Object.assign(a, { timeSource: 'KCNA (North Korea’s announcement)', citations: { ...a.citations, launchedAt: ['src-copy'] } });
  raw.condemnations.push(
    { id: 'press', date: '1998-09-17', dateQualifier: 'on-or-before', by: 'UN Security Council (President)', actorType: 'un-security-council', kind: 'press-statement', summary: 'Text not available.', launchIds: [a.id], sourceIds: ['src-ours'] },
    { id: 'step', date: '1998-09-20', by: 'Country J', actorType: 'government', kind: 'measure', summary: 'Agreed a study.', launchIds: [a.id], sourceIds: ['src-news'] },
  );
  const result = parseDataset(raw);
  if (!result.ok) throw new Error('fixture');
  const launch = result.dataset.launches.find((l) => l.id === a.id);
  if (!launch) throw new Error('fixture');
  return { dataset: result.dataset, launch };
}

describe('PrintLaunch', () => {
  it('says whose launch time it prints', () => {
    const { dataset, launch } = printed();
    render(<PrintLaunch dataset={dataset} launch={launch} />);
    expect(screen.getByText(/KST/)).toHaveTextContent('· Time given by KCNA (North Korea’s announcement).');
  });

  it('prints a response known only by a latest day as "On or before", with its kind', () => {
    const { dataset, launch } = printed();
    render(<PrintLaunch dataset={dataset} launch={launch} />);
    const responses = within(screen.getByRole('heading', { name: 'Responses' }).nextElementSibling as HTMLElement).getAllByRole('listitem');
    expect(responses.map((li) => li.textContent)).toEqual([
      'On or before 17 September 1998 — UN Security Council (President) — Press statement: Text not available. [3]',
      '20 September 1998 — Country J — Measure: Agreed a study. [2]',
    ]);
  });

  it('quotes a headline, leaves a title we wrote unquoted and marked, and says where a copy was read', () => {
    const { dataset, launch } = printed();
    render(<PrintLaunch dataset={dataset} launch={launch} />);
    const sources = within(screen.getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement).getAllByRole('listitem');
    const text = sources.map((li) => li.textContent);
    expect(text).toContain('KCNA, “KCNA on the launch”, 1998-09-04, via FAS (republication). http://copies.example/kcna');
    expect(text).toContain('Reuters, Report on the food aid (descriptive title), 2012-04-13. https://wire.example/aid');
    expect(text).toContain('A newspaper, “A news page”, 2012-12. http://example.org/story');
  });
});
