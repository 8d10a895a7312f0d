import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerDatasetRequest } from './datasetAnswer.ts';
import { DatasetError, fetchDataset, parseDatasetText } from './fetchDataset.ts';
import { resetDatasetWorker, type DatasetRequest } from './parseOffThread.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

const BASE = 'http://app.test/timeline/';
const respond = (body: string): typeof fetch => async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const good = JSON.stringify(makeDataset());

/** Stands in for the browser's Worker: answers as datasetWorker.ts does, through a structured clone. */
class FakeWorker extends EventTarget {
  static behaviour: 'answer' | 'fail to load' = 'answer';
  static created = 0;
  static requests = 0;
  constructor() {
    super();
    FakeWorker.created += 1;
  }
  postMessage(request: DatasetRequest) {
    FakeWorker.requests += 1;
    setTimeout(() => {
      if (FakeWorker.behaviour === 'fail to load') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: structuredClone(answerDatasetRequest(structuredClone(request))) }));
    });
  }
  terminate() {}
}

afterEach(() => {
  resetDatasetWorker();
  vi.unstubAllGlobals();
  FakeWorker.behaviour = 'answer';
  FakeWorker.created = 0;
  FakeWorker.requests = 0;
});

describe('checking the dataset in a worker', () => {
  it('gives the same dataset as checking it on the main thread, dates and all, with one worker for every load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const first = await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) });
    const second = await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) });
    expect(first).toEqual(parseDatasetText(good));
    expect(second).toEqual(first);
    expect(first.dataset.launches[0]?.launchedAt).toBeInstanceOf(Date);
    expect([FakeWorker.created, FakeWorker.requests]).toEqual([1, 2]);
  });

  it('refuses bad data with the same kind, message and problems', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bad = JSON.stringify({ ...makeDataset(), launches: 'none' });
    let expected: unknown;
    try {
      parseDatasetText(bad);
    } catch (error) {
      expected = error;
    }
    if (!(expected instanceof DatasetError)) throw new Error('the fixture should be refused');
    const refused = await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(bad) }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatasetError);
    expect(refused).toMatchObject({ kind: expected.kind, message: expected.message, problems: expected.problems });
    await expect(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('{') })).rejects.toMatchObject({ kind: 'not-json' });
  });

  it('checks on the main thread where the worker cannot load, and does not try it again', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'fail to load';
    const loaded = await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) });
    expect(loaded).toEqual(parseDatasetText(good));
    await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) });
    expect([FakeWorker.created, FakeWorker.requests]).toEqual([1, 1]);
  });

  it('checks on the main thread where a worker may not be made (a sandboxed frame) or does not exist', async () => {
    vi.stubGlobal(
      'Worker',
      vi.fn(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    );
    expect(await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) })).toEqual(parseDatasetText(good));
    resetDatasetWorker();
    vi.stubGlobal('Worker', undefined);
    expect(await fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good) })).toEqual(parseDatasetText(good));
  });
});
