import type { Outcome } from '../../data/schema.ts';
import type { OutcomeCount } from '../../domain/filterLaunches.ts';
import { formatNumber } from '../../domain/i18n/plural.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { MarkerShape } from '../../ui/MarkerShape.tsx';

type OutcomeFilterProps = {
  counts: readonly OutcomeCount[];
  /** Outcomes shown; null means all. */
  active: readonly Outcome[] | null;
  onToggle: (outcome: Outcome) => void;
};

/** Toggle buttons built from the outcomes in the data; the marker glyph is the icon. */
export function OutcomeFilter({ counts, active, onToggle }: OutcomeFilterProps) {
  const { locale, m } = useEdition();
  return (
    <div className="outcome-filter" role="group" aria-label={m.core.filter.group}>
      {counts.map(({ outcome, count }) => {
        const pressed = active === null || active.includes(outcome);
        return (
          <button
            key={outcome}
            type="button"
            className="toggle"
            aria-pressed={pressed}
            onClick={() => onToggle(outcome)}
          >
            <MarkerShape kind={outcome} iconSize={18} />
            {/* The space keeps the name what a voice-control user reads and says: "Failed 5". */}
            <span>{m.core.outcome.label[outcome]}</span> <span className="toggle__count">{formatNumber(count, locale)}</span>
          </button>
        );
      })}
    </div>
  );
}
