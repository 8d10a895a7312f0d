import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import { useEdition } from '../../ui/i18n.tsx';
import '../../ui/provenance.css';

export type ProvenanceView = 'methodology' | 'sources';

type SiteFooterProps = {
  dataset: Pick<Dataset, 'version' | 'updated' | 'license' | 'corrections'>;
  /** Shows "How we know" or "Sources" (the app puts `about=` in the URL). */
  onOpen: (view: ProvenanceView) => void;
  /** Extra content at the end, e.g. `<CiteThis>`. */
  children?: ReactNode;
  /** Links to this view in the other editions; left out where there are none (an embed). */
  editions?: ReactNode;
};

/** Which data this is: version, date, licence, corrections, and the way to the method and the sources. */
export function SiteFooter({ dataset, onOpen, children, editions }: SiteFooterProps) {
  const { locale, m } = useEdition();
  const { shell } = m.core;
  return (
    <footer className="site-footer">
      <p className="site-footer__data">
        {shell.footerData(dataset.version)} <time dateTime={dataset.updated}>{formatDay(dataset.updated, locale)}</time>
        {' · '}
        {shell.licence} {dataset.license === undefined ? shell.licenceNotStated : <span dir="auto">{dataset.license}</span>}
        {' · '}
        {shell.corrections(dataset.corrections.length)}
      </p>
      <nav className="site-footer__links" aria-label={shell.aboutTheData}>
        <button type="button" className="link-button" onClick={() => onOpen('methodology')}>
          {shell.howWeKnow}
        </button>
        <button type="button" className="link-button" onClick={() => onOpen('sources')}>
          {shell.sources}
        </button>
      </nav>
      {editions}
      {children}
    </footer>
  );
}
