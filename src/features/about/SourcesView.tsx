import { useId, useMemo, useRef, type Ref } from 'react';
import type { Condemnation, ContextEvent, Dataset, Launch, Source } from '../../data/schema.ts';
import { KIND_LABELS, responseDate } from '../../domain/condemnations.ts';
import { formatPublished } from '../../domain/footnotes.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import { launchDay } from '../../domain/launchTimes.ts';
import { groupSources, sourceUsage, usageOf, viaText, type SourceUse } from '../../domain/sourceUsage.ts';
import { SourceLink } from '../../ui/SourceLink.tsx';
import '../../ui/provenance.css';
import { languageName } from '../../domain/languageName.ts';
import { AboutPage } from './AboutPage.tsx';

export type SourcesViewProps = {
  dataset: Dataset;
  /** Opens a launch's details: from a launch citing the source, or the launch a response answers. */
  onOpenLaunch: (id: string) => void;
  /** Back to the timeline; also on Esc. */
  onClose: () => void;
  /** A source to scroll to, mark and focus on open. */
  highlightSourceId?: string | null;
};

type SourceEntryProps = {
  source: Source;
  use: SourceUse;
  highlighted: boolean;
  entryRef?: Ref<HTMLLIElement>;
  launches: ReadonlyMap<string, Launch>;
  condemnations: ReadonlyMap<string, Condemnation>;
  events: ReadonlyMap<string, ContextEvent>;
  onOpenLaunch: (id: string) => void;
};

/** One source: publisher, link, date, where a copy was read, a note; then who cites it, with launches as buttons. */
function SourceEntry({ source, use, highlighted, entryRef, launches, condemnations, events, onOpenLaunch }: SourceEntryProps) {
  const openButtons = (ids: readonly string[]) =>
    ids.flatMap((launchId) => launches.get(launchId) ?? []).map((launch, i) => (
      <span key={launch.id}>
        {i > 0 && '; '}
        <button type="button" className="link-button source-entry__open" onClick={() => onOpenLaunch(launch.id)}>
          <span dir="auto">{launch.payload}</span>, {launchDay(launch)}
        </button>
      </span>
    ));
  const responses = use.condemnationIds.flatMap((cid) => condemnations.get(cid) ?? []);
  const contextEvents = use.contextEventIds.flatMap((eid) => events.get(eid) ?? []);
  const via = viaText(source);
  return (
    <li ref={entryRef} tabIndex={highlighted ? -1 : undefined} className={highlighted ? 'source-entry source-entry--highlight' : 'source-entry'}>
      <p className="source-entry__title">
        <span dir="auto">{source.publisher}</span>: <SourceLink source={source} />
        {source.published !== undefined && (
          <>
            , <time dateTime={source.published}>{formatPublished(source.published)}</time>
          </>
        )}
        {source.language !== undefined && ` · in ${languageName(source.language)}`}
        {via !== null && <span dir="auto"> · {via}</span>}
        {source.note !== undefined && <span dir="auto"> · {source.note}</span>}
      </p>
      {use.launchIds.length > 0 && (
        <p className="source-entry__uses">
          <span className="source-entry__label">Launches: </span>
          {openButtons(use.launchIds)}
        </p>
      )}
      {responses.length > 0 && (
        <div className="source-entry__uses">
          <span className="source-entry__label">Responses:</span>
          <ul className="source-entry__responses">
            {responses.map((c) => {
              const { qualifier, day } = responseDate(c);
              return (
                <li key={c.id}>
                  {qualifier !== null && `${qualifier} `}
                  <time dateTime={c.date}>{day}</time> · <span dir="auto">{c.by}</span> · {KIND_LABELS[c.kind]}, on {openButtons(c.launchIds)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {contextEvents.length > 0 && (
        <p className="source-entry__uses">
          <span className="source-entry__label">Context: </span>
          {contextEvents.map((e, i) => (
            <span key={e.id}>
              {i > 0 && '; '}
              <span dir="auto">{e.title}</span> (<time dateTime={e.date}>{formatCalendarDate(e.date)}</time>)
            </span>
          ))}
        </p>
      )}
      {use.launchIds.length + responses.length + contextEvents.length === 0 && <p className="source-entry__uses">Not cited by any record.</p>}
    </li>
  );
}

/** Every source in the data, by kind of publisher, each with the launches and responses citing it. */
export function SourcesView({ dataset, onOpenLaunch, onClose, highlightSourceId = null }: SourcesViewProps) {
  const id = useId();
  const highlightRef = useRef<HTMLLIElement>(null);
  const usage = useMemo(() => sourceUsage(dataset), [dataset]);
  const groups = useMemo(() => groupSources(dataset.sources), [dataset.sources]);
  const launches = useMemo(() => new Map(dataset.launches.map((l) => [l.id, l])), [dataset.launches]);
  const condemnations = useMemo(() => new Map(dataset.condemnations.map((c) => [c.id, c])), [dataset.condemnations]);
  const events = useMemo(() => new Map(dataset.contextEvents.map((e) => [e.id, e])), [dataset.contextEvents]);

  const intro = `All ${dataset.sources.length} sources the data cites, by kind of publisher. Under each are the launches and responses that cite it: choose a launch to open its details.`;

  return (
    <AboutPage title="Sources" intro={intro} onClose={onClose} focusRef={highlightRef} focusKey={highlightSourceId}>
      {groups.map((group) => (
        <section key={group.type} className="about-view__section" aria-labelledby={`${id}-${group.type}`}>
          <h3 id={`${id}-${group.type}`} className="about-view__subheading">
            {group.label} <span className="about-view__count">({group.sources.length})</span>
          </h3>
          <ul className="source-entries">
            {group.sources.map((source) => (
              <SourceEntry
                key={source.id}
                entryRef={source.id === highlightSourceId ? highlightRef : undefined}
                source={source}
                use={usageOf(usage, source.id)}
                highlighted={source.id === highlightSourceId}
                launches={launches}
                condemnations={condemnations}
                events={events}
                onOpenLaunch={onOpenLaunch}
              />
            ))}
          </ul>
        </section>
      ))}
    </AboutPage>
  );
}
