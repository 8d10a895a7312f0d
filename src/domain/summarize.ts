import type { Launch } from '../data/schema.ts';

export type LaunchTally = { attempts: number; reachedOrbit: number; failures: number; partial: number };

export function tallyLaunches(launches: readonly Pick<Launch, 'outcome'>[]): LaunchTally {
  const count = (outcome: Launch['outcome']) => launches.filter((l) => l.outcome === outcome).length;
  return { attempts: launches.length, reachedOrbit: count('success'), failures: count('failure'), partial: count('partial') };
}

/** "10,000": counts read at a glance, the same in every reader's locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "8 launch attempts · 3 reached orbit": the one-line summary under the title. */
export function summaryLine(launches: readonly Pick<Launch, 'outcome'>[]): string {
  const tally = tallyLaunches(launches);
  return `${plural(tally.attempts, 'launch attempt', 'launch attempts')} · ${formatCount(tally.reachedOrbit)} reached orbit`;
}
