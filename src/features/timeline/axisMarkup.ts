// d3-axis, run where React can use its output: on a detached <g>, read back as markup. The
// markup is a plain string, so the prerender and the browser produce the same thing and
// hydration has nothing to patch. d3-axis only works on DOM nodes, so the document is a
// parameter: the browser's own, or at build time a jsdom document the prerender passes down
// (axisDocument.ts). Drawing the axis in an effect instead would need no document on the
// server, but the prerendered page would then have no axis until the script ran.
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import type { ScaleTime } from 'd3-scale';
import type { AxisTicks } from '../../domain/timeScale.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * d3-axis picks its half-pixel offset from window.devicePixelRatio, which the server does not
 * have: fixed here so both sides agree. 0.5 keeps 1px lines crisp at 1x and 2x alike.
 */
export const AXIS_OFFSET = 0.5;

/** The attributes d3-axis sets on the axis' own <g>, which the markup (its children) leaves out. */
export const AXIS_ROOT_ATTRIBUTES = { fill: 'none', fontSize: 10, fontFamily: 'sans-serif', textAnchor: 'middle' } as const;

/** The children d3-axis draws for this scale and these ticks, as SVG markup. */
export function axisMarkup(scale: ScaleTime<number, number>, ticks: AxisTicks, doc: Document): string {
  const g = doc.createElementNS(SVG_NS, 'g');
  const labels = new Map(ticks.values.map((value, i) => [value.getTime(), ticks.labels[i] ?? '']));
  const axis = axisBottom<Date>(scale)
    .tickValues(ticks.values)
    .tickFormat((d) => labels.get(+d) ?? '')
    .tickSizeOuter(0)
    .offset(AXIS_OFFSET);
  select(g).call(axis);
  return g.innerHTML;
}
