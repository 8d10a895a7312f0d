import { describe, expect, it } from 'vitest';
import { loadedFixture } from '../../tests/fixtures/dataset.ts';
import { LANG_MARK, plainText } from './langMarks.ts';

/** The marked runs of `text` as [language, text] pairs. */
const marked = (text: string) => [...text.matchAll(LANG_MARK)].map(([, lang, inner]) => [lang, inner]);
import { textFingerprint, translatableTexts } from './translatableFields.ts';
import { parseTranslation, translateDataset, translationReport, type Translation } from './translation.ts';

const dataset = loadedFixture();
const launch = dataset.launches[0];
if (!launch) throw new Error('the fixture has launches');

/** An overlay giving `text` for the first launch's summary, made from `english`. */
function overlay(text: string, english = launch?.summary ?? ''): unknown {
  return { lang: 'ko', dataset: dataset.id, fields: { launches: { [launch?.id ?? '']: { summary: { text, from: textFingerprint(english) } } } } };
}

describe('an edition over the English dataset', () => {
  it('takes a translation made from the current English, and leaves every other text English, marked as such', () => {
    const { translation, problems } = parseTranslation(overlay('번역된 요약'), 'ko', dataset.id);
    expect(problems).toEqual([]);
    const translated = translateDataset(dataset, translation);
    expect(translated.launches[0]?.summary).toBe('번역된 요약');
    expect(translated.launches[0]?.outcomeSummary).toBe(`{{en|${launch.outcomeSummary}}}`);
    expect(marked(translated.title)).toEqual([['en', dataset.title]]);
    // Ids, dates and sources are the English file's.
    expect(translated.launches.map((l) => [l.id, l.launchedAt])).toEqual(dataset.launches.map((l) => [l.id, l.launchedAt]));
    expect(translated.sources).toBe(dataset.sources);
  });

  it('shows the English, marked, where the English changed after the translation was made (a stale fingerprint)', () => {
    const { translation } = parseTranslation(overlay('낡은 번역', 'An older English summary'), 'ko', dataset.id);
    expect(translateDataset(dataset, translation).launches[0]?.summary).toBe(`{{en|${launch.summary}}}`);
    const report = translationReport(dataset, translation);
    expect(report.stale).toEqual([{ collection: 'launches', id: launch.id, field: 'summary', english: launch.summary }]);
    expect(report.translated).toBe(0);
    expect(report.missing).toHaveLength(translatableTexts(dataset).length - 1);
  });

  it('keeps quotations marked in their language, and strips the marks for plain text', () => {
    const { translation } = parseTranslation(overlay('그는 “{{en|We have concluded}}”(번역: 결론을 내렸다)라고 말했다'), 'ko', dataset.id);
    const summary = translateDataset(dataset, translation).launches[0]?.summary ?? '';
    expect(marked(summary)).toEqual([['en', 'We have concluded']]);
    expect(plainText(summary)).toBe('그는 “We have concluded”(번역: 결론을 내렸다)라고 말했다');
  });

  it('names unknown records and fields, and drops a malformed field with a problem, keeping the rest', () => {
    const bad = {
      lang: 'ko',
      dataset: dataset.id,
      fields: {
        launches: {
          'no-such-launch': { summary: { text: 'x', from: '00000000' } },
          [launch.id]: { colour: { text: 'x', from: '00000000' }, summary: { text: '{{fr|non}}', from: textFingerprint(launch.summary) }, outcomeSummary: { text: '결과', from: textFingerprint(launch.outcomeSummary) } },
        },
        payloads: {},
      },
    };
    const { translation, problems } = parseTranslation(bad, 'ko', dataset.id);
    expect(problems.map((p) => p.path).sort()).toEqual([`fields.launches[${JSON.stringify(launch.id)}].summary.text`, 'fields.payloads']);
    const report = translationReport(dataset, translation as Translation);
    expect(report.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'fields.launches["no-such-launch"]: names no record of launches in the dataset',
      `fields.launches[${JSON.stringify(launch.id)}].colour: is not a translatable field of that record`,
    ]);
    expect(translateDataset(dataset, translation).launches[0]?.outcomeSummary).toBe('결과');
  });

  it('refuses a file for another edition or another dataset', () => {
    expect(parseTranslation(overlay('x'), 'ja', dataset.id).translation).toBeNull();
    expect(parseTranslation({ lang: 'ko', dataset: 'other', fields: {} }, 'ko', dataset.id).problems).toEqual([{ path: 'dataset', message: 'is "other", not "' + dataset.id + '"' }]);
    expect(parseTranslation('not an overlay', 'ko', dataset.id).translation).toBeNull();
  });
});
