// @vitest-environment node
// data:check and the story records: their citations count, and their problems fail the check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from './checkDatasets.ts';

type Json = Record<string, unknown>;
type Dataset = Json & { sources: Json[]; launches: Json[]; annotations: Json[]; standfirst: Json };

const realCopy = () => JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as Dataset;
const check = (data: unknown) => checkDatasetText(JSON.stringify(data), 'launches.json').problems.map((p) => `${p.path}: ${p.message}`);

function first(list: Json[]): Json {
  const item = list[0];
  if (!item) throw new Error('the real dataset has an empty list');
  return item;
}

describe('data:check on the story records', () => {
  it('counts a source cited only by an annotation or the standfirst as cited', () => {
    const data = realCopy();
    data.sources.push({ id: 'story-only', publisher: 'P', publisherType: 'news', title: 'T', url: 'https://example.org/a', provenance: 'original' });
    data.sources.push({ id: 'standfirst-only', publisher: 'P', publisherType: 'news', title: 'T', url: 'https://example.org/b', provenance: 'original' });
    (first(data.annotations).sourceIds as string[]).push('story-only');
    (data.standfirst.sourceIds as string[]).push('standfirst-only');
    expect(check(data)).toEqual([]);
  });

  it('fails on an annotation anchored to a launch that is not in the file', () => {
    const data = realCopy();
    first(data.annotations).anchor = { kind: 'launch', launchId: '2024-05-27-malligyong-1' };
    expect(check(data)).toEqual(['annotations[0].anchor.launchId: unknown launch "2024-05-27-malligyong-1"; record skipped']);
  });

  it('fails when a launch leaves its vehicle out', () => {
    const data = realCopy();
    delete first(data.launches).vehicleId;
    expect(check(data)).toEqual(['launches[0].vehicleId: is missing; the file lists vehicles, so every launch names one']);
  });
});
