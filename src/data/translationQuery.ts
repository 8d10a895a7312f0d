import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchDataText, type FetchOptions } from './fetchDataset.ts';
import { parseTranslation, type ParsedTranslation, type TranslationLang } from './translation.ts';

/** Where an edition's translation of dataset `name` lives: beside it, `data/<name>.<lang>.json`. */
export function translationUrl(name: string, lang: TranslationLang, baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}data/${name}.${lang}.json`;
}

/** The translation file, checked; a file that is absent, unreadable or not an overlay is a DatasetError. */
export async function fetchTranslation(name: string, lang: TranslationLang, options: FetchOptions): Promise<ParsedTranslation> {
  const text = await fetchDataText(translationUrl(name, lang, options.baseUrl), `The ${lang} translation of "${name}"`, options);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new DatasetError('not-json', `The ${lang} translation of "${name}" is not valid JSON.`);
  }
  const parsed = parseTranslation(json, lang, name);
  if (parsed.translation === null) throw new DatasetError('invalid', `The ${lang} translation of "${name}" is not a translation file.`, parsed.problems);
  return parsed;
}

export const translationQueryKey = (name: string, lang: TranslationLang) => ['translation', name, lang] as const;

export function translationQueryOptions(name: string, lang: TranslationLang, baseUrl: string) {
  return queryOptions({
    queryKey: translationQueryKey(name, lang),
    queryFn: ({ signal }) => fetchTranslation(name, lang, { baseUrl, signal }),
    staleTime: Infinity,
    gcTime: Infinity,
    // One more try for a failure that may pass; then the edition shows the data in English.
    retry: (count, error) => error instanceof DatasetError && error.retryable && count < 1,
  });
}
