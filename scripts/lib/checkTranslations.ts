// data:check for an edition's translation (data/<name>.<lang>.json): the overlay must be well
// formed and name only records and fields the dataset has (errors); translations made from an
// English text that has since changed (stale) and texts not yet translated (missing) are
// reported, not errors, since the edition shows the English for them, marked as English.
import { withoutBom } from '../../src/data/fetchDataset.ts';
import { parseDataset } from '../../src/data/parseDataset.ts';
import type { Problem } from '../../src/data/problems.ts';
import { parseTranslation, translationReport, TRANSLATION_LANGS, type TextRef, type TranslationLang } from '../../src/data/translation.ts';

export type TranslationFileReport = { file: string; problems: Problem[]; summary?: string; notes: string[] };

const OVERLAY_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.json$/;

/** "launches.ko.json" → { dataset: 'launches', lang: 'ko' }; null for any other name. */
export function overlayName(fileName: string): { dataset: string; lang: TranslationLang } | null {
  const match = OVERLAY_NAME.exec(fileName);
  const lang = TRANSLATION_LANGS.find((l) => l === match?.[2]);
  return match?.[1] !== undefined && lang !== undefined ? { dataset: match[1], lang } : null;
}

const refText = (ref: TextRef) => `${ref.collection}.${ref.id}.${ref.field}`;

/** Checks `text` (the overlay) against `datasetText` (the English file it translates). */
export function checkTranslationText(text: string, file: string, datasetText: string | null, name: { dataset: string; lang: TranslationLang }): TranslationFileReport {
  if (datasetText === null) return { file, problems: [{ path: '(file)', message: `translates ${name.dataset}.json, which is not in the folder` }], notes: [] };
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    return { file, problems: [{ path: '(file)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }], notes: [] };
  }
  const english = parseDataset(JSON.parse(withoutBom(datasetText)));
  if (!english.ok) return { file, problems: [{ path: '(file)', message: `its dataset ${name.dataset}.json does not load` }], notes: [] };
  const parsed = parseTranslation(json, name.lang, name.dataset);
  const report = translationReport(english.dataset, parsed.translation);
  const problems = [...parsed.problems, ...report.problems];
  const notes = [
    ...report.stale.map((ref) => `stale (the English changed since it was translated): ${refText(ref)}`),
    ...report.missing.map((ref) => `missing (shown in English): ${refText(ref)}`),
  ];
  const summary = `${name.lang} translation: ${report.translated} texts current, ${report.stale.length} stale, ${report.missing.length} missing`;
  return { file, problems, summary, notes };
}
