// The timeline for a narrow container (domain/railLayout.ts): time runs down, one row per
// launch, two lines each so that eight launches fit a phone's first screen. Each row is one
// button named by its own visible words (so a voice-control user says what they see): the launch,
// its date, outcome and rocket, then as much of its summary as the line holds.
import { useCallback, useMemo, useRef } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import { claimWords, contextDates } from '../../domain/markerLabel.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { railItems } from '../../domain/railLayout.ts';
import type { PlacedAnnotation } from '../../domain/story.ts';
import { useLaunchActions } from '../../ui/launchActions.ts';
import { useLaunchFocusHandle } from '../../ui/launchFocus.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';

type LaunchRailProps = {
  /** In time order. */
  launches: readonly Launch[];
  annotations: readonly PlacedAnnotation[];
  /** Shown as rows only while the reader has context events on. */
  contextEvents: readonly ContextEvent[];
  selectedId: string | null;
};

export function LaunchRail({ launches, annotations, contextEvents, selectedId }: LaunchRailProps) {
  const { select } = useLaunchActions();
  const items = useMemo(() => railItems(launches, annotations, contextEvents), [launches, annotations, contextEvents]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const register = useCallback((id: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  }, []);
  useLaunchFocusHandle((id) => {
    const button = buttons.current.get(id);
    button?.focus();
    return button !== undefined;
  });

  return (
    <ol className="tl-rail" aria-label="Launches in time order">
      {items.map((item) => {
        if (item.kind === 'annotation') {
          const { annotation } = item.placed;
          return (
            <li key={item.key} className="tl-rail__note">
              <span className="tl-rail__year" aria-hidden="true" />
              <span className="tl-rail__note-text">
                <span aria-hidden="true">◆ </span>
                <bdi>{annotation.title}</bdi>
              </span>
            </li>
          );
        }
        if (item.kind === 'context') {
          return (
            <li key={item.key} className="tl-rail__context">
              <span className="tl-rail__year" aria-hidden="true">{item.year}</span>
              <span className="tl-rail__context-text">
                <MarkerShape kind="context" iconSize={14} />
                <span>
                  {contextDates(item.event)}: <bdi>{item.event.title}</bdi>
                </span>
              </span>
            </li>
          );
        }
        const { launch } = item;
        const claim = claimWords(launch);
        const selected = launch.id === selectedId;
        return (
          <li key={item.key} className={selected ? 'tl-rail__launch tl-rail__launch--selected' : 'tl-rail__launch'}>
            {/* The year is in the row's date too: the rail repeats it for the eye only. */}
            <span className="tl-rail__year" aria-hidden="true">{item.year}</span>
            <span className="tl-rail__body">
              <button
                ref={register(launch.id)}
                type="button"
                className="tl-rail__button"
                aria-pressed={selected}
                data-launch-id={launch.id}
                onClick={() => select(launch.id)}
              >
                <span className="tl-rail__head">
                  <span className="tl-rail__name">
                    <bdi>{launch.payload}</bdi>
                  </span>{' '}
                  <span className="tl-rail__day">{item.day}</span>
                </span>{' '}
                <span className="tl-rail__facts">
                  <span className="tl-rail__glyph">
                    {claim && <MarkerShape kind="claim" iconSize={18} />}
                    <MarkerShape kind={launch.outcome} iconSize={18} />
                  </span>
                  <span className="tl-rail__outcome">{OUTCOME_LABELS[launch.outcome]}</span>
                  {' · '}
                  <bdi>{launch.vehicle}</bdi>
                  {/* The one-line summary is cut to the row; it is read in full in the panel, so it
                      stays out of the button's name, which is what the reader sees first. */}
                  <span className="tl-rail__summary" aria-hidden="true">
                    {' · '}
                    {claim && <>{claim}. </>}
                    <bdi>{launch.summary}</bdi>
                  </span>
                </span>
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
