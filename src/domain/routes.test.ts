import { describe, expect, it } from 'vitest';
import { canonicalAddress, parseRoute, pathBelowRoot, routeFor, routePath, splitEdition, viewParams } from './routes.ts';
import { DEFAULT_URL_STATE, parseUrlState } from './urlState.ts';

const LAUNCH = '2012-12-12-kwangmyongsong-3-unit-2';
const IDS = new Set([LAUNCH, '2016-02-07-kwangmyongsong-4']);
const state = (query: string) => parseUrlState(new URLSearchParams(query)).state;

describe('parseRoute', () => {
  it('reads a launch page and an outcome page, with or without index.html', () => {
    expect(parseRoute(`launch/${LAUNCH}/`)).toEqual({ kind: 'launch', id: LAUNCH });
    expect(parseRoute(`launch/${LAUNCH}/index.html`)).toEqual({ kind: 'launch', id: LAUNCH });
    expect(parseRoute('outcome/failure/')).toEqual({ kind: 'outcome', outcome: 'failure' });
  });

  it('is null for the root, the embed page and anything it does not know', () => {
    for (const path of ['', 'index.html', 'embed.html', 'launch/', `launch/${LAUNCH}`, 'launch/Not_A_Slug/', 'launch/a/b/', 'outcome/maybe/', 'outcome/failure,partial/', `x/launch/${LAUNCH}/`]) {
      expect(parseRoute(path), path).toBeNull();
    }
  });

  it('round-trips every route through its path', () => {
    for (const route of [{ kind: 'launch', id: LAUNCH } as const, { kind: 'outcome', outcome: 'partial' } as const]) {
      expect(parseRoute(routePath(route))).toEqual(route);
    }
  });
});

describe('viewParams', () => {
  it('gives a route page the view its path names', () => {
    expect(viewParams(`launch/${LAUNCH}/`, '').toString()).toBe(`launch=${LAUNCH}`);
    expect(viewParams('outcome/success/', '?theme=dark').toString()).toBe('outcome=success&theme=dark');
  });

  it('lets the query win over the path for the same parameter', () => {
    expect(viewParams('outcome/success/', '?outcome=failure').get('outcome')).toBe('failure');
  });

  it('keeps a repeated parameter of the query as written, for the URL parser to decide', () => {
    expect(viewParams('', '?launch=a&launch=b&outcome=success&outcome=failure').toString()).toBe('launch=a&launch=b&outcome=success&outcome=failure');
    expect(viewParams('launch/x/', '?launch=a&launch=b').getAll('launch')).toEqual(['a', 'b']);
  });

  it('is the query alone elsewhere', () => {
    expect(viewParams('', '?launch=x&view=list').toString()).toBe('launch=x&view=list');
    expect(viewParams('embed.html', '?embed=1').toString()).toBe('embed=1');
  });
});

describe('routeFor and canonicalAddress', () => {
  it('give a launch alone its page', () => {
    expect(routeFor(state(`launch=${LAUNCH}`), IDS)).toEqual({ kind: 'launch', id: LAUNCH });
    expect(canonicalAddress(state(`launch=${LAUNCH}`), IDS)).toBe(`launch/${LAUNCH}/`);
  });

  it('give one outcome alone its page', () => {
    expect(canonicalAddress(state('outcome=failure'), IDS)).toBe('outcome/failure/');
  });

  it('keep the query for any view no page shows', () => {
    expect(canonicalAddress(state(''), IDS)).toBe('./');
    expect(canonicalAddress(state(`launch=${LAUNCH}&theme=dark`), IDS)).toBe(`./?launch=${LAUNCH}&theme=dark`);
    expect(canonicalAddress(state(`launch=${LAUNCH}&outcome=success`), IDS)).toBe(`./?launch=${LAUNCH}&outcome=success`);
    expect(canonicalAddress(state('outcome=failure,partial'), IDS)).toBe('./?outcome=failure%2Cpartial');
    expect(canonicalAddress(state('outcome=failure&view=list'), IDS)).toBe('./?outcome=failure&view=list');
    expect(canonicalAddress(state(`launch=${LAUNCH}&embed=1`), IDS)).toBe(`./?launch=${LAUNCH}&embed=1`);
    expect(canonicalAddress(state(`launch=${LAUNCH}&data=synthetic-1000`), IDS)).toBe(`./?data=synthetic-1000&launch=${LAUNCH}`);
  });

  it('never points at a page the build did not make (a launch it does not know)', () => {
    expect(canonicalAddress(state('launch=1999-01-01-unknown'), IDS)).toBe('./?launch=1999-01-01-unknown');
  });
});

describe('pathBelowRoot', () => {
  it('is the part of the path under the root folder', () => {
    expect(pathBelowRoot(`/nk/launch/${LAUNCH}/`, '/nk/')).toBe(`launch/${LAUNCH}/`);
    expect(pathBelowRoot('/nk/', '/nk/')).toBe('');
    expect(pathBelowRoot('/other/', '/nk/')).toBeNull();
  });
});

describe('the editions\' folders', () => {
  const ids = new Set(['2016-02-07-kwangmyongsong-4']);

  it('read the language from the folder, unless the query names another edition', () => {
    expect(splitEdition('ko/launch/x/')).toEqual({ edition: 'ko', rest: 'launch/x/' });
    expect(splitEdition('launch/x/')).toEqual({ edition: null, rest: 'launch/x/' });
    expect(viewParams('ja/launch/2016-02-07-kwangmyongsong-4/', '').toString()).toBe('launch=2016-02-07-kwangmyongsong-4&lang=ja');
    expect(viewParams('ko/', '?outcome=failure').toString()).toBe('outcome=failure&lang=ko');
    expect(viewParams('ko/', '?lang=en').toString()).toBe('lang=en');
    // A language that is not an edition's does not take the reader out of the folder's.
    expect(viewParams('ko/', '?lang=fr').toString()).toBe('lang=ko');
  });

  it('are where a Korean or Japanese view is shared from; English stays at the root', () => {
    const launch = { ...DEFAULT_URL_STATE, launch: '2016-02-07-kwangmyongsong-4' };
    expect(canonicalAddress({ ...launch, lang: 'ko' }, ids)).toBe('ko/launch/2016-02-07-kwangmyongsong-4/');
    expect(canonicalAddress({ ...DEFAULT_URL_STATE, lang: 'ja' }, ids)).toBe('./ja/');
    expect(canonicalAddress({ ...DEFAULT_URL_STATE, lang: 'ja', view: 'list' }, ids)).toBe('./ja/?view=list');
    expect(canonicalAddress({ ...launch, lang: 'en' }, ids)).toBe('./?launch=2016-02-07-kwangmyongsong-4&lang=en');
    expect(canonicalAddress(launch, ids)).toBe('launch/2016-02-07-kwangmyongsong-4/');
  });
});
