import { footnoteNumbers, type SourceNumbering } from '../../domain/footnotes.ts';

type FootnoteRefProps = {
  /** Source ids cited for one statement; shown as [n] links in ascending order. */
  ids: readonly string[];
  numbering: SourceNumbering;
};

/** Superscript [n] links to the numbered source list (`#source-n`). */
export function FootnoteRef({ ids, numbering }: FootnoteRefProps) {
  const numbers = footnoteNumbers(ids, numbering);
  if (numbers.length === 0) return null;
  return (
    <sup className="footnote-refs">
      {numbers.map((n) => (
        <a key={n} className="footnote-ref" href={`#source-${n}`}>
          {`[${n}]`}
        </a>
      ))}
    </sup>
  );
}
