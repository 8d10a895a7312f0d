import { expect, test } from './test.ts';
import { screenshot } from './helpers.ts';

test('forced colors (Windows high contrast) still show every marker and the focus ring', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?launch=2016-02-07-kwangmyongsong-4');
  const markers = page.locator('[data-launch-id]');
  await expect(markers).toHaveCount(8);
  const fills = await page.locator('.tl-shape:not(.tl-shape--claim)').evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  expect(fills.length).toBeGreaterThanOrEqual(8);
  for (const fill of fills) expect(fill).not.toBe('none');
  await screenshot(page, 'forced-colors.png');
});

test('at 320 px wide the page never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const query of ['', '?launch=2012-12-12-kwangmyongsong-3-unit-2', '?view=list']) {
    await page.goto(`./${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow for "${query}"`).toBeLessThanOrEqual(0);
  }
  await screenshot(page, 'narrow-320-list.png');
});

test('at 200% zoom the timeline and panel stay usable', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('./?launch=2012-04-13-kwangmyongsong-3');
  await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);
  await screenshot(page, 'zoom-200.png');
  await context.close();
});

test('?theme= overrides the system colour scheme both ways', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?theme=light');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).toBe('rgb(21, 23, 26)');
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?launch=2009-04-05-kwangmyongsong-2');
  await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      const animated = s.animationName !== 'none' && s.animationDuration !== '0s';
      const transitioned = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      return animated || transitioned;
    }).map((el) => el.className.toString()),
  );
  expect(moving).toEqual([]);
});
