// The launches' labels above the lanes ("Kwangmyongsong-3 Unit 2 · Dec 2012"), each with a thin
// leader down to its marker; laid out in domain/layoutChart.ts. Hidden from assistive tech, since
// each marker button already names its launch and date; a click on a label opens its launch,
// as a click on the marker does, so the text a reader aims at works too.
import type { ChartLabel } from '../../domain/layoutChart.ts';
import { LABEL_ROW } from '../../domain/chartLabels.ts';
import { useLaunchActions } from '../../ui/launchActions.ts';

type MarkLabelsProps = {
  labels: readonly ChartLabel[];
  selectedId: string | null;
};

export function MarkLabels({ labels, selectedId }: MarkLabelsProps) {
  const { select } = useLaunchActions();
  if (labels.length === 0) return null;
  return (
    <g className="tl-labels" aria-hidden="true">
      {/* Leaders first, so that a label's halo covers one that runs behind it. */}
      {labels.map(({ launchId, leader }) => (
        <line key={launchId} className="tl-label__leader" x1={leader.x} x2={leader.x} y1={leader.y1} y2={leader.y2} />
      ))}
      {labels.map((label) => (
        <g key={label.launchId} className="tl-label__target" data-label-for={label.launchId} onClick={() => select(label.launchId)}>
          {/* The whole box takes the click, not only the glyphs' ink. */}
          <rect className="tl-label__hit" x={label.x - label.width / 2} y={label.y - LABEL_ROW / 2} width={label.width} height={LABEL_ROW} />
          <text className={label.launchId === selectedId ? 'tl-label tl-label--selected' : 'tl-label'} x={label.x} y={label.y} dy="0.35em" textAnchor={label.anchor}>
            {/* The name comes from the data and may hold right-to-left text or bidi controls:
                isolated, it cannot reorder the date after it. */}
            <tspan className="tl-label__name">{label.name}</tspan>
            {` · ${label.when}`}
          </text>
        </g>
      ))}
    </g>
  );
}
