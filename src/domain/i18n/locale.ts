// The editions: one dataset, read in English, Korean or Japanese. English is the reference text;
// the other two are translations of it (docs/translations.md).
export const LOCALES = ['en', 'ko', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag each edition formats dates and numbers with (British English, as the text is). */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', ko: 'ko-KR', ja: 'ja-JP' };

/** Each edition's name in its own language, for the links between editions. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어', ja: '日本語' };

/** The first of the reader's languages (navigator.languages, most preferred first) that has an edition. */
export function preferredLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.trim().toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/**
 * The edition a URL is read in: its `lang` where it has one; otherwise English in an embed (the
 * host's article chose the language, not the reader's browser), and on the page the reader's
 * own language when it is one of the three. The pages' inline script decides the same before
 * the first paint (tested to agree).
 */
export function editionLocale(lang: Locale | null, embed: boolean, languages: readonly string[]): Locale {
  if (lang) return lang;
  if (embed) return 'en';
  return preferredLocale(languages) ?? 'en';
}
