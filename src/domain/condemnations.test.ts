import { describe, expect, it } from 'vitest';
import type { Condemnation, CondemnationKind } from '../data/schema.ts';
import { CONDEMNATION_KINDS } from '../data/schema.ts';
import { KIND_LABELS, condemnationsFor, isCondemning, responseDate, responseDateText, stanceOf } from './condemnations.ts';
import { en } from './i18n/messages/en.ts';
import { ja, jaParts } from './i18n/messages/ja.ts';
import { ko, koParts } from './i18n/messages/ko.ts';

const record = (id: string, date: string, launchIds: string[], kind: CondemnationKind = 'statement'): Condemnation => ({
  id,
  date,
  by: `Actor ${id}`,
  actorType: 'government',
  kind,
  summary: `Summary ${id}`,
  launchIds,
  sourceIds: ['src'],
});

describe('condemnationsFor', () => {
  const list = [
    record('later', '2013-03-07', ['launch-b']),
    record('shared', '2013-01-22', ['launch-a', 'launch-b']),
    record('other', '2009-04-13', ['launch-c']),
    record('earlier', '2012-12-12', ['launch-b']),
  ];

  it('lists only the records that answer the launch, oldest first', () => {
    expect(condemnationsFor('launch-b', list).map((c) => c.id)).toEqual(['earlier', 'shared', 'later']);
  });

  it('shows a record shared by two launches with both', () => {
    expect(condemnationsFor('launch-a', list).map((c) => c.id)).toEqual(['shared']);
    expect(condemnationsFor('launch-b', list).map((c) => c.id)).toContain('shared');
  });

  it('keeps file order for records on the same day and does not reorder its input', () => {
    const sameDay = [record('x', '2016-03-02', ['l']), record('y', '2016-03-02', ['l']), record('w', '2016-02-07', ['l'])];
    expect(condemnationsFor('l', sameDay).map((c) => c.id)).toEqual(['w', 'x', 'y']);
    expect(sameDay.map((c) => c.id)).toEqual(['x', 'y', 'w']);
  });

  it('is empty for a launch nobody answered', () => {
    expect(condemnationsFor('launch-z', list)).toEqual([]);
  });
});

describe('kinds', () => {
  it('labels a refusal as declining, never as a condemnation', () => {
    expect(KIND_LABELS['non-condemnation']).toBe('Declined to condemn');
    expect(isCondemning('non-condemnation')).toBe(false);
    expect(stanceOf('non-condemnation')).toBe('declined');
  });

  it('puts a meeting without outcome in its own, neutral category', () => {
    expect(isCondemning('meeting-without-outcome')).toBe(false);
    expect(stanceOf('meeting-without-outcome')).toBe('neutral');
    expect(KIND_LABELS['meeting-without-outcome']).toBe('Meeting without outcome');
  });

  it.each(['resolution', 'presidential-statement', 'press-statement', 'press-elements', 'statement', 'sanctions', 'measure'] as const)('%s condemns', (kind) => {
    expect(isCondemning(kind)).toBe(true);
  });

  it('has a distinct label for every kind in the schema', () => {
    const labels = CONDEMNATION_KINDS.map((kind) => KIND_LABELS[kind]);
    expect(new Set(labels).size).toBe(CONDEMNATION_KINDS.length);
    expect(labels).toEqual([
      'Resolution',
      'Presidential statement',
      'Press statement',
      'Press elements',
      'Statement',
      'Sanctions',
      'Measure',
      'Meeting without outcome',
      'Declined to condemn',
    ]);
  });
});

describe('responseDate', () => {
  it('gives the day alone for a dated response', () => {
    expect(responseDate({ date: '2012-04-13' })).toEqual({ qualifier: null, day: '13 April 2012' });
    expect(responseDateText({ date: '2012-04-13' })).toBe('13 April 2012');
  });

  it('says "on or before" when only a latest day is known, capitalised to start a line', () => {
    expect(responseDate({ date: '1998-09-17', dateQualifier: 'on-or-before' })).toEqual({ qualifier: 'On or before', day: '17 September 1998' });
    expect(responseDateText({ date: '1998-09-17', dateQualifier: 'on-or-before' })).toBe('on or before 17 September 1998');
  });
});

describe('responseDate in the Korean and Japanese editions', () => {
  it('writes the day and "on or before" in the edition', () => {
    const ko_ = { locale: 'ko', m: ko, parts: koParts } as const;
    const ja_ = { locale: 'ja', m: ja, parts: jaParts } as const;
    expect(responseDate({ date: '2012-04-13' }, ko_)).toEqual({ qualifier: null, day: '2012년 4월 13일' });
    expect(responseDate({ date: '1998-09-17', dateQualifier: 'on-or-before' }, ko_)).toEqual({ qualifier: '늦어도', day: '1998년 9월 17일' });
    expect(responseDateText({ date: '1998-09-17', dateQualifier: 'on-or-before' }, ko_)).toBe('늦어도 1998년 9월 17일');
    expect(responseDate({ date: '2016-02-07' }, ja_)).toEqual({ qualifier: null, day: '2016年2月7日' });
    expect(responseDateText({ date: '1998-09-17', dateQualifier: 'on-or-before' }, ja_)).toBe('遅くとも1998年9月17日');
  });

  it('keeps the English labels the catalog gives', () => {
    expect(en.core.responseKind).toEqual(KIND_LABELS);
  });
});
