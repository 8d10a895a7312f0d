import { useId, useMemo } from 'react';
import type { Dataset, Source } from '../../data/schema.ts';
import { coverageStatement, methodologySections, openQuestions } from '../../domain/methodology.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { CitedSource } from '../../ui/SourceLink.tsx';
import '../../ui/provenance.css';
import { AboutPage } from './AboutPage.tsx';
import { CorrectionsLog } from './CorrectionsLog.tsx';
import { useParts } from '../../ui/parts.ts';

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
  const parts = useParts();
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  if (found.length === 0) return null;
  return (
    <div className="about-view__cited">
      <span className="about-view__cited-label">{parts.about.sourcesLabel}</span>
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

/**
 * "How we know": what is counted and how, the labels, time zones, open questions and the
 * corrections log; in a translated edition, first how the translation was made.
 */
export function MethodologyView({ dataset, onOpenLaunch, onClose, onOpenSources }: MethodologyViewProps) {
  const { locale } = useEdition();
  const parts = useParts();
  const t = parts.about.methodology;
  const id = useId();
  const byId = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const sections = useMemo(() => methodologySections(parts.about), [parts.about]);
  const questions = useMemo(() => openQuestions(parts.about), [parts.about]);
  const allSources = onOpenSources && (
    <button type="button" className="button" onClick={onOpenSources}>
      {parts.about.allSources}
    </button>
  );

  return (
    <AboutPage title={t.title} intro={t.intro} onClose={onClose} actions={allSources}>
      <p className="about-view__coverage">{coverageStatement(dataset, parts.about, locale)}</p>
      {t.edition !== null && (
        <section className="about-view__section" aria-labelledby={`${id}-edition`}>
          <h3 id={`${id}-edition`} className="about-view__subheading">
            {t.edition.heading}
          </h3>
          {t.edition.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      )}
      {sections.map((section) => (
        <section key={section.id} className="about-view__section" aria-labelledby={`${id}-${section.id}`}>
          <h3 id={`${id}-${section.id}`} className="about-view__subheading">
            {section.heading}
          </h3>
          {section.paragraphs.map((text) => (
            <p key={text}>
              <LocalText text={text} />
            </p>
          ))}
          {section.terms && (
            <dl className="about-view__terms">
              {section.terms.map((term) => (
                <div key={term.term} className="about-view__term">
                  <dt>{term.term}</dt>
                  <dd>
                    <LocalText text={term.definition} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {section.sourceIds && <Cited ids={section.sourceIds} byId={byId} />}
        </section>
      ))}
      <section className="about-view__section" aria-labelledby={`${id}-open`}>
        <h3 id={`${id}-open`} className="about-view__subheading">
          {t.openQuestionsHeading}
        </h3>
        <p>{t.openQuestionsIntro}</p>
        <ol className="open-questions">
          {questions.map((q) => (
            <li key={q.id} className="open-questions__item">
              <p>
                <LocalText text={q.text} />
              </p>
              <Cited ids={q.sourceIds} byId={byId} />
            </li>
          ))}
        </ol>
      </section>
      <CorrectionsLog dataset={dataset} onOpenLaunch={onOpenLaunch} />
    </AboutPage>
  );
}
