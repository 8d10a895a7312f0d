import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, tallyLaunches } from './summarize.ts';

const of = (outcomes: readonly ('success' | 'failure' | 'partial')[]) => outcomes.map((outcome) => ({ outcome }));

describe('tallyLaunches', () => {
  it('counts attempts, launches that reached orbit, failures and partial successes', () => {
    expect(tallyLaunches(of(['failure', 'partial', 'success']))).toEqual({ attempts: 3, reachedOrbit: 1, failures: 1, partial: 1 });
    const many = of(Array.from({ length: 10_000 }, (_, i) => (i < 4_055 ? 'success' : 'failure')));
    expect(tallyLaunches(many)).toEqual({ attempts: 10_000, reachedOrbit: 4_055, failures: 5_945, partial: 0 });
  });
});

describe('formatCount', () => {
  it('groups whole numbers exactly as en-GB does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString('en-GB')));
    for (const n of [0, 7, 999, 1_000, 10_000, 100_000, -1_000]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});
