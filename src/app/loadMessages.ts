// The edition's interface catalog. English is in the app's own chunk; Korean and Japanese are
// chunks of their own, fetched only by their editions, so no reader downloads the other two.
import { en, type Messages } from '../domain/i18n/messages/en.ts';
import type { Locale } from '../domain/i18n/locale.ts';

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'ko') return (await import('../domain/i18n/messages/ko.ts')).ko;
  if (locale === 'ja') return (await import('../domain/i18n/messages/ja.ts')).ja;
  return en;
}
