import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchDataset } from './fetchDataset.ts';

export const MAX_RETRIES = 2;

/** Query options beside the fetcher (TanStack's pattern): static files never go stale. */
export function datasetQueryOptions(name: string, baseUrl: string) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDataset(name, { baseUrl, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < MAX_RETRIES,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}
