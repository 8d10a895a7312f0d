import { describe, expect, it } from 'vitest';
import { filterLaunches, filterSummary, outcomeCounts, toggleOutcome } from './filterLaunches.ts';
import type { Outcome } from '../data/schema.ts';

const launches = (['failure', 'failure', 'failure', 'success', 'success', 'failure', 'failure', 'success'] as Outcome[]).map((outcome, i) => ({ id: `l${i}`, outcome }));

describe('filterLaunches', () => {
  it('shows all for null, none for [], and keeps time order', () => {
    expect(filterLaunches(launches, null)).toHaveLength(8);
    expect(filterLaunches(launches, [])).toEqual([]);
    expect(filterLaunches(launches, ['failure']).map((l) => l.id)).toEqual(['l0', 'l1', 'l2', 'l5', 'l6']);
  });
});

describe('outcomeCounts', () => {
  it('counts only outcomes present, in a fixed order', () => {
    expect(outcomeCounts(launches)).toEqual([
      { outcome: 'success', count: 3 },
      { outcome: 'failure', count: 5 },
    ]);
  });
});

describe('toggleOutcome', () => {
  const present: Outcome[] = ['success', 'failure'];
  it('turns one outcome off from "all"', () => {
    expect(toggleOutcome(null, 'success', present)).toEqual(['failure']);
  });
  it('returns to "all" when every present outcome is on again', () => {
    expect(toggleOutcome(['failure'], 'success', present)).toBeNull();
  });
  it('can turn everything off', () => {
    expect(toggleOutcome(['failure'], 'failure', present)).toEqual([]);
  });
});

describe('filterSummary', () => {
  it('says what is shown', () => {
    expect(filterSummary(5, 8, ['failure'])).toBe('Showing 5 of 8 launch attempts: failures');
    expect(filterSummary(0, 8, [])).toBe('Showing 0 of 8 launch attempts: no outcome selected');
    expect(filterSummary(8, 8, null)).toBeNull();
  });
});
