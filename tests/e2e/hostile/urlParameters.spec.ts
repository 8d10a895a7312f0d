// Group "URL parameters": hostile or nonsensical query strings. `data=` never fetches anything
// but a same-origin dataset by name; unknown values fall back to defaults with a notice where
// useful; the timeline still renders.
import type { Page } from '@playwright/test';
import { expect, group, test } from './guard.ts';
import { baseDataset, expectIsolated, expectRefused, LAUNCHES, launchFacts, markers, panel, PAYLOADS } from './fixtures.ts';

/** Every request for a dataset file, wherever it goes. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' || request.url().includes('/data/')) seen.push(request.url());
  });
  return seen;
}

const notice = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('listitem') });
const NOT_A_NAME = /is not a dataset name: use lower-case letters, digits and hyphens\./;
const WINDOW_NOTICE = 'The zoom window in the link was not understood; showing the whole period.';

test.describe('URL parameters', group('URL parameters'), () => {
  for (const [name, raw, shown] of [
    ['a URL on another site', encodeURIComponent('https://evil.example/launches'), '"https://evil.example/launches"'],
    ['a javascript: URL', encodeURIComponent('javascript:alert(1)'), '"javascript:alert(1)"'],
    ['a path with ..', '../x', '"../x"'],
    ['an encoded ../ (%2e%2e%2f)', '%2e%2e%2fx', '"../x"'],
    ['an encoded slash (a%2Fb)', 'a%2Fb', '"a/b"'],
    ['a name with a file extension', 'launches.json', '"launches.json"'],
    ['a name with a NUL byte', 'launches%00', '"launches'],
    ['markup', encodeURIComponent(PAYLOADS.img), '"<img src=x onerror='],
  ] as const) {
    test(`data= given ${name} is refused before any request`, async ({ page }) => {
      const requests = dataRequests(page);
      await page.goto(`./?data=${raw}`);
      const alert = await expectRefused(page, NOT_A_NAME, { retry: false });
      await expect(alert).toContainText(shown);
      expect(requests).toEqual([]);
    });
  }

  test('data= given an unknown name asks this site once and says the file is missing', async ({ page }) => {
    const requests = dataRequests(page);
    await page.goto('./?data=no-such-dataset');
    await expectRefused(page, 'instead of JSON: the dataset file is probably missing.');
    expect(requests.map((url) => new URL(url).pathname)).toEqual(['/data/no-such-dataset.json']);
  });

  test('an empty data= falls back to the default dataset', async ({ page }) => {
    await page.goto('./?data=');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('a repeated data= takes the first: a good name first loads', async ({ page }) => {
    await page.goto('./?data=launches&data=..%2Fx');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('a repeated data= takes the first: a bad name first is refused', async ({ page }) => {
    const requests = dataRequests(page);
    await page.goto('./?data=..%2Fx&data=launches');
    await expectRefused(page, NOT_A_NAME, { retry: false });
    expect(requests).toEqual([]);
  });

  test('launch= with an unknown id shows a notice and the plain timeline', async ({ page }) => {
    await page.goto('./?launch=2099-01-01-no-such-launch');
    await expect(notice(page)).toContainText('There is no launch "2099-01-01-no-such-launch" in this dataset; showing the timeline.');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(panel(page)).toHaveCount(0);
  });

  test('launch= with markup shows it as text in a shortened notice', async ({ page }) => {
    await page.goto(`./?launch=${encodeURIComponent(PAYLOADS.img)}`);
    await expect(notice(page)).toContainText('The link named a launch "<img src=x onerror=');
    await expect(notice(page)).toContainText('that is not a launch id; showing the timeline.');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('launch=__proto__ is not an id: a notice, and no prototype changes', async ({ page }) => {
    await page.goto('./?launch=__proto__&__proto__[polluted]=1&constructor[prototype][polluted]=1');
    await expect(notice(page)).toContainText('The link named a launch "__proto__" that is not a launch id');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test('a right-to-left override in launch= cannot reverse the notice around it', async ({ page }) => {
    await page.goto(`./?launch=${encodeURIComponent('\u202eabc')}`);
    await expect(notice(page)).toContainText('that is not a launch id; showing the timeline.');
    await expectIsolated(page, '\u202eabc', { mustAppear: false });
  });

  test('a right-to-left override in data= cannot reverse the refusal around it', async ({ page }) => {
    const requests = dataRequests(page);
    await page.goto(`./?data=${encodeURIComponent('\u202eabc')}`);
    await expectRefused(page, NOT_A_NAME, { retry: false });
    await expectIsolated(page, '\u202eabc', { mustAppear: false });
    expect(requests).toEqual([]);
  });

  test('a repeated launch= opens the first', async ({ page }) => {
    const first = launchFacts(3);
    await page.goto(`./?launch=${first.id}&launch=${launchFacts(5).id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(first.payload);
  });

  test('outcome= with an unknown value shows a notice and every launch', async ({ page }) => {
    await page.goto('./?outcome=exploded');
    await expect(notice(page)).toContainText('Unknown outcome filter "exploded" ignored.');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('outcome= mixing a known and an unknown value keeps the known one, with a notice', async ({ page }) => {
    await page.goto('./?outcome=failure,bogus');
    await expect(notice(page)).toContainText('Unknown outcome filter "bogus" ignored.');
    await expect(markers(page)).toHaveCount(LAUNCHES.filter((l) => l.index !== 3 && l.index !== 4 && l.index !== 7).length);
  });

  test('outcome= repeated merges its values', async ({ page }) => {
    await page.goto('./?outcome=failure&outcome=success');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('outcome= with markup is quoted as text in the notice', async ({ page }) => {
    await page.goto(`./?outcome=${encodeURIComponent(PAYLOADS.script)}`);
    await expect(notice(page)).toContainText(`Unknown outcome filter "<script>window.__pwned='script'</script>" ignored.`);
  });

  test('from/to reversed are swapped into a window the reader can see', async ({ page }) => {
    await page.goto('./?from=2020&to=2000');
    await expect(page.locator('.tl-range')).toHaveText('Showing 1 Jan 2000 – 31 Dec 2020');
  });

  test('absurd from/to years show a notice and the whole period', async ({ page }) => {
    await page.goto('./?from=-99999&to=99999999');
    await expect(notice(page)).toContainText(WINDOW_NOTICE);
    await expect(page.locator('.tl-range')).toHaveText('Showing 1998 – 2023');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('from=0001&to=9999 is clamped to the dataset range', async ({ page }) => {
    await page.goto('./?from=0001&to=9999');
    await expect(page.locator('.tl-range')).toHaveText('Showing 1998 – 2023');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('an impossible from date (30 February) shows a notice and the whole period', async ({ page }) => {
    await page.goto('./?from=2012-02-30&to=2013');
    await expect(notice(page)).toContainText(WINDOW_NOTICE);
    await expect(page.locator('.tl-range')).toHaveText('Showing 1998 – 2023');
  });

  test('from= with markup shows a notice and the whole period', async ({ page }) => {
    await page.goto(`./?from=${encodeURIComponent(PAYLOADS.svg)}&to=2012`);
    await expect(notice(page)).toContainText(WINDOW_NOTICE);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('unknown view= and theme= values fall back to the defaults', async ({ page }) => {
    await page.goto(`./?view=${encodeURIComponent(PAYLOADS.script)}&theme=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  test('unknown parameters are ignored without a notice', async ({ page }) => {
    await page.goto(`./?utm_source=newsletter&foo=${encodeURIComponent(PAYLOADS.img)}&launch`);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(notice(page)).toHaveCount(0);
  });

  test('a 10,000-character query string renders, with the values shortened', async ({ page }) => {
    // Longer query strings are refused by the server itself (431), before the app is involved.
    await page.goto(`./?launch=${'a'.repeat(5_000)}&outcome=${'x'.repeat(5_000)}`);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    const text = await notice(page).innerText();
    expect(text.length).toBeLessThan(1_000);
  });

  test('markup in the fragment does nothing', async ({ page }) => {
    await page.goto(`./#${encodeURIComponent(PAYLOADS.img)}`);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await page.goto(`./#${PAYLOADS.svg}`);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('group= with markup or an unknown grouping shows a notice and the launches in time order', async ({ page }) => {
    await page.goto(`./?group=${encodeURIComponent(PAYLOADS.img)}`);
    await expect(notice(page)).toContainText('The link asked to group launches by "<img src=x onerror=');
    await expect(notice(page)).toContainText('which is not a grouping; showing them in time order.');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(page.getByRole('combobox', { name: 'Arrange' })).toHaveValue('');
    await page.goto('./?group=__proto__&group=site');
    // The first value counts, as for every parameter but outcome.
    await expect(notice(page)).toContainText('The link asked to group launches by "__proto__"');
    await expect(page.getByRole('combobox', { name: 'Arrange' })).toHaveValue('');
  });

  test('a share page with a query for another view shows the query\'s, never its own first', async ({ page }) => {
    const own = launchFacts(0);
    const other = launchFacts(4);
    await page.goto(`./launch/${own.id}/?launch=${other.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(other.payload);
    await page.goto(`./launch/${own.id}/?launch=${encodeURIComponent(PAYLOADS.img)}`);
    await expect(notice(page)).toContainText('<img src=x onerror=');
    await expect(panel(page)).toHaveCount(0);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('an outcome page with a query for other outcomes shows what the query asks', async ({ page }) => {
    await page.goto('./outcome/failure/?outcome=success');
    await expect(markers(page)).toHaveCount(baseDataset().launches.filter((l) => l.outcome === 'success').length);
  });

  test('a WordPress secret in the fragment that WordPress could not have written is never echoed to the host', async ({ page }) => {
    // The embed, framed by a page of this origin that records what the frame posts.
    const seen: unknown[] = [];
    await page.exposeFunction('__record', (data: unknown) => seen.push(data));
    await page.route('**/wordpress-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><script>addEventListener('message', function (e) { window.__record(e.data); });</script><iframe src="./embed.html?embed=1#?secret=${encodeURIComponent('a"><img src=x onerror=alert(1)>')}" style="width:100%;height:560px"></iframe>`,
      }),
    );
    await page.goto('./wordpress-host.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-launch-id]').first()).toBeVisible();
    await expect.poll(() => seen.some((m) => typeof m === 'object' && m !== null && 'type' in m)).toBe(true);
    expect(seen.filter((m) => typeof m === 'object' && m !== null && 'secret' in m)).toEqual([]);
  });
});

