// The edition's interface catalog. English is in the app's own chunk; Korean and Japanese are
// chunks of their own, fetched only by their editions, so no reader downloads the other two.
import { en } from '../domain/i18n/messages/en.ts';
import type { Locale } from '../domain/i18n/locale.ts';
import type { Words } from '../domain/i18n/words.ts';

export async function loadEdition(locale: Locale): Promise<Words> {
  if (locale === 'ko') {
    const { ko, koParts } = await import('../domain/i18n/messages/ko.ts');
    return { locale, m: ko, parts: koParts };
  }
  if (locale === 'ja') {
    const { ja, jaParts } = await import('../domain/i18n/messages/ja.ts');
    return { locale, m: ja, parts: jaParts };
  }
  return { locale: 'en', m: en };
}
