import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetError, fetchDataset, type LoadedDataset } from './fetchDataset.ts';

/** Retries for failures that may pass: two for network and server errors, one after a timeout. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof DatasetError) || !error.retryable) return false;
  return failureCount < (error.kind === 'timeout' ? 1 : 2);
}

export const datasetQueryKey = (name: string) => ['dataset', name] as const;

/** Puts data already in hand (prerendered, or fetched before the app renders) where the app's query finds it. */
export function seedDataset(client: QueryClient, name: string, loaded: LoadedDataset): void {
  client.setQueryData(datasetQueryKey(name), loaded);
}

/** Query options beside the fetcher (TanStack's pattern): static files never go stale. */
export function datasetQueryOptions(name: string, baseUrl: string) {
  return queryOptions({
    queryKey: datasetQueryKey(name),
    queryFn: ({ signal }) => fetchDataset(name, { baseUrl, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
  });
}
