// Group "not JSON": a file that cannot be read as JSON is refused with a message that says what
// is wrong (and where, when the parser knows); a UTF-8 byte-order mark is fine.
import { expect, group, test } from './guard.ts';
import { BASE_TEXT, baseDataset, expectRefused, markers, open, serve, serveText, TOTAL_LAUNCHES } from './fixtures.ts';

const NOT_JSON = 'The dataset file is not valid JSON:';
/** V8 names the offset for most syntax errors: "at position 154053 (line 4094 column 21)". */
const WHERE = /at position \d+ \(line \d+ column \d+\)/;
const HTML_PAGE = '<!doctype html><html lang="en"><head><title>Timeline</title></head><body><div id="root"></div><script type="module" src="./assets/index.js"></script></body></html>';

test.describe('not JSON', group('not JSON'), () => {
  test('a trailing comma is refused, naming the line and column', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace(/\]\s*\}\s*$/, '],\n}\n'));
    await open(page);
    const alert = await expectRefused(page, NOT_JSON);
    await expect(alert).toContainText(WHERE);
  });

  test('a file cut off in the middle is refused, naming where it ends', async ({ page }) => {
    await serveText(page, BASE_TEXT.slice(0, 5_000));
    await open(page);
    const alert = await expectRefused(page, NOT_JSON);
    await expect(alert).toContainText(/Unterminated string in JSON at position 5000/);
  });

  test('a file missing only its last brace is refused', async ({ page }) => {
    await serveText(page, BASE_TEXT.trimEnd().slice(0, -1));
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('an empty body is refused as an empty file', async ({ page }) => {
    await serveText(page, '');
    await open(page);
    await expectRefused(page, 'The dataset file is empty.');
  });

  test('a body of only a byte-order mark and whitespace is refused as an empty file', async ({ page }) => {
    await serveText(page, '\ufeff \n\t\r\n ');
    await open(page);
    await expectRefused(page, 'The dataset file is empty.');
  });

  test('an HTML page served with status 200 (a static host\'s SPA fallback) is refused by its content type', async ({ page }) => {
    await serve(page, { status: 200, contentType: 'text/html; charset=utf-8', body: HTML_PAGE });
    await open(page);
    await expectRefused(page, 'The server answered with text/html instead of JSON: the dataset file is probably missing.');
  });

  test('an HTML page mislabelled as application/json is refused as not JSON', async ({ page }) => {
    await serve(page, { contentType: 'application/json', body: HTML_PAGE });
    await open(page);
    await expectRefused(page, `${NOT_JSON} Unexpected token '<'`);
  });

  test('valid JSON served as text/plain is refused by its content type', async ({ page }) => {
    await serve(page, { contentType: 'text/plain; charset=utf-8', body: BASE_TEXT });
    await open(page);
    await expectRefused(page, 'The server answered with text/plain instead of JSON');
  });

  test('valid JSON served with no content type at all is refused', async ({ page }) => {
    await serve(page, { body: BASE_TEXT });
    await open(page);
    await expectRefused(page, 'The server answered with an unknown type instead of JSON');
  });

  test('a UTF-8 byte-order mark is fine: the timeline renders', async ({ page }) => {
    await serveText(page, `\ufeff${BASE_TEXT}`);
    await open(page);
    await expect(markers(page)).toHaveCount(TOTAL_LAUNCHES);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('Windows line endings with a byte-order mark are fine', async ({ page }) => {
    await serve(page, { contentType: 'application/json; charset=UTF-8', body: `\ufeff${BASE_TEXT.replace(/\n/g, '\r\n')}` });
    await open(page);
    await expect(markers(page)).toHaveCount(TOTAL_LAUNCHES);
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('JSON with // comments is refused', async ({ page }) => {
    await serveText(page, `// launches, edited by hand\n${BASE_TEXT}`);
    await open(page);
    await expectRefused(page, `${NOT_JSON} Unexpected token '/'`);
  });

  test('JSON with a /* block comment */ inside is refused', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace('"launches":', '/* TODO check */ "launches":'));
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('a NaN literal is refused', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace(/"lat": [\d.]+/, '"lat": NaN'));
    await open(page);
    await expectRefused(page, `${NOT_JSON} Unexpected token 'N'`);
  });

  test('an Infinity literal is refused', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace(/"lon": [\d.]+/, '"lon": -Infinity'));
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('single-quoted strings are refused', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace('"schemaVersion"', "'schemaVersion'"));
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('two JSON documents back to back are refused, naming where the second starts', async ({ page }) => {
    await serveText(page, `${BASE_TEXT}\n${BASE_TEXT}`);
    await open(page);
    const alert = await expectRefused(page, `${NOT_JSON} Unexpected non-whitespace character after JSON`);
    await expect(alert).toContainText(WHERE);
  });

  test('a UTF-16 file (with its byte-order mark) is refused, not misread', async ({ page }) => {
    await serve(page, { contentType: 'application/json; charset=utf-16', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_TEXT, 'utf16le')]) });
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('binary garbage is refused', async ({ page }) => {
    await serve(page, { contentType: 'application/json', body: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0x00, 0xc3, 0x28]) });
    await open(page);
    await expectRefused(page, NOT_JSON);
  });

  test('JSON Lines (one launch per line) is refused', async ({ page }) => {
    const lines = baseDataset().launches.map((l) => JSON.stringify(l)).join('\n');
    await serveText(page, lines);
    await open(page);
    await expectRefused(page, NOT_JSON);
  });
});
