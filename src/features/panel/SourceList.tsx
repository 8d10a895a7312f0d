import { useId } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatPublished } from '../../domain/footnotes.ts';
import { SourceLink } from '../../ui/SourceLink.tsx';
import { languageName } from '../../domain/languageName.ts';

export type NumberedSource = { number: number; id: string; source: Source | undefined };

type SourceListProps = {
  /** In footnote order; `number` is what the [n] markers point at (`#source-n`). */
  entries: readonly NumberedSource[];
};

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
              <>
                <span className="source-list__publisher" dir="auto">
                  {source.publisher}
                </span>
                {': '}
                <SourceLink source={source} />
                {(source.published !== undefined || source.language !== undefined || source.mirrorOf !== undefined) && (
                  <span className="source-list__meta">
                    {source.published !== undefined && (
                      <>
                        <span className="source-list__sep">, </span>
                        <time dateTime={source.published}>{formatPublished(source.published)}</time>
                      </>
                    )}
                    {source.language !== undefined && <span className="source-list__note"> · in {languageName(source.language)}</span>}
                    {source.mirrorOf !== undefined && (
                      <span className="source-list__note" dir="auto">
                        {' '}
                        (repost: {source.mirrorOf})
                      </span>
                    )}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
