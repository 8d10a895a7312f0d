import { useCallback, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/datasetQuery.ts';
import { DatasetError } from '../data/fetchDataset.ts';
import { ErrorState } from '../features/shell/ErrorState.tsx';
import { LoadingState } from '../features/shell/LoadingState.tsx';
import { LoadedView } from './LoadedView.tsx';
import { useEmbedMessenger } from './useEmbedMessenger.ts';
import { useEdition } from '../ui/i18n.tsx';
import { useEditionData } from './useEditionData.ts';
import { useUrlState } from './useUrlState.ts';

type AppProps = {
  /** Where the app is served from; data lives at `<baseUrl>data/<name>.json`. */
  baseUrl: string;
};

export function App({ baseUrl }: AppProps) {
  const { state: url, notices, update } = useUrlState();
  const { locale, m } = useEdition();
  const query = useQuery(datasetQueryOptions(url.data, baseUrl));
  const { loaded, translationFailed } = useEditionData(url.data, locale, baseUrl, query.data);
  const allNotices = useMemo(() => (translationFailed ? [...notices, m.core.notices.translationMissing] : notices), [notices, translationFailed, m]);

  // Embed mode: height to the host page, opened launch to the helper's origin, validated selects back.
  const launches = query.data?.dataset.launches;
  const knownIds = useMemo(() => launches?.map((launch) => launch.id) ?? [], [launches]);
  const selectFromHost = useCallback((id: string) => update({ launch: id }), [update]);
  useEmbedMessenger({ enabled: url.embed, launchId: url.launch, knownIds, datasetId: url.data, onSelect: selectFromHost });

  useEffect(() => {
    // ?theme= overrides the system setting; absent, CSS follows prefers-color-scheme.
    if (url.theme) document.documentElement.dataset.theme = url.theme;
    else delete document.documentElement.dataset.theme;
  }, [url.theme]);

  // Before the data is in (or when it cannot be), the period it covers is not known either.
  const fallbackTitle = m.core.shell.fallbackTitle;
  if (query.isError) {
    const known = query.error instanceof DatasetError ? query.error : undefined;
    return (
      <main className="page">
        <h1 className="page-header__title">{fallbackTitle}</h1>
        <ErrorState
          message={known?.message ?? m.core.shell.loadFailed}
          details={known?.problems}
          onRetry={known?.kind === 'bad-name' ? undefined : () => void query.refetch()}
        />
      </main>
    );
  }
  if (loaded === undefined) {
    return (
      <main className="page">
        <h1 className="page-header__title">{fallbackTitle}</h1>
        <LoadingState />
      </main>
    );
  }
  return (
    <main className="page">
      <LoadedView loaded={loaded} url={url} urlNotices={allNotices} update={update} />
    </main>
  );
}
