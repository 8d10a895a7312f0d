import { expect, test } from './test.ts';
import { screenshot, watchPage } from './helpers.ts';

test('the page loads the real dataset and shows the title and the computed summary', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: "North Korea's satellite launch attempts, 1998–2023" })).toBeVisible();
  await expect(page.getByText('Eight attempts from 1998 to 2023; three reached orbit.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Data updated/)).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await screenshot(page, 'shell-loaded.png');
  watch.expectClean();
});

test('the production server sends a CSP that allows embedding and no X-Frame-Options', async ({ request }) => {
  const response = await request.get('./');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain('frame-ancestors');
  expect(headers['x-frame-options']).toBeUndefined();
});

test('a missing dataset shows a specific error with Retry, not a blank page', async ({ page }) => {
  // The preview server answers a missing file with its HTML fallback and status 200,
  // exactly as many static hosts do: the content-type check must catch it.
  const watch = watchPage(page);
  await page.goto('./?data=no-such-dataset');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline could not be shown');
  await expect(alert).toContainText('instead of JSON');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await screenshot(page, 'shell-missing-dataset.png');
  watch.expectClean();
});

test('a dataset name that is a URL is refused before any request is made', async ({ page }) => {
  const watch = watchPage(page);
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') dataRequests.push(r.url());
  });
  await page.goto(`./?data=${encodeURIComponent('https://evil.example/x')}`);
  await expect(page.getByRole('alert')).toContainText('is not a dataset name');
  expect(dataRequests).toEqual([]);
  watch.expectClean();
});

test('while the data is slow to arrive, a loading status is announced', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/launches.json', async (route) => {
    await gate;
    await route.continue();
  });
  // The bare URL shows the prerendered timeline meanwhile (prerender.spec.ts); an embed starts from scratch.
  await page.goto('./?embed=1');
  await expect(page.getByRole('status')).toContainText('Loading the launch data');
  release();
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);
});
