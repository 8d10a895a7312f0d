import { useId, useMemo, useRef, type Ref } from 'react';
import type { Condemnation, ContextEvent, Dataset, Launch, Source } from '../../data/schema.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from '../../domain/formatDate.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import { formatNumber } from '../../domain/i18n/plural.ts';
import { languageName } from '../../domain/languageName.ts';
import { groupSources, sourceUsage, usageOf, viaText, type SourceUse } from '../../domain/sourceUsage.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { SourceLink } from '../../ui/SourceLink.tsx';
import '../../ui/provenance.css';
import { AboutPage } from './AboutPage.tsx';
import { fill } from './fill.tsx';
import { formatPublished } from '../../domain/footnotes.ts';

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
  const { m, locale } = useEdition();
  const t = m.common.sources;
  const openButtons = (ids: readonly string[]) =>
    ids.flatMap((launchId) => launches.get(launchId) ?? []).map((launch, i) => (
      <span key={launch.id}>
        {i > 0 && t.listSeparator}
        <button type="button" className="link-button source-entry__open" onClick={() => onOpenLaunch(launch.id)}>
          <span dir="auto">
            <LocalText text={launch.payload} />
          </span>
          , {formatDay(dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES), locale)}
        </button>
      </span>
    ));
  const responses = use.condemnationIds.flatMap((cid) => condemnations.get(cid) ?? []);
  const contextEvents = use.contextEventIds.flatMap((eid) => events.get(eid) ?? []);
  const via = viaText(source, t);
  return (
    <li ref={entryRef} tabIndex={highlighted ? -1 : undefined} className={highlighted ? 'source-entry source-entry--highlight' : 'source-entry'}>
      <p className="source-entry__title">
        <span dir="auto" translate="no">
          <LocalText text={source.publisher} />
        </span>
        : <SourceLink source={source} />
        {source.published !== undefined && (
          <>
            , <time dateTime={source.published}>{formatPublished(source.published, { locale, m })}</time>
          </>
        )}
        {source.language !== undefined && t.inLanguage(languageName(source.language, locale))}
        {via !== null && (
          <span dir="auto">
            {' · '}
            <LocalText text={via} />
          </span>
        )}
        {source.note !== undefined && (
          <span dir="auto">
            {' · '}
            <LocalText text={source.note} />
          </span>
        )}
      </p>
      {use.launchIds.length > 0 && (
        <p className="source-entry__uses">
          <span className="source-entry__label">{t.launches}</span>
          {openButtons(use.launchIds)}
        </p>
      )}
      {responses.length > 0 && (
        <div className="source-entry__uses">
          <span className="source-entry__label">{t.responses}</span>
          <ul className="source-entry__responses">
            {responses.map((c) => {
              const day = <time dateTime={c.date}>{formatDay(c.date, locale)}</time>;
              return (
                <li key={c.id}>
                  {c.dateQualifier === 'on-or-before' && `${m.core.onOrBefore} `}
                  {day} ·{' '}
                  <span dir="auto">
                    <LocalText text={c.by} />
                  </span>{' '}
                  · {fill(t.responseOn(m.core.responseKind[c.kind]), { launches: openButtons(c.launchIds) })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {contextEvents.length > 0 && (
        <p className="source-entry__uses">
          <span className="source-entry__label">{t.context}</span>
          {contextEvents.map((e, i) => (
            <span key={e.id}>
              {i > 0 && t.listSeparator}
              <span dir="auto">
                <LocalText text={e.title} />
              </span>{' '}
              (<time dateTime={e.date}>{formatDay(e.date, locale)}</time>)
            </span>
          ))}
        </p>
      )}
      {use.launchIds.length + responses.length + contextEvents.length === 0 && <p className="source-entry__uses">{t.notCited}</p>}
    </li>
  );
}

/** Every source in the data, by kind of publisher, each with the launches and responses citing it. */
export function SourcesView({ dataset, onOpenLaunch, onClose, highlightSourceId = null }: SourcesViewProps) {
  const { m, locale } = useEdition();
  const t = m.common.sources;
  const id = useId();
  const highlightRef = useRef<HTMLLIElement>(null);
  const usage = useMemo(() => sourceUsage(dataset), [dataset]);
  const groups = useMemo(() => groupSources(dataset.sources, t), [dataset.sources, t]);
  const launches = useMemo(() => new Map(dataset.launches.map((l) => [l.id, l])), [dataset.launches]);
  const condemnations = useMemo(() => new Map(dataset.condemnations.map((c) => [c.id, c])), [dataset.condemnations]);
  const events = useMemo(() => new Map(dataset.contextEvents.map((e) => [e.id, e])), [dataset.contextEvents]);

  return (
    <AboutPage title={t.title} intro={t.intro(dataset.sources.length)} onClose={onClose} focusRef={highlightRef} focusKey={highlightSourceId}>
      {groups.map((group) => (
        <section key={group.type} className="about-view__section" aria-labelledby={`${id}-${group.type}`}>
          <h3 id={`${id}-${group.type}`} className="about-view__subheading">
            {group.label} <span className="about-view__count">{t.count(formatNumber(group.sources.length, locale))}</span>
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
