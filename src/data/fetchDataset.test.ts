import { describe, expect, it } from 'vitest';
import { DatasetError, fetchDataset, parseDatasetText } from './fetchDataset.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

const BASE = 'http://app.test/timeline/';

function respond(body: string, init: ResponseInit & { url?: string } = {}): typeof fetch {
  return async () => {
    const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init });
    if (init.url) Object.defineProperty(response, 'url', { value: init.url });
    return response;
  };
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

const good = JSON.stringify(makeDataset());

describe('fetchDataset', () => {
  it('requests data/<name>.json beside the app and returns the checked dataset', async () => {
    const seen: string[] = [];
    const fetchImpl: typeof fetch = async (input) => {
      seen.push(String(input));
      return respond(good)(input);
    };
    const loaded = await fetchDataset('fixture', { baseUrl: BASE, fetchImpl });
    expect(seen).toEqual(['http://app.test/timeline/data/fixture.json']);
    expect(loaded.dataset.launches).toHaveLength(3);
  });

  it.each(['https://evil.example/x', '../secrets', '..%2Fsecrets', 'a/b', 'UPPER', '', 'x'.repeat(70), 'launches.json'])(
    'refuses the name %j before any request',
    async (name) => {
      let called = false;
      const fetchImpl: typeof fetch = async () => {
        called = true;
        return new Response('');
      };
      const error = await failure(fetchDataset(name, { baseUrl: BASE, fetchImpl }));
      expect(error.kind).toBe('bad-name');
      expect(called).toBe(false);
    },
  );

  it('treats an HTML answer with status 200 as a missing file', async () => {
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('<!doctype html>', { headers: { 'content-type': 'text/html' } }) }));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe('The server answered with text/html instead of JSON: the dataset file is probably missing.');
    expect(error.retryable).toBe(false);
  });

  it('says 404 and names the file', async () => {
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('', { status: 404 }) }));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('data/fixture.json answered 404');
  });

  it('marks server errors retryable and client errors not', async () => {
    expect((await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('', { status: 503 }) }))).retryable).toBe(true);
    expect((await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('', { status: 403 }) }))).retryable).toBe(false);
  });

  it('tells offline apart from other network failures', async () => {
    const fetchImpl: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl, isOnline: () => false }))).kind).toBe('offline');
    expect((await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl, isOnline: () => true }))).kind).toBe('network');
  });

  it('ends a request that never answers with a timeout', async () => {
    const fetchImpl: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl, timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('refuses a redirect to another origin', async () => {
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond(good, { url: 'https://elsewhere.example/data.json' }) }));
    expect(error.message).toContain('redirected to another site');
  });

  it('refuses an oversized file by its declared length without reading it', async () => {
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl: respond('{}', { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }) }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('The dataset is 50.0 MB; the limit is 5 MB.');
  });
});

describe('parseDatasetText', () => {
  it('accepts a UTF-8 byte order mark', () => {
    expect(parseDatasetText(`\uFEFF${good}`).dataset.id).toBe('fixture');
  });
  it.each([
    ['an empty body', '', 'The dataset file is empty.'],
    ['a trailing comma', '{"a": 1,}', 'The dataset file is not valid JSON'],
    ['a truncated file', good.slice(0, 200), 'The dataset file is not valid JSON'],
  ])('rejects %s with a message that says so', (_name, text, message) => {
    expect(() => parseDatasetText(text)).toThrow(message);
  });
  it('names the first problem of a file in the wrong shape', () => {
    expect(() => parseDatasetText('{"schemaVersion": 1}')).toThrow('The dataset file is not in the expected format. id: is missing');
  });
});

describe('fetchDataset redirects', () => {
  it('refuses any redirect before following it', async () => {
    const fetchImpl: typeof fetch = async (_input, init) => {
      expect(init?.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { location: 'https://evil.example/x.json' } });
    };
    const error = await failure(fetchDataset('fixture', { baseUrl: BASE, fetchImpl }));
    expect(error.message).toBe('The data request was redirected, so it was refused: datasets are only read from this site.');
  });
});
