// One glyph per outcome, so that colour is never the only cue (Okabe–Ito colours, distinct
// shapes). Drawn around (0, 0); the legend and the filter buttons reuse it inside tiny SVGs.
import type { Outcome } from '../data/schema.ts';

export type ShapeKind = Outcome | 'claim' | 'context';

type MarkerShapeProps = {
  kind: ShapeKind;
  /** Radius of the glyph in px; the shapes are sized to look equally heavy at the same r. */
  r?: number;
  /**
   * Wrap the glyph in its own small <svg> (px square) for use inside HTML, hidden from
   * assistive technology: the text beside it names it.
   */
  iconSize?: number;
};

/** A thick × made as one outline, so the outline keeps it visible on any background. */
function crossPoints(r: number): string {
  const l = r * 1.2;
  const t = r * 0.34;
  const arm = [
    [-t, -l], [t, -l], [t, -t], [l, -t], [l, t], [t, t],
    [t, l], [-t, l], [-t, t], [-l, t], [-l, -t], [-t, -t],
  ];
  return arm.map(([x = 0, y = 0]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
}

export function MarkerShape({ kind, r = 6, iconSize }: MarkerShapeProps) {
  if (iconSize !== undefined) {
    return (
      <svg className="tl-icon" width={iconSize} height={iconSize} viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
        <MarkerShape kind={kind} r={r} />
      </svg>
    );
  }
  const className = `tl-shape tl-shape--${kind}`;
  switch (kind) {
    case 'success':
      return <circle className={className} r={r} />;
    case 'failure':
      return <polygon className={className} points={crossPoints(r)} transform="rotate(45)" />;
    case 'partial': {
      const l = r * 1.3;
      return <polygon className={className} points={`0,${-l} ${l},0 0,${l} ${-l},0`} />;
    }
    case 'claim':
      return <circle className={className} r={r * 1.6} />;
    case 'context': {
      // A plain upright bar: nothing like the three outcome shapes, and quieter than them.
      const w = r * 0.7;
      return <rect className={className} x={-w / 2} y={-r * 1.1} width={w} height={r * 2.2} rx={w / 3} />;
    }
  }
}
