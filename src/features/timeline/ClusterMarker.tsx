// A period box: the launches of one day, month, quarter, year or five years where there are
// too many to draw one by one. A button (role="button" on an SVG group) that zooms to its period.
import { memo, useCallback, type KeyboardEvent } from 'react';
import { clusterLabel, compactCount, type ClusterLayout } from '../../domain/denseLayout.ts';
import { estimateTextWidth } from '../../domain/chartLabels.ts';
import { activateOnKey } from '../../ui/activateOnKey.ts';
import { useEdition } from '../../ui/i18n.tsx';

type ClusterMarkerProps = {
  cluster: ClusterLayout;
  /** Drawn inside these px, whatever part of the period lies outside the window. */
  bounds: { left: number; right: number };
  size: number;
  /** px, from the bottom of lane 0 up: at least `size`, taller for more launches. */
  height: number;
  /** Holds the launch whose panel is open. */
  selected: boolean;
  tabbable: boolean;
  /** Called with the drawn element, and with null when it goes, so the chart can focus it. */
  register: (key: string, element: SVGGElement | null) => void;
  onOpen: (key: string) => void;
  /** Keys other than Enter and Space: arrows, Home, End, Escape. */
  onKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  onFocus: (key: string) => void;
  onBlur: () => void;
  onHover: (key: string | null) => void;
};

const FONT_PX = 11;

export const ClusterMarker = memo(function ClusterMarker(props: ClusterMarkerProps) {
  const words = useEdition();
  const { cluster, bounds, size, height, selected, tabbable, register, onOpen, onKeyDown, onFocus, onBlur, onHover } = props;
  const { key } = cluster;
  const ref = useCallback((element: SVGGElement | null) => register(key, element), [register, key]);
  // One px of air each side, so neighbouring periods read as separate boxes.
  const x0 = Math.max(cluster.x0, bounds.left) + 1;
  const x1 = Math.min(cluster.x1, bounds.right) - 1;
  const width = Math.max(2, x1 - x0);
  const text = compactCount(cluster.count);
  const showText = estimateTextWidth(text, FONT_PX) + 4 <= width;
  return (
    <g
      ref={ref}
      className={selected ? 'tl-cluster tl-cluster--selected' : 'tl-cluster'}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={clusterLabel(cluster, words)}
      data-cluster-key={key}
      onClick={() => onOpen(key)}
      onKeyDown={(event) => activateOnKey(event, () => onOpen(key)) || onKeyDown(event, key)}
      onFocus={() => onFocus(key)}
      onBlur={onBlur}
      onPointerEnter={() => onHover(key)}
      onPointerLeave={() => onHover(null)}
    >
      <rect className="tl-cluster__box" x={x0} y={size / 2 - height} width={width} height={height} rx={4} />
      {showText && (
        <text className="tl-cluster__count" x={x0 + width / 2} y={size - height} dy="0.35em" textAnchor="middle" aria-hidden="true">
          {text}
        </text>
      )}
    </g>
  );
});
