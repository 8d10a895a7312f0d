// The dataset's annotations under the axis, laid out in domain/layoutChart.ts: a tick at a point,
// a bracket over a span, the short title under it. Hidden from assistive tech: the page lists
// the annotations under the chart with their full text and sources.
import type { AnnotationMark } from '../../domain/chartLabels.ts';

export function ChartAnnotations({ annotations }: { annotations: readonly AnnotationMark[] }) {
  if (annotations.length === 0) return null;
  return (
    <g className="tl-annotations" aria-hidden="true">
      {annotations.map((a) => (
        <g key={a.id} className={`tl-annotation tl-annotation--${a.shape}`}>
          {a.shape === 'point' ? (
            <line className="tl-annotation__mark" x1={a.x0} x2={a.x0} y1={a.y0} y2={a.y1} />
          ) : (
            // Ends rise towards the axis from a line along the bottom: the stretch of time it speaks of.
            <path className="tl-annotation__mark" d={`M${a.x0},${a.y0}V${a.y1}H${a.x1}V${a.y0}`} />
          )}
          <text className="tl-annotation__title" x={a.titleX} y={a.titleY} dy="0.35em" textAnchor="middle">
            {a.title}
          </text>
        </g>
      ))}
    </g>
  );
}
