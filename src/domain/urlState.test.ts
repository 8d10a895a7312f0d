import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, sameWindow, toSearchParams, viewToWindow, windowToView, type UrlState } from './urlState.ts';
import { OUTCOMES } from '../data/schema.ts';

const parse = (query: string) => parseUrlState(new URLSearchParams(query));

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('reads every parameter of a full view', () => {
    expect(parse('data=synthetic-1000&launch=2012-12-12-kwangmyongsong-3-unit-2&outcome=failure,partial&context=1&view=list&from=2009&to=2016&theme=dark&about=sources&embed=1&group=site&lang=ja').state).toEqual({
      data: 'synthetic-1000',
      launch: '2012-12-12-kwangmyongsong-3-unit-2',
      outcomes: ['failure', 'partial'],
      context: true,
      view: 'list',
      window: { from: '2009-01-01', to: '2016-12-31' },
      embed: true,
      theme: 'dark',
      about: 'sources',
      group: 'site',
      lang: 'ja',
    });
  });

  it('reads the edition, and names a language it is not published in', () => {
    expect(parse('lang=ko').state.lang).toBe('ko');
    expect(parse('').state.lang).toBeNull();
    expect(parse('lang=fr')).toEqual({ state: DEFAULT_URL_STATE, notices: ['The link asked for a language "fr" this timeline is not published in; showing English.'] });
  });

  it('opens How we know or the Sources page from the link', () => {
    expect(parse('about=methodology').state.about).toBe('methodology');
    expect(parse('about=sources&launch=2016-02-07-kwangmyongsong-4').state).toMatchObject({ about: 'sources', launch: '2016-02-07-kwangmyongsong-4' });
  });

  it('shows the timeline, with a notice, for a page that does not exist', () => {
    const { state, notices } = parse(`about=${encodeURIComponent('<img src=x>')}`);
    expect(state.about).toBeNull();
    expect(notices).toEqual(['The link asked for a page "<img src=x>" that does not exist; showing the timeline.']);
  });

  it('drops unknown outcomes with a notice and keeps the known ones', () => {
    const { state, notices } = parse('outcome=failure,exploded');
    expect(state.outcomes).toEqual(['failure']);
    expect(notices).toEqual(['Unknown outcome filter "exploded" ignored.']);
  });

  it('merges repeated outcome parameters and takes the first of any other', () => {
    const { state } = parse('outcome=failure&outcome=success&view=list&view=timeline');
    expect(state.outcomes).toEqual(['success', 'failure']);
    expect(state.view).toBe('list');
  });

  it('swaps a reversed window instead of dropping it', () => {
    expect(parse('from=2016&to=2009').state.window).toEqual({ from: '2009-01-01', to: '2016-12-31' });
  });

  it.each(['from=2023-02-30&to=2023-03-01', 'from=abc&to=2020', 'from=2009', 'from=99999&to=100000'])('falls back to the whole period for %s', (query) => {
    const { state, notices } = parse(query);
    expect(state.window).toBeNull();
    expect(notices).toEqual(['The zoom window in the link was not understood; showing the whole period.']);
  });

  it('refuses a launch parameter that is not an id', () => {
    const { state, notices } = parse(`launch=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(state.launch).toBeNull();
    expect(notices[0]).toMatch(/not a launch id/);
  });

  it('ignores unknown themes and views', () => {
    expect(parse('theme=neon&view=grid').state).toEqual(DEFAULT_URL_STATE);
  });
});

describe('toSearchParams', () => {
  it('writes nothing for the default view', () => {
    expect(toSearchParams(DEFAULT_URL_STATE).toString()).toBe('');
  });

  it('writes years for whole-year windows and dates otherwise', () => {
    expect(toSearchParams({ ...DEFAULT_URL_STATE, window: { from: '2012-01-01', to: '2012-12-31' } }).toString()).toBe('from=2012&to=2012');
    expect(toSearchParams({ ...DEFAULT_URL_STATE, window: { from: '2012-03-05', to: '2013-01-31' } }).toString()).toBe('from=2012-03-05&to=2013-01-31');
  });

  it('keeps the open launch beside the page about the data, so closing the page goes back to it', () => {
    expect(toSearchParams({ ...DEFAULT_URL_STATE, launch: '2016-02-07-kwangmyongsong-4', about: 'methodology' }).toString()).toBe(
      'launch=2016-02-07-kwangmyongsong-4&about=methodology',
    );
  });
});

describe('the URL window and the chart window', () => {
  it("reads a URL window as whole UTC days, from the first day's start to the last day's last second", () => {
    expect(windowToView({ from: '2012-01-01', to: '2012-12-31' })).toEqual({ from: new Date('2012-01-01T00:00:00Z'), to: new Date('2012-12-31T23:59:59Z') });
    expect(windowToView(null)).toBeNull();
  });

  it('keeps the UTC day each end of a chart window falls on, whatever the time of day', () => {
    expect(viewToWindow({ from: new Date('2012-03-05T23:59:59.999Z'), to: new Date('2013-01-31T00:00:00Z') })).toEqual({ from: '2012-03-05', to: '2013-01-31' });
    expect(viewToWindow(null)).toBeNull();
  });

  it('compares windows by their days', () => {
    expect(sameWindow({ from: '2012-01-01', to: '2012-12-31' }, { from: '2012-01-01', to: '2012-12-31' })).toBe(true);
    expect(sameWindow({ from: '2012-01-01', to: '2012-12-31' }, { from: '2012-01-01', to: '2012-12-30' })).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, { from: '2012-01-01', to: '2012-12-31' })).toBe(false);
  });
});

describe('grouping in the URL', () => {
  it('keeps a grouping the app offers and leaves time order out of the link', () => {
    expect(parse('group=site').state.group).toBe('site');
    expect(parse('group=family').state.group).toBe('family');
    expect(toSearchParams({ ...DEFAULT_URL_STATE, group: 'vehicle' }).toString()).toBe('group=vehicle');
    expect(toSearchParams(DEFAULT_URL_STATE).toString()).toBe('');
  });

  it('shows time order, and says so, for a grouping it does not know', () => {
    expect(parse('group=<b>payload</b>')).toEqual({
      state: DEFAULT_URL_STATE,
      notices: ['The link asked to group launches by "<b>payload</b>", which is not a grouping; showing them in time order.'],
    });
    expect(parse('group=SITE').state.group).toBeNull();
  });
});

const day = fc
  .date({ min: new Date('1998-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const urlWindow = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const validState: fc.Arbitrary<UrlState> = fc.record({
  data: fc.constantFrom('launches', 'synthetic-1000', 'x'),
  launch: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), { nil: null }),
  outcomes: fc.option(fc.subarray([...OUTCOMES]), { nil: null }).map((o) => (o && o.length === OUTCOMES.length ? null : o)),
  context: fc.boolean(),
  view: fc.constantFrom('timeline' as const, 'list' as const),
  window: fc.option(urlWindow, { nil: null }),
  embed: fc.boolean(),
  theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
  about: fc.constantFrom(null, 'methodology' as const, 'sources' as const),
  group: fc.constantFrom(null, 'vehicle' as const, 'family' as const, 'site' as const),
  lang: fc.constantFrom(null, 'en' as const, 'ko' as const, 'ja' as const),
});

describe('URL state properties', () => {
  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(toSearchParams(state).toString())).toEqual({ state, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back the same URL window after a trip through the chart', () => {
    fc.assert(
      fc.property(fc.option(urlWindow, { nil: null }), (w) => {
        expect(viewToWindow(windowToView(w))).toEqual(w);
      }),
    );
  });

  it('parses any query string without throwing, into a state that round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
        const { state } = parse(query);
        expect(parse(toSearchParams(state).toString()).state).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});
