// Group "hostile links": a source address that is not an absolute http(s) URL never becomes a
// clickable link; the source is kept, its address shown as text with a note. The guard checks
// every href/src in the page on top of what each case asserts.
import type { Page } from '@playwright/test';
import { expect, group, test } from './guard.ts';
import { at, baseDataset, child, open, pageTextIncludes, panel, serveJson, TARGET, TOTAL_SOURCES } from './fixtures.ts';

const SOURCE_ID = 'hostile-link';
const TITLE = 'Hostile link title';
const WITHHELD = '(link withheld: not a web address)';

/** The real dataset plus one source with `url`, cited by the target launch's summary. */
async function serveSourceWith(page: Page, url: unknown): Promise<void> {
  const data = baseDataset();
  data.sources.push({ id: SOURCE_ID, publisher: 'Hostile publisher', publisherType: 'news', title: TITLE, url });
  const citations = child(at(data.launches, 3), 'citations');
  citations.summary = [...(Array.isArray(citations.summary) ? citations.summary : []), SOURCE_ID];
  await serveJson(page, data);
  await open(page, `launch=${TARGET.id}`);
}

const sourceItem = (page: Page) => panel(page).getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE });

async function expectWithheld(page: Page, url: string): Promise<void> {
  const item = sourceItem(page);
  await expect(item).toContainText(WITHHELD);
  await expect(item.getByRole('link')).toHaveCount(0);
  if (url.trim() !== '') expect(await pageTextIncludes(page, JSON.stringify(url)), 'the address is shown as text, exactly').toBe(true);
  const note = page.getByRole('note');
  await note.locator('summary').click();
  await expect(note.getByRole('listitem').filter({ hasText: `sources[${TOTAL_SOURCES}].url: must be an absolute https: or http: URL` })).toContainText('shown as text, not as a link');
}

const HOSTILE_URLS: [string, string][] = [
  ['javascript:', "javascript:window.__pwned='js'"],
  ['JaVaScRiPt: in mixed case', "JaVaScRiPt:window.__pwned='mixed'"],
  ['javascript: after leading spaces', "   javascript:window.__pwned='spaces'"],
  ['javascript: with a tab inside', "java\tscript:window.__pwned='tab'"],
  ['javascript: with a newline inside', "java\nscript:window.__pwned='newline'"],
  ['javascript: after a control character', "\u0001javascript:window.__pwned='c0'"],
  ['javascript: with a NUL inside', "java\u0000script:window.__pwned='nul'"],
  ['an HTML-entity-encoded javascript:', "&#106;avascript:window.__pwned='entity'"],
  ['data: HTML', "data:text/html,<script>window.__pwned='data'</script>"],
  ['base64 data: HTML', 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nYjY0Jzwvc2NyaXB0Pg=='],
  ['vbscript:', 'vbscript:msgbox("pwned")'],
  ['blob:', 'blob:http://127.0.0.1/0b9d6c1a-0000-4000-8000-000000000000'],
  ['file:', 'file:///etc/passwd'],
  ['a relative path', './reports/2012.html'],
  ['a protocol-relative //evil.example', '//evil.example/x'],
  ['an address without a scheme', 'www.example.org/report'],
  ['an http: URL without a host', 'http://'],
  ['an empty address', ''],
];

test.describe('hostile links', group('hostile links'), () => {
  for (const [name, url] of HOSTILE_URLS) {
    test(`${name} is never a link: the source is kept and its address shown as text`, async ({ page }) => {
      await serveSourceWith(page, url);
      await expectWithheld(page, url);
    });
  }

  test('clicking a withheld address goes nowhere and runs nothing', async ({ page }) => {
    await serveSourceWith(page, "javascript:window.__pwned='clicked'");
    const before = page.url();
    const popups: string[] = [];
    page.on('popup', (popup) => popups.push(popup.url()));
    await sourceItem(page).getByText("javascript:window.__pwned='clicked'").click();
    await expect(sourceItem(page)).toContainText(WITHHELD);
    expect(page.url()).toBe(before);
    expect(popups).toEqual([]);
  });

  test('a source address that is not a string skips the source and names it; the launch keeps its other sources', async ({ page }) => {
    await serveSourceWith(page, { href: 'javascript:alert(1)' });
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expect(panel(page).getByText(TITLE)).toHaveCount(0);
    const note = page.getByRole('note');
    await expect(note.locator('p').first()).toHaveText(`1 of ${TOTAL_SOURCES + 1} sources skipped because of errors in the data file.`);
    await note.locator('summary').click();
    await expect(note.getByRole('listitem').filter({ hasText: `sources[${TOTAL_SOURCES}].url: must be a string` })).toHaveCount(1);
    await expect(note.getByRole('listitem').filter({ hasText: `unknown source "${SOURCE_ID}"` })).toHaveCount(1);
  });

  test('an https address stays a link that opens in a new tab, without the opener', async ({ page }) => {
    await serveSourceWith(page, 'https://example.org/report?id=1#p2');
    const link = sourceItem(page).getByRole('link', { name: new RegExp(TITLE) });
    await expect(link).toHaveAttribute('href', 'https://example.org/report?id=1#p2');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sourceItem(page)).not.toContainText(WITHHELD);
  });

  test('an HTTP address in capitals is still a web address and stays a link', async ({ page }) => {
    await serveSourceWith(page, 'HTTP://EXAMPLE.ORG/REPORT');
    await expect(sourceItem(page).getByRole('link', { name: new RegExp(TITLE) })).toHaveAttribute('href', 'HTTP://EXAMPLE.ORG/REPORT');
  });
});
