import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMBED_MESSAGE,
  MAX_EMBED_HEIGHT,
  embedFrameIds,
  embedHeight,
  embedSnippet,
  embedSrc,
  fullPageUrl,
  heightMessages,
  hostOrigin,
  parseHostMessage,
  stateMessage,
} from './embedMessages.ts';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from './urlState.ts';
import type { Outcome } from '../data/schema.ts';

const KNOWN = new Set(['2012-12-12-kwangmyongsong-3-unit-2', '2016-02-07-kwangmyongsong-4']);
const NO_PYM = { childId: null, frameId: 'launches' };

describe('heightMessages', () => {
  it('speaks our own, AMP and Datawrapper dialects, rounded up to whole pixels', () => {
    expect(heightMessages(812.2, NO_PYM)).toEqual([
      { type: 'nk-timeline:height', version: 1, height: 813 },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      { 'datawrapper-height': { launches: 813 } },
    ]);
  });

  it('adds the pym.js string only when the src carried a childId', () => {
    const messages = heightMessages(640, { childId: 'nk-embed', frameId: 'launches' });
    expect(messages).toHaveLength(4);
    expect(messages[3]).toBe('pymxPYMxnk-embedxPYMxheightxPYMx640');
  });

  it('sends nothing for a height that is not finite, not positive or beyond the bound', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, MAX_EMBED_HEIGHT + 1, 1e12]) {
      expect(heightMessages(bad, NO_PYM)).toEqual([]);
    }
    expect(embedHeight(MAX_EMBED_HEIGHT)).toBe(MAX_EMBED_HEIGHT);
  });

  it('never sends a height outside 1…MAX for any number', () => {
    fc.assert(
      fc.property(fc.double(), (h) => {
        const own = heightMessages(h, NO_PYM)[0];
        if (own === undefined) return;
        expect(typeof own === 'object' && 'height' in own && own.height >= 1 && own.height <= MAX_EMBED_HEIGHT).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('embedFrameIds', () => {
  it('takes the pym childId and the Datawrapper key from the query', () => {
    expect(embedFrameIds('?embed=1&childId=graphic-1&id=dw-chart', 'launches')).toEqual({ childId: 'graphic-1', frameId: 'dw-chart' });
  });

  it('falls back to the dataset id and drops ids with unsafe characters', () => {
    expect(embedFrameIds('?embed=1', 'launches')).toEqual({ childId: null, frameId: 'launches' });
    expect(embedFrameIds('?childId=a"><script>&id=x%20y', 'launches')).toEqual({ childId: null, frameId: 'launches' });
  });
});

describe('the WordPress dialect', () => {
  it('answers a frame WordPress gave a secret with its height message, and only such a frame', () => {
    const ids = embedFrameIds('?embed=1', 'launches', '#?secret=Ab3dE6gH9k');
    expect(ids.wpSecret).toBe('Ab3dE6gH9k');
    expect(heightMessages(700.4, ids)).toContainEqual({ message: 'height', value: 701, secret: 'Ab3dE6gH9k' });
    expect(heightMessages(700, NO_PYM).some((m) => typeof m === 'object' && 'message' in m)).toBe(false);
  });

  it('takes no secret that WordPress would refuse or could not have written', () => {
    for (const hash of ['', '#?secret=', '#?secret=a"b', '#secret=abc', '#?secret=abc&x=1', `#?secret=${'a'.repeat(65)}`]) {
      expect(embedFrameIds('', 'launches', hash).wpSecret, hash).toBeUndefined();
    }
  });
});

describe('stateMessage', () => {
  it('carries only the opened launch or null', () => {
    expect(stateMessage('2016-02-07-kwangmyongsong-4')).toEqual({ type: 'nk-timeline:state', version: 1, launch: '2016-02-07-kwangmyongsong-4' });
    expect(stateMessage(null)).toEqual({ type: 'nk-timeline:state', version: 1, launch: null });
  });
});

describe('parseHostMessage', () => {
  it('accepts hello, ping and a select of a launch in the dataset', () => {
    expect(parseHostMessage({ type: 'nk-timeline:hello', version: 1 }, KNOWN)).toEqual({ type: 'hello' });
    expect(parseHostMessage({ type: 'nk-timeline:ping' }, KNOWN)).toEqual({ type: 'ping' });
    expect(parseHostMessage({ type: 'nk-timeline:select', id: '2016-02-07-kwangmyongsong-4' }, KNOWN)).toEqual({
      type: 'select',
      id: '2016-02-07-kwangmyongsong-4',
    });
  });

  it('ignores unknown ids, URLs, non-strings and everything that is not a plain object of a known type', () => {
    const bad: unknown[] = [
      { type: 'nk-timeline:select', id: '2099-01-01-nothing' },
      { type: 'nk-timeline:select', id: 'javascript:alert(1)' },
      { type: 'nk-timeline:select', id: 'https://evil.example/' },
      { type: 'nk-timeline:select', id: ['2016-02-07-kwangmyongsong-4'] },
      { type: 'nk-timeline:select', id: { toString: () => '2016-02-07-kwangmyongsong-4' } },
      { type: 'nk-timeline:select' },
      { type: 'nk-timeline:state', launch: '2016-02-07-kwangmyongsong-4' },
      { type: 'nk-timeline:height', height: 100 },
      { type: ['nk-timeline:hello'] },
      'nk-timeline:hello',
      'pymxPYMxidxPYMxwidthxPYMx400',
      ['nk-timeline:hello'],
      null,
      undefined,
      42,
      Object.create({ type: 'nk-timeline:hello' }),
    ];
    for (const data of bad) expect(parseHostMessage(data, KNOWN)).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withSparseArray: true, withBigInt: true }), (data) => {
        expect(() => parseHostMessage(data, KNOWN)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts a select only when its id is a slug the dataset knows', () => {
    const id = fc.oneof(fc.constantFrom(...KNOWN), fc.string(), fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/));
    const extra = fc.dictionary(fc.string().filter((k) => k !== 'type' && k !== 'id'), fc.anything());
    fc.assert(
      fc.property(id, extra, (candidate, rest) => {
        const result = parseHostMessage({ ...rest, type: EMBED_MESSAGE.select, id: candidate }, KNOWN);
        if (KNOWN.has(candidate)) expect(result).toEqual({ type: 'select', id: candidate });
        else expect(result).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts nothing whose type is not one of the three host types', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (type, id) => {
        fc.pre(type !== EMBED_MESSAGE.hello && type !== EMBED_MESSAGE.ping && type !== EMBED_MESSAGE.select);
        expect(parseHostMessage({ type, id }, KNOWN)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostOrigin', () => {
  it('keeps an http(s) origin and refuses opaque or malformed ones', () => {
    expect(hostOrigin('https://news.example')).toBe('https://news.example');
    expect(hostOrigin('http://127.0.0.1:4174')).toBe('http://127.0.0.1:4174');
    for (const bad of ['null', '', '*', 'file://', 'https://news.example/path', 'javascript:alert(1)']) expect(hostOrigin(bad)).toBeNull();
  });
});

describe('embed URLs and snippet', () => {
  const state: UrlState = { ...DEFAULT_URL_STATE, launch: '2016-02-07-kwangmyongsong-4', outcomes: ['success'], theme: 'dark' };

  it('pins the view in the src with embed=1, and the full page link drops it', () => {
    const src = embedSrc('https://news.example/timeline/', state);
    expect(src).toBe('https://news.example/timeline/embed.html?launch=2016-02-07-kwangmyongsong-4&outcome=success&theme=dark&embed=1');
    expect(parseUrlState(new URL(src).searchParams).state).toEqual({ ...state, embed: true });
    expect(fullPageUrl('https://news.example/timeline/', { ...state, embed: true })).toBe(
      'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4&outcome=success&theme=dark',
    );
  });

  it('carries the arrangement the editor chose into the embed and back to the full page', () => {
    const grouped = { ...state, group: 'site' as const };
    expect(embedSrc('https://news.example/timeline/', grouped)).toContain('&group=site&embed=1');
    expect(fullPageUrl('https://news.example/timeline/', { ...grouped, embed: true })).toMatch(/&group=site$/);
  });

  it('is relative to the page before the page knows its own address (prerendered, hydrating)', () => {
    expect(fullPageUrl('', { ...state, embed: true })).toBe('./?launch=2016-02-07-kwangmyongsong-4&outcome=success&theme=dark');
    expect(fullPageUrl('', { ...DEFAULT_URL_STATE, embed: true })).toBe('./');
    expect(embedSrc('', DEFAULT_URL_STATE)).toBe('embed.html?embed=1');
  });

  it('ignores any query or hash already on the base URL', () => {
    expect(embedSrc('https://news.example/t/?embed=1&childId=x#nk', DEFAULT_URL_STATE)).toBe('https://news.example/t/embed.html?embed=1');
  });

  it('writes the recommended snippet with escaped attributes and the helper script beside the app', () => {
    const snippet = embedSnippet({ baseUrl: 'https://news.example/timeline/', state, title: 'Interactive timeline: "NK" <launches> & more' });
    expect(snippet).toBe(
      [
        '<iframe src="https://news.example/timeline/embed.html?launch=2016-02-07-kwangmyongsong-4&amp;outcome=success&amp;theme=dark&amp;embed=1"',
        '  title="Interactive timeline: &quot;NK&quot; &lt;launches&gt; &amp; more"',
        '  style="width:100%;height:560px;border:0" loading="lazy"',
        '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
        '<script src="https://news.example/timeline/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('round-trips any view through the snippet src', () => {
    const arbitraryState = fc.record({
      launch: fc.constantFrom(null, ...KNOWN),
      outcomes: fc.constantFrom<Outcome[] | null>(null, [], ['success'], ['failure', 'partial']),
      context: fc.boolean(),
      view: fc.constantFrom('timeline' as const, 'list' as const),
      theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    });
    fc.assert(
      fc.property(arbitraryState, (partial) => {
        const view = { ...DEFAULT_URL_STATE, ...partial };
        const snippet = embedSnippet({ baseUrl: 'https://news.example/', state: view, title: 't' });
        const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
        expect(parseUrlState(new URL(src).searchParams).state).toEqual({ ...view, embed: true });
      }),
      { numRuns: 200 },
    );
  });
});
