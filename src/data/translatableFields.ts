// Which of the dataset's texts an edition translates, and how a translation remembers the English
// it was made from. The overlay files (launches.ko.json, launches.ja.json) are keyed by these
// collections, record ids and field paths; docs/translations.md explains them for editors.
import type { Dataset } from './schema.ts';

/** Record collections with translated text, and "dataset" for the file's own title and standfirst. */
export const TRANSLATED_COLLECTIONS = ['dataset', 'launches', 'condemnations', 'contextEvents', 'annotations', 'vehicles', 'sites'] as const;
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];

/**
 * The translatable fields of each collection. `facts.N.text` names the Nth fact's text. Not
 * translated, on purpose: ids, dates, numbers, source titles (they stay in their own language),
 * aliases (the names other sources use), and the corrections log (the English record of what
 * changed in the reference text).
 */
export const TRANSLATED_FIELDS: Readonly<Record<TranslatedCollection, readonly string[]>> = {
  dataset: ['title', 'standfirst.text'],
  launches: ['payload', 'vehicle', 'site.name', 'summary', 'outcomeSummary', 'claimSummary', 'timeSource', 'facts.N.text'],
  condemnations: ['by', 'summary'],
  contextEvents: ['title', 'summary'],
  annotations: ['title', 'text'],
  vehicles: ['name', 'family'],
  sites: ['name', 'shortName', 'region'],
};

/** The id the dataset's own fields are filed under in an overlay. */
export const DATASET_RECORD_ID = 'dataset';

/** One English text an edition can translate. */
export type TranslatableText = { collection: TranslatedCollection; id: string; field: string; english: string };

/**
 * A short fingerprint of an English text (FNV-1a, 32 bits, over its UTF-16 code units, as 8 hex
 * digits). A translation stores the fingerprint of the English it was made from; when the English
 * changes, the fingerprints differ and the edition shows the English until the translation is
 * brought up to date. Not a security measure: it only has to notice edits.
 */
export function textFingerprint(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`: the hash of every fingerprint here. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

type Fields = Record<string, string | undefined>;

function recordFields(collection: TranslatedCollection, record: Record<string, unknown>): Fields {
  const fields: Fields = {};
  for (const path of TRANSLATED_FIELDS[collection]) {
    if (path === 'facts.N.text') {
      const facts = Array.isArray(record.facts) ? (record.facts as { text?: unknown }[]) : [];
      facts.forEach((fact, i) => {
        if (typeof fact.text === 'string') fields[`facts.${i}.text`] = fact.text;
      });
      continue;
    }
    const [head, tail] = path.split('.');
    const value = head === undefined ? undefined : tail === undefined ? record[head] : (record[head] as Record<string, unknown> | undefined)?.[tail];
    if (typeof value === 'string') fields[path] = value;
  }
  return fields;
}

/** Every translatable English text of `dataset`, in file order. */
export function translatableTexts(dataset: Dataset): TranslatableText[] {
  const texts: TranslatableText[] = [];
  const add = (collection: TranslatedCollection, id: string, fields: Fields) => {
    for (const [field, english] of Object.entries(fields)) if (english !== undefined) texts.push({ collection, id, field, english });
  };
  add('dataset', DATASET_RECORD_ID, { title: dataset.title, 'standfirst.text': dataset.standfirst?.text });
  for (const collection of TRANSLATED_COLLECTIONS) {
    if (collection === 'dataset') continue;
    for (const record of dataset[collection]) add(collection, record.id, recordFields(collection, record as unknown as Record<string, unknown>));
  }
  return texts;
}
