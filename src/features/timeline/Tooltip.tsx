// A short note over the chart for the marker under the pointer or in focus. Hidden from
// assistive technology: the marker's own name already says all of it.
type TooltipProps = {
  /** Point (px, in the chart) the tooltip points at: the top or bottom edge of the mark. */
  x: number;
  y: number;
  /** Below the point instead of above it, for marks near the top of the chart. */
  below: boolean;
  /** Width of the chart, to keep the tooltip from hanging off either side. */
  containerWidth: number;
  title: string;
  lines: readonly string[];
};

/** Half the CSS max-width of .tl-tooltip. */
const HALF_WIDTH = 110;

export function Tooltip({ x, y, below, containerWidth, title, lines }: TooltipProps) {
  const half = Math.min(HALF_WIDTH, containerWidth / 2);
  const left = Math.min(Math.max(x, half), containerWidth - half);
  return (
    <div className={below ? 'tl-tooltip tl-tooltip--below' : 'tl-tooltip'} style={{ left, top: y }} aria-hidden="true">
      <strong className="tl-tooltip__title" dir="auto">
        {title}
      </strong>
      {lines.map((line) => (
        <span key={line} className="tl-tooltip__line" dir="auto">
          {line}
        </span>
      ))}
    </div>
  );
}
