import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Launch } from '../../data/schema.ts';
import { condemnationsFor } from '../../domain/condemnations.ts';
import { numberSources } from '../../domain/footnotes.ts';
import { plainText } from '../../domain/i18n/langSpans.ts';
import type { Words } from '../../domain/i18n/words.ts';
import { launchDay } from '../../domain/launchTimes.ts';
import { CondemnationList } from './CondemnationList.tsx';
import { CorrectedBadge } from '../../ui/CorrectedBadge.tsx';
import { LaunchFacts } from './LaunchFacts.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { SourceList, type NumberedSource } from './SourceList.tsx';
import { closeOnEscape } from '../../ui/closeOnEscape.ts';
import { useAfterPaint } from '../../ui/useAfterPaint.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import './panel.css';

export type LaunchPanelProps = {
  dataset: Dataset;
  launch: Launch;
  /** The launch before this one in time, or null at the start (the button is then disabled). */
  previous: Launch | null;
  next: Launch | null;
  onNavigate: (id: string) => void;
  /** The app closes the panel and returns focus to the marker. */
  onClose: () => void;
  /** Opens "How we know"; the link is left out without it. */
  onShowMethodology?: () => void;
  /**
   * Draw the facts, responses and sources in the first render, not a frame later: for the launch
   * the page was opened on, where the panel is part of the first view and a sheet growing after
   * it painted would be a layout shift with no click to explain it.
   */
  detailsAtOnce?: boolean;
};

// <bdi>: a right-to-left name in the data must not reorder the rest of the button's text.
const target = (launch: Launch, w: Words) => (
  <>
    <bdi>
      <LocalText text={launch.vehicle} />
    </bdi>
    {w.m.core.listSeparator}
    {launchDay(launch, w)}
  </>
);

/** The opened launch: every fact with its footnotes, the responses it drew, and the numbered sources. */
export function LaunchPanel({ dataset, launch, previous, next, onNavigate, onClose, onShowMethodology, detailsAtOnce = false }: LaunchPanelProps) {
  const edition = useEdition();
  const t = edition.m.panel;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const related = useMemo(() => condemnationsFor(launch.id, dataset.condemnations), [launch.id, dataset.condemnations]);
  const numbering = useMemo(() => numberSources(launch, related), [launch, related]);
  const entries = useMemo<NumberedSource[]>(() => {
    const byId = new Map(dataset.sources.map((s) => [s.id, s]));
    return numbering.order.map((id, i) => ({ number: i + 1, id, source: byId.get(id) }));
  }, [numbering, dataset.sources]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [launch.id]);

  // A live region speaks changes, not its first content: fill it once it is in the page.
  const message = t.opened(plainText(launch.payload), launchDay(launch, edition));
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(message), 100);
    return () => clearTimeout(timer);
  }, [message]);

  const onKeyDown = closeOnEscape(onClose);
  const detailsReady = useAfterPaint(launch.id, detailsAtOnce);

  return (
    <section className="launch-panel" aria-label={t.region} onKeyDown={onKeyDown}>
      <div className="launch-panel__bar">
        <span className="launch-panel__eyebrow">{t.eyebrow}</span>
        <button type="button" className="launch-panel__close" aria-label={t.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <PanelHeader launch={launch} numbering={numbering} headingRef={headingRef} />
      <CorrectedBadge recordId={launch.id} corrections={dataset.corrections} />
      <div className="launch-panel__nav">
        <button type="button" className="button launch-panel__step" disabled={previous === null} onClick={() => previous && onNavigate(previous.id)}>
          <span aria-hidden="true">← </span>
          {previous === null ? (
            t.previous
          ) : (
            <>
              {t.previousTo}
              {target(previous, edition)}
            </>
          )}
        </button>
        <button type="button" className="button launch-panel__step" disabled={next === null} onClick={() => next && onNavigate(next.id)}>
          {next === null ? (
            t.next
          ) : (
            <>
              {t.nextTo}
              {target(next, edition)}
            </>
          )}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {detailsReady ? (
        <>
          <LaunchFacts launch={launch} numbering={numbering} />
          <CondemnationList condemnations={related} numbering={numbering} corrections={dataset.corrections} />
          <SourceList entries={entries} />
        </>
      ) : (
        <p className="launch-panel__muted">{t.loading}</p>
      )}
      {onShowMethodology && (
        <p className="launch-panel__how">
          <button type="button" className="link-button" onClick={onShowMethodology}>
            {t.howWeKnow}
          </button>
          {t.howWeKnowAfter}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
