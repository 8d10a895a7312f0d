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
