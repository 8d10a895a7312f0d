// @vitest-environment node
// index.html's inline script (embed.html has the same one) decides, before the first paint, what
// main.tsx decides later: which URLs may show the page's prerendered timeline (canHydrate), the
// theme, and whether the default dataset will be asked for (then it is preloaded).
// It runs only if the CSP allows it by hash: the hash is checked here against every copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, INDEX_SCRIPT_HASH } from './securityHeaders.ts';
import { DEFAULT_DATASET } from '../src/data/datasetName.ts';
import { canHydrate, PRERENDERED_PAGES, showsPrerenderedView, VIEW_PARAMS, type PrerenderedPage } from '../src/domain/prerender.ts';
import { editionLocale } from '../src/domain/i18n/locale.ts';
import { parseUrlState } from '../src/domain/urlState.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const INDEX = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
const SCRIPTS = [...INDEX.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
const GATE = SCRIPTS[0] ?? '';
const HASH = cspHash(GATE);

/** Runs the gate in `page` (index.html, or embed.html as the build marks it) at `search`; what it left on <html> and in <head>. */
function runGate(search: string, page: PrerenderedPage) {
  const html = page === 'embed' ? '<html lang="en" data-page="embed">' : '<html lang="en">';
  const file = page === 'embed' ? 'embed.html' : '';
  const { window } = new JSDOM(`<!doctype html>${html}<head><script>${GATE}</script></head><body></body></html>`, { url: `https://example.org/timeline/${file}${search}`, runScripts: 'dangerously' });
  const preload = window.document.querySelector('link[rel="preload"]');
  return {
    skip: window.document.documentElement.dataset.prerender === 'skip',
    hidden: window.document.documentElement.dataset.prerender === 'hidden',
    theme: window.document.documentElement.dataset.theme ?? null,
    embed: window.document.documentElement.dataset.embed === 'true',
    preload: preload && { as: preload.getAttribute('as'), crossorigin: preload.getAttribute('crossorigin'), href: preload.getAttribute('href') },
  };
}

function expectAgreement(search: string) {
  const { state } = parseUrlState(new URLSearchParams(search));
  for (const page of PRERENDERED_PAGES) {
    const gate = runGate(search, page);
    // jsdom's navigator speaks en-US: the page's own edition is English unless the URL says otherwise.
    const locale = editionLocale(state.lang, state.embed, ['en-US']);
    expect(gate.skip, `${page} ${search}`).toBe(!canHydrate(state, page, locale));
    expect(gate.hidden, `${page} ${search}`).toBe(canHydrate(state, page, locale) && !showsPrerenderedView(new URLSearchParams(search)));
    expect(gate.theme, `${page} ${search}`).toBe(state.theme);
    expect(gate.embed, `${page} ${search}`).toBe(state.embed);
    expect(gate.preload, `${page} ${search}`).toEqual(state.data === DEFAULT_DATASET ? { as: 'fetch', crossorigin: 'anonymous', href: `./data/${DEFAULT_DATASET}.json` } : null);
  }
}

describe("index.html's inline script", () => {
  it('is the only inline script, and the CSP allows it by its hash', () => {
    expect(SCRIPTS).toHaveLength(1);
    // On failure, the expected value is INDEX_SCRIPT_HASH for build/securityHeaders.ts and docs/deploy.md.
    expect(INDEX_SCRIPT_HASH).toBe(HASH);
    expect(contentSecurityPolicy([]).split('; ').find((directive) => directive.startsWith('script-src '))).toBe(`script-src 'self' ${HASH}`);
  });

  it('decides as the app does for the URLs that matter', () => {
    for (const search of ['', '?data=launches', '?launch=2016-02-07-kwangmyongsong-4', '?outcome=failure', '?embed=1', '?embed=true', '?embed=0', '?data=synthetic-1000', '?data=Bad%20Name', '?data=', '?theme=dark', '?theme=light', '?theme=blue', '?embed=1&theme=dark&data=launches', '?view=list', '?context=1&theme=dark', '?embed=1&group=site', '?from=2012&to=2016', '?about=methodology', '?launch=', '?utm_source=x', '?lang=ko', '?lang=ja&embed=1', '?lang=en', '?lang=en&embed=1', '?lang=xx', '?lang=ko&outcome=failure']) {
      expectAgreement(search);
    }
  });

  it('decides as the app does for any set of the parameters that change the view', () => {
    fc.assert(
      fc.property(fc.subarray([...VIEW_PARAMS, 'embed', 'data', 'utm_source']), fc.string({ maxLength: 8 }), (keys, value) => {
        expectAgreement(`?${new URLSearchParams(keys.map((key) => [key, key === 'data' ? 'launches' : value]))}`);
      }),
      { numRuns: 100 },
    );
  });

  it('decides as the app does for any value of data, embed and theme', () => {
    const value = (known: string[]) => fc.option(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ data: value(['launches', 'synthetic-1000', 'LAUNCHES', 'a b', '-x', 'x'.repeat(70)]), embed: value(['1', 'true', '0', 'TRUE']), theme: value(['light', 'dark', 'Dark']) }), (params) => {
        const query = new URLSearchParams();
        for (const [key, v] of Object.entries(params)) if (v !== undefined) query.set(key, v);
        expectAgreement(`?${query}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the CSP in docs/deploy.md', () => {
  it('is, in every example, the one build/securityHeaders.ts sends, with the placeholder for the stylesheet hash', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
    const copies = [...docs.matchAll(/default-src [^"`\n]+/g)].map((match) => match[0].trim());
    expect(copies.length).toBeGreaterThanOrEqual(6);
    for (const copy of copies) expect(copy).toBe(contentSecurityPolicy(["'sha256-STYLESHEET_HASH'"]));
  });
});
