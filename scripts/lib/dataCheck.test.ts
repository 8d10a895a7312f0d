// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetText, checkDirectory } from './checkDatasets.ts';

const REAL = 'public/data/launches.json';
type Json = Record<string, unknown> & { launches: Record<string, unknown>[]; sources: Record<string, unknown>[]; condemnations: Record<string, unknown>[] };

function realCopy(): Json {
  return JSON.parse(readFileSync(REAL, 'utf8')) as Json;
}

function check(data: unknown) {
  return checkDatasetText(JSON.stringify(data), 'launches.json').problems.map((p) => `${p.path}: ${p.message}`);
}

function first<T>(list: T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('the real dataset has an empty list');
  return item;
}

describe('data:check on the real dataset', () => {
  it('passes with no problem at all', () => {
    expect(checkDirectory('public/data').flatMap((r) => r.problems)).toEqual([]);
  });

  it('names an unknown source id by record and field', () => {
    const data = realCopy();
    const facts = first(data.launches).facts as { sourceIds: string[] }[];
    first(facts).sourceIds = ['un-2087'];
    expect(check(data)).toContain('launches[0].facts[0].sourceIds[0]: unknown source "un-2087"');
  });

  it('names a duplicate id', () => {
    const data = realCopy();
    const second = data.condemnations[1];
    if (!second) throw new Error('need two condemnations');
    second.id = first(data.condemnations).id;
    expect(check(data)).toContain(`condemnations[1].id: duplicate id "${String(second.id)}" (first at condemnations[0]); record skipped`);
  });

  it('names an impossible date without moving it to another day', () => {
    const data = realCopy();
    first(data.condemnations).date = '2013-02-30';
    expect(check(data)).toContain('condemnations[0].date: must be a real date as YYYY-MM-DD, got "2013-02-30"; record skipped');
  });

  it('names a javascript: URL', () => {
    const data = realCopy();
    first(data.sources).url = 'javascript:alert(document.domain)';
    expect(check(data)).toContain(
      'sources[0].url: must be an absolute https: or http: URL, got "javascript:alert(document.domain)"; shown as text, not as a link',
    );
  });

  it('names a file that is not JSON', () => {
    expect(checkDatasetText('{"launches": [1,]}', 'launches.json').problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('exits non-zero from the command line and prints each problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'data-check-'));
    const data = realCopy();
    first(data.sources).url = 'javascript:alert(1)';
    writeFileSync(path.join(dir, 'launches.json'), JSON.stringify(data));
    copyFileSync('public/data/dataset.schema.json', path.join(dir, 'dataset.schema.json'));
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/dataCheck.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      status = failure.status;
      output = failure.stdout;
    }
    expect(status).toBe(1);
    expect(output).toContain('sources[0].url: must be an absolute https: or http: URL');
  });
});

describe('data:check on where sources send readers, and what they say they are', () => {
  /** The real file with one source changed; its problems, by field. */
  function withSource(change: Record<string, unknown>, index = 0): string[] {
    const data = realCopy();
    Object.assign(first(data.sources.slice(index)), change);
    return check(data);
  }

  it('rejects a host name ending in a dot, saying how to write it', () => {
    expect(withSource({ url: 'https://thespacereview.com./article/4772/1' })).toEqual([
      'sources[0].url: has a host name ending in a dot ("thespacereview.com."); write the host without it ("thespacereview.com")',
    ]);
  });

  it.each([
    ['a CMS preview of an article', 'https://voa.pangea-cms.com/preview/en-US/a/south-korea-to-shut-down-inter-korean-industrial-park/3184603.html', ['preview address', 'content-management']],
    ['a preview host', 'https://preview.www.huffpost.com/topic/norad', ['preview address']],
    ['a WordPress draft', 'https://example-news.com/?p=66762&preview=true', ['draft preview']],
    ['a WordPress admin page', 'https://example-news.com/wp-admin/post.php?post=66762&action=edit', ['content-management']],
    ['a cms. host', 'https://cms.example-news.com/story/1', ['content-management']],
    ['an origin server', 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/14921266', ['origin server']],
  ])('rejects %s, naming the source and the field', (_name, url, fragments) => {
    const problems = withSource({ url }, 5);
    expect(problems).toHaveLength(fragments.length);
    fragments.forEach((fragment, i) => expect(problems[i]).toMatch(new RegExp(`^sources\\[5\\]\\.url: .*${fragment}`)));
  });

  it('accepts a published WordPress post addressed by its plain permalink', () => {
    expect(withSource({ url: 'https://agenparl.eu/?p=3871581' })).toEqual([]);
  });

  it('rejects a made-up title in brackets and accepts it as a marked descriptive title', () => {
    expect(withSource({ title: '[US will not go forward with food aid]' })).toEqual([
      'sources[0].title: is a made-up title in brackets; write what the page is without brackets and set "descriptiveTitle": true, or use the page\'s own headline',
    ]);
    expect(withSource({ title: 'Report: the US will not go forward with food aid', descriptiveTitle: true })).toEqual([]);
  });

  it('asks every source to say what it is, and a copy where it was read', () => {
    const data = realCopy();
    delete first(data.sources).provenance;
    expect(check(data)).toEqual(['sources[0].provenance: is missing; say whether the page is the "original", a "republication" (with "via") or an "archive-copy" (with "via")']);
    expect(withSource({ provenance: 'archive-copy' })).toEqual(['sources[0].via: is missing; a source whose provenance is "archive-copy" must say which site the copy was read on']);
    expect(withSource({ provenance: 'original', via: 'FAS' }, 10)).toEqual(['sources[10].via: is only for a copy; set provenance to "republication" or "archive-copy", or remove via']);
  });

  it('asks every launch to say who measured or claimed its time, naming it by its place in the file', () => {
    const data = realCopy();
    const last = data.launches[data.launches.length - 1];
    if (!last) throw new Error('no launches');
    delete last.timeSource;
    expect(check(data)).toEqual([`launches[${data.launches.length - 1}].timeSource: is missing; say who measured or claimed the launch time`]);
  });
});
