// The geometry of the glyph of each outcome (and of the claim ring and the context mark), drawn
// around (0, 0): the chart's markers and the keys (ui/MarkerShape.tsx) and the downloaded image
// (features/share/image/) all draw from here, so a shape is defined once. Pure numbers and names.
import type { Outcome } from '../data/schema.ts';

export type ShapeKind = Outcome | 'claim' | 'context';

export type Glyph =
  | { tag: 'circle'; attrs: { r: number } }
  | { tag: 'polygon'; attrs: { points: string; transform?: string } }
  | { tag: 'rect'; attrs: { x: number; y: number; width: number; height: number; rx: number } };

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

/** The glyph of `kind` at radius `r` px; the shapes are sized to look equally heavy at the same r. */
export function markerGlyph(kind: ShapeKind, r: number): Glyph {
  switch (kind) {
    case 'success':
      return { tag: 'circle', attrs: { r } };
    case 'failure':
      return { tag: 'polygon', attrs: { points: crossPoints(r), transform: 'rotate(45)' } };
    case 'partial': {
      const l = r * 1.3;
      return { tag: 'polygon', attrs: { points: `0,${-l} ${l},0 0,${l} ${-l},0` } };
    }
    case 'claim':
      return { tag: 'circle', attrs: { r: r * 1.6 } };
    case 'context': {
      // A plain upright bar: nothing like the three outcome shapes, and quieter than them.
      const w = r * 0.7;
      return { tag: 'rect', attrs: { x: -w / 2, y: -r * 1.1, width: w, height: r * 2.2, rx: w / 3 } };
    }
  }
}
