import type { Dataset } from '../data/schema.ts';
import { viewTitle } from '../domain/citation.ts';
import { plainText } from '../domain/i18n/langSpans.ts';
import { CiteThis } from '../features/share/CiteThis.tsx';

type ViewCitationProps = {
  dataset: Pick<Dataset, 'title' | 'version' | 'updated'>;
  /** What the view shows beyond the dataset (citedView): a launch, a page about the data, or null. */
  view: string | null;
  /** The page's address, which the citation gives. */
  href: string;
};

/** "Cite this" for the view the reader is on. Loaded on demand (deferredParts.tsx), with the citation code. */
export function ViewCitation({ dataset, view, href }: ViewCitationProps) {
  return <CiteThis title={plainText(viewTitle(dataset.title, view))} version={dataset.version} updated={dataset.updated} url={href} accessed={new Date()} />;
}
