// The story records (standfirst, annotations, vehicles, sites): loaded like any record, a bad
// one skipped and named by record and field, the rest of the file untouched.
import { describe, expect, it } from 'vitest';
import { parseDataset, type ParseResult } from './parseDataset.ts';
import { STORY_LIMITS } from './storySchema.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

type Json = Record<string, unknown>;

/** The fixture with a story: launch B ('Rocket B' at 'Site S') and C, A at T with its own rocket. */
function withStory() {
  const data = makeDataset();
  const [b, a, c] = data.launches;
  if (!a || !b || !c) throw new Error('fixture');
  Object.assign(a, { vehicleId: 'rocket-a', siteId: 'site-t' });
  Object.assign(b, { vehicleId: 'rocket-b', siteId: 'site-s' });
  Object.assign(c, { vehicleId: 'rocket-c', siteId: 'site-s' });
  const story = {
    standfirst: { text: 'An editor sentence without counts.', sourceIds: ['src-news'] },
    annotations: [
      { id: 'gap', title: 'A gap', text: 'Nothing between B and C.', anchor: { kind: 'between-launches', fromLaunchId: '2012-12-12-sat-b', toLaunchId: '2023-05-31-sat-c' }, sourceIds: ['src-news'] },
      { id: 'first', title: 'First', text: 'A was first.', anchor: { kind: 'launch', launchId: '1998-08-31-sat-a' }, sourceIds: ['src-news'] },
      { id: 'decade', title: 'A decade', text: 'A span of dates.', anchor: { kind: 'span', from: '2000-01-01', to: '2009-12-31' }, sourceIds: ['src-un'] },
    ] as Json[],
    vehicles: [
      { id: 'rocket-a', name: 'Rocket A', aliases: ['Alias A'], family: 'Old', sourceIds: ['src-news'] },
      { id: 'rocket-b', name: 'Rocket B', family: 'New', sourceIds: ['src-news'] },
      { id: 'rocket-c', name: 'Rocket C', family: 'New', sourceIds: ['src-news'] },
    ] as Json[],
    sites: [
      { id: 'site-t', name: 'Site T', shortName: 'T', region: 'East coast', lat: 40.858, lon: 129.686, sourceIds: ['src-news'] },
      { id: 'site-s', name: 'Site S', region: 'West coast', lat: 39.66, lon: 124.705, sourceIds: ['src-news'] },
    ] as Json[],
  };
  return { ...data, ...story };
}

