import { describe, expect, it } from 'vitest';
import { ANNOTATION_ROW, LABEL_ROW } from './chartLabels.ts';
import { chartHeight, contextTopFor, rowsAboveAxis } from './chartRows.ts';
import { laneHeight } from './layoutMarkers.ts';

describe('rowsAboveAxis', () => {
  it('stacks air, label rows, a leader, the lanes and half a marker, then the axis and its labels', () => {
    // The default view at a desktop chart width: three lanes of 28 px marks, three label rows.
    const rows = rowsAboveAxis({ size: 28, lanes: 3, usedLanes: 3, reservedLabelRows: 3, labelRows: 3 });
    expect(rows.baselineY).toBe(8 + 3 * LABEL_ROW + 6 + 2 * laneHeight(28) + 14);
    expect(rows.baselineY).toBe(136);
    expect(rows.axisY).toBe(136 + 14 + 6);
    expect(rows.annotationTop).toBe(rows.axisY + 28);
    // The label rows end 6 px above the top of the highest lane.
    expect(rows.labelBottom).toBe(rows.baselineY - 2 * laneHeight(28) - 14 - 6);
    expect(rows.labelBottom - 3 * LABEL_ROW).toBe(8);
  });

  it('keeps no room for leaders without label rows', () => {
    const rows = rowsAboveAxis({ size: 44, lanes: 1, usedLanes: 1, reservedLabelRows: 0, labelRows: 0 });
    expect(rows.baselineY).toBe(8 + 22);
    expect(rows.axisY).toBe(8 + 44 + 6);
  });

  it('keeps the axis where the whole range puts it, and the labels on the lanes in use', () => {
    const whole = rowsAboveAxis({ size: 28, lanes: 3, usedLanes: 3, reservedLabelRows: 3, labelRows: 3 });
    // Zoomed in on one lane that needs a single row of labels.
    const zoomed = rowsAboveAxis({ size: 28, lanes: 3, usedLanes: 1, reservedLabelRows: 3, labelRows: 1 });
    expect(zoomed.baselineY).toBe(whole.baselineY);
    expect(zoomed.axisY).toBe(whole.axisY);
    expect(zoomed.labelBottom).toBe(zoomed.baselineY - 14 - 6);
  });

  it('grows past the reserved room when a window needs more', () => {
    const reserved = rowsAboveAxis({ size: 28, lanes: 2, usedLanes: 2, reservedLabelRows: 1, labelRows: 1 });
    const more = rowsAboveAxis({ size: 28, lanes: 2, usedLanes: 2, reservedLabelRows: 1, labelRows: 3 });
    expect(more.baselineY - reserved.baselineY).toBe(2 * LABEL_ROW);
  });
});

describe('contextTopFor and chartHeight', () => {
  it('puts the context track under the annotation rows and some air, or right under the axis', () => {
    expect(contextTopFor(184, 0)).toBe(184);
    expect(contextTopFor(184, 2)).toBe(184 + 2 * ANNOTATION_ROW + 4);
  });

  it('ends the chart under the context lanes, or at the top of the hidden track', () => {
    expect(chartHeight(184, null, 28)).toBe(184);
    expect(chartHeight(184, 2, 28)).toBe(184 + 2 * laneHeight(28) + 4);
  });
});
