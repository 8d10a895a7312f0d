// The dataset in the edition's language: the English file, with the edition's translation laid
// over it (data/translation.ts). English needs nothing more; another edition waits for its
// translation, and shows the data in English, marked as such, with a notice if it cannot load.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LoadedDataset } from '../data/fetchDataset.ts';
import { translationQueryOptions } from '../data/translationQuery.ts';
import type { Locale } from '../domain/i18n/locale.ts';

export type EditionData = {
  /** Undefined while the data (or, in another edition, its translation) is on its way. */
  loaded: LoadedDataset | undefined;
  /** The translation could not be had: its texts are shown in English. */
  translationFailed: boolean;
};

export function useEditionData(name: string, locale: Locale, baseUrl: string, english: LoadedDataset | undefined): EditionData {
  const lang = locale === 'en' ? null : locale;
  const translation = useQuery({ ...translationQueryOptions(name, lang ?? 'ko', baseUrl), enabled: lang !== null });
  const translate = translation.data?.translate;
  // Its code could not even be loaded (offline): the data in English, with the notice.
  const unavailable = lang !== null && translation.isError;
  const loaded = useMemo(() => {
    if (english === undefined) return undefined;
    if (lang === null || unavailable) return english;
    return translate ? { ...english, dataset: translate(english.dataset) } : undefined;
  }, [english, lang, unavailable, translate]);
  return { loaded, translationFailed: unavailable || translation.data?.failure !== undefined };
}
