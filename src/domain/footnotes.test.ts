import { describe, expect, it } from 'vitest';
import type { Condemnation, Launch } from '../data/schema.ts';
import { FACT_STATUS_LABELS, footnoteNumbers, formatPublished, numberSources } from './footnotes.ts';
import { en } from './i18n/messages/en.ts';
import { ja, jaParts } from './i18n/messages/ja.ts';
import { ko, koParts } from './i18n/messages/ko.ts';
import { citeAll } from '../../tests/fixtures/dataset.ts';

type Cited = Parameters<typeof numberSources>[0];
const cite = (ids: string[]): Launch['citations'] => citeAll(ids);

const launch: Cited = {
  id: 'l1',
  citations: { ...cite(['news']), launchedAt: ['timing', 'news'], northKoreaClaimed: ['kcna'], summary: ['analysis'] },
  orbit: { cospar: '2012-072A', sourceIds: ['catalog', 'news'] },
  facts: [
    { text: 'one', sourceIds: ['analysis', 'fact-only'] },
    { text: 'two', sourceIds: ['news'] },
  ],
};

const condemnation = (id: string, date: string, launchIds: string[], sourceIds: string[]): Condemnation => ({
  id,
  date,
  by: 'UN Security Council',
  actorType: 'un-security-council',
  kind: 'resolution',
  summary: 'Condemned.',
  launchIds,
  sourceIds,
});

describe('numberSources', () => {
  it('numbers sources in the order the panel first cites them', () => {
    const condemnations = [
      condemnation('late', '2013-03-07', ['l1'], ['un-late', 'news']),
      condemnation('unrelated', '2009-04-13', ['l0'], ['un-other']),
      condemnation('early', '2013-01-22', ['l1', 'l2'], ['un-early']),
    ];
    const { order, numbers } = numberSources(launch, condemnations);
    expect(order).toEqual(['timing', 'news', 'kcna', 'catalog', 'analysis', 'fact-only', 'un-early', 'un-late']);
    expect(numbers.get('timing')).toBe(1);
    expect(numbers.get('un-late')).toBe(8);
    expect(numbers.has('un-other')).toBe(false);
  });

  it('gives each source one number however often it is cited', () => {
    const { order } = numberSources({ ...launch, orbit: undefined, facts: [] }, []);
    expect(order).toEqual(['timing', 'news', 'kcna', 'analysis']);
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('footnoteNumbers', () => {
  const numbering = numberSources(launch, []);
  it('returns unique numbers in ascending order, whatever order the ids come in', () => {
    expect(footnoteNumbers(['analysis', 'timing', 'analysis'], numbering)).toEqual([1, 5]);
  });
  it('leaves out ids that were not numbered', () => {
    expect(footnoteNumbers(['missing', 'news'], numbering)).toEqual([2]);
  });
});

describe('formatPublished', () => {
  it.each([
    ['2013-01-22', '22 January 2013'],
    ['2012-12', 'December 2012'],
    ['2013', '2013'],
  ])('%s → %s', (value, expected) => {
    expect(formatPublished(value)).toBe(expected);
  });
});

describe('formatPublished in the Korean and Japanese editions', () => {
  it.each([
    ['2013-01-22', '2013년 1월 22일', '2013年1月22日'],
    ['2012-12', '2012년 12월', '2012年12月'],
    ['2013', '2013년', '2013年'],
  ])('%s → %s · %s', (value, korean, japanese) => {
    expect(formatPublished(value, { locale: 'ko', m: ko, parts: koParts })).toBe(korean);
    expect(formatPublished(value, { locale: 'ja', m: ja, parts: jaParts })).toBe(japanese);
  });

  it('keeps the English tags the catalog gives', () => {
    expect(en.core.factStatus).toEqual(FACT_STATUS_LABELS);
  });
});
