import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parseDataset.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';
import { groupSources, sourceUsage, usageOf, viaText } from './sourceUsage.ts';

// The fixture, plus sources cited from each place a launch can cite: orbit only, one fact
// only, one headline field only, a response answering two launches, and one nobody cites.
function dataset() {
  const raw = makeDataset();
  raw.sources.push(
    { id: 'src-orbit', publisher: 'Tracker', publisherType: 'research', title: 'Orbit page', url: 'https://tracker.example/', published: '2013' },
    { id: 'src-fact', publisher: 'KCNA', publisherType: 'north-korea-state-media', title: 'Claim page', url: 'https://kcna.example/', published: '1998' },
    { id: 'src-site', publisher: 'Atlas', publisherType: 'reference', title: 'Site page', url: 'https://atlas.example/', published: '2020' },
    { id: 'src-joint', publisher: 'A ministry', publisherType: 'government', title: 'Joint page', url: 'https://gov.example/', published: '2023' },
    { id: 'src-unused', publisher: 'Nobody', publisherType: 'news', title: 'Unused page', url: 'https://unused.example/', published: '2023' },
  );
  const [b, a, c] = raw.launches;
  if (!a || !b || !c) throw new Error('fixture');
  b.orbit = { cospar: '2012-072A', sourceIds: ['src-orbit', 'src-news'] };
  a.facts.push({ text: 'Fact A3', sourceIds: ['src-fact'] });
  c.citations = { ...c.citations, site: ['src-site'] };
  raw.condemnations.push({
    id: 'joint',
    date: '2023-06-01',
    by: 'Three governments',
    actorType: 'government',
    kind: 'statement',
    reference: 'Joint statement',
    summary: 'Answered two launches.',
    launchIds: [a.id, c.id],
    sourceIds: ['src-joint', 'src-un'],
  });
  const result = parseDataset(raw);
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

describe('sourceUsage', () => {
  it('lists each launch once, in time order, whatever part of it cites the source', () => {
    const usage = sourceUsage(dataset());
    expect(usageOf(usage, 'src-news').launchIds).toEqual(['1998-08-31-sat-a', '2012-12-12-sat-b', '2023-05-31-sat-c']);
    expect(usageOf(usage, 'src-orbit').launchIds).toEqual(['2012-12-12-sat-b']);
    expect(usageOf(usage, 'src-fact').launchIds).toEqual(['1998-08-31-sat-a']);
    expect(usageOf(usage, 'src-site').launchIds).toEqual(['2023-05-31-sat-c']);
  });

  it('lists the responses and context events that cite a source separately from the launches', () => {
    const usage = sourceUsage(dataset());
    expect(usageOf(usage, 'src-un')).toEqual({ launchIds: [], condemnationIds: ['unsc-res-2087', 'joint'], contextEventIds: [] });
    expect(usageOf(usage, 'src-joint').condemnationIds).toEqual(['joint']);
    expect(usageOf(usage, 'src-news').contextEventIds).toEqual(['nuclear-test-2013']);
  });

  it('gives an empty use for a source no record cites', () => {
    expect(usageOf(sourceUsage(dataset()), 'src-unused')).toEqual({ launchIds: [], condemnationIds: [], contextEventIds: [] });
  });
});

describe('groupSources', () => {
  it('groups by publisher type in a fixed order, leaves out empty groups, and sorts by publisher', () => {
    const groups = groupSources(dataset().sources);
    expect(groups.map((g) => g.label)).toEqual(['United Nations', 'Governments', 'North Korean state media', 'News', 'Research', 'Reference works']);
    expect(groups.find((g) => g.type === 'news')?.sources.map((s) => s.publisher)).toEqual(['A newspaper', 'Nobody']);
  });

  it('puts every source in exactly one group', () => {
    const d = dataset();
    expect(groupSources(d.sources).flatMap((g) => g.sources.map((s) => s.id)).sort()).toEqual(d.sources.map((s) => s.id).sort());
  });
});

describe('viaText', () => {
  it('says nothing for the publisher’s own page, or for a source that does not say what it is', () => {
    expect(viaText({ provenance: 'original' })).toBeNull();
    expect(viaText({})).toBeNull();
  });

  it('names the site a copy was read on and the kind of copy', () => {
    expect(viaText({ provenance: 'republication', via: 'FAS' })).toBe('via FAS (republication)');
    expect(viaText({ provenance: 'archive-copy', via: 'the UNT web archive' })).toBe('via the UNT web archive (archive copy)');
  });

  it('still says a page is a copy when the site is missing', () => {
    expect(viaText({ provenance: 'archive-copy' })).toBe('an archive copy');
    expect(viaText({ provenance: 'republication' })).toBe('a republication');
  });
});
