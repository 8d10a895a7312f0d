import type { Correction } from '../data/schema.ts';
import { correctionsFor } from '../domain/corrections.ts';
import { formatCalendarDate } from '../domain/formatDate.ts';
import './provenance.css';

type CorrectedBadgeProps = {
  /** Id of the launch, response, context event or source shown beside the badge. */
  recordId: string;
  /** The dataset's whole log (`dataset.corrections`); the badge picks this record's entries. */
  corrections: readonly Correction[];
};

/** "Corrected 12 March 2027" on a record the log touched, with the latest date; nothing otherwise. */
export function CorrectedBadge({ recordId, corrections }: CorrectedBadgeProps) {
  const mine = correctionsFor(recordId, corrections);
  const latest = mine[mine.length - 1];
  if (latest === undefined) return null;
  return (
    <span className="corrected-badge">
      Corrected <time dateTime={latest.date}>{formatCalendarDate(latest.date)}</time>
      {mine.length > 1 && ` (${mine.length} corrections)`}
      <span className="visually-hidden">; see the corrections log in How we know</span>
    </span>
  );
}
