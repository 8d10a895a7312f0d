// The language a source is written in, named in the edition's language for its BCP 47 code.
import { INTL_LOCALE, type Locale } from './i18n/locale.ts';

const names = new Map<Locale, Intl.DisplayNames | null>();

/** "Korean" for "ko" (한국어 · 韓国語 in those editions); the code itself where it cannot be named (or is malformed). */
export function languageName(code: string, locale: Locale = 'en'): string {
  // One formatter per edition: making one loads locale data, too slow to repeat per source.
  if (!names.has(locale)) {
    try {
      names.set(locale, new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' }));
    } catch {
      names.set(locale, null);
    }
  }
  try {
    return names.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
