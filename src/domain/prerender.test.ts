import { describe, expect, it } from 'vitest';
import { canHydrate, datasetFingerprint, showsPrerenderedView, VIEW_PARAMS } from './prerender.ts';
import { DEFAULT_URL_STATE, parseUrlState, toSearchParams, type UrlState } from './urlState.ts';

const state = (search: string) => parseUrlState(new URLSearchParams(search)).state;

describe('canHydrate', () => {
  it('accepts the default dataset in the full page, whatever else the URL asks for', () => {
    for (const search of ['', '?data=launches', '?launch=2016-02-07-kwangmyongsong-4', '?outcome=failure&view=list', '?theme=dark&from=2012&to=2013', '?about=sources', '?embed=0']) {
      expect(canHydrate(state(search)), search).toBe(true);
    }
  });

  it('refuses an embed (other chrome) and another dataset (other content)', () => {
    for (const search of ['?embed=1', '?embed=true', '?data=synthetic-1000', '?data=Bad%20Name', '?embed=1&data=launches']) {
      expect(canHydrate(state(search)), search).toBe(false);
    }
  });

  it('accepts in the embed page only embeds of the default dataset', () => {
    for (const search of ['?embed=1', '?embed=true&launch=2016-02-07-kwangmyongsong-4', '?embed=1&data=launches&theme=dark']) {
      expect(canHydrate(state(search), 'embed'), search).toBe(true);
    }
    for (const search of ['', '?embed=0', '?embed=1&data=synthetic-1000']) {
      expect(canHydrate(state(search), 'embed'), search).toBe(false);
    }
  });
});

describe('showsPrerenderedView', () => {
  const shows = (search: string) => showsPrerenderedView(new URLSearchParams(search));

  it('paints the markup for the default view, in any theme, with parameters the app ignores', () => {
    for (const search of ['', '?data=launches', '?theme=dark', '?embed=1', '?utm_source=newsletter&fbclid=x']) expect(shows(search), search).toBe(true);
  });

  it('hides it for any other view, also one named empty or wrongly (the app then shows a notice)', () => {
    for (const search of ['?launch=2016-02-07-kwangmyongsong-4', '?outcome=failure', '?view=list', '?context=1', '?from=2012&to=2013', '?to=2013', '?about=sources', '?group=site', '?launch=', '?group=rocket', '?outcome=nonsense']) {
      expect(shows(search), search).toBe(false);
    }
  });

  it('knows every parameter that changes the view: a URL state with every field changed names only these, data, embed and theme', () => {
    const everything: UrlState = {
      data: 'synthetic-1000',
      launch: '2016-02-07-kwangmyongsong-4',
      outcomes: ['failure'],
      context: true,
      view: 'list',
      window: { from: '2012-01-01', to: '2013-12-31' },
      embed: true,
      theme: 'dark',
      about: 'sources',
      group: 'site',
      lang: 'ko',
    };
    // A field added to UrlState without a value above fails to typecheck; one whose parameter is
    // missing from VIEW_PARAMS fails here.
    expect(Object.keys(everything).sort()).toEqual(Object.keys(DEFAULT_URL_STATE).sort());
    expect([...toSearchParams(everything).keys()].filter((key) => !['data', 'embed', 'theme', 'lang'].includes(key)).sort()).toEqual([...VIEW_PARAMS].sort());
  });

  it('any other parameter leaves the view as it is, with no notice', () => {
    for (const key of ['utm_source', 'ref', 'gclid', 'x']) expect(parseUrlState(new URLSearchParams({ [key]: 'anything' }))).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
});

describe('datasetFingerprint', () => {
  const data = { id: 'launches', launches: [{ id: 'a', launchedAt: new Date('2012-12-12T00:49:00Z') }] };

  it('is the same for the same data and short enough for an attribute', () => {
    expect(datasetFingerprint(structuredClone(data))).toBe(datasetFingerprint(data));
    expect(datasetFingerprint(data)).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('changes with any change to the data', () => {
    const changed = { ...data, launches: [{ id: 'a', launchedAt: new Date('2012-12-12T00:49:01Z') }] };
    expect(datasetFingerprint(changed)).not.toBe(datasetFingerprint(data));
    expect(datasetFingerprint({ ...data, id: 'launchez' })).not.toBe(datasetFingerprint(data));
  });
});
