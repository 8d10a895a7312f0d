// The blocks of lanes while the launches are grouped (domain/chartGroups.ts): every other block
// tinted across the chart, each named beside its own markers. Drawn first, under everything.
// Hidden from assistive tech: the chart's description names the lanes, and each launch's own
// name says its rocket.
import type { GroupLane } from '../../domain/chartGroups.ts';
import { PhraseText } from '../../ui/PhraseText.tsx';

export function GroupLanes({ lanes, width }: { lanes: readonly GroupLane[]; width: number }) {
  if (lanes.length === 0) return null;
  return (
    <g className="tl-groups" aria-hidden="true">
      {lanes.map((lane) =>
        lane.tinted ? <rect key={`${lane.key}:tint`} className="tl-group-lane" x={0} y={lane.top} width={width} height={lane.bottom - lane.top} /> : null,
      )}
      {lanes.map((lane) => (
        <text key={lane.key} className="tl-group-lane__name" x={lane.x} y={lane.y} dy="0.35em" textAnchor={lane.anchor}>
          <PhraseText phrase={lane.parts} svg />
        </text>
      ))}
    </g>
  );
}
