import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import '../../ui/provenance.css';

export type ProvenanceView = 'methodology' | 'sources';

type SiteFooterProps = {
  dataset: Pick<Dataset, 'version' | 'updated' | 'license' | 'corrections'>;
  /** Shows "How we know" or "Sources" (the app puts `about=` in the URL). */
  onOpen: (view: ProvenanceView) => void;
  /** Extra content at the end, e.g. `<CiteThis>`. */
  children?: ReactNode;
};

/** Which data this is: version, date, licence, corrections, and the way to the method and the sources. */
export function SiteFooter({ dataset, onOpen, children }: SiteFooterProps) {
  const count = dataset.corrections.length;
  return (
    <footer className="site-footer">
      <p className="site-footer__data">
        Data version {dataset.version}, updated <time dateTime={dataset.updated}>{formatCalendarDate(dataset.updated)}</time>
        {' · '}
        Licence: {dataset.license === undefined ? 'not stated' : <span dir="auto">{dataset.license}</span>}
        {' · '}
        {count === 0 ? 'No corrections yet' : `${count} correction${count === 1 ? '' : 's'} logged`}
      </p>
      <nav className="site-footer__links" aria-label="About the data">
        <button type="button" className="link-button" onClick={() => onOpen('methodology')}>
          How we know
        </button>
        <button type="button" className="link-button" onClick={() => onOpen('sources')}>
          Sources
        </button>
      </nav>
      {children}
    </footer>
  );
}
