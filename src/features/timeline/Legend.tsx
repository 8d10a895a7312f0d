// The key to every colour, shape and the dashed ring, as real text with the same glyphs.
import { OUTCOMES } from '../../data/schema.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { MarkerShape, type ShapeKind } from '../../ui/MarkerShape.tsx';

const ITEMS: readonly { kind: ShapeKind; text: string }[] = [
  ...OUTCOMES.map((outcome) => ({ kind: outcome, text: OUTCOME_LABELS[outcome] })),
  { kind: 'claim', text: 'Dashed ring: North Korea claimed a different outcome' },
];

type LegendProps = {
  /** The context mark is explained only while context events are on the chart. */
  showContext: boolean;
};

export function Legend({ showContext }: LegendProps) {
  const items = showContext ? [...ITEMS, { kind: 'context' as const, text: 'Context event' }] : ITEMS;
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
