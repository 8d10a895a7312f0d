import { describe, expect, it } from 'vitest';
import { apaCitation, calendarDateIn, plainCitation, viewTitle } from './citation.ts';

// A fixed "now": 5 March 2027, 23:30 UTC — already 6 March in Seoul, still 5 March in New York.
const NOW = new Date('2027-03-05T23:30:00Z');
const VIEW = {
  title: 'Kwangmyongsong-4, 7 February 2016 — North Korea’s satellite launch attempts, 1998–2023',
  version: '1.0.0',
  url: 'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4',
  updated: '2026-11-25',
};

describe('calendarDateIn', () => {
  it('gives the reader’s own date, not the UTC date', () => {
    expect(calendarDateIn(NOW, 'UTC')).toBe('2027-03-05');
    expect(calendarDateIn(NOW, 'Asia/Seoul')).toBe('2027-03-06');
    expect(calendarDateIn(NOW, 'America/New_York')).toBe('2027-03-05');
    expect(calendarDateIn(NOW, 'Asia/Kolkata')).toBe('2027-03-06');
  });

  it('falls back to the UTC date for a time zone it does not know', () => {
    expect(calendarDateIn(new Date('2027-03-05T23:30:00Z'), 'Mars/Olympus_Mons')).toBe('2027-03-05');
  });
});

describe('apaCitation', () => {
  it('names the publisher, year, title, version and retrieval date of the view', () => {
    expect(apaCitation({ ...VIEW, accessed: calendarDateIn(NOW, 'Asia/Seoul') })).toBe(
      'nk-satellite-timeline. (2026). Kwangmyongsong-4, 7 February 2016 — North Korea’s satellite launch attempts, 1998–2023 (Version 1.0.0) [Data set]. Retrieved March 6, 2027, from https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4',
    );
  });

  it('says n.d. when the data carries no date', () => {
    expect(apaCitation({ ...VIEW, updated: undefined, accessed: '2027-03-05' })).toMatch(/^nk-satellite-timeline\. \(n\.d\.\)\. /);
  });
});

describe('plainCitation', () => {
  it('fits on one line with the accessed date written out', () => {
    const text = plainCitation({ ...VIEW, accessed: '2027-03-05' });
    expect(text).toBe(
      '“Kwangmyongsong-4, 7 February 2016 — North Korea’s satellite launch attempts, 1998–2023”, nk-satellite-timeline, version 1.0.0, https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4 (accessed 5 March 2027).',
    );
    expect(text).not.toContain('\n');
  });

  it('never puts a full stop straight after the URL', () => {
    expect(plainCitation({ ...VIEW })).toMatch(/kwangmyongsong-4$/);
  });
});

describe('viewTitle', () => {
  it('puts what is open before the dataset title', () => {
    expect(viewTitle('Launches', null)).toBe('Launches');
    expect(viewTitle('Launches', 'How we know')).toBe('How we know — Launches');
  });
});
