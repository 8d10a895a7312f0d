// One launch on the chart: a button (role="button" on an SVG group) whose box is the hit
// target, with the outcome glyph, the dashed ring where North Korea's claim differs, and a
// ring when selected. Activating it goes straight to the app's launch actions; `data-launch-id`
// lets the end-to-end tests find a launch's marker.
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { Launch } from '../../data/schema.ts';
import type { MarkerLayout } from '../../domain/layoutMarkers.ts';
import { claimDiffers, markerLabel } from '../../domain/markerLabel.ts';
import { activateOnKey } from '../../ui/activateOnKey.ts';
import { useLaunchActions } from '../../ui/launchActions.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';
import { useEdition } from '../../ui/i18n.tsx';

type LaunchMarkerProps = {
  launch: Launch;
  layout: MarkerLayout;
  /** Radius of the outcome glyph in px. */
  r: number;
  selected: boolean;
  /** The one marker in the tab order (roving tabindex). */
  tabbable: boolean;
  /** Called with the drawn element, and with null when it goes, so the chart can focus it. */
  register: (id: string, element: SVGGElement | null) => void;
  /** Keys other than Enter and Space: arrows, Home, End, zoom keys. */
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocus: (id: string) => void;
  onBlur: () => void;
  onHover: (id: string | null) => void;
};

// Memoised: hovering, focusing or selecting one marker redraws that marker, not all of them.
// That holds while every other prop and the launch actions stay the same objects.
export const LaunchMarker = memo(function LaunchMarker({ launch, layout, r, selected, tabbable, register, onKeyDown, onFocus, onBlur, onHover }: LaunchMarkerProps) {
  const words = useEdition();
  const { select } = useLaunchActions();
  const { id } = launch;
  const ref = useCallback((element: SVGGElement | null) => register(id, element), [register, id]);
  const half = layout.size / 2;
  return (
    <g
      ref={ref}
      className={selected ? 'tl-marker tl-marker--selected' : 'tl-marker'}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={markerLabel(launch, words)}
      aria-pressed={selected}
      data-launch-id={id}
      transform={`translate(${layout.x},${layout.y})`}
      onClick={() => select(id)}
      onKeyDown={(event) => activateOnKey(event, () => select(id)) || onKeyDown(event, id)}
      onFocus={() => onFocus(id)}
      onBlur={onBlur}
      onPointerEnter={() => onHover(id)}
      onPointerLeave={() => onHover(null)}
    >
      <rect className="tl-marker__hit" x={-half} y={-half} width={layout.size} height={layout.size} />
      <rect className="tl-marker__focus" x={-half + 1.5} y={-half + 1.5} width={layout.size - 3} height={layout.size - 3} rx={4} />
      {selected && <circle className="tl-marker__selected" r={r * 2} />}
      {claimDiffers(launch) && <MarkerShape kind="claim" r={r} />}
      <MarkerShape kind={launch.outcome} r={r} />
    </g>
  );
});
