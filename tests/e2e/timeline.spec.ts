// The timeline in a real browser: layout at desktop and phone widths, zoom, keyboard, themes.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { REAL_MARKER_NAMES, screenshot, waitForApp, watchPage } from './helpers.ts';

const MARKERS = REAL_MARKER_NAMES;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectApart(boxes: readonly Box[], what: string) {
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, j) => expect(overlap(a, b), `${what} ${i} and ${i + 1 + j} overlap`).toBe(false)),
  );
}

const chart = (page: Page) => page.getByRole('group', { name: 'Timeline of satellite launch attempts' });
const tickTexts = (page: Page) => page.locator('.tl-axis .tick text').allTextContents();
const boxesOf = (locator: Locator) => locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box));

async function openTimeline(page: Page) {
  await page.goto('./');
  await expect(page.locator('[data-launch-id]')).toHaveCount(MARKERS.length);
  // The markers are there before the app runs (prerendered, at a desktop's width): the layout
  // checked here is the one the app makes for this screen, once it has taken the page over.
  await waitForApp(page);
}

async function markerBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const name of MARKERS) {
    const marker = page.getByRole('button', { name });
    await expect(marker).toBeVisible();
    const box = await marker.boundingBox();
    expect(box, `${String(name)} has a box`).not.toBeNull();
    if (box) boxes.push(box);
  }
  return boxes;
}

/** WCAG contrast of the computed colours of the chart's text and marks against the page background. */
function contrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const bg = getComputedStyle(document.body).backgroundColor;
    const style = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el) : null;
    };
    const textRatio = (selector: string) => ratio(style(selector)?.fill ?? bg, bg);
    const markRatio = (selector: string) => {
      const s = style(selector);
      return s ? Math.max(ratio(s.fill, bg), ratio(s.stroke, bg)) : 0;
    };
    return {
      background: lum(bg),
      tickText: textRatio('.tl-axis .tick text'),
      label: textRatio('.tl-label'),
      success: markRatio('.tl-marker .tl-shape--success'),
      failure: markRatio('.tl-marker .tl-shape--failure'),
      claim: markRatio('.tl-marker .tl-shape--claim'),
    };
  });
}

async function expectReadable(page: Page) {
  const c = await contrasts(page);
  expect(c.tickText).toBeGreaterThanOrEqual(4.5);
  expect(c.label).toBeGreaterThanOrEqual(4.5);
  expect(c.success).toBeGreaterThanOrEqual(3);
  expect(c.failure).toBeGreaterThanOrEqual(3);
  expect(c.claim).toBeGreaterThanOrEqual(3);
  return c;
}

async function expectAxisReadable(page: Page) {
  const texts = await tickTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['2000', '2020']));
  expectApart(await boxesOf(page.locator('.tl-axis .tick text')), 'tick labels');
}

async function zoomWithWheelAt(page: Page, share: number, times: number) {
  // The wheel goes to whatever is under the pointer, and the pointer cannot leave the viewport.
  await chart(page).scrollIntoViewIfNeeded();
  const box = await chart(page).boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
  for (let i = 0; i < times; i += 1) await page.mouse.wheel(0, -400);
}

