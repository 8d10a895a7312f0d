import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, summaryLine, tallyLaunches } from './summarize.ts';

const of = (outcomes: readonly ('success' | 'failure' | 'partial')[]) => outcomes.map((outcome) => ({ outcome }));

describe('summaryLine', () => {
  it('counts attempts and launches that reached orbit', () => {
    expect(summaryLine(of(['failure', 'failure', 'success', 'success', 'success', 'failure', 'failure', 'failure']))).toBe('8 launch attempts · 3 reached orbit');
    expect(summaryLine(of(['partial']))).toBe('1 launch attempt · 0 reached orbit');
  });
  it('groups thousands, whatever the reader’s locale', () => {
    const many = of(Array.from({ length: 10_000 }, (_, i) => (i < 4_055 ? 'success' : 'failure')));
    expect(summaryLine(many)).toBe('10,000 launch attempts · 4,055 reached orbit');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(tallyLaunches(many)).toEqual({ attempts: 10_000, reachedOrbit: 4_055, failures: 5_945, partial: 0 });
  });
});

describe('formatCount', () => {
  it('groups whole numbers exactly as en-GB does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString('en-GB')));
    for (const n of [0, 7, 999, 1_000, 10_000, 100_000, -1_000]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});
