import type { Ref } from 'react';
import { formatDay } from '../../domain/i18n/dates.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';

type PageHeaderProps = {
  title: string;
  /** The standfirst: counts computed from the data, then the editor's sentence (optional). */
  standfirst: { counts: string; text?: string };
  /** YYYY-MM-DD the data last changed. */
  updated: string;
  version: string;
  /** Opens "How we know"; the link is left out without it. */
  onShowMethodology?: () => void;
  /** The "How we know" button, for the app to give focus back to when that page closes. */
  howWeKnowRef?: Ref<HTMLButtonElement>;
};

export function PageHeader({ title, standfirst, updated, version, onShowMethodology, howWeKnowRef }: PageHeaderProps) {
  const { locale, m } = useEdition();
  const { shell } = m.core;
  return (
    <header className="page-header">
      <h1 className="page-header__title" dir="auto">
        <LocalText text={title} />
      </h1>
      <p className="page-header__summary">
        {standfirst.counts}
        {/* On a phone the editor's sentence waits under the timeline (Notes), so the launches fit the first screen. */}
        {standfirst.text && (
          <span className="page-header__standfirst">
            {' '}
            <LocalText text={standfirst.text} />
          </span>
        )}
      </p>
      <p className="page-header__meta">
        {shell.dataUpdated} <time dateTime={updated}>{formatDay(updated, locale)}</time> · {shell.version} {version}
        {onShowMethodology && (
          <>
            {' · '}
            <button ref={howWeKnowRef} type="button" className="link-button page-header__how" onClick={onShowMethodology}>
              {shell.howWeKnow}
            </button>
          </>
        )}
      </p>
    </header>
  );
}
