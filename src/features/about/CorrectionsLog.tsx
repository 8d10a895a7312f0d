import { useId, useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { correctedRecord, correctionsNewestFirst } from '../../domain/corrections.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import { launchDay } from '../../domain/launchTimes.ts';
import { CORRECTIONS_POLICY } from '../../domain/methodology.ts';
import '../../ui/provenance.css';

type CorrectionsLogProps = {
  dataset: Dataset;
  /** Opens a corrected launch (or the launch a corrected response answers). */
  onOpenLaunch: (id: string) => void;
};

/** Every correction, newest first: when, which record, what changed and why. An empty log says so. */
export function CorrectionsLog({ dataset, onOpenLaunch }: CorrectionsLogProps) {
  const headingId = useId();
  const entries = useMemo(() => correctionsNewestFirst(dataset.corrections), [dataset.corrections]);
  const launches = useMemo(() => new Map(dataset.launches.map((l) => [l.id, l])), [dataset.launches]);
  const current = (
    <>
      version {dataset.version}, updated <time dateTime={dataset.updated}>{formatCalendarDate(dataset.updated)}</time>
    </>
  );
  return (
    <section className="about-view__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="about-view__subheading">
        Corrections
      </h3>
      <p>{CORRECTIONS_POLICY}</p>
      {entries.length === 0 ? (
        <p className="corrections-log__empty">No corrections yet. The data is at {current}.</p>
      ) : (
        <>
          <p>The data is at {current}.</p>
          <ol className="corrections-log">
            {entries.map((c) => {
              const record = correctedRecord(c.recordId, dataset);
              const open = (record?.launchIds ?? []).flatMap((id) => launches.get(id) ?? []);
              return (
                <li key={c.id} className="corrections-log__item">
                  <p className="corrections-log__meta">
                    <time dateTime={c.date}>{formatCalendarDate(c.date)}</time>
                    {' · '}
                    {record === null ? <span dir="auto">{c.recordId}</span> : <span dir="auto">{`${record.kind}: ${record.label}`}</span>}
                    {open.map((launch) => (
                      <span key={launch.id}>
                        {' · '}
                        <button type="button" className="link-button" onClick={() => onOpenLaunch(launch.id)}>
                          Open {launch.payload}, {launchDay(launch)}
                        </button>
                      </span>
                    ))}
                  </p>
                  <p>
                    <span className="corrections-log__label">What changed: </span>
                    <span dir="auto">{c.summary}</span>
                  </p>
                  <p>
                    <span className="corrections-log__label">Why: </span>
                    <span dir="auto">{c.reason}</span>
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
