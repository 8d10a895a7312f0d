import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnnotationMark } from '../../domain/chartLabels.ts';
import { ChartAnnotations } from './ChartAnnotations.tsx';

const MARKS: AnnotationMark[] = [
  { id: 'p', title: 'First object in orbit', shape: 'point', x0: 100, x1: 100, y0: 50, y1: 56, titleX: 100, titleY: 64, width: 120, row: 0 },
  { id: 's', title: 'Seven years without an attempt', shape: 'span', x0: 200, x1: 400, y0: 72, y1: 78, titleX: 300, titleY: 86, width: 180, row: 1 },
];

describe('ChartAnnotations', () => {
  it('ticks a point, brackets a span, and titles both, hidden from assistive tech', () => {
    const { container } = render(
      <svg>
        <ChartAnnotations annotations={MARKS} />
      </svg>,
    );
    expect(container.querySelector('.tl-annotations')).toHaveAttribute('aria-hidden', 'true');
    const tick = container.querySelector('.tl-annotation--point line.tl-annotation__mark');
    expect(tick).toHaveAttribute('x1', '100');
    expect(tick).toHaveAttribute('y2', '56');
    expect(container.querySelector('.tl-annotation--span path.tl-annotation__mark')).toHaveAttribute('d', 'M200,72V78H400V72');
    expect([...container.querySelectorAll('.tl-annotation__title')].map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
      ['First object in orbit', '100'],
      ['Seven years without an attempt', '300'],
    ]);
  });

  it('draws nothing without annotations', () => {
    const { container } = render(
      <svg>
        <ChartAnnotations annotations={[]} />
      </svg>,
    );
    expect(container.querySelector('.tl-annotations')).toBeNull();
  });
});
