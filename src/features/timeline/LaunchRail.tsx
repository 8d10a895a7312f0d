// The timeline for a narrow container (domain/railLayout.ts): time runs down, one row per
// launch, two lines each so that eight launches fit a phone's first screen. Each row is one
// button named by its own visible words (so a voice-control user says what they see): the launch,
// its date, outcome, rocket and launch site, then as much of its summary as the line holds.
// Grouped by rocket, family or site, each group is a section under its own heading.
import { useCallback, useMemo, useRef } from 'react';
import type { ContextEvent, Launch } from '../../data/schema.ts';
import type { Site } from '../../data/storySchema.ts';
import { claimWords, contextDates } from '../../domain/markerLabel.ts';
import { railSections, type RailItem } from '../../domain/railLayout.ts';
import { shortSiteName, type LaunchGroup, type PlacedAnnotation } from '../../domain/story.ts';
import { useLaunchActions } from '../../ui/launchActions.ts';
import { useLaunchFocusHandle } from '../../ui/launchFocus.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';
import { PhraseText } from '../../ui/PhraseText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';

type LaunchRailProps = {
  /** In time order. */
  launches: readonly Launch[];
  annotations: readonly PlacedAnnotation[];
  /** Shown as rows only while the reader has context events on. */
  contextEvents: readonly ContextEvent[];
  selectedId: string | null;
  /** The launches in sections by rocket, family or site; null in time order only. */
  groups?: readonly LaunchGroup<Launch>[] | null;
  /** The site records, for each site's short name ("Sohae"). */
  sites?: readonly Pick<Site, 'id' | 'name' | 'shortName'>[];
};

type Item = RailItem<Launch, ContextEvent>;
type Register = (id: string) => (element: HTMLButtonElement | null) => void;
type SiteName = (launch: Launch) => string;

export function LaunchRail({ launches, annotations, contextEvents, selectedId, groups = null, sites = NO_SITES }: LaunchRailProps) {
  const words = useEdition();
  const { select } = useLaunchActions();
  const sections = useMemo(() => railSections(launches, annotations, contextEvents, groups, words.locale), [launches, annotations, contextEvents, groups, words.locale]);
  const siteName = useMemo<SiteName>(() => {
    const byId = new Map(sites.map((s) => [s.id, s]));
    return (launch) => shortSiteName(launch.siteId === undefined ? undefined : byId.get(launch.siteId), launch);
  }, [sites]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const register = useCallback<Register>((id) => (element) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  }, []);
  useLaunchFocusHandle((id) => {
    const button = buttons.current.get(id);
    button?.focus();
    return button !== undefined;
  });
  const rows = (items: readonly Item[]) => items.map((item) => <RailRow key={item.key} item={item} selectedId={selectedId} register={register} onSelect={select} siteName={siteName} />);

  const [only] = sections;
  if (sections.length === 1 && only && only.heading === null) {
    return (
      <ol className="tl-rail" aria-label={words.m.core.chart.rail}>
        {rows(only.items)}
      </ol>
    );
  }
  return (
    <div className="tl-rail-groups">
      {sections.map((section) => (
        <section key={section.key} className="tl-rail-group" aria-labelledby={headingId(section.key)}>
          <h2 className="tl-rail-group__heading" id={headingId(section.key)}>
            <bdi>{section.heading?.label}</bdi>
            {section.heading?.detail && (
              <span className="tl-rail-group__detail">
                {' · '}
                <PhraseText phrase={section.heading.detail} />
              </span>
            )}
          </h2>
          <ol className="tl-rail">{rows(section.items)}</ol>
        </section>
      ))}
    </div>
  );
}

const NO_SITES: readonly Pick<Site, 'id' | 'name' | 'shortName'>[] = [];

/** A heading's id from its group key, which may hold any text a dataset gives a rocket or site. */
const headingId = (key: string) => `rail-group-${Array.from(key, (c) => (/[a-zA-Z0-9_-]/.test(c) ? c : `_${c.codePointAt(0) ?? 0}`)).join('')}`;

type RailRowProps = { item: Item; selectedId: string | null; register: Register; onSelect: (id: string) => void; siteName: SiteName };

function RailRow({ item, selectedId, register, onSelect, siteName }: RailRowProps) {
  const words = useEdition();
  if (item.kind === 'annotation') {
    const { annotation } = item.placed;
    return (
      <li className="tl-rail__note">
        <span className="tl-rail__year" aria-hidden="true" />
        <span className="tl-rail__note-text">
          <span aria-hidden="true">◆ </span>
          <bdi>
            <LocalText text={annotation.title} />
          </bdi>
        </span>
      </li>
    );
  }
  if (item.kind === 'context') {
    return (
      <li className="tl-rail__context">
        <span className="tl-rail__year" aria-hidden="true">{item.year}</span>
        <span className="tl-rail__context-text">
          <MarkerShape kind="context" iconSize={14} />
          <span>
            {contextDates(item.event, words)}: <bdi>
              <LocalText text={item.event.title} />
            </bdi>
          </span>
        </span>
      </li>
    );
  }
  const { launch } = item;
  const claim = claimWords(launch, words);
  const selected = launch.id === selectedId;
  return (
    <li className={selected ? 'tl-rail__launch tl-rail__launch--selected' : 'tl-rail__launch'}>
      {/* The year is in the row's date too: the rail repeats it for the eye only. */}
      <span className="tl-rail__year" aria-hidden="true">{item.year}</span>
      <span className="tl-rail__body">
        <button
          ref={register(launch.id)}
          type="button"
          className="tl-rail__button"
          aria-pressed={selected}
          data-launch-id={launch.id}
          onClick={() => onSelect(launch.id)}
        >
          <span className="tl-rail__head">
            <span className="tl-rail__name">
              <bdi>
                <LocalText text={launch.payload} />
              </bdi>
            </span>{' '}
            <span className="tl-rail__day">{item.day}</span>
          </span>{' '}
          <span className="tl-rail__facts">
            <span className="tl-rail__glyph">
              {claim && <MarkerShape kind="claim" iconSize={18} />}
              <MarkerShape kind={launch.outcome} iconSize={18} />
            </span>
            <span className="tl-rail__outcome">{words.m.core.outcome.label[launch.outcome]}</span>
            {' · '}
            <bdi>
              <LocalText text={launch.vehicle} />
            </bdi>
            {' · '}
            <bdi>
              <LocalText text={siteName(launch)} />
            </bdi>
            {/* The one-line summary is cut to the row; it is read in full in the panel, so it
                stays out of the button's name, which is what the reader sees first. */}
            <span className="tl-rail__summary" aria-hidden="true">
              {' · '}
              {claim && <>{claim}. </>}
              <bdi>
                <LocalText text={launch.summary} />
              </bdi>
            </span>
          </span>
        </button>
      </span>
    </li>
  );
}
