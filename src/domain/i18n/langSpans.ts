// Marked text (data/langMarks.ts) as runs, for rendering each run with its own `lang` (WCAG 3.1.2),
// so screen readers switch voice for a quotation kept in English or an untranslated field.
import { LANG_MARK } from '../../data/langMarks.ts';
import { isLocale, type Locale } from './locale.ts';

export { markLang, marksAreWellFormed, plainText } from '../../data/langMarks.ts';

export type LangSpan = { text: string; lang?: Locale };

/** `text` as runs: plain runs have no `lang`, marked runs the language they were marked with. */
export function langSpans(text: string): LangSpan[] {
  const spans: LangSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(LANG_MARK)) {
    const [whole, lang, inner] = match;
    if (match.index > last) spans.push({ text: text.slice(last, match.index) });
    if (isLocale(lang) && inner !== undefined) spans.push({ text: inner, lang });
    last = match.index + whole.length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}
