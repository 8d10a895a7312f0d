// The first frame that shows any launch is already the view the URL asks for: a filter, an open
// launch, the embed. Recorded in the page from the first animation frame on (requestAnimationFrame
// runs before every paint), so a view that flashed for one frame would be caught.
import { expect, test } from './test.ts';
import { firstFrame, recordFirstFrame } from './firstFrameRecorder.ts';
import { REAL_MARKER_NAMES, watchPage } from './helpers.ts';

const KMS_4 = '2016-02-07-kwangmyongsong-4';

const matching = (names: string[], patterns: RegExp[]) => patterns.every((pattern) => names.some((name) => pattern.test(name)));

test('?outcome=failure: the first frame with launches shows the five failures and nothing else', async ({ page }) => {
  const watch = watchPage(page);
  await recordFirstFrame(page);
  await page.goto('./?outcome=failure');
  const frame = await firstFrame(page);
  const failures = REAL_MARKER_NAMES.filter((name) => name.source.includes('failed'));
  expect(frame.markers).toHaveLength(failures.length);
  expect(matching(frame.markers, failures)).toBe(true);
  watch.expectClean();
});

test('?launch=<id>: the first frame with launches already has that launch open', async ({ page }) => {
  const watch = watchPage(page);
  await recordFirstFrame(page);
  await page.goto(`./?launch=${KMS_4}`);
  const frame = await firstFrame(page);
  expect(frame.panelHeading).toContain('Kwangmyongsong-4');
  expect(frame.markers).toHaveLength(8);
  watch.expectClean();
});

for (const path of ['./?embed=1', './embed.html?embed=1']) {
  test(`${path}: the first frame with launches is the embed, never the full page`, async ({ page }) => {
    const watch = watchPage(page);
    await recordFirstFrame(page);
    await page.goto(path);
    const frame = await firstFrame(page);
    expect(frame).toMatchObject({ pageHeader: false, embedChrome: true, panelHeading: null });
    expect(frame.markers).toHaveLength(8);
    watch.expectClean();
  });
}

test('the bare URL paints its eight launches first, as before', async ({ page }) => {
  await recordFirstFrame(page);
  await page.goto('./');
  const frame = await firstFrame(page);
  expect(frame).toMatchObject({ pageHeader: true, embedChrome: false, panelHeading: null });
  expect(matching(frame.markers, REAL_MARKER_NAMES)).toBe(true);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('?launch=<id>: the sheet is whole from its first frame, and nothing on the page shifts', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: { loadingLine: boolean; shift: number } = { loadingLine: false, shift: 0 };
      Object.defineProperty(window, '__sheet', { value: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) seen.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const check = () => {
        const line = [...document.querySelectorAll('section[aria-label="Launch details"] p')].find((p) => p.textContent?.startsWith('Loading the facts'));
        if (line?.checkVisibility({ checkVisibilityCSS: true })) seen.loadingLine = true;
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(`./?launch=${KMS_4}`);
    const sheet = page.getByRole('region', { name: 'Launch details' });
    await expect(sheet.getByRole('region', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __sheet: unknown }).__sheet)).toEqual({ loadingLine: false, shift: 0 });
  });
});
