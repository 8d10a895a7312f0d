// The one piece of markup in the dataset's translations: {{en|…}} marks a run of text in another
// language than the edition's (a quotation kept in its original words, or a field shown in
// English because its translation is missing or out of date). docs/translations.md explains it.

/** The languages a run can be marked with: the editions'. */
export const MARK_LANGS = ['en', 'ko', 'ja'] as const;
export type MarkLang = (typeof MARK_LANGS)[number];

/** A marked run: its language, then its text (no braces inside). Global: use with matchAll/replace. */
export const LANG_MARK = /\{\{(en|ko|ja)\|([^{}]*)\}\}/g;

/**
 * `text` marked as being in `lang`. Text that holds braces itself cannot be marked and is
 * returned as it is: shown right, only not announced in its language.
 */
export function markLang(text: string, lang: MarkLang): string {
  return /[{}]/.test(text) ? text : `{{${lang}|${text}}}`;
}

/** Whether every brace pair in `text` is a well-formed mark: what a translation must satisfy. */
export function marksAreWellFormed(text: string): boolean {
  const rest = text.replace(LANG_MARK, '');
  return !rest.includes('{{') && !rest.includes('}}');
}

/** The text as a reader sees it, without the marks: for titles, labels and attributes. */
export function plainText(text: string): string {
  return text.includes('{{') ? text.replace(LANG_MARK, '$2') : text;
}
