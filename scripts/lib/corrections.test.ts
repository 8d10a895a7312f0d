// @vitest-environment node
// data:check and the corrections log: a correction must point at a record in the same file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from './checkDatasets.ts';

type Json = Record<string, unknown> & { corrections: unknown[] };

function realCopy(): Json {
  return JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as Json;
}

function problems(data: Json): string[] {
  return checkDatasetText(JSON.stringify(data), 'launches.json').problems.map((p) => `${p.path}: ${p.message}`);
}

const correction = (recordId: string) => ({
  id: 'fix-launch-time',
  date: '2027-01-10',
  recordId,
  summary: 'Launch time changed from 00:51 to 00:49 UTC.',
  reason: 'Japan’s government and NORAD agree on 00:49.',
});

describe('data:check on corrections', () => {
  it('publishes its log as it stands, every entry dated and pointing at a record in the file', () => {
    const data = realCopy();
    expect(data.corrections.length).toBeGreaterThan(0);
    expect(problems(data)).toEqual([]);
  });

  it('logs the 1.2.0 review of issue 19: launches, responses, a context event and sources', () => {
    const data = JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as { version: string; updated: string; corrections: { recordId: string; date: string }[] };
    expect(data.version).toBe('1.2.0');
    const review = data.corrections.filter((c) => c.date === data.updated).map((c) => c.recordId);
    expect(review).toEqual(expect.arrayContaining([
      '1998-08-31-kwangmyongsong-1',
      '2016-02-07-kwangmyongsong-4',
      '2012-04-13-un-security-council-press-elements',
      '1998-09-17-un-security-council-press-statement',
      '2017-11-28-hwasong-15-test',
      '12a-1',
    ]));
  });

  it('rejects a correction pointing at a record that does not exist, naming it', () => {
    const data = realCopy();
    data.corrections = [correction('2012-12-12-kwangmyongsong-9')];
    expect(problems(data)).toEqual(['corrections[0].recordId: unknown record "2012-12-12-kwangmyongsong-9"; correction skipped']);
  });

  it('accepts a correction to a launch, a response, a context event or a source', () => {
    const data = realCopy();
    data.corrections = [
      correction('2012-12-12-kwangmyongsong-3-unit-2'),
      { ...correction('2013-01-22-un-security-council-resolution-2087'), id: 'fix-2' },
      { ...correction('2015-08-15-pyongyang-time'), id: 'fix-3' },
      { ...correction('p2-12d-unnews-2087'), id: 'fix-4' },
    ];
    expect(problems(data)).toEqual([]);
  });
});
