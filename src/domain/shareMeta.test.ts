import { describe, expect, it } from 'vitest';
import { loadedFixture } from '../../tests/fixtures/dataset.ts';
import { homeMeta, launchHeadline, outcomeHeadline, routeMeta } from './shareMeta.ts';

const dataset = loadedFixture;

describe('launchHeadline and outcomeHeadline', () => {
  it('name the payload, the rocket, the KST day and the outcome', () => {
    const d = dataset();
    const c = d.launches.find((l) => l.id === '2023-05-31-sat-c');
    if (!c) throw new Error('fixture');
    // 21:27 UTC on 30 May is 31 May in Korea.
    expect(launchHeadline(c)).toBe('Sat C (Rocket C), 31 May 2023: failed');
  });

  it('count one or several of an outcome in words', () => {
    expect(outcomeHeadline('failure', 1)).toBe('1 failure');
    expect(outcomeHeadline('failure', 5)).toBe('5 failures');
    expect(outcomeHeadline('partial', 1)).toBe('1 partial success');
    expect(outcomeHeadline('success', 3)).toBe('3 reached orbit');
    expect(outcomeHeadline('failure', 1200)).toBe('1,200 failures');
  });
});

describe('homeMeta', () => {
  it('describes the whole timeline from the data, not from fixed words', () => {
    const meta = homeMeta(dataset());
    expect(meta.title).toBe('Fixture launches');
    expect(meta.description).toBe('An interactive, sourced timeline: 3 launch attempts from 1998 to 2023; 1 reached orbit. Every fact is footnoted to its source, with the responses each launch drew.');
  });
});

describe('routeMeta', () => {
  it('gives a launch page its headline, its outcome summary and North Korea’s differing claim', () => {
    const meta = routeMeta(dataset(), { kind: 'launch', id: '1998-08-31-sat-a' });
    expect(meta).toEqual({
      title: 'Sat A (Rocket A), 31 August 1998: failed',
      documentTitle: 'Sat A (Rocket A), 31 August 1998: failed · Fixture launches',
      description: 'Nothing reached orbit. North Korea claimed success. One of 3 launch attempts from 1998 to 2023; 1 reached orbit.',
      imageAlt: 'Sat A (Rocket A), 31 August 1998: failed (North Korea claimed success), marked on a timeline of 3 launch attempts.',
    });
  });

  it('gives an outcome page its count and its launches in time order', () => {
    const meta = routeMeta(dataset(), { kind: 'outcome', outcome: 'failure' });
    expect(meta?.title).toBe('Failed: 2 of 3 launch attempts');
    expect(meta?.description).toBe('2 failures of 3: Sat A (31 August 1998); Sat C (31 May 2023).');
  });

  it('is null where the data has nothing for the route', () => {
    expect(routeMeta(dataset(), { kind: 'launch', id: '2000-01-01-none' })).toBeNull();
    expect(routeMeta(dataset(), { kind: 'outcome', outcome: 'partial' })).toBeNull();
  });
});
