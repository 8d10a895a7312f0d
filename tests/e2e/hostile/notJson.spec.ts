// Group "not JSON": what only the browser shows of a file that cannot be read as JSON. Which
// bodies are refused, and with which message, is a property of the loader and is tested case by
// case in src/data/notJson.test.ts; here, the reader's side: the error state on screen with the
// message (and the line and column Chromium's parser adds), a Retry button, no timeline, and
// nothing from the body run or shown as markup (the guard checks that in every case).
import { expect, group, test } from './guard.ts';
import { BASE_TEXT, expectRefused, open, serve, serveText } from './fixtures.ts';

const NOT_JSON = 'The dataset file is not valid JSON:';
/** Chromium names the offset of most syntax errors: "at position 154053 (line 4094 column 21)". */
const WHERE = /at position \d+ \(line \d+ column \d+\)/;
/** A static host's SPA fallback, carrying payloads that must never run: the body is refused unread. */
const HTML_PAGE = `<!doctype html><html lang="en"><head><title>Timeline</title></head><body><div id="root"></div>
<script>window.__pwned = 'fallback script'</script><img src=x onerror="window.__pwned = 'fallback img'"></body></html>`;

test.describe('not JSON', group('not JSON'), () => {
  test('a trailing comma: the error state names the line and column, offers Retry, and shows no timeline', async ({ page, guard }) => {
    await serveText(page, BASE_TEXT.replace(/\]\s*\}\s*$/, '],\n}\n'));
    await open(page);
    const alert = await expectRefused(page, NOT_JSON);
    await expect(alert).toContainText(WHERE);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await guard.check();
  });

  test("an HTML page served with status 200 (a static host's SPA fallback) is refused, and none of its scripts runs", async ({ page, guard }) => {
    await serve(page, { status: 200, contentType: 'text/html; charset=utf-8', body: HTML_PAGE });
    await open(page);
    await expectRefused(page, 'The server answered with text/html instead of JSON: the dataset file is probably missing.');
    const seen = await guard.check();
    expect(seen.pwned).toBeNull();
    expect(seen.injected).toEqual([]);
  });
});
