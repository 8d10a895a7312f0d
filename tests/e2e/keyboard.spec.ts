import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';

/** Presses Tab until `target` has focus, checking at every step that focus is on something visible. */
async function tabTo(page: Page, target: Locator, max = 80, key = 'Tab') {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      return { tag: el.tagName, visible: box.width > 0 && box.height > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus, `focus lost to the page body after ${i + 1} × ${key} towards ${String(target)}`).not.toBeNull();
    expect(focus?.visible, `focused ${focus?.tag} must be visible`).toBe(true);
  }
  throw new Error(`could not reach ${String(target)} with ${key}`);
}

test('a keyboard-only reader can use everything, and focus is never lost or trapped', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);

  // Filter, and undo it, from the keyboard.
  const failed = page.getByRole('button', { name: 'Failed 5' });
  await tabTo(page, failed);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-launch-id]')).toHaveCount(3);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);

  // Back into the chart (the filter is under it): one tab stop, arrows in time order, Home and End.
  const first = page.getByRole('button', { name: /^Paektusan-1, Kwangmyongsong-1, 31 August 1998/ });
  await tabTo(page, first, 80, 'Shift+Tab');
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: /Malligyong-1, 21 November 2023/ })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  const december = page.getByRole('button', { name: /Kwangmyongsong-3 Unit 2, 12 December 2012/ });
  await expect(december).toBeFocused();

  // Open, read, step to the next launch, close: focus goes into the panel and back.
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Launch details' });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(page, panel.getByRole('button', { name: /^Next:/ }));
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-4');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Kwangmyongsong-4, 7 February 2016/ })).toBeFocused();

  // The list view and back, from the keyboard; a row opens the panel.
  // The controls come after the launches.
  await tabTo(page, page.getByRole('button', { name: 'List', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('table').getByRole('button', { name: 'Kwangmyongsong-2' }), 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table').getByRole('button', { name: 'Kwangmyongsong-2' })).toBeFocused();

  // Share & data: download and the embed dialog.
  const share = page.getByRole('button', { name: 'Share & data' });
  await tabTo(page, share);
  await page.keyboard.press('Enter');
  await expect(share).toHaveAttribute('aria-expanded', 'true');
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download CSV' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  const embed = page.getByRole('button', { name: 'Embed', exact: true });
  await tabTo(page, embed);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embed).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Timeline', exact: true }), 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);
});

test('the focused marker shows a visible focus ring', async ({ page }) => {
  await page.goto('./');
  const first = page.getByRole('button', { name: /^Paektusan-1, Kwangmyongsong-1/ });
  await tabTo(page, first);
  const ring = await first.evaluate((el) => {
    const style = getComputedStyle(el);
    const inner = el.querySelector('.tl-focus-ring, [class*="focus"]');
    return { outline: style.outlineStyle, hasRing: inner !== null && getComputedStyle(inner).display !== 'none' };
  });
  expect(ring.outline !== 'none' || ring.hasRing).toBe(true);
});
