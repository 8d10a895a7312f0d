// The one component where D3 owns DOM: d3-axis draws ticks into a <g> that React leaves empty.
import { useLayoutEffect, useRef } from 'react';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import type { ScaleTime } from 'd3-scale';
import type { AxisTicks } from '../domain/timeScale.ts';

type TimeAxisProps = {
  scale: ScaleTime<number, number>;
  /** Tick values and their labels, already thinned so no two labels touch. */
  ticks: AxisTicks;
  /** y of the axis line in the chart. */
  y: number;
};

export function TimeAxis({ scale, ticks, y }: TimeAxisProps) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const g = ref.current;
    if (!g) return;
    const labels = new Map(ticks.values.map((value, i) => [value.getTime(), ticks.labels[i] ?? '']));
    const axis = axisBottom<Date>(scale)
      .tickValues(ticks.values)
      .tickFormat((d) => labels.get(+d) ?? '')
      .tickSizeOuter(0);
    select(g).call(axis);
  }, [scale, ticks]);
  // Hidden from assistive technology: every marker's name already carries its date.
  return <g ref={ref} className="tl-axis" transform={`translate(0,${y})`} aria-hidden="true" />;
}
