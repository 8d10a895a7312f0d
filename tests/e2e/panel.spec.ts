// The launch detail panel against the production build and the real dataset.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { screenshot, watchPage } from './helpers.ts';

const IDS = [
  '1998-08-31-kwangmyongsong-1',
  '2009-04-05-kwangmyongsong-2',
  '2012-04-13-kwangmyongsong-3',
  '2012-12-12-kwangmyongsong-3-unit-2',
  '2016-02-07-kwangmyongsong-4',
  '2023-05-31-malligyong-1',
  '2023-08-24-malligyong-1',
  '2023-11-21-malligyong-1',
] as const;
const DEC_2012 = '2012-12-12-kwangmyongsong-3-unit-2';

// Markers may be HTML or SVG buttons; either way they have the button role and the id.
const marker = (page: Page, id: string): Locator => page.getByRole('button').and(page.locator(`[data-launch-id="${id}"]`));
const panelOf = (page: Page): Locator => page.getByRole('region', { name: 'Launch details' });
const condemnationsOf = (panel: Locator): Locator => panel.getByRole('region', { name: 'Related condemnations' });

async function openByLink(page: Page, id: string): Promise<Locator> {
  await page.goto(`./?launch=${id}`);
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  return panel;
}

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, touch: true },
] as const;

for (const { name, viewport, touch } of VIEWPORTS) {
  test.describe(`launch panel on ${name}`, () => {
    test.use({ viewport, isMobile: touch, hasTouch: touch });

    test('clicking a marker opens the panel with the launch, its times and the URL to share it', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto('./');
      const target = marker(page, DEC_2012);
      // The chart's marker names the rocket first; the phone's rail row names what it shows.
      await expect(target).toHaveAccessibleName(touch ? /^Kwangmyongsong-3 Unit 2 12 Dec 2012 Reached orbit · Unha-3 · Sohae$/ : /^Unha-3, Kwangmyongsong-3 Unit 2, 12 December 2012/);
      if (touch) await target.tap();
      else await target.click();
      const panel = panelOf(page);
      const heading = panel.getByRole('heading', { level: 2, name: /^Kwangmyongsong-3 Unit 2\s*,\s*Unha-3$/ });
      await expect(heading).toBeFocused();
      await expect(panel).toContainText('12 December 2012, 09:49 KST · 12 December 2012, 00:49 UTC');
      await expect(panel.getByRole('button', { name: 'Close details' })).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`[?&]launch=${DEC_2012}`));
      watch.expectClean();
    });

    test('Enter on a focused marker opens the panel; Esc closes it and returns focus to the marker', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto('./');
      const target = marker(page, DEC_2012);
      await target.focus();
      await page.keyboard.press('Enter');
      const panel = panelOf(page);
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      await expect(target).toBeFocused();
      watch.expectClean();
    });

    test('a deep link opens the panel on load; × closes it and focus goes back to the marker', async ({ page }) => {
      const watch = watchPage(page);
      const panel = await openByLink(page, DEC_2012);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kwangmyongsong-3 Unit 2/);
      await expect(condemnationsOf(panel)).toContainText('S/RES/2087 (2013)');
      if (name === 'phone') await screenshot(page, 'panel-phone.png', false);
      await panel.getByRole('button', { name: 'Close details' }).click();
      await expect(panel).toHaveCount(0);
      await expect(marker(page, DEC_2012)).toBeFocused();
      watch.expectClean();
    });

    test('an unknown launch id shows a brief notice and the plain timeline', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto('./?launch=nope');
      await expect(page.getByRole('status').filter({ hasText: 'nope' })).toBeVisible();
      await expect(marker(page, DEC_2012)).toBeVisible();
      await expect(panelOf(page)).toHaveCount(0);
      watch.expectClean();
    });
  });
}

test.describe('launch panel content (desktop)', () => {
  test('previous / next step through launches and are disabled at the ends', async ({ page }) => {
    const panel = await openByLink(page, IDS[0]);
    await expect(panel.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();
    await panel.getByRole('button', { name: 'Next: Unha-2, 5 April 2009' }).click();
    await expect(panel.getByRole('heading', { level: 2, name: /Kwangmyongsong-2/ })).toBeFocused();
    await expect(page).toHaveURL(/launch=2009-04-05-kwangmyongsong-2/);
    const last = await openByLink(page, '2023-11-21-malligyong-1');
    await expect(last.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  });

  test('every source link opens in a new tab with noopener, and every footnote has its source', async ({ page }) => {
    const watch = watchPage(page);
    for (const id of IDS) {
      const panel = await openByLink(page, id);
      // One read per launch: hundreds of auto-waiting assertions would take longer than the test may.
      const links = await panel.locator('a[href]').evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
      );
      const external = links.filter((l) => !l.href.startsWith('#'));
      expect(external.length, id).toBeGreaterThan(0);
      for (const link of external) {
        expect(link.href, id).toMatch(/^https?:\/\//);
        expect(link.target, link.href).toBe('_blank');
        expect(link.rel, link.href).toMatch(/\bnoopener\b/);
      }
      const targets = new Set(await panel.locator('li[id^="source-"]').evaluateAll((lis) => lis.map((li) => `#${li.id}`)));
      const refs = links.filter((l) => l.href.startsWith('#source-'));
      expect(refs.length, id).toBeGreaterThan(0);
      expect(refs.filter((l) => !targets.has(l.href)), id).toEqual([]);
    }
    watch.expectClean();
  });

  test('a footnote jumps to its numbered source', async ({ page }) => {
    const panel = await openByLink(page, DEC_2012);
    await panel.locator('li#source-1').waitFor({ state: 'attached' });
    await panel.locator('a[href="#source-1"]').first().click();
    await expect(panel.locator('li#source-1')).toBeInViewport();
    await expect(panel.locator('li#source-1')).toBeFocused();
  });

  test('responses: 2012 and 2016 resolutions; 2023 meetings without outcome and refusals to condemn', async ({ page }) => {
    await expect(condemnationsOf(await openByLink(page, DEC_2012))).toContainText('S/RES/2087 (2013)');
    const panel2016 = await openByLink(page, '2016-02-07-kwangmyongsong-4');
    await expect(condemnationsOf(panel2016)).toContainText('S/RES/2270 (2016)');
    await expect(panel2016).toContainText('(about 09:00 Pyongyang Time)');
    for (const id of ['2023-05-31-malligyong-1', '2023-08-24-malligyong-1', '2023-11-21-malligyong-1']) {
      const list = condemnationsOf(await openByLink(page, id));
      await expect(list.getByText('Meeting without outcome').first(), id).toBeVisible();
    }
    for (const id of ['2023-05-31-malligyong-1', '2023-08-24-malligyong-1']) {
      const list = condemnationsOf(await openByLink(page, id));
      await expect(list.getByText('Declined to condemn').first(), id).toBeVisible();
    }
  });

  test('screenshots: a failure and a success', async ({ page }) => {
    const failure = await openByLink(page, '1998-08-31-kwangmyongsong-1');
    await expect(failure).toContainText('North Korea claimed');
    await screenshot(page, 'panel-failure-desktop.png', false);
    await openByLink(page, DEC_2012);
    await screenshot(page, 'panel-success-desktop.png', false);
  });
});
