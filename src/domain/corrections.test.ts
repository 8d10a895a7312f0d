import { describe, expect, it } from 'vitest';
import type { Correction } from '../data/schema.ts';
import { loadedFixture } from '../../tests/fixtures/dataset.ts';
import { correctedRecord } from './correctedRecord.ts';
import { correctionsFor, correctionsNewestFirst } from './corrections.ts';

const fix = (id: string, date: string, recordId: string): Correction => ({ id, date, recordId, summary: `summary ${id}`, reason: `reason ${id}` });
const LOG = [fix('c2', '2027-02-01', 'a'), fix('c1', '2027-01-15', 'b'), fix('c3', '2027-01-10', 'a'), fix('c4', '2027-02-01', 'a')];

const dataset = loadedFixture;

describe('correctionsFor', () => {
  it('returns only that record’s corrections, oldest first, same-day ones in file order', () => {
    expect(correctionsFor('a', LOG).map((c) => c.id)).toEqual(['c3', 'c2', 'c4']);
    expect(correctionsFor('b', LOG).map((c) => c.id)).toEqual(['c1']);
  });

  it('returns nothing for an untouched record or an empty log', () => {
    expect(correctionsFor('z', LOG)).toEqual([]);
    expect(correctionsFor('a', [])).toEqual([]);
  });
});

describe('correctionsNewestFirst', () => {
  it('puts the latest change at the top without reordering the dataset’s own list', () => {
    expect(correctionsNewestFirst(LOG).map((c) => c.id)).toEqual(['c2', 'c4', 'c1', 'c3']);
    expect(LOG.map((c) => c.id)).toEqual(['c2', 'c1', 'c3', 'c4']);
  });
});

describe('correctedRecord', () => {
  it('names a launch by payload, vehicle and Korean date, and links to it', () => {
    expect(correctedRecord('2023-05-31-sat-c', dataset())).toEqual({ kind: 'launch', label: 'Sat C (Rocket C), 31 May 2023', launchIds: ['2023-05-31-sat-c'] });
  });

  it('names a response by who, kind and date, and links to the launches it answers', () => {
    expect(correctedRecord('unsc-res-2087', dataset())).toEqual({
      kind: 'response',
      label: 'UN Security Council: resolution, 22 January 2013',
      launchIds: ['2012-12-12-sat-b'],
    });
  });

  it('names context events and sources without a launch to open, and gives up on an unknown id', () => {
    expect(correctedRecord('nuclear-test-2013', dataset())).toEqual({ kind: 'context event', label: 'Third nuclear test, 12 February 2013', launchIds: [] });
    expect(correctedRecord('src-un', dataset())).toEqual({ kind: 'source', label: 'United Nations: A UN page', launchIds: [] });
    expect(correctedRecord('no-such-record', dataset())).toBeNull();
  });
});
