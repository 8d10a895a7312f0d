import { describe, expect, it } from 'vitest';
import { parseDataset, titleForRange, type ParseResult } from './parseDataset.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

function expectOk(result: ParseResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

function messages(result: ParseResult): string[] {
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseDataset', () => {
  it('turns valid JSON into typed data with instants parsed and launches in time order', () => {
    const result = expectOk(parseDataset(makeDataset()));
    expect(result.problems).toEqual([]);
    expect(result.dataset.launches.map((l) => l.id)).toEqual(['1998-08-31-sat-a', '2012-12-12-sat-b', '2023-05-31-sat-c']);
    expect(result.dataset.launches[0]?.launchedAt).toEqual(new Date('1998-08-31T03:07:00Z'));
    expect(result.dataset.sources[0]?.url).toBe('https://press.un.org/en/2013/sc10891.doc.htm');
  });

  it.each([null, [], 'text', 42, true])('rejects a top level that is not an object (%j)', (value) => {
    const result = parseDataset(value);
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(/top level must be a JSON object/);
  });

  it('rejects the file when a list is not an array, naming the field', () => {
    const data = { ...makeDataset(), launches: { a: 1 } };
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(['launches: must be an array, got an object']);
  });

  it('rejects the file when a required header field is missing', () => {
    const { updated: _drop, ...data } = makeDataset();
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(/^updated: is missing/);
  });

  it('skips only a launch with an impossible date and says which and why', () => {
    const data = makeDataset();
    const bad = data.launches[1];
    if (!bad) throw new Error('fixture');
    bad.launchedAt = '1998-02-30T03:07:00Z';
    const result = expectOk(parseDataset(data));
    expect(result.dataset.launches.map((l) => l.id)).toEqual(['2012-12-12-sat-b', '2023-05-31-sat-c']);
    expect(result.skipped.launches).toEqual({ skipped: 1, total: 3 });
    expect(messages(result)).toEqual([
      'launches[1].launchedAt: must be a real UTC instant as YYYY-MM-DDTHH:MM:SSZ, got "1998-02-30T03:07:00Z"; record skipped',
    ]);
  });

  it('skips a launch outside the dataset range rather than moving it', () => {
    const data = makeDataset();
    const bad = data.launches[0];
    if (!bad) throw new Error('fixture');
    bad.launchedAt = '2024-05-27T13:44:00Z';
    const result = expectOk(parseDataset(data));
    expect(result.dataset.launches).toHaveLength(2);
    expect(messages(result)[0]).toMatch(/^launches\[0\]\.launchedAt: 2024-05-27T13:44:00Z is outside the dataset range/);
  });

  it('names an unknown outcome with the allowed values', () => {
    const data = makeDataset();
    Object.assign(data.launches[0] ?? {}, { outcome: 'exploded' });
    const result = expectOk(parseDataset(data));
    expect(messages(result)[0]).toBe('launches[0].outcome: must be one of ("success" | "failure" | "partial"), got "exploded"; record skipped');
  });

  it('names a duplicate id and keeps the first record', () => {
    const data = makeDataset();
    const copy = { ...data.launches[0], payload: 'Impostor' };
    data.launches.push(copy as (typeof data.launches)[number]);
    const result = expectOk(parseDataset(data));
    expect(result.dataset.launches.find((l) => l.id === '2012-12-12-sat-b')?.payload).toBe('Sat B');
    expect(messages(result)).toEqual(['launches[3].id: duplicate id "2012-12-12-sat-b" (first at launches[0]); record skipped']);
  });

  it('drops a fact that cites an unknown source and names the reference', () => {
    const data = makeDataset();
    const fact = data.launches[1]?.facts[0];
    if (!fact) throw new Error('fixture');
    fact.sourceIds = ['un-2087'];
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toEqual([
      'launches[1].facts[0].sourceIds[0]: unknown source "un-2087"',
      'launches[1].facts[0]: no known source left; fact not shown',
    ]);
    expect(result.dataset.launches[0]?.facts.map((f) => f.text)).toEqual(['Claim A2']);
  });

  it('skips a condemnation that points only at a launch that does not exist', () => {
    const data = makeDataset();
    const c = data.condemnations[0];
    if (!c) throw new Error('fixture');
    c.launchIds = ['1999-01-01-nothing'];
    const result = expectOk(parseDataset(data));
    expect(result.dataset.condemnations).toEqual([]);
    expect(messages(result)[0]).toBe('condemnations[0].launchIds[0]: unknown launch "1999-01-01-nothing"');
  });

  it('keeps a source with a hostile link but never as a link', () => {
    const data = makeDataset();
    const s = data.sources[1];
    if (!s) throw new Error('fixture');
    s.url = 'javascript:alert(1)';
    const result = expectOk(parseDataset(data));
    expect(result.dataset.sources[1]).toMatchObject({ url: null, rawUrl: 'javascript:alert(1)' });
    expect(result.dataset.launches).toHaveLength(3);
    expect(messages(result)[0]).toMatch(/^sources\[1\]\.url: must be an absolute https: or http: URL/);
  });

  it('drops unknown keys, names them, and never touches Object.prototype', () => {
    const text = JSON.stringify(makeDataset()).replace('"schemaVersion":1', '"schemaVersion":1,"__proto__":{"polluted":true},"extra":1');
    const result = expectOk(parseDataset(JSON.parse(text)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(messages(result)).toEqual(['__proto__: unknown key, ignored', 'extra: unknown key, ignored']);
  });

  it('names a typo in a record field', () => {
    const data = makeDataset();
    Object.assign(data.sources[0] ?? {}, { publishd: '2013' });
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toEqual(['sources[0].publishd: unknown key, ignored']);
  });

  it('rejects a correction pointing at an unknown record', () => {
    const data = makeDataset();
    Object.assign(data, { corrections: [{ id: 'c1', date: '2026-11-25', recordId: 'nope', summary: 'x', reason: 'y' }] });
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toEqual(['corrections[0].recordId: unknown record "nope"; correction skipped']);
  });

  it('caps text length', () => {
    const data = makeDataset();
    Object.assign(data.launches[0] ?? {}, { summary: 'x'.repeat(1001) });
    const result = expectOk(parseDataset(data));
    expect(messages(result)[0]).toBe('launches[0].summary: must be at most 1000 characters; record skipped');
  });
});

describe('parseDataset size limits', () => {
  it('refuses a file with more launches than the limit, before reading any', () => {
    const data = { ...makeDataset(), launches: Array.from({ length: 20_001 }, () => ({})) };
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(['launches: has 20001 records; the limit is 20000']);
  });
  it('keeps a source whose copy is not said to be read anywhere, or which names a site for an original, and says so', () => {
    const data = makeDataset();
    const [un, news] = data.sources;
    if (!un || !news) throw new Error('fixture');
    Object.assign(un, { provenance: 'republication' });
    Object.assign(news, { provenance: 'original', via: 'Some site' });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.sources.map((s) => s.id)).toEqual(['src-un', 'src-news']);
    expect(messages(result)).toEqual([
      'sources[0].via: is missing; a source whose provenance is "republication" must say which site the copy was read on',
      'sources[1].via: is only for a copy; set provenance to "republication" or "archive-copy", or remove via',
    ]);
  });

  it('reads what a source is, a descriptive title, a note, a launch time’s source and a response’s latest day', () => {
    const data = makeDataset();
    Object.assign(data.sources[0] ?? {}, { provenance: 'archive-copy', via: 'A web archive', descriptiveTitle: true, note: 'Retitled.' });
    Object.assign(data.launches[1] ?? {}, { timeSource: 'KCNA (North Korea’s announcement)' });
    Object.assign(data.condemnations[0] ?? {}, { dateQualifier: 'on-or-before', kind: 'press-elements' });
    const result = expectOk(parseDataset(data));
    expect(result.problems).toEqual([]);
    expect(result.dataset.sources[0]).toMatchObject({ provenance: 'archive-copy', via: 'A web archive', descriptiveTitle: true, note: 'Retitled.' });
    expect(result.dataset.launches[0]?.timeSource).toBe('KCNA (North Korea’s announcement)');
    expect(result.dataset.condemnations[0]).toMatchObject({ dateQualifier: 'on-or-before', kind: 'press-elements' });
  });

  it('names an unknown provenance or date qualifier with the allowed values', () => {
    const sourceData = makeDataset();
    Object.assign(sourceData.sources[1] ?? {}, { provenance: 'mirror' });
    expect(messages(expectOk(parseDataset(sourceData)))).toContain(
      'sources[1].provenance: must be one of ("original" | "republication" | "archive-copy"), got "mirror"; record skipped',
    );
    const responseData = makeDataset();
    Object.assign(responseData.condemnations[0] ?? {}, { dateQualifier: 'about' });
    expect(messages(expectOk(parseDataset(responseData)))).toEqual(['condemnations[0].dateQualifier: must be one of "on-or-before", got "about"; record skipped']);
  });
});

describe('titleForRange', () => {
  it('shows the years of the range in a title that ends in its period', () => {
    expect(titleForRange("North Korea's satellite launch attempts, 1998–2023", { start: '1998-01-01', end: '2024-12-31' })).toBe("North Korea's satellite launch attempts, 1998–2024");
    expect(titleForRange('Launches, 1998-2023', { start: '2023-01-01', end: '2023-12-31' })).toBe('Launches, 2023');
  });

  it('leaves any other title as written', () => {
    expect(titleForRange('Fixture launches', { start: '1998-01-01', end: '2024-12-31' })).toBe('Fixture launches');
    expect(titleForRange('Launches since 1998', { start: '1998-01-01', end: '2024-12-31' })).toBe('Launches since 1998');
  });
});
