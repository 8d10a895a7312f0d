import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset, parseDatasetPausing } from './parseDataset.ts';
import { parseDatasetText, parseDatasetTextPausing } from './fetchDataset.ts';
import { yieldToMain } from './yieldToMain.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

const REAL_TEXT = readFileSync('public/data/launches.json', 'utf8');

describe('parseDatasetPausing', () => {
  it('gives exactly what parseDataset gives, for the real file, pausing between its steps', async () => {
    const pause = vi.fn(async () => undefined);
    const json: unknown = JSON.parse(REAL_TEXT);
    expect(await parseDatasetPausing(json, pause)).toEqual(parseDataset(json));
    // A pause between the header, the sources, the launches, the responses, the rest and the
    // unknown-key check: none of the steps is the whole file.
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(5);
  });

  it('gives the same problems and skips for a file with broken records', async () => {
    const data = makeDataset();
    const broken = { ...data, launches: [...data.launches, { id: 'no-date' }], extra: true };
    expect(await parseDatasetPausing(broken, async () => undefined)).toEqual(parseDataset(broken));
  });

  it('refuses a broken header at once, without pausing', async () => {
    const pause = vi.fn(async () => undefined);
    const result = await parseDatasetPausing([], pause);
    expect(result.ok).toBe(false);
    expect(pause).not.toHaveBeenCalled();
  });
});

describe('parseDatasetTextPausing', () => {
  it('loads the real file as parseDatasetText does', async () => {
    expect(await parseDatasetTextPausing(REAL_TEXT, async () => undefined)).toEqual(parseDatasetText(REAL_TEXT));
  });

  it('throws the same DatasetError for text that is not JSON or not a dataset', async () => {
    for (const text of ['', '{"launches": ', '{"launches": 3}']) {
      const expected = (() => {
        try {
          parseDatasetText(text);
        } catch (error) {
          return error;
        }
        throw new Error(`expected ${text} to be refused`);
      })();
      await expect(parseDatasetTextPausing(text, async () => undefined)).rejects.toEqual(expected);
    }
  });
});

describe('yieldToMain', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the current task, even under a fake clock', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const done = yieldToMain().then(() => order.push('after the yield'));
    order.push('rest of this task');
    await done;
    expect(order).toEqual(['rest of this task', 'after the yield']);
  });
});
