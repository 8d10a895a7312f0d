import { useId, useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { correctedRecord } from '../../domain/correctedRecord.ts';
import { correctionsNewestFirst } from '../../domain/corrections.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from '../../domain/formatDate.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import '../../ui/provenance.css';
import { fill } from './fill.tsx';
import { useParts } from '../../ui/parts.ts';

type CorrectionsLogProps = {
  dataset: Dataset;
  /** Opens a corrected launch (or the launch a corrected response answers). */
  onOpenLaunch: (id: string) => void;
};

/**
 * Every correction, newest first: when, which record, what changed and why. An empty log says so.
 * What changed and why are the English record of the changes, in every edition: in Korean and
 * Japanese they are marked as English (lang="en"), not translated.
 */
export function CorrectionsLog({ dataset, onOpenLaunch }: CorrectionsLogProps) {
  const { m, locale } = useEdition();
  const parts = useParts();
  const t = parts.about.corrections;
  const headingId = useId();
  const entries = useMemo(() => correctionsNewestFirst(dataset.corrections), [dataset.corrections]);
  const launches = useMemo(() => new Map(dataset.launches.map((l) => [l.id, l])), [dataset.launches]);
  const updated = <time dateTime={dataset.updated}>{formatDay(dataset.updated, locale)}</time>;
  const english = locale === 'en' ? undefined : 'en';
  return (
    <section className="about-view__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="about-view__subheading">
        {t.heading}
      </h3>
      <p>{t.policy}</p>
      {entries.length === 0 ? (
        <p className="corrections-log__empty">{fill(t.noneYet(dataset.version), { date: updated })}</p>
      ) : (
        <>
          <p>{fill(t.dataAt(dataset.version), { date: updated })}</p>
          <ol className="corrections-log">
            {entries.map((c) => {
              const record = correctedRecord(c.recordId, dataset, { core: m.core, about: parts.about }, locale);
              const open = (record?.launchIds ?? []).flatMap((id) => launches.get(id) ?? []);
              return (
                <li key={c.id} className="corrections-log__item">
                  <p className="corrections-log__meta">
                    <time dateTime={c.date}>{formatDay(c.date, locale)}</time>
                    {' · '}
                    {record === null ? (
                      <span dir="auto">{c.recordId}</span>
                    ) : (
                      <span dir="auto">
                        <LocalText text={t.record(t.recordKinds[record.kind], record.label)} />
                      </span>
                    )}
                    {open.map((launch) => (
                      <span key={launch.id}>
                        {' · '}
                        <button type="button" className="link-button" onClick={() => onOpenLaunch(launch.id)}>
                          {fill(t.openLaunch, {
                            payload: <LocalText text={launch.payload} />,
                            day: formatDay(dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES), locale),
                          })}
                        </button>
                      </span>
                    ))}
                  </p>
                  <p>
                    <span className="corrections-log__label">{t.whatChanged}</span>
                    <span dir="auto" lang={english}>
                      {c.summary}
                    </span>
                  </p>
                  <p>
                    <span className="corrections-log__label">{t.why}</span>
                    <span dir="auto" lang={english}>
                      {c.reason}
                    </span>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
