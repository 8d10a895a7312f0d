// The rest of the chart's key, beside the outcome filter (whose buttons carry each outcome's
// glyph and so are the key to the shapes): the dashed ring and the context mark, each only while
// the chart draws it, since a key to nothing drawn would send a reader looking for it.
import { useEdition } from '../../ui/i18n.tsx';
import { MarkerShape, type ShapeKind } from '../../ui/MarkerShape.tsx';

type ChartKeyProps = {
  /** Some launch on the chart carries the dashed ring (North Korea claimed another outcome). */
  claimsDiffer: boolean;
  /** The context mark is explained only while context events are on the chart. */
  showContext: boolean;
};

export function ChartKey({ claimsDiffer, showContext }: ChartKeyProps) {
  const { legend } = useEdition().m.core;
  const items: { kind: ShapeKind; text: string }[] = [];
  if (claimsDiffer) items.push({ kind: 'claim', text: legend.claimRing });
  if (showContext) items.push({ kind: 'context', text: legend.context });
  if (items.length === 0) return null;
  return (
    <ul className="tl-legend" aria-label={legend.name}>
      {items.map((item) => (
        <li key={item.kind} className="tl-legend__item">
          <MarkerShape kind={item.kind} iconSize={20} />
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
