// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parseDataset.ts';
import type { Dataset, Launch } from '../data/schema.ts';
import type { Annotation, Site, Vehicle } from '../data/storySchema.ts';
import { tallyLaunches } from './summarize.ts';
import { phraseText } from './phrase.ts';
import { countWord } from './i18n/englishNumbers.ts';
import { annotationsInView, groupLaunches, placeAnnotation, standfirstCounts, standfirstText, wholeYears } from './story.ts';
import { fullView } from './timeScale.ts';

type StoryLaunch = Pick<Launch, 'id' | 'launchedAt' | 'outcome' | 'vehicle' | 'vehicleId' | 'site' | 'siteId'>;

function launch(id: string, iso: string, outcome: Launch['outcome'], vehicleId?: string, siteId?: string): StoryLaunch {
  return { id, launchedAt: new Date(iso), outcome, vehicle: `Rocket ${vehicleId ?? id}`, vehicleId, site: { name: `Site ${siteId ?? id}`, lat: 0, lon: 0 }, siteId };
}

const LAUNCHES = [
  launch('a', '1998-08-31T03:07:00Z', 'failure', 'r1', 'east'),
  launch('b', '2009-04-05T02:30:00Z', 'failure', 'r2', 'east'),
  launch('c', '2012-12-12T00:49:00Z', 'success', 'r3', 'west'),
  launch('d', '2023-11-21T13:42:00Z', 'success', 'r4', 'west'),
];
const VEHICLES: Vehicle[] = [
  { id: 'r4', name: 'Rocket r4', aliases: [], family: 'New', sourceIds: ['s'] },
  { id: 'r1', name: 'Rocket r1', aliases: [], family: 'Old', sourceIds: ['s'] },
  { id: 'r2', name: 'Rocket r2', aliases: [], family: 'Middle', sourceIds: ['s'] },
  { id: 'r3', name: 'Rocket r3', aliases: [], family: 'Middle', sourceIds: ['s'] },
];
const SITES: Site[] = [
  { id: 'west', name: 'West Station', shortName: 'West', region: 'West coast', lat: 0, lon: 0, sourceIds: ['s'] },
  { id: 'east', name: 'East Ground', region: 'East coast', lat: 0, lon: 0, sourceIds: ['s'] },
];

function note(id: string, anchor: Annotation['anchor']): Annotation {
  return { id, title: id, text: `${id}.`, anchor, sourceIds: ['s'] };
}

const view = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('standfirst', () => {
  it('counts attempts and orbits from the launches, with the years they span', () => {
    const tally = tallyLaunches(LAUNCHES);
    expect(standfirstCounts(LAUNCHES)).toBe(`${countWord(tally.attempts).replace(/^./, (c) => c.toUpperCase())} attempts from 1998 to 2023; ${countWord(tally.reachedOrbit)} reached orbit.`);
  });

  it('follows the data: one launch fewer, one count lower', () => {
    expect(standfirstCounts(LAUNCHES.slice(0, 3))).toBe('Three attempts from 1998 to 2012; one reached orbit.');
    expect(standfirstCounts(LAUNCHES.slice(0, 1))).toBe('One attempt in 1998; none reached orbit.');
    expect(standfirstCounts([])).toBe('');
  });

  it('names a launch by its Korean year: 31 December 2011 UTC, 16:00, is 2012 in Pyongyang', () => {
    expect(standfirstCounts([launch('x', '2011-12-31T16:00:00Z', 'failure')])).toBe('One attempt in 2012; none reached orbit.');
  });

  it('writes large counts as grouped digits', () => {
    expect(countWord(12)).toBe('twelve');
    expect(countWord(12_000)).toBe('12,000');
  });

  it('puts the computed counts before the editor text, and stands without one', () => {
    const standfirst = { text: 'Editor sentence.', sourceIds: ['s'] };
    expect(standfirstText({ launches: LAUNCHES.slice(0, 1), standfirst })).toBe('One attempt in 1998; none reached orbit. Editor sentence.');
    expect(standfirstText({ launches: LAUNCHES.slice(0, 1) })).toBe('One attempt in 1998; none reached orbit.');
  });
});

