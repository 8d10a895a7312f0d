import { describe, expect, it } from 'vitest';
import { shouldRetry } from './datasetQuery.ts';
import { DatasetError } from './fetchDataset.ts';

describe('shouldRetry', () => {
  it('retries network and server failures twice', () => {
    for (const kind of ['network', 'server'] as const) {
      const error = new DatasetError(kind, 'x');
      expect([0, 1, 2].map((n) => shouldRetry(n, error))).toEqual([true, true, false]);
    }
  });
  it('retries a timeout once, so a reader waits at most two attempts', () => {
    const error = new DatasetError('timeout', 'x');
    expect([0, 1].map((n) => shouldRetry(n, error))).toEqual([true, false]);
  });
  it.each(['bad-name', 'not-found', 'http', 'not-json', 'too-large', 'invalid', 'offline'] as const)('never retries %s', (kind) => {
    expect(shouldRetry(0, new DatasetError(kind, 'x'))).toBe(false);
  });
  it('never retries an unknown error', () => {
    expect(shouldRetry(0, new Error('x'))).toBe(false);
  });
});
