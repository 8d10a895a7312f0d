import { describe, expect, it } from 'vitest';
import type { Annotation } from '../data/storySchema.ts';
import { railItems, railSections, usesRail } from './railLayout.ts';
import { placeAnnotation, type LaunchGroup } from './story.ts';

const launch = (id: string, iso: string) => ({ id, launchedAt: new Date(iso) });
const LAUNCHES = [
  launch('a-2016', '2016-02-07T00:29:00Z'),
  launch('b-2023-05', '2023-05-30T21:27:00Z'), // 31 May in Korea
  launch('c-2023-08', '2023-08-23T18:50:00Z'),
  launch('d-2023-11', '2023-11-21T13:42:00Z'),
];

function annotation(id: string, anchor: Annotation['anchor']): Annotation {
  return { id, title: id, text: 'text', anchor, sourceIds: ['s'] } as Annotation;
}
const placed = (a: Annotation) => {
  const p = placeAnnotation(a, LAUNCHES);
  if (!p) throw new Error('unplaced');
  return p;
};

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('railItems', () => {
  it('shows the Korean-calendar year on the first row of each year only', () => {
    const items = railItems(LAUNCHES, []);
    expect(items.map((i) => (i.kind === 'launch' ? [i.year, i.day] : null))).toEqual([
      ['2016', '7 Feb 2016'],
      ['2023', '31 May 2023'],
      [null, '24 Aug 2023'],
      [null, '21 Nov 2023'],
    ]);
  });

  it('puts a point annotation after its launch, a gap between its ends, a group before its first launch', () => {
    const items = railItems(LAUNCHES, [
      placed(annotation('group', { kind: 'between-launches', fromLaunchId: 'b-2023-05', toLaunchId: 'd-2023-11' })),
      placed(annotation('gap', { kind: 'between-launches', fromLaunchId: 'a-2016', toLaunchId: 'b-2023-05' })),
      placed(annotation('point', { kind: 'launch', launchId: 'c-2023-08' })),
    ]);
    expect(keys(items)).toEqual(['a-2016', 'annotation:gap', 'annotation:group', 'b-2023-05', 'c-2023-08', 'annotation:point', 'd-2023-11']);
  });

  it('keeps an annotation whose launches are filtered out in its place in time', () => {
    const gap = placed(annotation('gap', { kind: 'between-launches', fromLaunchId: 'a-2016', toLaunchId: 'b-2023-05' }));
    const items = railItems([LAUNCHES[0], LAUNCHES[3]].flatMap((l) => (l ? [l] : [])), [gap]);
    expect(keys(items)).toEqual(['a-2016', 'annotation:gap', 'd-2023-11']);
  });

  it('interleaves context events by date, and they carry the year when they open it', () => {
    const items = railItems(LAUNCHES.slice(0, 2), [], [{ id: 'un', date: '2017-09-11' }]);
    expect(items.map((i) => [i.key, 'year' in i ? i.year : null])).toEqual([
      ['a-2016', '2016'],
      ['context:un', '2017'],
      ['b-2023-05', '2023'],
    ]);
  });
});

describe('usesRail', () => {
  it('draws the rail below 600 px and for at most 60 launches', () => {
    expect(usesRail(375, 8)).toBe(true);
    expect(usesRail(599, 60)).toBe(true);
    expect(usesRail(600, 8)).toBe(false);
    expect(usesRail(375, 61)).toBe(false);
  });
});

describe('railSections', () => {
  const group = (key: string, members: typeof LAUNCHES): LaunchGroup<(typeof LAUNCHES)[number]> => {
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last) throw new Error('empty group');
    return { key, label: key, launches: members, from: first.launchedAt, to: last.launchedAt };
  };
  const [a, b, c, d] = LAUNCHES;
  if (!a || !b || !c || !d) throw new Error('fixture');
  const groups = [group('old', [a]), group('new', [b, c, d])];

  it('is one section without a heading while not grouped', () => {
    const sections = railSections(LAUNCHES, [], [], null);
    expect(sections.map((s) => [s.key, s.heading, keys(s.items)])).toEqual([['all', null, keys(railItems(LAUNCHES, []))]]);
  });

  it('puts each group under its heading with its own year marks, annotations with their first launch, context events by time', () => {
    const gap = placed(annotation('gap', { kind: 'between-launches', fromLaunchId: 'a-2016', toLaunchId: 'b-2023-05' }));
    const point = placed(annotation('point', { kind: 'launch', launchId: 'c-2023-08' }));
    const sections = railSections(LAUNCHES, [gap, point], [{ id: 'early', date: '2001-01-01' }, { id: 'mid', date: '2020-06-01' }, { id: 'late', date: '2023-06-01' }], groups);
    expect(sections.map((s) => [s.heading?.label, keys(s.items)])).toEqual([
      ['old', ['context:early', 'a-2016', 'annotation:gap', 'context:mid']],
      ['new', ['b-2023-05', 'context:late', 'c-2023-08', 'annotation:point', 'd-2023-11']],
    ]);
    const years = sections.map((s) => s.items.flatMap((i) => ('year' in i && i.year ? [i.year] : [])));
    expect(years).toEqual([['2001', '2016', '2020'], ['2023']]);
  });
});