describe('annotations', () => {
  const annotations = [
    note('span', { kind: 'span', from: '2010-01-01', to: '2012-12-31' }),
    note('gap', { kind: 'between-launches', fromLaunchId: 'b', toLaunchId: 'd' }),
    note('point', { kind: 'launch', launchId: 'a' }),
  ];
  const dataset = { annotations, launches: LAUNCHES };

  it('places a point at its launch and a span between two launches at their instants, with the launches inside', () => {
    expect(placeAnnotation(note('p', { kind: 'launch', launchId: 'c' }), LAUNCHES)).toMatchObject({ shape: 'point', from: LAUNCHES[2]?.launchedAt, to: LAUNCHES[2]?.launchedAt, launchIds: ['c'] });
    expect(placeAnnotation(annotations[1] as Annotation, LAUNCHES)).toMatchObject({ shape: 'span', from: LAUNCHES[1]?.launchedAt, to: LAUNCHES[3]?.launchedAt, launchIds: ['b', 'c', 'd'] });
  });

  it('spans whole days for a date span', () => {
    const placed = placeAnnotation(annotations[0] as Annotation, LAUNCHES);
    expect(placed?.from.toISOString()).toBe('2010-01-01T00:00:00.000Z');
    expect(placed?.to.toISOString()).toBe('2012-12-31T23:59:59.999Z');
    expect(placed?.launchIds).toEqual(['c']);
  });

  it('leaves out an annotation whose launch is not given', () => {
    expect(placeAnnotation(note('p', { kind: 'launch', launchId: 'gone' }), LAUNCHES)).toBeUndefined();
  });

  it('returns what touches the window, in time order', () => {
    const ids = (from: string, to: string) => annotationsInView(dataset, view(from, to)).map((p) => p.annotation.id);
    expect(ids('1990-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toEqual(['point', 'gap', 'span']);
    expect(ids('2000-01-01T00:00:00Z', '2005-01-01T00:00:00Z')).toEqual([]);
    // A span reaching into the window from either side is in view.
    expect(ids('2015-01-01T00:00:00Z', '2016-01-01T00:00:00Z')).toEqual(['gap']);
    expect(ids('1998-08-31T03:07:00Z', '1998-08-31T03:07:00Z')).toEqual(['point']);
  });
});

describe('wholeYears', () => {
  it('counts only completed years', () => {
    expect(wholeYears(new Date('2016-02-07T00:30:00Z'), new Date('2023-02-07T00:29:00Z'))).toBe(6);
    expect(wholeYears(new Date('2016-02-07T00:30:00Z'), new Date('2023-02-07T00:30:00Z'))).toBe(7);
  });
});

describe('groupLaunches', () => {
  const records = { vehicles: VEHICLES, sites: SITES };

  it('groups by vehicle in the order each first flew, labelled with its family', () => {
    const groups = groupLaunches(LAUNCHES, 'vehicle', records);
    expect(groups.map((g) => [g.key, g.label, g.detail && phraseText(g.detail), g.launches.map((l) => l.id)])).toEqual([
      ['vehicle:r1', 'Rocket r1', 'Old family', ['a']],
      ['vehicle:r2', 'Rocket r2', 'Middle family', ['b']],
      ['vehicle:r3', 'Rocket r3', 'Middle family', ['c']],
      ['vehicle:r4', 'Rocket r4', 'New family', ['d']],
    ]);
  });

  it('groups by family into generation bands that start and end at their first and last launch', () => {
    const groups = groupLaunches(LAUNCHES, 'family', records);
    expect(groups.map((g) => [g.label, g.detail && phraseText(g.detail), g.launches.map((l) => l.id)])).toEqual([
      ['Old', 'Rocket r1', ['a']],
      ['Middle', 'Rocket r2, Rocket r3', ['b', 'c']],
      ['New', 'Rocket r4', ['d']],
    ]);
    // A family of one rocket named after it needs no list of its rockets.
    const single = groupLaunches([{ ...launch('x', '2001-01-01T00:00:00Z', 'failure', 'solo'), vehicle: 'Solo' }], 'family', { vehicles: [{ id: 'solo', name: 'Solo', aliases: [], family: 'Solo', sourceIds: ['s'] }], sites: [] });
    expect(single[0]).toMatchObject({ label: 'Solo', detail: undefined });
    expect(groups[1]?.from).toEqual(LAUNCHES[1]?.launchedAt);
    expect(groups[1]?.to).toEqual(LAUNCHES[2]?.launchedAt);
  });

  it('groups by site with the short name and the region', () => {
    const groups = groupLaunches([...LAUNCHES].reverse(), 'site', records);
    expect(groups.map((g) => [g.label, g.detail && phraseText(g.detail), g.launches.map((l) => l.id)])).toEqual([
      ['East Ground', 'East coast', ['a', 'b']],
      ['West', 'West coast', ['c', 'd']],
    ]);
  });

  it('keeps a launch without a record, grouped by its own text', () => {
    const loose = launch('e', '2016-02-07T00:30:00Z', 'success');
    const groups = groupLaunches([...LAUNCHES, loose], 'site', records);
    expect(groups.map((g) => g.key)).toEqual(['site:east', 'site:west', 'text:Site e']);
    expect(groups.flatMap((g) => g.launches)).toHaveLength(LAUNCHES.length + 1);
    expect(groupLaunches([loose], 'vehicle', { vehicles: [], sites: [] })[0]).toMatchObject({ key: 'text:Rocket e', label: 'Rocket e' });
  });
});

describe('the story in the published dataset', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('public/data/launches.json', 'utf8')));
  if (!parsed.ok) throw new Error('the real dataset does not load');
  const dataset: Dataset = parsed.dataset;
  const placed = annotationsInView(dataset, fullView(dataset.range));

  it('opens with counts computed from its launches, then the editor text', () => {
    const tally = tallyLaunches(dataset.launches);
    const text = standfirstText(dataset);
    const counts = /^(\w+) attempts from \d{4} to \d{4}; (\w+) reached orbit\. /.exec(text);
    expect(counts?.[1]?.toLowerCase()).toBe(countWord(tally.attempts));
    expect(counts?.[2]).toBe(countWord(tally.reachedOrbit));
    expect(text.endsWith(dataset.standfirst?.text ?? '(no standfirst)')).toBe(true);
  });

  it('has 3 to 5 annotations, all of them on the full chart', () => {
    expect(dataset.annotations.length).toBeGreaterThanOrEqual(3);
    expect(dataset.annotations.length).toBeLessThanOrEqual(5);
    expect(placed).toHaveLength(dataset.annotations.length);
  });

  it('says in a span title no more than the launch dates give: "N years", "N attempts in M months"', () => {
    for (const { annotation, from, to, launchIds } of placed) {
      const years = /^(\w+) years without an attempt$/.exec(annotation.title);
      if (years) {
        expect(years[1]?.toLowerCase()).toBe(countWord(wholeYears(from, to)));
        // Without an attempt: only the two launches that bound the gap fall inside it.
        expect(launchIds).toHaveLength(2);
      }
      const burst = /^(\w+) attempts in (\w+) months$/.exec(annotation.title);
      if (burst) {
        expect(burst[1]?.toLowerCase()).toBe(countWord(launchIds.length));
        const months = WORD_NUMBERS.indexOf(burst[2] ?? '');
        const limit = new Date(from.getTime());
        limit.setUTCMonth(limit.getUTCMonth() + months);
        expect(to.getTime()).toBeLessThanOrEqual(limit.getTime());
      }
    }
    expect(placed.some((p) => /years without/.test(p.annotation.title))).toBe(true);
  });

  it('puts every launch in a vehicle and a site record, Tonghae before Sohae', () => {
    for (const by of ['vehicle', 'family', 'site'] as const) {
      const groups = groupLaunches(dataset.launches, by, dataset);
      expect(groups.flatMap((g) => g.launches)).toHaveLength(dataset.launches.length);
      expect(groups.every((g) => !g.key.startsWith('text:'))).toBe(true);
    }
    expect(groupLaunches(dataset.launches, 'site', dataset).map((g) => g.label)).toEqual(['Tonghae', 'Sohae']);
  });
});

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
