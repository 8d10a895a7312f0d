import { describe, expect, it } from 'vitest';
import { isCalendarDate, isPartialDate, isWebUrl, parseUtcInstant } from './validators.ts';

describe('isCalendarDate', () => {
  it.each(['1998-08-31', '2024-02-29', '2000-02-29', '2023-12-31'])('accepts the real day %s', (day) => {
    expect(isCalendarDate(day)).toBe(true);
  });
  it.each(['2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-4-1', '20230401', '2023-04-01T00:00Z', ' 2023-04-01', ''])(
    'rejects %j instead of rolling it over',
    (day) => {
      expect(isCalendarDate(day)).toBe(false);
    },
  );
});

describe('isPartialDate', () => {
  it.each(['2012', '2012-12', '2012-12-12'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2012-13', '2012-02-30', '12', 'Dec 2012'])('rejects %s', (d) => expect(isPartialDate(d)).toBe(false));
});

describe('parseUtcInstant', () => {
  it('parses an instant with and without seconds', () => {
    expect(parseUtcInstant('2012-12-12T00:49:00Z')?.toISOString()).toBe('2012-12-12T00:49:00.000Z');
    expect(parseUtcInstant('2023-05-30T21:27Z')?.toISOString()).toBe('2023-05-30T21:27:00.000Z');
  });
  it('keeps two-digit years as written instead of mapping them to 19xx', () => {
    expect(parseUtcInstant('0098-08-31T03:07:00Z')?.getUTCFullYear()).toBe(98);
  });
  it.each(['2023-02-30T00:00:00Z', '2023-05-30T24:00:00Z', '2023-05-30T21:60Z', '2023-05-30T21:27:00', '2023-05-30T21:27:00+09:00', '2023-05-30', 'yesterday'])(
    'rejects %j',
    (value) => {
      expect(parseUtcInstant(value)).toBeUndefined();
    },
  );
});

describe('isWebUrl', () => {
  it.each(['https://press.un.org/en/2013/sc10891.doc.htm', 'http://fas.org/news/dprk/1998/dprk-980904a.htm', 'https://m.newspic.kr/view.html?cp=L1SvO37V&nid=1'])('accepts %s', (url) => {
    expect(isWebUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/uuid',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org/protocol-relative',
    'ftp://example.org/',
    '',
  ])('rejects %j', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
});
