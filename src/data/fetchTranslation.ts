// An edition's translation, fetched and checked: loaded only by the Korean and Japanese editions
// (translationQuery.ts imports it on demand), so an English reader never downloads it.
import { DatasetError, datasetUrl, fetchDataText, withoutBom, type FetchOptions } from './fetchDataset.ts';
import type { Dataset } from './schema.ts';
import { parseTranslation, translateDataset, type ParsedTranslation, type TranslationLang } from './translation.ts';

/** A translation as the app uses it: what the file gave, and the dataset laid over with it. */
export type LoadedTranslation = ParsedTranslation & {
  /** The dataset in the edition's words; English (marked) wherever the translation gives none. */
  translate: (dataset: Dataset) => Dataset;
  /** Why the file could not be used, when it could not: the edition then shows the data in English. */
  failure?: DatasetError;
};

export function loadedTranslation(parsed: ParsedTranslation, failure?: DatasetError): LoadedTranslation {
  return { ...parsed, translate: (dataset) => translateDataset(dataset, parsed.translation), ...(failure ? { failure } : {}) };
}

/** Where an edition's translation of dataset `name` lives: beside it, `data/<name>.<lang>.json`. */
export function translationUrl(name: string, lang: TranslationLang, baseUrl: string): string {
  return datasetUrl(`${name}.${lang}`, baseUrl);
}

/** The translation file, checked; a file that is absent, unreadable or not an overlay is a DatasetError. */
export async function fetchTranslation(name: string, lang: TranslationLang, options: FetchOptions): Promise<LoadedTranslation> {
  const text = await fetchDataText(translationUrl(name, lang, options.baseUrl), `The ${lang} translation of "${name}"`, options);
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch {
    throw new DatasetError('not-json', `The ${lang} translation of "${name}" is not valid JSON.`);
  }
  const parsed = parseTranslation(json, lang, name);
  if (parsed.translation === null) throw new DatasetError('invalid', `The ${lang} translation of "${name}" is not a translation file.`, parsed.problems);
  return loadedTranslation(parsed);
}

/**
 * The translation, or, where it cannot be had (missing, broken, the network), none: every text in
 * English, marked as English, with the reason. Never rejects for the file's sake.
 */
export async function translationOrEnglish(name: string, lang: TranslationLang, options: FetchOptions): Promise<LoadedTranslation> {
  try {
    return await fetchTranslation(name, lang, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const failure = error instanceof DatasetError ? error : new DatasetError('network', `The ${lang} translation of "${name}" could not be loaded.`);
    return loadedTranslation({ translation: null, problems: failure.problems }, failure);
  }
}
