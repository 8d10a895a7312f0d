import { useMemo, useState, type Ref } from 'react';
import type { LoadedDataset } from '../data/fetchDataset.ts';
import { summaryLine } from '../domain/summarize.ts';
import type { UrlState } from '../domain/urlState.ts';
import { EmbedChrome } from '../features/embed/EmbedChrome.tsx';
import { NoticeBar } from '../features/shell/NoticeBar.tsx';
import { PageHeader } from '../features/shell/PageHeader.tsx';
import { SkippedNotice } from '../features/shell/SkippedNotice.tsx';

type PageTopProps = {
  loaded: LoadedDataset;
  url: UrlState;
  /** Absolute URL of the app root ('' while hydrating), for the embed's way out. */
  pageBase: string;
  /** Notes about the link the reader followed. */
  notices: readonly string[];
  howWeKnowRef: Ref<HTMLButtonElement>;
  onShowMethodology: () => void;
};

/** The header (or an embed's title line), then what the reader should know before the data. */
export function PageTop({ loaded, url, pageBase, notices, howWeKnowRef, onShowMethodology }: PageTopProps) {
  const { dataset, problems, skipped } = loaded;
  const summary = useMemo(() => summaryLine(dataset.launches), [dataset.launches]);
  // Dismissing hides these notes only: a link with other notes shows them again.
  const [dismissed, setDismissed] = useState('');
  const noticeKey = notices.join('|');
  return (
    <>
      {url.embed ? (
        <EmbedChrome title={dataset.title} state={url} baseUrl={pageBase} />
      ) : (
        <PageHeader
          title={dataset.title}
          summary={summary}
          updated={dataset.updated}
          version={dataset.version}
          onShowMethodology={onShowMethodology}
          howWeKnowRef={howWeKnowRef}
        />
      )}
      <SkippedNotice skipped={skipped} problems={problems} />
      {dismissed !== noticeKey && <NoticeBar messages={notices} onDismiss={() => setDismissed(noticeKey)} />}
    </>
  );
}
