import { describe, expect, it } from 'vitest';
import { downloadFileName, launchesCsv, launchesJson } from './exportLaunches.ts';
import { loadedFixture } from '../../tests/fixtures/dataset.ts';

const dataset = loadedFixture;

describe('launchesCsv', () => {
  it('holds one row per shown launch with its KST date and source URLs', () => {
    const d = dataset();
    const csv = launchesCsv(d, d.launches.filter((l) => l.outcome === 'failure'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('id,launched_at_utc,date_kst,vehicle,vehicle_aliases,payload,site,outcome,outcome_summary,north_korea_claimed,cospar_id,responses,source_urls');
    expect(lines[2]).toBe('2023-05-31-sat-c,2023-05-30T21:27:00Z,2023-05-31,Rocket C,,Sat C,Site S,failure,Second stage failed,failure,,0,http://example.org/story');
  });
});

describe('launchesJson', () => {
  it('holds the shown launches, their responses and only the sources they cite', () => {
    const d = dataset();
    const json = JSON.parse(launchesJson(d, d.launches.filter((l) => l.outcome === 'success'), 'https://x.test/?outcome=success')) as {
      launches: { id: string; launchedAt: string }[];
      condemnations: { id: string }[];
      sources: { id: string }[];
      view: string;
    };
    expect(json.launches.map((l) => l.id)).toEqual(['2012-12-12-sat-b']);
    expect(json.launches[0]?.launchedAt).toBe('2012-12-12T00:49:00Z');
    expect(json.condemnations.map((c) => c.id)).toEqual(['unsc-res-2087']);
    expect(json.sources.map((s) => s.id).sort()).toEqual(['src-news', 'src-un']);
    expect(json.view).toBe('https://x.test/?outcome=success');
  });
});

describe('launchesJson provenance', () => {
  it('carries the version, update date, licence and a citation of the view with the day it was downloaded', () => {
    const d = dataset();
    const json = JSON.parse(launchesJson(d, d.launches, 'https://x.test/?view=list', '2027-03-05')) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.2.3', updated: '2026-11-25', license: 'CC BY 4.0' });
    expect(json.citation).toBe('nk-satellite-timeline. (2026). Fixture launches (Version 1.2.3) [Data set]. Retrieved March 5, 2027, from https://x.test/?view=list');
  });

  it('says there is no licence rather than leaving the field out, and cites without a date when none is given', () => {
    const d = { ...dataset(), license: undefined };
    const json = JSON.parse(launchesJson(d, d.launches, 'https://x.test/')) as Record<string, unknown>;
    expect(json.license).toBeNull();
    expect(json.citation).toBe('nk-satellite-timeline. (2026). Fixture launches (Version 1.2.3) [Data set]. https://x.test/');
  });
});

describe('downloadFileName', () => {
  it('names the filter and version', () => {
    expect(downloadFileName('launches', '1.0.0', ['failure'], 'csv')).toBe('nk-satellite-launches-failure-v1.0.0.csv');
    expect(downloadFileName('launches', '1.0.0', null, 'json')).toBe('nk-satellite-launches-all-v1.0.0.json');
  });

  it('names another dataset by its own name', () => {
    expect(downloadFileName('drill', '2.1.0', [], 'csv')).toBe('nk-satellite-drill-none-v2.1.0.csv');
  });
});
