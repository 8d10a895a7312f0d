import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchDataset } from './fetchDataset.ts';

/** Retries for failures that may pass: two for network and server errors, one after a timeout. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof DatasetError) || !error.retryable) return false;
  return failureCount < (error.kind === 'timeout' ? 1 : 2);
}

/** Query options beside the fetcher (TanStack's pattern): static files never go stale. */
export function datasetQueryOptions(name: string, baseUrl: string) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDataset(name, { baseUrl, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}
