// An edition's translation of the dataset: an overlay file (data/<name>.<lang>.json) that gives,
// for each record and field, the translated text and the fingerprint of the English it was made
// from. The English file stays the one reference: a field whose English has changed since (a
// stale fingerprint), or that has no translation, is shown in English, marked as English.
import * as v from 'valibot';
import { markLang, marksAreWellFormed } from './langMarks.ts';
import { escapeBidi, issuesToProblems, joinPath, type Problem } from './problems.ts';
import type { Dataset } from './schema.ts';
import { DATASET_RECORD_ID, TRANSLATED_COLLECTIONS, textFingerprint, translatableTexts, type TranslatableText, type TranslatedCollection } from './translatableFields.ts';

export const TRANSLATION_LANGS = ['ko', 'ja'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** Room for a translation several times longer than the longest English field. */
const MAX_TRANSLATED_CHARS = 12_000;

const translatedText = v.object({
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_TRANSLATED_CHARS, `must be at most ${MAX_TRANSLATED_CHARS} characters`),
    v.check(marksAreWellFormed, 'has a language mark that is not of the form {{en|…}}'),
  ),
  from: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'must be the 8-hex-digit fingerprint of the English text')),
});

const recordFields = v.record(v.string(), translatedText);

export const translationSchema = v.object({
  lang: v.picklist(TRANSLATION_LANGS),
  /** The dataset's id (its file name) the translation belongs to. */
  dataset: v.string(),
  fields: v.record(v.string(), v.record(v.string(), v.unknown())),
});

export type TranslatedField = v.InferOutput<typeof translatedText>;
export type Translation = { lang: TranslationLang; dataset: string; fields: Partial<Record<TranslatedCollection, Record<string, Record<string, TranslatedField>>>> };

export type TextRef = Pick<TranslatableText, 'collection' | 'id' | 'field'>;

/** What a translation covers of a dataset: data:check prints it, the app marks the English it falls back to. */
export type TranslationReport = { translated: number; stale: TextRef[]; missing: TextRef[]; problems: Problem[] };

export type ParsedTranslation = { translation: Translation | null; problems: Problem[] };

const isCollection = (key: string): key is TranslatedCollection => (TRANSLATED_COLLECTIONS as readonly string[]).includes(key);

/**
 * Checks an overlay file. A field that is malformed is dropped with a problem (its English is
 * shown); the file as a whole is refused only when it is not an overlay for `lang` at all.
 */
export function parseTranslation(input: unknown, lang: TranslationLang, datasetId: string): ParsedTranslation {
  const head = v.safeParse(translationSchema, input);
  if (!head.success) return { translation: null, problems: issuesToProblems('', head.issues) };
  const problems: Problem[] = [];
  if (head.output.lang !== lang) return { translation: null, problems: [{ path: 'lang', message: `is "${head.output.lang}", not "${lang}"` }] };
  if (head.output.dataset !== datasetId) {
    return { translation: null, problems: [{ path: 'dataset', message: `is ${escapeBidi(JSON.stringify(head.output.dataset.slice(0, 80)))}, not "${datasetId}"` }] };
  }
  const fields: Translation['fields'] = {};
  for (const [collection, records] of Object.entries(head.output.fields)) {
    const base = joinPath('fields', collection);
    if (!isCollection(collection)) {
      problems.push({ path: base, message: `is not a collection with translated text (${TRANSLATED_COLLECTIONS.join(', ')})` });
      continue;
    }
    const kept: Record<string, Record<string, TranslatedField>> = {};
    for (const [id, record] of Object.entries(records)) {
      const parsed = v.safeParse(recordFields, record);
      if (!parsed.success) {
        problems.push(...issuesToProblems(joinPath(base, id), parsed.issues));
        // Keep the fields that are well formed.
        const valid = v.safeParse(v.record(v.string(), v.unknown()), record);
        if (!valid.success) continue;
        const good: Record<string, TranslatedField> = {};
        for (const [field, value] of Object.entries(valid.output)) {
          const one = v.safeParse(translatedText, value);
          if (one.success) good[field] = one.output;
        }
        kept[id] = good;
        continue;
      }
      kept[id] = parsed.output;
    }
    fields[collection] = kept;
  }
  return { translation: { lang, dataset: head.output.dataset, fields }, problems };
}

