import { queryOptions } from '@tanstack/react-query';
import type { TranslationLang } from './translation.ts';

export const translationQueryKey = (name: string, lang: TranslationLang) => ['translation', name, lang] as const;

/**
 * An edition's translation, its code fetched with it (only the Korean and Japanese editions need
 * either). A file that cannot be used is an answer, not an error: the data in English, marked.
 */
export function translationQueryOptions(name: string, lang: TranslationLang, baseUrl: string) {
  return queryOptions({
    queryKey: translationQueryKey(name, lang),
    queryFn: async ({ signal }) => (await import('./fetchTranslation.ts')).translationOrEnglish(name, lang, { baseUrl, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}
