// Date-sensitive: run under several zones, e.g. `TZ=America/Los_Angeles npx vitest run src/domain`.
import { describe, expect, it } from 'vitest';
import type { Launch } from '../data/schema.ts';
import { claimDiffers, contextLabel, contextTooltip, launchTooltip, markerLabel, timelineSummary } from './markerLabel.ts';

type LabelInput = Pick<Launch, 'vehicle' | 'payload' | 'launchedAt' | 'outcome' | 'northKoreaClaimed'>;

const launch = (overrides: Partial<LabelInput> & { at: string }): LabelInput => ({
  vehicle: 'Unha-3',
  payload: 'Kwangmyongsong-3 Unit 2',
  outcome: 'success',
  northKoreaClaimed: 'success',
  ...overrides,
  launchedAt: new Date(overrides.at),
});

const REAL: LabelInput[] = [
  launch({ at: '1998-08-31T03:07:00Z', vehicle: 'Paektusan-1', payload: 'Kwangmyongsong-1', outcome: 'failure' }),
  launch({ at: '2009-04-05T02:30:00Z', vehicle: 'Unha-2', payload: 'Kwangmyongsong-2', outcome: 'failure' }),
  launch({ at: '2012-04-12T22:39:00Z', payload: 'Kwangmyongsong-3', outcome: 'failure', northKoreaClaimed: 'failure' }),
  launch({ at: '2012-12-12T00:49:00Z' }),
  launch({ at: '2016-02-07T00:30:00Z', vehicle: 'Kwangmyongsong', payload: 'Kwangmyongsong-4' }),
  launch({ at: '2023-05-30T21:27:00Z', vehicle: 'Chollima-1', payload: 'Malligyong-1', outcome: 'failure', northKoreaClaimed: 'failure' }),
  launch({ at: '2023-08-23T18:50:00Z', vehicle: 'Chollima-1', payload: 'Malligyong-1', outcome: 'failure', northKoreaClaimed: 'failure' }),
  launch({ at: '2023-11-21T13:42:00Z', vehicle: 'Chollima-1', payload: 'Malligyong-1' }),
];

describe('markerLabel', () => {
  it('names vehicle, payload, KST date and outcome', () => {
    expect(markerLabel(launch({ at: '2012-12-12T00:49:00Z' }))).toBe('Unha-3, Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit');
  });

  it('uses the KST calendar date where it differs from the UTC date', () => {
    expect(markerLabel(launch({ at: '2012-04-12T22:39:00Z', payload: 'Kwangmyongsong-3', outcome: 'failure', northKoreaClaimed: 'failure' }))).toBe(
      'Unha-3, Kwangmyongsong-3, 13 April 2012, failed',
    );
  });

  it('adds the claim when North Korea claimed success for a failure', () => {
    const label = markerLabel(launch({ at: '1998-08-31T03:07:00Z', vehicle: 'Paektusan-1', payload: 'Kwangmyongsong-1', outcome: 'failure' }));
    expect(label).toBe('Paektusan-1, Kwangmyongsong-1, 31 August 1998, failed, North Korea claimed success');
  });

  it('says "partial success" and mentions a claim only when there is one that differs', () => {
    expect(markerLabel(launch({ at: '2016-02-07T00:30:00Z', outcome: 'partial', northKoreaClaimed: 'none' }))).toBe(
      'Unha-3, Kwangmyongsong-3 Unit 2, 7 February 2016, partial success',
    );
    expect(claimDiffers({ outcome: 'partial', northKoreaClaimed: 'success' })).toBe(true);
    expect(claimDiffers({ outcome: 'failure', northKoreaClaimed: 'failure' })).toBe(false);
    expect(claimDiffers({ outcome: 'failure', northKoreaClaimed: 'none' })).toBe(false);
  });

  it('marks exactly the 1998 and 2009 launches of the real record as claimed successes', () => {
    expect(REAL.filter(claimDiffers).map((l) => l.launchedAt.getUTCFullYear())).toEqual([1998, 2009]);
  });
});

describe('timelineSummary', () => {
  it('counts attempts and launches that reached orbit, with the first and last year', () => {
    expect(timelineSummary(REAL)).toBe('8 launch attempts from 1998 to 2023; 3 reached orbit');
  });

  it('speaks of a single year and a single attempt in the singular', () => {
    expect(timelineSummary(REAL.slice(2, 3))).toBe('1 launch attempt in 2012; 0 reached orbit');
    expect(timelineSummary(REAL.slice(5))).toBe('3 launch attempts in 2023; 1 reached orbit');
  });

  it('says so when nothing is shown', () => {
    expect(timelineSummary([])).toBe('No launch attempts shown');
  });
});

describe('contextLabel', () => {
  it('names the event and its calendar dates as written, with no time zone shift', () => {
    expect(contextLabel({ title: 'Third nuclear test', date: '2013-02-12' })).toBe('Third nuclear test, 12 February 2013');
    expect(contextLabel({ title: 'Party congress', date: '2016-05-06', endDate: '2016-05-09' })).toBe(
      'Party congress, 6 May 2016 to 9 May 2016',
    );
  });
});

describe('tooltips', () => {
  it('give payload, KST date, vehicle and outcome, and the claim where it differs', () => {
    const launch1998 = launch({ at: '1998-08-31T03:07:00Z', vehicle: 'Paektusan-1', payload: 'Kwangmyongsong-1', outcome: 'failure' });
    expect(launchTooltip(launch1998)).toEqual({
      title: 'Kwangmyongsong-1',
      lines: ['31 August 1998 · Paektusan-1', 'Failed', 'North Korea claimed success'],
    });
    expect(launchTooltip(launch({ at: '2012-12-12T00:49:00Z' }))).toEqual({
      title: 'Kwangmyongsong-3 Unit 2',
      lines: ['12 December 2012 · Unha-3', 'Reached orbit'],
    });
  });

  it('give a context event its dates and kind', () => {
    expect(contextTooltip({ title: 'Third nuclear test', date: '2013-02-12', kind: 'nuclear-test' })).toEqual({
      title: 'Third nuclear test',
      lines: ['12 February 2013', 'Nuclear test'],
    });
  });
});
