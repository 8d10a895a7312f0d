import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslationText, overlayName } from './checkTranslations.ts';

const DATA = path.resolve(import.meta.dirname, '../../public/data');
const english = readFileSync(path.join(DATA, 'launches.json'), 'utf8');
const korean = JSON.parse(readFileSync(path.join(DATA, 'launches.ko.json'), 'utf8')) as { fields: Record<string, Record<string, Record<string, { text: string; from: string }>>> };
const check = (overlay: unknown, datasetText: string | null = english) => checkTranslationText(JSON.stringify(overlay), 'launches.ko.json', datasetText, { dataset: 'launches', lang: 'ko' });

describe('data:check on a translation', () => {
  it('knows an overlay by its name', () => {
    expect(overlayName('launches.ko.json')).toEqual({ dataset: 'launches', lang: 'ko' });
    expect(overlayName('launches.json')).toBeNull();
    expect(overlayName('launches.fr.json')).toBeNull();
  });

  it('passes the published Korean and Japanese translations, every text current', () => {
    for (const lang of ['ko', 'ja'] as const) {
      const report = checkTranslationText(readFileSync(path.join(DATA, `launches.${lang}.json`), 'utf8'), `launches.${lang}.json`, english, { dataset: 'launches', lang });
      expect(report.problems).toEqual([]);
      expect(report.summary).toMatch(new RegExp(`^${lang} translation: \\d+ texts current, 0 stale, 0 missing$`));
    }
  });

  it('reports stale and missing texts without failing', () => {
    const fields = structuredClone(korean.fields);
    const launches = fields.launches ?? {};
    const [first, second] = Object.keys(launches);
    const summary = first === undefined ? undefined : launches[first]?.summary;
    if (summary === undefined || second === undefined) throw new Error('the Korean file translates launches');
    summary.from = '00000000';
    const { [second]: _dropped, ...kept } = launches;
    fields.launches = kept;
    const report = check({ lang: 'ko', dataset: 'launches', fields });
    expect(report.problems).toEqual([]);
    expect(report.notes).toContain(`stale (the English changed since it was translated): launches.${first}.summary`);
    expect(report.notes).toContain(`missing (shown in English): launches.${second}.summary`);
    expect(report.summary).toMatch(/, 1 stale, \d+ missing$/);
  });

  it('fails on unknown ids and fields, malformed marks and fingerprints, and a missing dataset', () => {
    const report = check({ lang: 'ko', dataset: 'launches', fields: { launches: { 'no-such-launch': { summary: { text: 'x', from: '12345678' } } }, sites: { tonghae: { colour: { text: 'x', from: '12345678' }, name: { text: '{{en|open', from: 'nothex!!' } } } } });
    expect(report.problems.map((p) => p.path)).toEqual(['fields.sites.tonghae.name.text', 'fields.sites.tonghae.name.from', 'fields.launches["no-such-launch"]', 'fields.sites.tonghae.colour']);
    expect(check({ lang: 'ko', dataset: 'launches', fields: {} }, null).problems).toEqual([{ path: '(file)', message: 'translates launches.json, which is not in the folder' }]);
    expect(check({ lang: 'ja', dataset: 'launches', fields: {} }).problems).toEqual([{ path: 'lang', message: 'is "ja", not "ko"' }]);
  });
});
