import { useId } from 'react';
import type { Condemnation, Correction } from '../../data/schema.ts';
import { responseDate, stanceOf, type Stance } from '../../domain/condemnations.ts';
import type { SourceNumbering } from '../../domain/footnotes.ts';
import { CorrectedBadge } from '../../ui/CorrectedBadge.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import { FootnoteRef } from './FootnoteRef.tsx';

type CondemnationListProps = {
  /** The records that answer this launch, already in date order (`condemnationsFor`). */
  condemnations: readonly Condemnation[];
  numbering: SourceNumbering;
  /** The dataset's corrections log: a corrected response shows "Corrected <date>". */
  corrections?: readonly Correction[];
};

// Shape and words carry the difference; the border colour only repeats it.
const ICONS: Record<Stance, string> = { condemned: '!', neutral: '–', declined: '⊘' };

export function CondemnationList({ condemnations, numbering, corrections = [] }: CondemnationListProps) {
  const edition = useEdition();
  const { m } = edition;
  const t = m.panel.responses;
  const headingId = useId();
  return (
    <section className="launch-panel__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="launch-panel__subheading">
        {t.heading}
      </h3>
      {condemnations.length === 0 ? (
        <p className="launch-panel__muted">{t.none}</p>
      ) : (
        <ul className="condemnations">
          {condemnations.map((c) => {
            const stance = stanceOf(c.kind);
            const { qualifier, day } = responseDate(c, edition);
            return (
              <li key={c.id} className={`condemnation condemnation--${stance}`}>
                <p className="condemnation__kind">
                  <span className="condemnation__icon" aria-hidden="true">
                    {ICONS[stance]}
                  </span>
                  {m.core.responseKind[c.kind]}
                  {c.status !== undefined && <span className={`tag tag--${c.status}`}>{m.core.factStatus[c.status]}</span>}
                  <CorrectedBadge recordId={c.id} corrections={corrections} />
                </p>
                <p className="condemnation__meta">
                  {qualifier !== null && `${qualifier}${t.qualifierSpace}`}
                  <time dateTime={c.date}>{day}</time>
                  {' · '}
                  <span dir="auto">
                    <LocalText text={c.by} />
                  </span>
                  {c.reference !== undefined && (
                    <>
                      {' · '}
                      <span className="condemnation__reference" dir="auto">
                        {c.reference}
                      </span>
                    </>
                  )}
                </p>
                <p className="condemnation__summary">
                  <span dir="auto">
                    <LocalText text={c.summary} />
                  </span>
                  <FootnoteRef ids={c.sourceIds} numbering={numbering} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
