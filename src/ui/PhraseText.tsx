// A phrase (domain/phrase.ts) drawn with each name from the data isolated: in HTML in a <bdi>,
// in SVG in a <tspan> that CSS isolates (.phrase-data), since SVG has no <bdi>.
import type { Phrase } from '../domain/phrase.ts';

export function PhraseText({ phrase, svg = false }: { phrase: Phrase; svg?: boolean }) {
  return phrase.map((part, i) => {
    if (typeof part === 'string') return part;
    return svg ? (
      <tspan key={i} className="phrase-data">
        {part.data}
      </tspan>
    ) : (
      <bdi key={i}>{part.data}</bdi>
    );
  });
}
