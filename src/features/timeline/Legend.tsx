// The key to the colours, shapes and the dashed ring on the chart, as real text with the same
// glyphs. It explains only what is drawn: an outcome no launch on the chart has would be a key
// to nothing, and a reader would look for it.
import type { Outcome } from '../../data/schema.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { MarkerShape, type ShapeKind } from '../../ui/MarkerShape.tsx';

type LegendProps = {
  /** The outcomes of the launches on the chart, in the dataset's order of outcomes. */
  outcomes: readonly Outcome[];
  /** Some launch on the chart carries the dashed ring (North Korea claimed another outcome). */
  claimsDiffer: boolean;
  /** The context mark is explained only while context events are on the chart. */
  showContext: boolean;
};

export function Legend({ outcomes, claimsDiffer, showContext }: LegendProps) {
  const items: { kind: ShapeKind; text: string }[] = outcomes.map((outcome) => ({ kind: outcome, text: OUTCOME_LABELS[outcome] }));
  if (claimsDiffer) items.push({ kind: 'claim', text: 'Dashed ring: North Korea claimed a different outcome' });
  if (showContext) items.push({ kind: 'context', text: 'Context event' });
  return (
    <ul className="tl-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.kind} className="tl-legend__item">
          <MarkerShape kind={item.kind} iconSize={20} />
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
