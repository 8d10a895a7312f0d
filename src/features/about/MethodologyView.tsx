import { useId, useMemo } from 'react';
import type { Dataset, Source } from '../../data/schema.ts';
import { coverageStatement, METHODOLOGY_INTRO, METHODOLOGY_SECTIONS, OPEN_QUESTIONS } from '../../domain/methodology.ts';
import { CitedSource } from '../../ui/SourceLink.tsx';
import '../../ui/provenance.css';
import { AboutPage } from './AboutPage.tsx';
import { CorrectionsLog } from './CorrectionsLog.tsx';

export type MethodologyViewProps = {
  dataset: Dataset;
  /** Opens a launch's details (from the corrections log). */
  onOpenLaunch: (id: string) => void;
  /** Back to the timeline; also on Esc. */
  onClose: () => void;
  /** Shows the Sources view; without it the link is left out. */
  onOpenSources?: () => void;
};

/** The sources behind a passage; ids this dataset does not have are left out. */
function Cited({ ids, byId }: { ids: readonly string[]; byId: ReadonlyMap<string, Source> }) {
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  if (found.length === 0) return null;
  return (
    <div className="about-view__cited">
      <span className="about-view__cited-label">Sources:</span>
      <ul className="about-view__cited-list">
        {found.map((source) => (
          <li key={source.id}>
            <CitedSource source={source} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "How we know": what is counted and how, the labels, time zones, open questions and the corrections log. */
export function MethodologyView({ dataset, onOpenLaunch, onClose, onOpenSources }: MethodologyViewProps) {
  const id = useId();
  const byId = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const allSources = onOpenSources && (
    <button type="button" className="button" onClick={onOpenSources}>
      All sources
    </button>
  );

  return (
    <AboutPage title="How we know" intro={METHODOLOGY_INTRO} onClose={onClose} actions={allSources}>
      <p className="about-view__coverage">{coverageStatement(dataset)}</p>
      {METHODOLOGY_SECTIONS.map((section) => (
        <section key={section.id} className="about-view__section" aria-labelledby={`${id}-${section.id}`}>
          <h3 id={`${id}-${section.id}`} className="about-view__subheading">
            {section.heading}
          </h3>
          {section.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {section.terms && (
            <dl className="about-view__terms">
              {section.terms.map((t) => (
                <div key={t.term} className="about-view__term">
                  <dt>{t.term}</dt>
                  <dd>{t.definition}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.sourceIds && <Cited ids={section.sourceIds} byId={byId} />}
        </section>
      ))}
      <section className="about-view__section" aria-labelledby={`${id}-open`}>
        <h3 id={`${id}-open`} className="about-view__subheading">
          Open questions
        </h3>
        <p>What our sources do not settle, each with the sources that document it.</p>
        <ol className="open-questions">
          {OPEN_QUESTIONS.map((q) => (
            <li key={q.id} className="open-questions__item">
              <p>{q.text}</p>
              <Cited ids={q.sourceIds} byId={byId} />
            </li>
          ))}
        </ol>
      </section>
      <CorrectionsLog dataset={dataset} onOpenLaunch={onOpenLaunch} />
    </AboutPage>
  );
}
