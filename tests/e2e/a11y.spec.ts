import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { waitForApp } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

async function loaded(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('[data-launch-id]').first()).toBeVisible();
  // The markers show before the app runs (prerendered): wait until it has taken the page over.
  await waitForApp(page);
}

test.describe('axe finds no WCAG 2.2 A/AA violations', () => {
  // axe over a full page is slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('control: axe does report a violation when there is one', async ({ page }) => {
    await loaded(page);
    await page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')?.append(button);
    });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toContain('button-name');
  });

  test('while loading', async ({ page }) => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/launches.json', async (route) => {
      await gate;
      await route.continue();
    });
    // The bare URL shows the prerendered timeline while loading; an embed shows the loading state.
    await page.goto('./?embed=1');
    await expect(page.getByRole('status')).toContainText('Loading');
    await expectNoViolations(page);
    release();
  });

  test('loaded', async ({ page }) => {
    await loaded(page);
    await expectNoViolations(page);
  });

  test('with context events on', async ({ page }) => {
    await loaded(page, '?context=1');
    await expectNoViolations(page);
  });

  test('arranged by rocket', async ({ page }) => {
    await loaded(page, '?group=vehicle');
    await expect(page.locator('.tl-group-lane__name')).toHaveCount(5);
    await expectNoViolations(page);
  });

  test('with a panel open on a desktop', async ({ page }) => {
    await loaded(page, '?launch=2016-02-07-kwangmyongsong-4');
    await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('with a panel open on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await loaded(page, '?launch=2023-08-24-malligyong-1');
    await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
    await expectNoViolations(page);
  });

  // The same states in the narrow layout (the rail), which a phone and a narrow article column get.
  test.describe('in a narrow container (the rail)', () => {
    test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
    for (const [state, query] of [
      ['loaded', ''],
      ['with context events on', '?context=1'],
      ['in embed mode with a launch open', '?embed=1&launch=2012-12-12-kwangmyongsong-3-unit-2'],
      ['in the dark theme', '?theme=dark'],
      ['arranged by launch site', '?group=site'],
    ] as const) {
      test(state, async ({ page }) => {
        await loaded(page, query);
        await expect(page.locator('.tl-rail').first()).toBeVisible();
        await expectNoViolations(page);
      });
    }
  });

  test('filtered to none', async ({ page }) => {
    await page.goto('./?outcome=none');
    await expect(page.getByRole('heading', { name: 'No launch matches this filter' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('in the list view', async ({ page }) => {
    await page.goto('./?view=list');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolations(page);
  });

  test('showing an error', async ({ page }) => {
    await page.goto('./?data=missing-dataset');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  });

  test('in embed mode', async ({ page }) => {
    await loaded(page, '?embed=1&launch=2012-12-12-kwangmyongsong-3-unit-2');
    await expectNoViolations(page);
  });

  test('in the dark theme, by system setting and by ?theme=dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await loaded(page, '?launch=2009-04-05-kwangmyongsong-2');
    await expectNoViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await loaded(page, '?theme=dark&view=list');
    await expectNoViolations(page);
  });

  test('at 200% zoom', async ({ browser }) => {
    // 200% zoom: half the CSS viewport at twice the device pixels, as a browser zoom gives.
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await loaded(page, '?launch=2012-04-13-kwangmyongsong-3');
    await expectNoViolations(page);
    await context.close();
  });
});
