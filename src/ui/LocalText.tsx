// Dataset text in the edition's language, with the runs in another language (quotations kept in
// their original words, English shown where a translation is missing) in spans with their own
// `lang`, so screen readers read each in its language (WCAG 3.1.2).
import { langSpans } from '../domain/i18n/langSpans.ts';

export function LocalText({ text }: { text: string }) {
  const spans = langSpans(text);
  if (spans.length === 1 && spans[0]?.lang === undefined) return <>{text}</>;
  return (
    <>
      {spans.map((span, i) =>
        span.lang === undefined ? (
          span.text
        ) : (
          <span key={i} lang={span.lang}>
            {span.text}
          </span>
        ),
      )}
    </>
  );
}
