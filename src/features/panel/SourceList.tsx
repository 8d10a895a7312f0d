import { useId } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatPublished } from '../../domain/footnotes.ts';
import { viaText } from '../../domain/sourceUsage.ts';
import { SourceLink } from '../../ui/SourceLink.tsx';
import { languageName } from '../../domain/languageName.ts';

export type NumberedSource = { number: number; id: string; source: Source | undefined };

type SourceListProps = {
  /** In footnote order; `number` is what the [n] markers point at (`#source-n`). */
  entries: readonly NumberedSource[];
};

/** Publisher, title link, then what else the reader should know: date, language, where a copy was read, a note. */
function SourceDetails({ source }: { source: Source }) {
  const via = viaText(source);
  const hasMeta = source.published !== undefined || source.language !== undefined || via !== null || source.note !== undefined;
  return (
    <>
      <span className="source-list__publisher" dir="auto">
        {source.publisher}
      </span>
      {': '}
      <SourceLink source={source} />
      {hasMeta && (
        <span className="source-list__meta">
          {source.published !== undefined && (
            <>
              <span className="source-list__sep">, </span>
              <time dateTime={source.published}>{formatPublished(source.published)}</time>
            </>
          )}
          {source.language !== undefined && <span className="source-list__note"> · in {languageName(source.language)}</span>}
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
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="launch-panel__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="launch-panel__subheading">
        Sources
      </h3>
      <ol className="source-list">
        {entries.map(({ number, id, source }) => (
          // tabIndex -1 lets a footnote jump take keyboard focus along with the scroll.
          <li key={id} id={`source-${number}`} value={number} tabIndex={-1} className="source-list__item">
            {source === undefined ? (
              <span dir="auto">Source “{id}” is missing from the data file.</span>
            ) : (
              <SourceDetails source={source} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
