// The rocket families' and launch sites' years under the annotations, laid out in
// domain/chartGroups.ts: a bar over the years each was used (a short one for a single launch),
// its name under it. Hidden from assistive tech: every launch's name says its rocket and its
// panel its site, and the reader can arrange the launches by either.
import type { AnnotationMark } from '../../domain/chartLabels.ts';
import { PhraseText } from '../../ui/PhraseText.tsx';

/** A single launch's bar: wide enough to read as a bar, not a tick. */
const POINT_WIDTH = 8;

export function ChartBands({ bands }: { bands: readonly AnnotationMark[] }) {
  if (bands.length === 0) return null;
  return (
    <g className="tl-bands" aria-hidden="true">
      {bands.map((b) => {
        const x0 = b.shape === 'point' ? b.x0 - POINT_WIDTH / 2 : b.x0;
        const width = b.shape === 'point' ? POINT_WIDTH : Math.max(b.x1 - b.x0, POINT_WIDTH);
        return (
          <g key={b.id} className="tl-band">
            <rect className="tl-band__bar" x={x0} y={b.y0} width={width} height={b.y1 - b.y0} rx={2} />
            <text className="tl-band__title" x={b.titleX} y={b.titleY} dy="0.35em" textAnchor="middle">
              {b.parts ? <PhraseText phrase={b.parts} svg /> : b.title}
            </text>
          </g>
        );
      })}
    </g>
  );
}
