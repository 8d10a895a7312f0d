import { DEFAULT_DATASET } from '../data/fetchDataset.ts';

/** The dataset named by `?data=`; validation of the name happens in the fetcher, before any request. */
export function datasetNameFrom(params: URLSearchParams): string {
  const value = params.get('data');
  return value === null || value === '' ? DEFAULT_DATASET : value;
}
