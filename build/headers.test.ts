// @vitest-environment node
// dist/_headers (Netlify, Cloudflare Pages) is written by the build from build/securityHeaders.ts, as
// `vite preview` (what the end-to-end tests see) sends them: the two cannot drift apart.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, headersFile, securityHeaders } from './securityHeaders.ts';

/** Netlify's format: a path line, then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current === null || colon < 0) throw new Error(`_headers: a header line outside a path block or without a colon: ${line}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const STYLE = cspHash('.a{color:red}');

describe('the _headers file the build writes', () => {
  const rules = parseHeadersFile(headersFile(securityHeaders([STYLE])));

  it('sends every security header of build/securityHeaders.ts, with the same value, for every path', () => {
    expect([...rules.keys()]).toEqual(['/*']);
    expect(rules.get('/*')).toEqual(securityHeaders([STYLE]));
  });

  it('allows the inline stylesheet by its hash, and no other inline style', () => {
    expect(rules.get('/*')?.['Content-Security-Policy']).toContain(`style-src 'self' ${STYLE};`);
    expect(contentSecurityPolicy([STYLE])).not.toMatch(/unsafe-inline|unsafe-hashes/);
  });

  it('never forbids framing: no X-Frame-Options, and the CSP says who may embed', () => {
    for (const headers of rules.values()) {
      expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
    }
    expect(rules.get('/*')?.['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors [^;]+/);
  });

  it('is read the way Netlify reads it', () => {
    expect(parseHeadersFile('# c\n/*\n  A: 1; b\n/x\n  B: 2\n')).toEqual(
      new Map([
        ['/*', { A: '1; b' }],
        ['/x', { B: '2' }],
      ]),
    );
  });
});

describe('cspHash', () => {
  it("is the browser's 'sha256-…' source: base64 of the SHA-256 of the UTF-8 text", () => {
    // echo -n 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(cspHash('body{margin:0}')).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(cspHash('–')).not.toBe(cspHash('-'));
  });
});
