import type { Dataset, Launch } from '../data/schema.ts';
import { calendarDateIn } from '../domain/citation.ts';
import { downloadFileName, launchesCsv, launchesJson } from '../domain/exportLaunches.ts';
import type { UrlState } from '../domain/urlState.ts';
import { EmbedDialog } from '../features/embed/EmbedDialog.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { DownloadButtons } from '../features/share/DownloadButtons.tsx';
import { DownloadImageButtons } from '../features/share/DownloadImageButtons.tsx';
import { useEdition } from '../ui/i18n.tsx';
import { ViewCitation } from './ViewCitation.tsx';

type ShareContentsProps = {
  dataset: Dataset;
  url: UrlState;
  /** The launches the filter shows: what the downloads hold. */
  shown: readonly Launch[];
  /** The page's address. */
  href: string;
  /** Absolute URL of the app root. */
  pageBase: string;
  /** What the view shows beyond the dataset (citedView), for "Cite this". */
  citedView: string | null;
};

/** The reader's calendar date today: the "accessed" date of downloads. */
function today(): string {
  return calendarDateIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * What "Share & data" holds: downloads, the link, the embed code and the citation. Loaded on
 * demand (deferredParts.tsx) with the export, embed-code and citation code: nothing here is
 * needed before the reader opens the menu.
 */
export function ShareContents({ dataset, url, shown, href, pageBase, citedView }: ShareContentsProps) {
  const edition = useEdition();
  const fileName = (format: 'csv' | 'json') => downloadFileName(dataset.id, dataset.version, url.outcomes, format);
  return (
    <>
      <DownloadButtons
        makeCsv={() => ({ name: fileName('csv'), text: launchesCsv(dataset, shown) })}
        makeJson={() => ({ name: fileName('json'), text: launchesJson(dataset, shown, href, today()) })}
      />
      {/* The picture's code, and the app's part of it (imageOfView.tsx), load when a reader asks for one. */}
      <DownloadImageButtons prepare={() => import('./imageOfView.tsx').then((m) => m.prepareImage({ dataset, url, shown, href, edition }))} />
      <CopyLinkButton url={href} />
      <EmbedDialog state={url} title={dataset.title} baseUrl={pageBase} />
      <ViewCitation dataset={dataset} view={citedView} href={href} />
    </>
  );
}