for (const { name, viewport, minTarget, file } of [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, minTarget: 24, file: 'timeline-desktop.png' },
  // The narrowest window that still gets the horizontal chart (a phone gets the rail: firstScreen.spec.ts).
  { name: 'a narrow window', viewport: { width: 680, height: 812 }, minTarget: 24, file: 'timeline-narrow.png' },
]) {
  test.describe(`timeline on ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test('shows all eight launches apart, with large enough targets, inside the page width', async ({ page }) => {
      const watch = watchPage(page);
      await openTimeline(page);
      const boxes = await markerBoxes(page);
      expectApart(boxes, 'markers');
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(minTarget);
        expect(box.height).toBeGreaterThanOrEqual(minTarget);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      // The launch labels touch neither each other nor any marker.
      expectApart([...boxes, ...(await boxesOf(page.locator('.tl-label')))], 'markers and labels');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, file);
      watch.expectClean();
    });

    test('labels the axis with years from 1998 to 2023 that never overlap', async ({ page }) => {
      await openTimeline(page);
      await expectAxisReadable(page);
      await zoomWithWheelAt(page, 0.02, 6);
      await expect.poll(() => tickTexts(page)).toEqual(expect.arrayContaining([expect.stringMatching(/1998/)]));
      expectApart(await boxesOf(page.locator('.tl-axis .tick text')), 'zoomed tick labels');
      await page.getByRole('button', { name: 'Reset zoom' }).click();
      await zoomWithWheelAt(page, 0.98, 6);
      await expect.poll(() => tickTexts(page)).toEqual(expect.arrayContaining([expect.stringMatching(/2023/)]));
    });

    test('moves keyboard focus through every launch in time order', async ({ page }) => {
      await openTimeline(page);
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.hasAttribute('data-launch-id'))) break;
      }
      await page.keyboard.press('Home');
      await expect(page.getByRole('button', { name: MARKERS[0] })).toBeFocused();
      for (const name of MARKERS.slice(1)) {
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('button', { name })).toBeFocused();
      }
      await page.keyboard.press('Home');
      await expect(page.getByRole('button', { name: MARKERS[0] })).toBeFocused();
    });
  });
}

test.describe('zooming', () => {
  test('the wheel over the chart zooms it, never scrolls the page while zooming, and leaves the page alone otherwise', async ({ page }) => {
    await openTimeline(page);
    // Room to scroll both ways, so that a wheel event leaking to the page would show (CSSOM: the CSP allows it).
    await page.evaluate(() => {
      document.body.style.paddingTop = '400px';
      document.body.style.paddingBottom = '3000px';
    });
    const scrollY = () => page.evaluate(() => window.scrollY);
    const pointAtChart = async () => {
      await chart(page).scrollIntoViewIfNeeded();
      const box = await chart(page).boundingBox();
      if (!box) throw new Error('no chart');
      await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    };
    await pointAtChart();
    // Fully zoomed out, wheeling further out has nothing to do on the chart: the page scrolls.
    const top = await scrollY();
    await page.mouse.wheel(0, 300);
    await expect.poll(scrollY).toBeGreaterThan(top);
    await pointAtChart();
    const before = await tickTexts(page);
    const still = await scrollY();
    await page.mouse.wheel(0, -400);
    await expect.poll(() => tickTexts(page)).not.toEqual(before);
    await expect(page.getByText('Showing 1998 – 2023')).toHaveCount(0);
    expect(await scrollY()).toBe(still);
    expectApart(await boxesOf(page.locator('.tl-axis .tick text')), 'tick labels');
  });

  test('the buttons zoom in, and Reset brings back the whole range', async ({ page }) => {
    await openTimeline(page);
    const before = await tickTexts(page);
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => tickTexts(page)).not.toEqual(before);
    expectApart(await boxesOf(page.locator('.tl-axis .tick text')), 'tick labels');
    await screenshot(page, 'timeline-zoomed.png');
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => tickTexts(page)).toEqual(before);
  });

  test('dragging the chart sideways pans it', async ({ page }) => {
    await openTimeline(page);
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await tickTexts(page);
    await chart(page).scrollIntoViewIfNeeded();
    const box = await chart(page).boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width / 2, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 4, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => tickTexts(page)).not.toEqual(before);
  });
});

test.describe('themes', () => {
  test('light theme: text and marks stand out from the background', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimeline(page);
    const c = await expectReadable(page);
    expect(c.background).toBeGreaterThan(0.5);
  });

  test('dark theme renders with readable text and marks', async ({ page }) => {
    const watch = watchPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTimeline(page);
    const c = await expectReadable(page);
    expect(c.background).toBeLessThan(0.1);
    await expectAxisReadable(page);
    await screenshot(page, 'timeline-dark.png');
    watch.expectClean();
  });
});

test('context events appear on their own track when switched on', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByRole('list', { name: 'Context events' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show context events' }).check();
  const track = page.getByRole('list', { name: 'Context events' });
  await expect(track.getByRole('listitem', { name: /Third nuclear test, 12 February 2013/ })).toBeVisible();
  // Still exactly the launches in the launch navigation.
  await expect(page.locator('[data-launch-id]')).toHaveCount(MARKERS.length);
});
