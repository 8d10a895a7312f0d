import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/datasetQuery.ts';
import { DatasetError } from '../data/fetchDataset.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SkippedNotice } from '../components/SkippedNotice.tsx';
import { summaryLine } from '../domain/summarize.ts';

type AppProps = {
  datasetName: string;
  /** Where the app is served from; data lives at `<baseUrl>data/<name>.json`. */
  baseUrl: string;
};

const FALLBACK_TITLE = "North Korea's satellite launch attempts, 1998–2023";

export function App({ datasetName, baseUrl }: AppProps) {
  const query = useQuery(datasetQueryOptions(datasetName, baseUrl));

  if (query.isPending) {
    return (
      <main className="page">
        <h1 className="page-header__title">{FALLBACK_TITLE}</h1>
        <LoadingState />
      </main>
    );
  }
  if (query.isError) {
    const error = query.error;
    const known = error instanceof DatasetError ? error : undefined;
    return (
      <main className="page">
        <h1 className="page-header__title">{FALLBACK_TITLE}</h1>
        <ErrorState
          message={known?.message ?? 'Something went wrong while loading the data.'}
          details={known?.problems}
          onRetry={known?.kind === 'bad-name' ? undefined : () => void query.refetch()}
        />
      </main>
    );
  }
  const { dataset, problems, skipped } = query.data;
  return (
    <main className="page">
      <PageHeader title={dataset.title} summary={summaryLine(dataset.launches)} updated={dataset.updated} version={dataset.version} />
      <SkippedNotice skipped={skipped} problems={problems} />
    </main>
  );
}
