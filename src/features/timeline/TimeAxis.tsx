// The one component where D3 owns DOM: d3-axis draws the ticks (see axisMarkup), React places
// the result. Markup rather than a ref filled in an effect, so the prerendered page has an axis.
import { useMemo } from 'react';
import type { ScaleTime } from 'd3-scale';
import type { AxisTicks } from '../../domain/timeScale.ts';
import { useAxisDocument } from './axisDocument.ts';
import { AXIS_ROOT_ATTRIBUTES, axisMarkup } from './axisMarkup.ts';

type TimeAxisProps = {
  scale: ScaleTime<number, number>;
  /** Tick values and their labels, already thinned so no two labels touch. */
  ticks: AxisTicks;
  /** y of the axis line in the chart. */
  y: number;
};

export function TimeAxis({ scale, ticks, y }: TimeAxisProps) {
  const doc = useAxisDocument();
  const html = useMemo(() => axisMarkup(scale, ticks, doc), [scale, ticks, doc]);
  // Hidden from assistive technology: every marker's name already carries its date.
  return (
    <g
      className="tl-axis"
      transform={`translate(0,${y})`}
      aria-hidden="true"
      {...AXIS_ROOT_ATTRIBUTES}
      // d3-axis output, serialised by the DOM: the labels are our own formatted dates, escaped there.
      // eslint-disable-next-line no-restricted-syntax
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
