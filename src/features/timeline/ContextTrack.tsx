// Context events (nuclear tests, summits…) on a quieter track of their own, under the axis.
// They are not launches: one tab stop of their own, arrows move within the track only.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ContextEvent } from '../../data/schema.ts';
import { nextFocusIndex, type ContextMarkLayout } from '../../domain/layoutMarkers.ts';
import { contextLabel } from '../../domain/markerLabel.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';
import { useEdition } from '../../ui/i18n.tsx';

type ContextTrackProps = {
  events: readonly ContextEvent[];
  /** One per event, in the same order. */
  marks: readonly ContextMarkLayout[];
  /** Radius of the glyph in px. */
  r: number;
  onFocus: (id: string) => void;
  onBlur: () => void;
  onHover: (id: string | null) => void;
};

export function ContextTrack({ events, marks, r, onFocus, onBlur, onHover }: ContextTrackProps) {
  const words = useEdition();
  const group = useRef<SVGGElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabbableId = marks.some((m) => m.id === activeId) ? activeId : (marks[0]?.id ?? null);

  const handleKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const next = nextFocusIndex(event.key, index, marks.length);
    if (next === null) return;
    event.preventDefault();
    const target = group.current?.querySelectorAll<SVGGElement>('[data-context-id]')[next];
    target?.focus({ preventScroll: true });
  };

  return (
    <g ref={group} className="tl-context" role="list" aria-label={words.m.core.chart.contextEvents}>
      {marks.map((mark, i) => {
        const event = events[i];
        if (!event) return null;
        const half = mark.size / 2;
        return (
          <g
            key={mark.id}
            className="tl-context__mark"
            role="listitem"
            tabIndex={mark.id === tabbableId ? 0 : -1}
            aria-label={contextLabel(event, words)}
            data-context-id={mark.id}
            transform={`translate(${mark.x},${mark.y})`}
            onKeyDown={(e) => handleKeyDown(e, i)}
            onFocus={() => {
              setActiveId(mark.id);
              onFocus(mark.id);
            }}
            onBlur={onBlur}
            onPointerEnter={() => onHover(mark.id)}
            onPointerLeave={() => onHover(null)}
          >
            {mark.endX !== undefined && <rect className="tl-context__span" x={0} y={-2} width={Math.max(0, mark.endX - mark.x)} height={4} rx={2} />}
            <rect className="tl-marker__hit" x={-half} y={-half} width={mark.size} height={mark.size} />
            <rect className="tl-marker__focus" x={-half + 1.5} y={-half + 1.5} width={mark.size - 3} height={mark.size - 3} rx={4} />
            <MarkerShape kind="context" r={r} />
          </g>
        );
      })}
    </g>
  );
}
