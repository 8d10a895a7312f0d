// The fetcher: the one place the app talks to the network.
import { DATASET_NAME_PATTERN } from './datasetName.ts';
import { parseDataset, parseDatasetPausing, type ParseResult, type SkipCounts } from './parseDataset.ts';
import { yieldToMain } from './yieldToMain.ts';
import type { Dataset } from './schema.ts';
import { escapeBidi, type Problem } from './problems.ts';

export const MAX_DATASET_BYTES = 5 * 1024 * 1024;
export const ATTEMPT_TIMEOUT_MS = 10_000;

export const DATASET_ERROR_KINDS = ['bad-name', 'not-found', 'http', 'server', 'network', 'offline', 'timeout', 'not-json', 'too-large', 'invalid'] as const;
export type DatasetErrorKind = (typeof DATASET_ERROR_KINDS)[number];

/** A failure that says what went wrong in words a reader (and a data editor) can act on. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: Problem[];
  constructor(kind: DatasetErrorKind, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
  }
  /** Only failures that may pass on their own are worth retrying. */
  get retryable(): boolean {
    return this.kind === 'server' || this.kind === 'network' || this.kind === 'timeout';
  }
}

export type LoadedDataset = { dataset: Dataset; problems: Problem[]; skipped: SkipCounts };

export function datasetUrl(name: string, baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}data/${name}.json`;
}

export type FetchOptions = {
  baseUrl: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  isOnline?: () => boolean;
  /** How the check of the file lets the browser breathe between its steps (default: yieldToMain). */
  pause?: () => Promise<void>;
};

export async function fetchDataset(name: string, options: FetchOptions): Promise<LoadedDataset> {
  if (!DATASET_NAME_PATTERN.test(name)) {
    throw new DatasetError('bad-name', `${escapeBidi(JSON.stringify(name.slice(0, 80)))} is not a dataset name: use lower-case letters, digits and hyphens.`);
  }
  return parseDatasetTextPausing(await fetchDataText(datasetUrl(name, options.baseUrl), `The dataset "${name}"`, options), options.pause);
}

/**
 * The text of a JSON file under `data/` on this site (a dataset, an edition's translation), with
 * every refusal a DatasetError: a redirect, another site, a timeout, an error status, a type other
 * than JSON, a file over the size limit. `what` names the file in the not-found message.
 */
export async function fetchDataText(url: string, what: string, options: FetchOptions): Promise<string> {
  const { signal, timeoutMs = ATTEMPT_TIMEOUT_MS, fetchImpl = fetch, isOnline = () => navigator.onLine } = options;
  // A timer rather than AbortSignal.timeout, so tests can drive it with a fake clock.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response;
  try {
    // redirect 'manual': a redirect is refused before it is followed, so a dataset
    // request can never be sent on to another origin.
    response = await fetchImpl(url, { signal: timeout.signal, credentials: 'same-origin', redirect: 'manual' });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new DatasetError('timeout', `The data did not arrive within ${Math.round(timeoutMs / 1000)} seconds.`);
    if (!isOnline()) throw new DatasetError('offline', 'You appear to be offline, so the data could not be loaded.');
    throw new DatasetError('network', 'The data could not be loaded: the network request failed.');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new DatasetError('http', 'The data request was redirected, so it was refused: datasets are only read from this site.');
  }
  const requestOrigin = new URL(url, globalThis.location?.href ?? 'http://localhost/').origin;
  if (response.url && URL.canParse(response.url) && new URL(response.url).origin !== requestOrigin) {
    throw new DatasetError('http', 'The data request was redirected to another site, so it was refused.');
  }
  if (response.status === 404) throw new DatasetError('not-found', `${what} was not found (${url} answered 404).`);
  if (response.status >= 500) throw new DatasetError('server', `The server failed to send the data (HTTP ${response.status}).`);
  if (!response.ok) throw new DatasetError('http', `The data could not be loaded (HTTP ${response.status}).`);
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) {
    throw new DatasetError('not-json', `The server answered with ${type.split(';')[0] || 'an unknown type'} instead of JSON: the dataset file is probably missing.`);
  }
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_DATASET_BYTES) throw tooLarge(length);
  // Counted in bytes after decompression: Content-Length may be absent (chunked) or compressed.
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_DATASET_BYTES) throw tooLarge(bytes.byteLength);
  return new TextDecoder().decode(bytes);
}

function tooLarge(bytes: number): DatasetError {
  return new DatasetError('too-large', `The dataset is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DATASET_BYTES / 1024 / 1024} MB.`);
}

/** `text` without a leading byte-order mark, which JSON.parse refuses and editors' tools may write. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** JSON text → checked dataset, or a DatasetError naming what is wrong and where. */
export function parseDatasetText(text: string): LoadedDataset {
  return loadedOrThrow(parseDataset(readJson(text)));
}

/** parseDatasetText, pausing between its steps (parseDatasetPausing): the app's own loads. */
export async function parseDatasetTextPausing(text: string, pause: () => Promise<void> = yieldToMain): Promise<LoadedDataset> {
  const json = readJson(text);
  await pause();
  return loadedOrThrow(await parseDatasetPausing(json, pause));
}

function readJson(text: string): unknown {
  const body = withoutBom(text);
  if (body.trim() === '') throw new DatasetError('not-json', 'The dataset file is empty.');
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    throw new DatasetError('not-json', `The dataset file is not valid JSON: ${detail}.`);
  }
}

function loadedOrThrow(result: ParseResult): LoadedDataset {
  if (!result.ok) {
    const first = result.problems[0];
    const where = first ? ` ${first.path || '(file)'}: ${first.message}` : '';
    throw new DatasetError('invalid', `The dataset file is not in the expected format.${where}`, result.problems);
  }
  return { dataset: result.dataset, problems: result.problems, skipped: result.skipped };
}
