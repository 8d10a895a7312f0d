// The rules each edition writes numbers, plurals, dates and clock times by, and how a reader's
// edition is chosen.
import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatMonth, formatShortDay, formatYear } from './dates.ts';
import { langSpans, markLang, plainText } from './langSpans.ts';
import { editionLocale, preferredLocale } from './locale.ts';
import { en } from './messages/en.ts';
import { ja } from './messages/ja.ts';
import { ko } from './messages/ko.ts';
import { formatNumber, plural } from './plural.ts';

describe('plurals and numbers', () => {
  it('follow CLDR: English has one and other, Korean and Japanese only other', () => {
    const forms = { one: '# launch', other: '# launches' };
    expect([0, 1, 2].map((n) => plural(n, 'en', forms))).toEqual(['0 launches', '1 launch', '2 launches']);
    expect([1, 2].map((n) => plural(n, 'ko', forms))).toEqual(['1 launches', '2 launches']);
    expect(plural(1, 'ja', forms)).toBe('1 launches');
  });

  it('group digits as each locale does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ko')).toBe('12,345');
    expect(formatNumber(12345, 'ja')).toBe('12,345');
  });

  it('count in each catalog: one attempt and eight attempts', () => {
    expect([1, 8].map(en.core.launchAttempts)).toEqual(['1 launch attempt', '8 launch attempts']);
    expect([1, 8].map(ko.core.launchAttempts)).toEqual(['발사 시도 1회', '발사 시도 8회']);
    expect([1, 8].map(ja.core.launchAttempts)).toEqual(['打ち上げの試み1回', '打ち上げの試み8回']);
    expect([0, 1, 3].map(en.core.shell.corrections)).toEqual(['No corrections yet', '1 correction logged', '3 corrections logged']);
    expect([0, 3].map(ko.core.shell.corrections)).toEqual(['정정 기록 없음', '정정 3건 기록']);
  });

  it('write the standfirst\'s counts in each edition, "none" included', () => {
    expect(en.core.standfirstCounts(8, 3, '1998', '2023')).toBe('Eight attempts from 1998 to 2023; three reached orbit.');
    expect(en.core.standfirstCounts(1, 0, '2012', '2012')).toBe('One attempt in 2012; none reached orbit.');
    expect(ko.core.standfirstCounts(8, 3, '1998', '2023')).toBe('1998년부터 2023년까지 8차례 시도, 3차례 궤도 진입.');
    expect(ja.core.standfirstCounts(8, 0, '1998', '2023')).toBe('1998年から2023年までに8回の試み、軌道到達はなし。');
  });
});

describe('dates and clock times', () => {
  it('write a calendar day in each edition', () => {
    expect(['en', 'ko', 'ja'].map((l) => formatDay('2012-12-12', l as 'en'))).toEqual(['12 December 2012', '2012년 12월 12일', '2012年12月12日']);
    expect(formatShortDay('2012-09-02', 'en')).toBe('2 Sep 2012');
    expect(formatShortDay('2012-09-02', 'ko')).toBe('2012년 9월 2일');
    expect(formatMonth('2016-02-07', 'ja')).toBe('2016年2月');
    expect(formatYear(2012, 'ko')).toBe('2012년');
    expect(formatDay('not a day', 'ko')).toBe('not a day');
  });

  it('write the clock as newspapers do: 오전/오후 and a 12-hour clock in Korean, a 24-hour clock in Japanese', () => {
    expect(formatClock('09:49', 'en')).toBe('09:49');
    expect(['09:49', '00:30', '12:07', '21:05', '09:00'].map((t) => formatClock(t, 'ko'))).toEqual(['오전 9시 49분', '오전 0시 30분', '오후 12시 7분', '오후 9시 5분', '오전 9시']);
    expect(['09:49', '00:30', '21:05', '09:00'].map((t) => formatClock(t, 'ja'))).toEqual(['9時49分', '0時30分', '21時05分', '9時']);
  });
});

describe('the edition a reader gets', () => {
  it('is the link\'s own; else English in an embed; else the first of the reader\'s languages that has an edition', () => {
    expect(editionLocale('ja', true, ['ko'])).toBe('ja');
    expect(editionLocale(null, true, ['ko-KR'])).toBe('en');
    expect(editionLocale(null, false, ['fr-FR', 'ko-KR', 'en'])).toBe('ko');
    expect(editionLocale(null, false, ['fr-FR'])).toBe('en');
    expect(preferredLocale(['JA-jp'])).toBe('ja');
  });
});

describe('language marks', () => {
  it('split text into runs, each marked run with its language, and come off for plain text', () => {
    const text = '그는 “{{en|We have concluded}}”(번역: 결론을 내렸다)라고 말했다';
    expect(langSpans(text)).toEqual([{ text: '그는 “' }, { text: 'We have concluded', lang: 'en' }, { text: '”(번역: 결론을 내렸다)라고 말했다' }]);
    expect(plainText(text)).toBe('그는 “We have concluded”(번역: 결론을 내렸다)라고 말했다');
    expect(langSpans(markLang('Unha-3', 'en'))).toEqual([{ text: 'Unha-3', lang: 'en' }]);
    // Text with braces of its own cannot be marked: it is shown as it is.
    expect(markLang('a {b}', 'en')).toBe('a {b}');
    expect(langSpans('{{fr|non}}')).toEqual([{ text: '{{fr|non}}' }]);
  });
});
