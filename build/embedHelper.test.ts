// @vitest-environment node
// public/embed.js runs on host pages, outside the app's bundle, so it cannot import the app's
// constants and re-declares them: the largest height it applies and what a launch id looks like.
// If the two sides drift, the helper refuses heights the app sends or ids the app posts (or
// accepts what the app would never send). Its declarations are read from its source text here
// and compared with the app's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, SLUG_PATTERN } from '../src/data/validators.ts';
import { embedHeight, MAX_EMBED_HEIGHT, PROTOCOL_VERSION } from '../src/domain/embedMessages.ts';

const HELPER = readFileSync(path.resolve(import.meta.dirname, '..', 'public', 'embed.js'), 'utf8');
const LAUNCH_IDS = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'public', 'data', 'launches.json'), 'utf8')) as { launches: { id: string }[] }).launches.map((launch) => launch.id);

/** The one capture of `pattern` in the helper's source; fails when the declaration is gone or doubled. */
function declared(pattern: RegExp): string {
  const found = [...HELPER.matchAll(new RegExp(pattern.source, 'g'))];
  const value = found[0]?.[1];
  if (found.length !== 1 || value === undefined) throw new Error(`public/embed.js should declare ${pattern} exactly once; found it ${found.length} times`);
  return value;
}

const helperMax = Number(declared(/\bvar MAX = ([\d_]+);/).replace(/_/g, ''));
const [, slugSource = '', slugFlags = ''] = /^\/(.+)\/([a-z]*)$/.exec(declared(/\bvar SLUG = (\/.+\/[a-z]*);/)) ?? [];
const helperSlug = new RegExp(slugSource, slugFlags);
const helperIdLength = Number(declared(/\bv\.length <= (\d+)/));

describe('public/embed.js agrees with the app', () => {
  it("caps heights where the app does: the app's largest height is applied, one pixel more is refused by both", () => {
    expect(helperMax).toBe(MAX_EMBED_HEIGHT);
    expect(embedHeight(helperMax)).toBe(helperMax);
    expect(embedHeight(helperMax + 1)).toBeNull();
  });

  it("reads a launch id with the schema's pattern", () => {
    expect(helperSlug.source).toBe(SLUG_PATTERN.source);
    expect(helperSlug.flags).toBe(SLUG_PATTERN.flags);
    for (const id of LAUNCH_IDS) expect(helperSlug.test(id), id).toBe(true);
  });

  it('accepts ids as long as the schema allows', () => {
    expect(helperIdLength).toBeGreaterThanOrEqual(LIMITS.idLength);
  });

  it("speaks the app's protocol version", () => {
    expect(declared(/type: 'nk-timeline:' \+ type, version: (\d+)/)).toBe(String(PROTOCOL_VERSION));
    expect(declared(/d\.type === 'nk-timeline:height' && d\.version === (\d+)/)).toBe(String(PROTOCOL_VERSION));
  });
});