function expectOk(result: ParseResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

const messages = (result: ParseResult) => result.problems.map((p) => `${p.path}: ${p.message}`);

function at(list: Json[], index: number): Json {
  const item = list[index];
  if (!item) throw new Error(`fixture: no record at ${index}`);
  return item;
}

describe('parseDataset: story records', () => {
  it('loads a valid story: references kept, annotations in time order, nothing to report', () => {
    const result = expectOk(parseDataset(withStory()));
    expect(result.problems).toEqual([]);
    const { dataset } = result;
    expect(dataset.standfirst).toEqual({ text: 'An editor sentence without counts.', sourceIds: ['src-news'] });
    expect(dataset.annotations.map((a) => a.id)).toEqual(['first', 'decade', 'gap']);
    expect(dataset.vehicles.find((v) => v.id === 'rocket-b')?.aliases).toEqual([]);
    expect(dataset.launches.map((l) => [l.vehicleId, l.siteId])).toEqual([
      ['rocket-a', 'site-t'],
      ['rocket-b', 'site-s'],
      ['rocket-c', 'site-s'],
    ]);
    expect(result.skipped.annotations).toEqual({ skipped: 0, total: 3 });
  });

  it('loads a file with no story at all, with empty lists and no standfirst', () => {
    const { dataset, problems } = expectOk(parseDataset(makeDataset()));
    expect(problems).toEqual([]);
    expect([dataset.standfirst, dataset.annotations, dataset.vehicles, dataset.sites]).toEqual([undefined, [], [], []]);
  });

  it('skips an annotation anchored to an unknown launch and names the field', () => {
    const data = withStory();
    Object.assign(at(data.annotations, 1), { anchor: { kind: 'launch', launchId: '2024-05-27-no-such-launch' } });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.annotations.map((a) => a.id)).toEqual(['decade', 'gap']);
    expect(result.skipped.annotations).toEqual({ skipped: 1, total: 3 });
    expect(messages(result)).toEqual(['annotations[1].anchor.launchId: unknown launch "2024-05-27-no-such-launch"; record skipped']);
  });

  it('skips an annotation whose launch was itself skipped', () => {
    const data = withStory();
    Object.assign(data.launches[1] ?? {}, { outcome: 'exploded' });
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toContain('annotations[1].anchor.launchId: unknown launch "1998-08-31-sat-a"; record skipped');
  });

  it.each([
    [{ kind: 'span', from: '1990-01-01', to: '2000-01-01' }, 'annotations[2].anchor: 1990-01-01 – 2000-01-01 is outside the dataset range or ends before it starts; record skipped'],
    [{ kind: 'span', from: '2009-01-01', to: '2000-01-01' }, 'annotations[2].anchor: 2009-01-01 – 2000-01-01 is outside the dataset range or ends before it starts; record skipped'],
    [{ kind: 'span', from: '2000-01-01', to: '2009-02-29' }, 'annotations[2].anchor.to: must be a real date as YYYY-MM-DD, got "2009-02-29"; record skipped'],
    [
      { kind: 'between-launches', fromLaunchId: '2023-05-31-sat-c', toLaunchId: '1998-08-31-sat-a' },
      'annotations[2].anchor: launch "1998-08-31-sat-a" comes before launch "2023-05-31-sat-c"; record skipped',
    ],
    [{ kind: 'point', launchId: '1998-08-31-sat-a' }, 'annotations[2].anchor.kind: must be one of ("launch" | "span" | "between-launches"), got "point"; record skipped'],
    [{ launchId: '1998-08-31-sat-a' }, 'annotations[2].anchor.kind: is missing (expected "kind"); record skipped'],
    [{ kind: 'span', from: '2000-01-01' }, 'annotations[2].anchor.to: is missing (expected "to"); record skipped'],
  ])('skips an annotation with a bad anchor (%j) and says why', (anchor, problem) => {
    const data = withStory();
    Object.assign(at(data.annotations, 2), { anchor });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.annotations.map((a) => a.id)).toEqual(['first', 'gap']);
    expect(messages(result)).toEqual([problem]);
  });

  it('caps an annotation title and text tighter than other text: they sit on the chart', () => {
    const data = withStory();
    Object.assign(at(data.annotations, 0), { title: 'x'.repeat(STORY_LIMITS.annotationTitle + 1) });
    Object.assign(at(data.annotations, 1), { text: 'x'.repeat(STORY_LIMITS.annotationText + 1) });
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toEqual([
      `annotations[0].title: must be at most ${STORY_LIMITS.annotationTitle} characters; record skipped`,
      `annotations[1].text: must be at most ${STORY_LIMITS.annotationText} characters; record skipped`,
    ]);
  });

  it('keeps an annotation with one known source and skips one with none', () => {
    const data = withStory();
    Object.assign(at(data.annotations, 0), { sourceIds: ['src-news', 'un-2087'] });
    Object.assign(at(data.annotations, 1), { sourceIds: ['un-2087'] });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.annotations.find((a) => a.id === 'gap')?.sourceIds).toEqual(['src-news']);
    expect(messages(result)).toEqual([
      'annotations[0].sourceIds[1]: unknown source "un-2087"',
      'annotations[1].sourceIds[0]: unknown source "un-2087"',
      'annotations[1]: no known source left; record skipped',
    ]);
  });

  it('names a duplicate annotation id and an unknown key in an anchor', () => {
    const data = withStory();
    Object.assign(at(data.annotations, 2), { id: 'gap', anchor: { kind: 'span', from: '2000-01-01', to: '2009-12-31', launchId: 'x' } });
    const result = expectOk(parseDataset(data));
    expect(messages(result)).toEqual(['annotations[2].id: duplicate id "gap" (first at annotations[0]); record skipped']);
    data.annotations.pop();
    Object.assign(at(data.annotations, 1), { anchor: { kind: 'launch', launchId: '1998-08-31-sat-a', from: '2000-01-01' } });
    expect(messages(parseDataset(data))).toEqual(['annotations[1].anchor.from: unknown key, ignored']);
  });

  it('leaves out a bad standfirst, names why, and still loads the file', () => {
    const data = { ...withStory(), standfirst: { text: '', sourceIds: ['src-news'] } };
    const result = expectOk(parseDataset(data));
    expect(result.dataset.standfirst).toBeUndefined();
    expect(result.dataset.launches).toHaveLength(3);
    expect(messages(result)).toEqual(['standfirst.text: must not be empty; standfirst not shown']);
    const long = { ...withStory(), standfirst: { text: 'x'.repeat(STORY_LIMITS.standfirst + 1), sourceIds: ['src-news'] } };
    expect(messages(parseDataset(long))).toEqual([`standfirst.text: must be at most ${STORY_LIMITS.standfirst} characters; standfirst not shown`]);
    expect(messages(parseDataset({ ...withStory(), standfirst: 'Eight attempts.' }))).toEqual(['standfirst: must be an object, got string "Eight attempts."; standfirst not shown']);
  });

  it('names a standfirst citing unknown sources, and an unknown key in it', () => {
    const unknown = expectOk(parseDataset({ ...withStory(), standfirst: { text: 'Words.', sourceIds: ['un-2087'] } }));
    expect(unknown.dataset.standfirst).toBeUndefined();
    expect(messages(unknown)).toEqual(['standfirst.sourceIds[0]: unknown source "un-2087"', 'standfirst: no known source left; standfirst not shown']);
    const typo = expectOk(parseDataset({ ...withStory(), standfirst: { text: 'Words.', sourceIds: ['src-news'], source: 'x' } }));
    expect(typo.dataset.standfirst?.text).toBe('Words.');
    expect(messages(typo)).toEqual(['standfirst.source: unknown key, ignored']);
  });

  it('keeps a launch whose vehicle or site reference is unknown, dropping only the reference', () => {
    const data = withStory();
    Object.assign(data.launches[0] ?? {}, { vehicleId: 'no-such-rocket', siteId: 'no-such-site' });
    const result = expectOk(parseDataset(data));
    const launch = result.dataset.launches.find((l) => l.id === '2012-12-12-sat-b');
    expect([launch?.vehicleId, launch?.siteId]).toEqual([undefined, undefined]);
    expect(result.skipped.launches.skipped).toBe(0);
    expect(messages(result)).toEqual(['launches[0].vehicleId: unknown vehicle "no-such-rocket"', 'launches[0].siteId: unknown site "no-such-site"']);
  });

  it('asks every launch for a vehicle and a site once the file lists them', () => {
    const data = withStory();
    delete (data.launches[2] as Json | undefined)?.vehicleId;
    delete (data.launches[2] as Json | undefined)?.siteId;
    const result = expectOk(parseDataset(data));
    expect(result.dataset.launches).toHaveLength(3);
    expect(messages(result)).toEqual([
      'launches[2].vehicleId: is missing; the file lists vehicles, so every launch names one',
      'launches[2].siteId: is missing; the file lists sites, so every launch names one',
    ]);
  });

  it("names a launch whose vehicle or site text disagrees with the record it points to, and keeps the reference", () => {
    const data = withStory();
    Object.assign(data.launches[0] ?? {}, { vehicle: 'Rocket Bee', site: { name: 'Site Z', lat: 39.66, lon: 124.705 } });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.launches.find((l) => l.id === '2012-12-12-sat-b')?.vehicleId).toBe('rocket-b');
    expect(messages(result)).toEqual([
      'launches[0].vehicleId: this launch\'s vehicle differs from the name of vehicle "rocket-b"',
      'launches[0].siteId: this launch\'s site.name differs from the name of site "site-s"',
    ]);
  });

  it("accepts a launch's vehicle given by one of the record's aliases", () => {
    const data = withStory();
    Object.assign(data.launches[1] ?? {}, { vehicle: 'Alias A' });
    expect(expectOk(parseDataset(data)).problems).toEqual([]);
  });

  it('skips a vehicle or site with no known source; launches pointing at it are named', () => {
    const data = withStory();
    Object.assign(at(data.vehicles, 0), { sourceIds: ['un-2087'] });
    Object.assign(at(data.sites, 1), { lat: 91 });
    const result = expectOk(parseDataset(data));
    expect(result.dataset.vehicles.map((v) => v.id)).toEqual(['rocket-b', 'rocket-c']);
    expect(result.dataset.sites.map((s) => s.id)).toEqual(['site-t']);
    expect(result.skipped.vehicles).toEqual({ skipped: 1, total: 3 });
    expect(result.skipped.sites).toEqual({ skipped: 1, total: 2 });
    expect(messages(result)).toEqual([
      'vehicles[0].sourceIds[0]: unknown source "un-2087"',
      'vehicles[0]: no known source left; record skipped',
      'sites[1].lat: Invalid value: Expected <=90 but received 91; record skipped',
      'launches[0].siteId: unknown site "site-s"',
      'launches[1].vehicleId: unknown vehicle "rocket-a"',
      'launches[2].siteId: unknown site "site-s"',
    ]);
  });

  it('refuses a file with more annotations than the limit, before reading any', () => {
    const result = parseDataset({ ...withStory(), annotations: Array.from({ length: 1_001 }, () => ({})) });
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(['annotations: has 1001 records; the limit is 1000']);
  });
});
