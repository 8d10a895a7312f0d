// Property tests of the link sanitizer (docs/reliability.md): `isWebUrl` decides what may become an href, and
// SourceLink re-checks it as the last gate. Whatever string a dataset carries, the reader gets a
// link whose href is http(s) by the URL parser's own reading, or the address as plain text with
// the "link withheld" note; no `javascript:` variant (any case, whitespace or control characters
// inside) ever passes.
import { createElement } from 'react';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebUrl } from './validators.ts';
import type { Source } from './schema.ts';
// eslint-disable-next-line no-restricted-imports -- the property spans the loader's rule and the component's last gate before an href
import { SourceLink } from '../ui/SourceLink.tsx';

const RUNS = 1000;
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
// The seed is printed so any failure can be replayed with FC_SEED=<seed>.
console.log(`fast-check seed for link sanitizer properties: ${seed}`);
const params = { numRuns: RUNS, seed };

const WITHHELD = '(link withheld: not a web address)';
const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:', 'blob:', 'file:'] as const;

/** Characters the URL parser strips or that browsers have been fooled by: whitespace and C0 controls. */
const noise = fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', '\u0000', '\u0001', '\u0008', '\u001b', '\u001f', '\u00a0', '\u200b', '\ufeff');

/** `scheme` with each letter in random case and noise characters sprinkled before, inside and after it. */
function mangled(scheme: string): fc.Arbitrary<string> {
  const letters = [...scheme].map((char) => fc.boolean().map((upper) => (upper ? char.toUpperCase() : char)));
  const gaps = [...scheme, ''].map(() => fc.array(noise, { maxLength: 2 }).map((chars) => chars.join('')));
  return fc
    .tuple(fc.tuple(...letters), fc.tuple(...gaps), fc.string({ maxLength: 30 }))
    .map(([cased, between, rest]) => cased.map((char, i) => `${between[i] ?? ''}${char}`).join('') + (between[cased.length] ?? '') + rest);
}

const hostileUrl = fc.oneof(...DANGEROUS_SCHEMES.map(mangled));

/** Anything a data file might hold in `url`: random text, real web URLs, near misses, hostile schemes. */
const anyUrl = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((url) => url.replace(/^https?/, (scheme) => scheme.toUpperCase())),
  fc.tuple(fc.array(noise, { maxLength: 3 }), fc.webUrl()).map(([before, url]) => `${before.join('')}${url}`),
  fc.constantFrom('//evil.example/x', '/relative', './relative', 'http://', 'https:', 'https:evil.example', 'http:\\\\evil.example', '\\\\evil\\share'),
  hostileUrl,
);

function source(url: string, passedLoader: boolean): Source {
  return { id: 'source', publisher: 'Publisher', publisherType: 'news', title: 'Source title', url: passedLoader ? url : null, rawUrl: url };
}

/** Renders SourceLink and returns its one link's href, or null when it rendered text (checked to be the withheld form). */
function renderedHref(src: Source): string | null {
  const { container } = render(createElement(SourceLink, { source: src }));
  try {
    const links = container.querySelectorAll('a');
    if (links.length > 0) {
      expect(links).toHaveLength(1);
      return links[0]?.getAttribute('href') ?? '';
    }
    expect(container.textContent).toContain(WITHHELD);
    expect(container.querySelector('.source-link__raw')?.textContent).toBe(src.rawUrl);
    return null;
  } finally {
    cleanup();
  }
}

function isHttpHref(href: string): boolean {
  return URL.canParse(href) && ['http:', 'https:'].includes(new URL(href).protocol);
}

describe('link sanitizer properties', () => {
  it('what isWebUrl accepts, the URL parser reads as http(s) with a host, before and after the browser normalises it', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        if (!isWebUrl(url)) return;
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.hostname).not.toBe('');
        // The href a browser will follow is the normalised one: it must pass the same check.
        expect(isWebUrl(parsed.href)).toBe(true);
      }),
      params,
    );
  });

  it('never accepts javascript:, vbscript:, data:, blob: or file: in any case, with whitespace or control characters inside', () => {
    fc.assert(
      fc.property(hostileUrl, (url) => {
        expect(isWebUrl(url)).toBe(false);
        expect(renderedHref(source(url, true))).toBeNull();
      }),
      params,
    );
  });

  it('SourceLink renders any string as an http(s) link or as withheld text, whatever the loader decided', () => {
    fc.assert(
      fc.property(anyUrl, fc.boolean(), (url, trustLoader) => {
        // trustLoader: the loader passed the URL through (as it does when isWebUrl is true);
        // otherwise the component alone must hold the line.
        const href = renderedHref(source(url, trustLoader || isWebUrl(url)));
        if (href === null) return;
        expect(isHttpHref(href)).toBe(true);
        expect(isWebUrl(url)).toBe(true);
      }),
      params,
    );
  });

  it('a real web address stays a link to exactly that address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(isWebUrl(url));
        expect(renderedHref(source(url, true))).toBe(url);
      }),
      params,
    );
  });
});
