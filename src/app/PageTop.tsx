import { useMemo, useState, type Ref } from 'react';
import type { LoadedDataset } from '../data/fetchDataset.ts';
import { standfirstParts } from '../domain/story.ts';
import type { UrlState } from '../domain/urlState.ts';
import { EmbedChrome } from '../features/embed/EmbedChrome.tsx';
import { NoticeBar } from '../features/shell/NoticeBar.tsx';
import { PageHeader } from '../features/shell/PageHeader.tsx';
import { SkippedNotice } from '../features/shell/SkippedNotice.tsx';
import { useEdition } from '../ui/i18n.tsx';

type PageTopProps = {
  loaded: LoadedDataset;
  url: UrlState;
  /** Notes about the link the reader followed. */
  notices: readonly string[];
  howWeKnowRef: Ref<HTMLButtonElement>;
  onShowMethodology: () => void;
  /** Out of reach while a sheet covers the page (an embed's opened launch). */
  inert?: boolean;
};

/** The header (or an embed's title line), then what the reader should know before the data. */
export function PageTop({ loaded, url, notices, howWeKnowRef, onShowMethodology, inert = false }: PageTopProps) {
  const { dataset, problems, skipped } = loaded;
  const words = useEdition();
  const standfirst = useMemo(() => standfirstParts(dataset, words), [dataset, words]);
  // Dismissing hides these notes only: a link with other notes shows them again.
  const [dismissed, setDismissed] = useState('');
  const noticeKey = notices.join('|');
  return (
    <div className="page-top" inert={inert}>
      {url.embed ? (
        <EmbedChrome title={dataset.title} />
      ) : (
        <PageHeader
          title={dataset.title}
          standfirst={standfirst}
          updated={dataset.updated}
          version={dataset.version}
          onShowMethodology={onShowMethodology}
          howWeKnowRef={howWeKnowRef}
        />
      )}
      <SkippedNotice skipped={skipped} problems={problems} />
      {dismissed !== noticeKey && <NoticeBar messages={notices} onDismiss={() => setDismissed(noticeKey)} />}
    </div>
  );
}
