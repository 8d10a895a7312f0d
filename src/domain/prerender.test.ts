import { describe, expect, it } from 'vitest';
import { canHydrate, datasetFingerprint } from './prerender.ts';
import { parseUrlState } from './urlState.ts';

const state = (search: string) => parseUrlState(new URLSearchParams(search)).state;

describe('canHydrate', () => {
  it('accepts the default dataset in the full page, whatever else the URL asks for', () => {
    for (const search of ['', '?data=launches', '?launch=2016-02-07-kwangmyongsong-4', '?outcome=failure&view=list', '?theme=dark&from=2012&to=2013', '?about=sources', '?embed=0']) {
      expect(canHydrate(state(search)), search).toBe(true);
    }
  });

  it('refuses an embed (other chrome) and another dataset (other content)', () => {
    for (const search of ['?embed=1', '?embed=true', '?data=synthetic-1000', '?data=Bad%20Name', '?embed=1&data=launches']) {
      expect(canHydrate(state(search)), search).toBe(false);
    }
  });

  it('accepts in the embed page only embeds of the default dataset', () => {
    for (const search of ['?embed=1', '?embed=true&launch=2016-02-07-kwangmyongsong-4', '?embed=1&data=launches&theme=dark']) {
      expect(canHydrate(state(search), 'embed'), search).toBe(true);
    }
    for (const search of ['', '?embed=0', '?embed=1&data=synthetic-1000']) {
      expect(canHydrate(state(search), 'embed'), search).toBe(false);
    }
  });
});

describe('datasetFingerprint', () => {
  const data = { id: 'launches', launches: [{ id: 'a', launchedAt: new Date('2012-12-12T00:49:00Z') }] };

  it('is the same for the same data and short enough for an attribute', () => {
    expect(datasetFingerprint(structuredClone(data))).toBe(datasetFingerprint(data));
    expect(datasetFingerprint(data)).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('changes with any change to the data', () => {
    const changed = { ...data, launches: [{ id: 'a', launchedAt: new Date('2012-12-12T00:49:01Z') }] };
    expect(datasetFingerprint(changed)).not.toBe(datasetFingerprint(data));
    expect(datasetFingerprint({ ...data, id: 'launchez' })).not.toBe(datasetFingerprint(data));
  });
});
