// The story's words in full, under the chart: the editor's standfirst and each annotation the
// chart and the rail show by title, with the sources every sentence rests on. The marks on the
// chart are short and hidden from assistive technology; this is where they are read.
import { useId } from 'react';
import type { Source } from '../../data/schema.ts';
import type { PlacedAnnotation } from '../../domain/story.ts';
import { CitedSource } from '../../ui/SourceLink.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import './story.css';

type StoryNotesProps = {
  /** The editor's standfirst sentence and its sources; absent when the dataset has none. */
  standfirst?: { text: string; sourceIds: readonly string[] };
  annotations: readonly PlacedAnnotation[];
  sources: readonly Source[];
};

function Sources({ ids, byId }: { ids: readonly string[]; byId: ReadonlyMap<string, Source> }) {
  const { m } = useEdition();
  return (
    <ul className="story-notes__sources" aria-label={m.panel.story.sources}>
      {ids.map((id) => {
        const source = byId.get(id);
        return (
          <li key={id}>
            {source === undefined ? <span dir="auto">{m.panel.sources.missing(id)}</span> : <CitedSource source={source} />}
          </li>
        );
      })}
    </ul>
  );
}

export function StoryNotes({ standfirst, annotations, sources }: StoryNotesProps) {
  const { m } = useEdition();
  const headingId = useId();
  if (annotations.length === 0 && standfirst === undefined) return null;
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <section className="story-notes" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-notes__heading">
        {m.panel.story.heading}
      </h2>
      {standfirst && (
        <div className="story-notes__item story-notes__standfirst">
          <p dir="auto">
            <LocalText text={standfirst.text} />
          </p>
          <Sources ids={standfirst.sourceIds} byId={byId} />
        </div>
      )}
      <ol className="story-notes__list">
        {annotations.map(({ annotation }) => (
          <li key={annotation.id} className="story-notes__item">
            <h3 className="story-notes__title">
              <span aria-hidden="true">◆ </span>
              <bdi>
                <LocalText text={annotation.title} />
              </bdi>
            </h3>
            <p dir="auto">
              <LocalText text={annotation.text} />
            </p>
            <Sources ids={annotation.sourceIds} byId={byId} />
          </li>
        ))}
      </ol>
    </section>
  );
}
