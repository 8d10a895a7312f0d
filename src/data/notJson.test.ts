// A file that cannot be read as JSON, through the loader the app uses (fetchDataset: the content
// type check, then parseDatasetText): refused with a message that says what is wrong, and where
// when the parser knows; a UTF-8 byte-order mark is fine. The browser's side of it (the error
// state on screen, with Retry, and no script from the body run) is in tests/e2e/hostile/notJson.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, fetchDataset, type LoadedDataset } from './fetchDataset.ts';

/** The real dataset's text, byte for byte: the cases break the file a data editor actually edits. */
const BASE_TEXT = readFileSync('public/data/launches.json', 'utf8');
const BASE_LAUNCHES = (JSON.parse(BASE_TEXT) as { launches: unknown[] }).launches;
const NOT_JSON = 'The dataset file is not valid JSON: ';
const HTML_PAGE = '<!doctype html><html lang="en"><head><title>Timeline</title></head><body><div id="root"></div><script type="module" src="./assets/index.js"></script></body></html>';
const JSON_TYPE = 'application/json';
const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

type Body = { bytes: Uint8Array<ArrayBuffer>; contentType: string | null };

/** What the server sends: bytes, and a content type or none at all (a body given as bytes gets no default type). */
const served = (body: string | Uint8Array<ArrayBuffer>, contentType: string | null = JSON_TYPE): Body => ({
  bytes: typeof body === 'string' ? utf8(body) : body,
  contentType,
});

function load({ bytes, contentType }: Body): Promise<LoadedDataset> {
  const fetchImpl: typeof fetch = async () => new Response(bytes, { status: 200, headers: contentType === null ? {} : { 'content-type': contentType } });
  return fetchDataset('hostile', { baseUrl: 'http://app.test/', fetchImpl });
}

async function refusal(body: Body): Promise<DatasetError> {
  try {
    await load(body);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const trailingComma = BASE_TEXT.replace(/\]\s*\}\s*$/, '],\n}\n');
const blockComment = BASE_TEXT.replace('"launches":', '/* TODO check */ "launches":');
/** Three characters into a title after the first 5,000: a cut that ends inside a string, wherever the file's edits move it. */
const CUT = BASE_TEXT.indexOf('"title": "', 5_000) + '"title": "'.length + 3;

describe('a file that is not JSON is refused with a message that says why', () => {
  it.each<[string, Body, string | RegExp]>([
    // V8 names the offset of most syntax errors; the browser adds the line and column to it.
    ['a trailing comma, naming where', served(trailingComma), new RegExp(`^${NOT_JSON}.* at position ${trailingComma.lastIndexOf('}')}\\b`)],
    ['a file cut off in the middle, naming where it ends', served(BASE_TEXT.slice(0, CUT)), `${NOT_JSON}Unterminated string in JSON at position ${CUT}`],
    ['a file missing only its last brace', served(BASE_TEXT.trimEnd().slice(0, -1)), NOT_JSON],
    ['an empty body, as an empty file', served(''), 'The dataset file is empty.'],
    ['a body of only a byte-order mark and whitespace, as an empty file', served('\ufeff \n\t\r\n '), 'The dataset file is empty.'],
    [
      "an HTML page with status 200 (a static host's SPA fallback), by its content type",
      served(HTML_PAGE, 'text/html; charset=utf-8'),
      'The server answered with text/html instead of JSON: the dataset file is probably missing.',
    ],
    ['an HTML page mislabelled as application/json', served(HTML_PAGE), `${NOT_JSON}Unexpected token '<'`],
    ['valid JSON served as text/plain, by its content type', served(BASE_TEXT, 'text/plain; charset=utf-8'), 'The server answered with text/plain instead of JSON: the dataset file is probably missing.'],
    ['valid JSON served with no content type at all', served(BASE_TEXT, null), 'The server answered with an unknown type instead of JSON: the dataset file is probably missing.'],
    ['JSON with // comments', served(`// launches, edited by hand\n${BASE_TEXT}`), `${NOT_JSON}Unexpected token '/'`],
    ['JSON with a /* block comment */ inside, naming where', served(blockComment), new RegExp(`^${NOT_JSON}.* at position ${blockComment.indexOf('/*')}\\b`)],
    ['a NaN literal', served(BASE_TEXT.replace(/"lat": [\d.]+/, '"lat": NaN')), `${NOT_JSON}Unexpected token 'N'`],
    ['an Infinity literal', served(BASE_TEXT.replace(/"lon": [\d.]+/, '"lon": -Infinity')), NOT_JSON],
    ['single-quoted strings', served(BASE_TEXT.replace('"schemaVersion"', "'schemaVersion'")), NOT_JSON],
    [
      'two JSON documents back to back, naming where the second starts',
      served(`${BASE_TEXT}\n${BASE_TEXT}`),
      `${NOT_JSON}Unexpected non-whitespace character after JSON at position ${BASE_TEXT.length + 1}`,
    ],
    [
      'a UTF-16 file (with its byte-order mark), not misread',
      served(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(BASE_TEXT, 'utf16le'))]), 'application/json; charset=utf-16'),
      NOT_JSON,
    ],
    ['binary garbage', served(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0x00, 0xc3, 0x28])), NOT_JSON],
    ['JSON Lines (one launch per line)', served(BASE_LAUNCHES.map((launch) => JSON.stringify(launch)).join('\n')), `${NOT_JSON}Unexpected non-whitespace character after JSON`],
  ])('%s', async (_case, body, message) => {
    const error = await refusal(body);
    expect(error.kind).toBe('not-json');
    if (typeof message === 'string') expect(error.message.startsWith(message), `${JSON.stringify(error.message.slice(0, 200))} starts with ${JSON.stringify(message)}`).toBe(true);
    else expect(error.message).toMatch(message);
    // The reader sees one sentence, not the file: the parser's quote of the body is cut short.
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('a UTF-8 byte-order mark is fine', () => {
  it.each<[string, Body]>([
    ['before the file', served(`\ufeff${BASE_TEXT}`)],
    ['with Windows line endings and a charset', served(`\ufeff${BASE_TEXT.replace(/\n/g, '\r\n')}`, 'application/json; charset=UTF-8')],
  ])('%s: every launch loads, with no problem to report', async (_case, body) => {
    const loaded = await load(body);
    expect(loaded.dataset.launches).toHaveLength(BASE_LAUNCHES.length);
    expect(loaded.problems).toEqual([]);
  });
});
