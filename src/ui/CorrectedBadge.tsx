import type { Correction } from '../data/schema.ts';
import { correctionsFor } from '../domain/corrections.ts';
import { formatDay } from '../domain/i18n/dates.ts';
import { useEdition } from './i18n.tsx';
import './provenance.css';

type CorrectedBadgeProps = {
  /** Id of the launch, response, context event or source shown beside the badge. */
  recordId: string;
  /** The dataset's whole log (`dataset.corrections`); the badge picks this record's entries. */
  corrections: readonly Correction[];
};

/** "Corrected 12 March 2027" on a record the log touched, with the latest date; nothing otherwise. */
export function CorrectedBadge({ recordId, corrections }: CorrectedBadgeProps) {
  const { m, locale } = useEdition();
  const mine = correctionsFor(recordId, corrections);
  const latest = mine[mine.length - 1];
  if (latest === undefined) return null;
  const t = m.panel.corrected;
  return (
    <span className="corrected-badge">
      {t.on.before}
      <time dateTime={latest.date}>{formatDay(latest.date, locale)}</time>
      {t.on.after}
      {mine.length > 1 && t.count(mine.length)}
      <span className="visually-hidden">{t.hint}</span>
    </span>
  );
}
