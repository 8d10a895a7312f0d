// @vitest-environment node
// public/_headers (Netlify, Cloudflare Pages) must send exactly what `vite preview` sends, which
// is what the end-to-end tests check: the two cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../securityHeaders.ts';

const FILE = path.resolve(import.meta.dirname, '../public/_headers');

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

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(FILE, 'utf8'));

  it('sends every security header of securityHeaders.ts, with the same value, for every path', () => {
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
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
