// The launches as laid out: one marker each with its stem down to the axis, or the period boxes
// that count them. Drawn relative to the baseline; their labels are MarkLabels'.
import { useMemo } from 'react';
import type { Launch } from '../../data/schema.ts';
import type { ChartLayout } from '../../domain/layoutChart.ts';
import { ClusterMarker } from './ClusterMarker.tsx';
import { LaunchMarker } from './LaunchMarker.tsx';
import type { TooltipControls } from './useChartTooltip.ts';
import type { MarkFocus } from './useMarkFocus.ts';

type LaunchMarksProps = {
  layout: ChartLayout<Launch>;
  selectedId: string | null;
  focus: MarkFocus;
  tooltip: TooltipControls;
};

export function LaunchMarks({ layout, selectedId, focus, tooltip }: LaunchMarksProps) {
  const { markers, clusters, baselineY, r, size, width } = layout;
  const bounds = useMemo(() => ({ left: 0, right: width }), [width]);
  return (
    <g transform={`translate(0,${baselineY})`}>
      {markers.map(({ launch, layout: m, stem }) => (
        <line key={launch.id} className="tl-stem" x1={m.x} x2={m.x} y1={stem.y1} y2={stem.y2} aria-hidden="true" />
      ))}
      {markers.map(({ launch, layout: m }) => (
        <LaunchMarker
          key={launch.id}
          launch={launch}
          layout={m}
          r={r}
          selected={launch.id === selectedId}
          tabbable={launch.id === focus.tabbableId}
          register={focus.registerMarker}
          onKeyDown={focus.onMarkerKeyDown}
          onFocus={focus.onMarkerFocus}
          onBlur={tooltip.blur}
          onHover={tooltip.hoverLaunch}
        />
      ))}
      {clusters.map(({ cluster, height }) => (
        <ClusterMarker
          key={cluster.key}
          cluster={cluster}
          bounds={bounds}
          size={size}
          height={height}
          selected={cluster.key === focus.selectedKey}
          tabbable={cluster.key === focus.tabbableKey}
          register={focus.registerCluster}
          onOpen={focus.onClusterOpen}
          onKeyDown={focus.onClusterKeyDown}
          onFocus={focus.onClusterFocus}
          onBlur={tooltip.blur}
          onHover={tooltip.hoverCluster}
        />
      ))}
    </g>
  );
}
