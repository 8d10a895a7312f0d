import { useId } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatPublished } from '../../domain/footnotes.ts';
import { viaText } from '../../domain/sourceUsage.ts';
import { SourceLink } from '../../ui/SourceLink.tsx';
import { languageName } from '../../domain/languageName.ts';
import { useEdition } from '../../ui/i18n.tsx';

export type NumberedSource = { number: number; id: string; source: Source | undefined };

type SourceListProps = {
  /** In footnote order; `number` is what the [n] markers point at (`#source-n`). */
  entries: readonly NumberedSource[];
};

/** Publisher, title link, then what else the reader should know: date, language, where a copy was read, a note. */
function SourceDetails({ source }: { source: Source }) {
  const edition = useEdition();
  const { m, locale } = edition;
  const t = m.panel.sources;
  const via = viaText(source, m.common.sources);
  const hasMeta = source.published !== undefined || source.language !== undefined || via !== null || source.note !== undefined;
  return (
    <>
      <span className="source-list__publisher" dir="auto" translate="no">
        {source.publisher}
      </span>
      {m.panel.labelSeparator}
      <SourceLink source={source} />
      {hasMeta && (
        <span className="source-list__meta">
          {source.published !== undefined && (
            <>
              <span className="source-list__sep">{t.dateSeparator}</span>
              <time dateTime={source.published}>{formatPublished(source.published, edition)}</time>
            </>
          )}
          {source.language !== undefined && <span className="source-list__note">{t.inLanguage(languageName(source.language, locale))}</span>}
          {via !== null && (
            <span className="source-list__note" dir="auto">
              {' · '}
              {via}
            </span>
          )}
          {source.note !== undefined && (
            <span className="source-list__note" dir="auto">
              {' · '}
              {source.note}
            </span>
          )}
        </span>
      )}
    </>
  );
}

export function SourceList({ entries }: SourceListProps) {
  const { m } = useEdition();
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="launch-panel__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="launch-panel__subheading">
        {m.panel.sources.heading}
      </h3>
      <ol className="source-list">
        {entries.map(({ number, id, source }) => (
          // tabIndex -1 lets a footnote jump take keyboard focus along with the scroll.
          <li key={id} id={`source-${number}`} value={number} tabIndex={-1} className="source-list__item">
            {source === undefined ? <span dir="auto">{m.panel.sources.missing(id)}</span> : <SourceDetails source={source} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
