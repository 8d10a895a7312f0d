// One glyph per outcome, so that colour is never the only cue (Okabe–Ito colours, distinct
// shapes). Drawn around (0, 0); the legend and the filter buttons reuse it inside tiny SVGs.
// The shapes' geometry is domain/markerGlyph.ts, which the downloaded image draws from too.
import { markerGlyph, type ShapeKind } from '../domain/markerGlyph.ts';

export type { ShapeKind };

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

export function MarkerShape({ kind, r = 6, iconSize }: MarkerShapeProps) {
  if (iconSize !== undefined) {
    return (
      <svg className="tl-icon" width={iconSize} height={iconSize} viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
        <MarkerShape kind={kind} r={r} />
      </svg>
    );
  }
  const className = `tl-shape tl-shape--${kind}`;
  const glyph = markerGlyph(kind, r);
  switch (glyph.tag) {
    case 'circle':
      return <circle className={className} {...glyph.attrs} />;
    case 'polygon':
      return <polygon className={className} {...glyph.attrs} />;
    case 'rect':
      return <rect className={className} {...glyph.attrs} />;
  }
}