const pathOf = (ref: TextRef) => joinPath(joinPath(joinPath('fields', ref.collection), ref.id), ref.field);

/** What `translation` covers of `dataset`, and which of its entries name nothing in it (problems). */
export function translationReport(dataset: Dataset, translation: Translation | null): TranslationReport {
  const report: TranslationReport = { translated: 0, stale: [], missing: [], problems: [] };
  const known = new Set<string>();
  for (const text of translatableTexts(dataset)) {
    known.add(pathOf(text));
    const entry = translation?.fields[text.collection]?.[text.id]?.[text.field];
    if (entry === undefined) report.missing.push(text);
    else if (entry.from !== textFingerprint(text.english)) report.stale.push(text);
    else report.translated += 1;
  }
  const ids = new Map<TranslatedCollection, Set<string>>(
    TRANSLATED_COLLECTIONS.map((c) => [c, new Set(c === 'dataset' ? [DATASET_RECORD_ID] : dataset[c].map((r) => r.id))]),
  );
  for (const [collection, records] of Object.entries(translation?.fields ?? {}) as [TranslatedCollection, Record<string, Record<string, TranslatedField>>][]) {
    for (const [id, fields] of Object.entries(records)) {
      if (!ids.get(collection)?.has(id)) {
        report.problems.push({ path: joinPath(joinPath('fields', collection), id), message: `names no record of ${collection} in the dataset` });
        continue;
      }
      for (const field of Object.keys(fields)) {
        const path = pathOf({ collection, id, field });
        if (!known.has(path)) report.problems.push({ path, message: 'is not a translatable field of that record' });
      }
    }
  }
  return report;
}

type Json = Record<string, unknown>;

/** A copy of `record` with the text at `path` ("summary", "site.name", "facts.2.text") replaced. */
function withText<T>(record: T, path: string, text: string): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return record;
  if (Array.isArray(record)) {
    const copy = [...record] as unknown[];
    const index = Number(head);
    copy[index] = rest.length === 0 ? text : withText(copy[index], rest.join('.'), text);
    return copy as T;
  }
  const copy: Json = { ...(record as Json) };
  copy[head] = rest.length === 0 ? text : withText(copy[head], rest.join('.'), text);
  return copy as T;
}

/**
 * The dataset in the edition's language: each translated field whose fingerprint matches its
 * English takes the translation; every other translatable field keeps its English, marked
 * {{en|…}} so that it is announced as English. Ids, dates, numbers and sources are untouched.
 */
export function translateDataset(dataset: Dataset, translation: Translation | null): Dataset {
  const byRecord = new Map<string, { field: string; text: string }[]>();
  for (const text of translatableTexts(dataset)) {
    const entry = translation?.fields[text.collection]?.[text.id]?.[text.field];
    const current = entry !== undefined && entry.from === textFingerprint(text.english);
    const key = `${text.collection}\u0000${text.id}`;
    const list = byRecord.get(key) ?? [];
    list.push({ field: text.field, text: current ? entry.text : markLang(text.english, 'en') });
    byRecord.set(key, list);
  }
  const apply = <T>(collection: TranslatedCollection, id: string, record: T): T =>
    (byRecord.get(`${collection}\u0000${id}`) ?? []).reduce((acc, { field, text }) => withText(acc, field, text), record);
  const head = apply('dataset', DATASET_RECORD_ID, { title: dataset.title, standfirst: dataset.standfirst });
  return {
    ...dataset,
    title: head.title,
    standfirst: head.standfirst,
    launches: dataset.launches.map((r) => apply('launches', r.id, r)),
    condemnations: dataset.condemnations.map((r) => apply('condemnations', r.id, r)),
    contextEvents: dataset.contextEvents.map((r) => apply('contextEvents', r.id, r)),
    annotations: dataset.annotations.map((r) => apply('annotations', r.id, r)),
    vehicles: dataset.vehicles.map((r) => apply('vehicles', r.id, r)),
    sites: dataset.sites.map((r) => apply('sites', r.id, r)),
  };
}
