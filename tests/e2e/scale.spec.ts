// 10,000 launches (the bench's synthetic file): the chart counts them in period boxes, a reader
// zooms down to single launches by mouse or keyboard and opens one; and the address bar follows
// a zoom once it rests, not on every frame.
import { expect, test } from './test.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { screenshot, waitForApp, watchPage } from './helpers.ts';

let synthetic = '';

test.beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nk-e2e-synthetic-'));
  try {
    const made = spawnSync(process.execPath, ['bench/makeSynthetic.mjs', '10000', dir], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(made.stderr);
    synthetic = readFileSync(path.join(dir, 'synthetic-10000.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('10,000 launches', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/synthetic-10000.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: synthetic }));
  });

  test('show as yearly boxes that fit the screen, and zoom down to single launches by mouse', async ({ page }) => {
    test.setTimeout(60_000);
    const watch = watchPage(page);
    await page.goto('./?data=synthetic-10000');
    const boxes = page.getByRole('button', { name: /launch attempts, \d{4}: .*\. Open to see each launch$/ });
    await expect(boxes.first()).toBeVisible({ timeout: 30_000 });
    expect(await boxes.count()).toBeGreaterThanOrEqual(26);
    await expect(page.getByText(/each box counts the launches of one year/)).toBeVisible();
    // The whole chart, axis included, fits above the fold.
    const chart = await page.locator('.tl-svg').boundingBox();
    expect(chart && chart.y + chart.height).toBeLessThan(800);
    await screenshot(page, 'scale-10000-whole-range.png', false);

    const launchMarkers = page.locator('[data-launch-id]');
    for (let i = 0; i < 4 && (await launchMarkers.count()) === 0; i += 1) {
      await page.locator('[data-cluster-key]').nth(2).click();
    }
    await expect(launchMarkers.first()).toBeVisible();
    const count = await launchMarkers.count();
    expect(count).toBeGreaterThan(5);
    // Only what is in the window is drawn.
    expect(count).toBeLessThan(300);
    await screenshot(page, 'scale-10000-zoomed-in.png', false);
    // The first and last drawn may sit half outside the window: take one from the middle.
    const middle = launchMarkers.nth(Math.floor(count / 2));
    const name = (await middle.getAttribute('aria-label')) ?? '';
    await middle.click();
    await expect(page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toBeVisible();
    expect(name).toMatch(/, \d{1,2} \w+ \d{4}, /);
    watch.expectClean();
  });

  test('a keyboard reader moves between boxes, opens one, and lands on what it holds', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('./?data=synthetic-10000');
    const box2005 = page.getByRole('button', { name: /, 2005: .*\. Open to see each launch$/ });
    await expect(box2005).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: /, 1998: .*\. Open to see each launch$/ }).focus();
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
    await expect(box2005).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.tl-range')).toContainText(/2004 – .*2006|2005/);
    // Focus is not dropped on the page: it is on a month box or a launch of 2005.
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('aria-label', /2005/);
  });
});

test('the address bar follows a zoom once it rests, replacing the entry, and a reload keeps the window', async ({ freshTab: page }) => {
  // History entries are counted: a tab of its own (tests/e2e/test.ts).
  await page.goto('./');
  // The prerendered page has no handlers: wait for the app to take it over.
  await waitForApp(page);
  const marker = page.locator('[data-launch-id]').first();
  await expect(marker).toBeVisible();
  const entries = await page.evaluate(() => history.length);
  const chart = await page.locator('.tl-svg').boundingBox();
  if (!chart) throw new Error('no chart');
  await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
  for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, -100);
  // Mid-gesture nothing is written; once the wheel rests, the window is.
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const shown = await page.locator('.tl-range').textContent();
  await page.reload();
  await expect(page.locator('.tl-range')).toHaveText(shown ?? '');
});
