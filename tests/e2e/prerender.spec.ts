// The prerendered page: the timeline is in index.html before any script runs, the app
// hydrates it without a single mismatch, and URLs it cannot become never flash it.
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { cspViolations, REAL_MARKER_NAMES, recordCspViolations, screenshot, waitForApp, watchPage } from './helpers.ts';

declare global {
  interface Window {
    /** Set by the frame watcher: selectors that were visible in some painted frame. */
    __seen?: string[];
    /** The first marker element as parsed from the HTML, kept to tell hydration from a fresh render. */
    __parsedMarker?: Element | null;
    /** The chart's width as prerendered. */
    __parsedWidth?: string | null;
  }
}

const MARKERS = REAL_MARKER_NAMES;
const KMS_4 = '2016-02-07-kwangmyongsong-4';
const DEC_2012 = '2012-12-12-kwangmyongsong-3-unit-2';
const TICKS = ['1998', '2000', '2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020', '2022'];
/** What React says when server markup and client render differ, in its development and production builds. */
const HYDRATION_TROUBLE = /hydrat|did not match|didn't match|Minified React error #4(18|19|21|22|23|25)|recoverable/i;

/** Every console message and page error, for the checks watchPage does not make (warnings, React's words). */
function recordConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Watches every frame from the first: notes each selector that was ever visible when painted. */
async function watchFrames(page: Page, selectors: string[]) {
  await page.addInitScript((watched: string[]) => {
    const seen = new Set<string>();
    Object.defineProperty(window, '__seen', { get: () => [...seen] });
    // requestAnimationFrame runs before every frame is painted: nothing is painted unchecked.
    const check = () => {
      for (const selector of watched) {
        for (const el of document.querySelectorAll(selector)) if (el.checkVisibility()) seen.add(selector);
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    document.addEventListener('DOMContentLoaded', check, { once: true });
  }, selectors);
}

/** Keeps the first marker as the HTML parser made it: after hydration it is still the same element. */
async function keepParsedMarker(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__parsedMarker = document.querySelector('[data-launch-id]');
      window.__parsedWidth = document.querySelector('.tl-svg')?.getAttribute('width');
    });
  });
}

/** Holds the data's response until the returned function is called: the app cannot start before. */
async function holdData(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/launches.json', async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

const isParsedMarker = (page: Page) => page.evaluate(() => window.__parsedMarker !== null && window.__parsedMarker === document.querySelector('[data-launch-id]'));
const panelHeading = (page: Page) => page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 });

test('without JavaScript the page already shows the eight launches and the axis', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('./');
  for (const name of MARKERS) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.locator('.tl-axis .tick text')).toHaveText(TICKS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("North Korea's satellite launch attempts, 1998–2023");
  await expect(page.getByText('Eight attempts from 1998 to 2023; three reached orbit.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Without JavaScript this is a still picture/)).toBeVisible();
  // The "could not start" message is for frames where scripts fail, not for a reader without them.
  // It is revealed by a CSS animation 3 s after the page loads: run every animation on the page to
  // its end now, rather than waiting the delay out; the message must stay hidden all the same.
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
  await expect(page.getByText('could not start')).toBeHidden();
  await screenshot(page, 'prerender-nojs.png');
  await context.close();
});

test('the first paint waits for no stylesheet: the styles are in the page, allowed by the CSP, from the first painted frame', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => request.resourceType() === 'stylesheet' && stylesheets.push(request.url()));
  await recordCspViolations(page.context());
  await page.addInitScript(() => {
    // The browser may paint while the HTML is still arriving: in the first frame that has them,
    // the page and a filter toggle are laid out by the app's stylesheet, not the browser's defaults.
    const firstFrame: { pageWidth?: number; toggleDisplay?: string } = {};
    Object.defineProperty(window, '__firstFrame', { value: firstFrame });
    const check = () => {
      const page = document.querySelector('.page');
      const toggle = document.querySelector('.toggle');
      if (page && firstFrame.pageWidth === undefined) firstFrame.pageWidth = page.getBoundingClientRect().width;
      if (toggle && firstFrame.toggleDisplay === undefined) firstFrame.toggleDisplay = getComputedStyle(toggle).display;
      if (firstFrame.pageWidth === undefined || firstFrame.toggleDisplay === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  await waitForApp(page);
  expect(await page.evaluate(() => (window as unknown as { __firstFrame: unknown }).__firstFrame)).toEqual({ pageWidth: 1200, toggleDisplay: 'flex' });
  expect(await cspViolations(page)).toEqual([]);
  expect(stylesheets).toEqual([]);
});

test('the app hydrates the page without a mismatch, and a marker then opens its launch', async ({ page }) => {
  const watch = watchPage(page);
  const messages = recordConsole(page);
  const dataRequests: string[] = [];
  page.on('request', (request) => new URL(request.url()).pathname.endsWith('/data/launches.json') && dataRequests.push(request.resourceType()));
  await keepParsedMarker(page);
  await page.goto('./');
  await waitForApp(page);
  expect(await isParsedMarker(page)).toBe(true);
  // Prerendered at a desktop's chart width: hydrating at 1280 px changes nothing.
  expect(await page.evaluate(() => [window.__parsedWidth, document.querySelector('.tl-svg')?.getAttribute('width')])).toEqual(['1160', '1160']);
  await page.getByRole('button', { name: MARKERS[4] }).click();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  expect(new URL(page.url()).searchParams.get('launch')).toBe(KMS_4);
  // The data preload was used, not wasted: the app's fetch took the preloaded response, so the
  // data was requested once, by the preload (a fetch that missed it would be a second request,
  // and Chromium would warn a few seconds later that the preload went unused).
  expect(dataRequests).toHaveLength(1);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith('/data/launches.json')).map((entry) => (entry as PerformanceResourceTiming).initiatorType))).toEqual(['link']);
  expect(messages.filter((m) => HYDRATION_TROUBLE.test(m) || /preload/i.test(m) || /^(error|warning)/.test(m))).toEqual([]);
  watch.expectClean();
});

test('a link to a launch hydrates, then opens that launch', async ({ page }) => {
  const watch = watchPage(page);
  const messages = recordConsole(page);
  await keepParsedMarker(page);
  await page.goto(`./?launch=${KMS_4}`);
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  expect(await isParsedMarker(page)).toBe(true);
  expect(messages.filter((m) => HYDRATION_TROUBLE.test(m))).toEqual([]);
  watch.expectClean();
});

test('a filtered link hydrates, then shows exactly the five failures', async ({ page }) => {
  const watch = watchPage(page);
  const messages = recordConsole(page);
  await keepParsedMarker(page);
  await page.goto('./?outcome=failure');
  await expect(page.locator('[data-launch-id]')).toHaveCount(5);
  for (const name of MARKERS.filter((m) => m.source.includes('failed'))) await expect(page.getByRole('button', { name })).toBeVisible();
  expect(await isParsedMarker(page)).toBe(true);
  expect(messages.filter((m) => HYDRATION_TROUBLE.test(m))).toEqual([]);
  watch.expectClean();
});

test('while the data is slow, the prerendered page stands in, and what the reader does meanwhile is done once the app runs', async ({ page }) => {
  const watch = watchPage(page);
  const release = await holdData(page);
  await page.goto('./');
  // No loading state: the timeline is already there.
  await expect(page.getByRole('button', { name: MARKERS[4] })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  // Before the app can act on them: hide the failures, open a launch, show the context events.
  await page.getByRole('button', { name: 'Failed 5' }).click();
  await page.getByRole('button', { name: MARKERS[4] }).click();
  await page.getByRole('checkbox', { name: 'Show context events' }).click();
  // Still the prerendered page: the app has not taken over.
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(1);
  release();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await expect(page.locator('[data-launch-id]')).toHaveCount(3);
  await expect(page.getByRole('checkbox', { name: 'Show context events' })).toBeChecked();
  const params = new URL(page.url()).searchParams;
  expect([params.get('outcome'), params.get('launch'), params.get('context')]).toEqual(['success', KMS_4, '1']);
  watch.expectClean();
});

test('?theme=dark is dark from the first painted frame', async ({ page }) => {
  await page.addInitScript(() => {
    const themes = new Set<string>();
    Object.defineProperty(window, '__seen', { get: () => [...themes] });
    const check = () => {
      themes.add(document.documentElement.dataset.theme ?? 'none');
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('./?theme=dark');
  await waitForApp(page);
  expect(await page.evaluate(() => window.__seen)).toEqual(['dark']);
});

test('an embed never paints the full page’s header, not even before the app runs', async ({ page }) => {
  const watch = watchPage(page);
  await watchFrames(page, ['.page-header', '.embed-chrome']);
  await page.goto('./?embed=1');
  await expect(page.getByRole('link', { name: /Open full timeline/ })).toBeVisible();
  await expect(page.locator('[data-launch-id]')).toHaveCount(8);
  expect(await page.evaluate(() => window.__seen)).toEqual(['.embed-chrome']);
  watch.expectClean();
});

test('embed.html paints the embed with its launches before any script runs, and hydrates it without a mismatch', async ({ page, browser }) => {
  // Without JavaScript: the embed's own chrome and the eight launches, from the HTML alone.
  const still = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 700, height: 560 } });
  const stillPage = await still.newPage();
  await stillPage.goto('./embed.html?embed=1');
  for (const name of MARKERS) await expect(stillPage.getByRole('button', { name })).toBeVisible();
  await expect(stillPage.locator('.embed-chrome')).toBeVisible();
  await expect(stillPage.locator('.page-header')).toHaveCount(0);
  await still.close();

  // With it: the first painted frame is already the embed (never the full page's header), and
  // the app takes over the same markers.
  const watch = watchPage(page);
  const messages = recordConsole(page);
  await watchFrames(page, ['.page-header', '.embed-chrome', '[data-launch-id]']);
  await keepParsedMarker(page);
  await page.goto('./embed.html?embed=1');
  await expect(page.getByRole('link', { name: /Open full timeline/ })).toBeVisible();
  await waitForApp(page);
  expect(await isParsedMarker(page)).toBe(true);
  expect([...((await page.evaluate(() => window.__seen)) ?? [])].sort()).toEqual(['.embed-chrome', '[data-launch-id]']);
  await page.getByRole('button', { name: MARKERS[4] }).click();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  expect(messages.filter((m) => HYDRATION_TROUBLE.test(m) || /^(error|warning)/.test(m))).toEqual([]);
  watch.expectClean();
});

test('embed.html opened as the full page (no embed=1) never paints the embed: the page renders as before prerendering', async ({ page }) => {
  const watch = watchPage(page);
  await watchFrames(page, ['.page-header', '.embed-chrome']);
  await page.goto('./embed.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-launch-id]:visible')).toHaveCount(8);
  expect(await page.evaluate(() => window.__seen)).toEqual(['.page-header']);
  watch.expectClean();
});

test('another dataset never paints the prerendered one: a bad name shows the app’s error', async ({ page }) => {
  const watch = watchPage(page);
  await watchFrames(page, ['[data-launch-id]', '.page-header']);
  await page.goto('./?data=Not%20A%20Name');
  await expect(page.getByRole('heading', { name: 'The timeline could not be shown' })).toBeVisible();
  await expect(page.getByText('is not a dataset name')).toBeVisible();
  expect(await page.evaluate(() => window.__seen)).toEqual([]);
  watch.expectClean();
});

test('without JavaScript on a phone, the page is the rail: every launch on the first screen, nothing scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./');
  const rows = page.getByRole('list', { name: 'Launches in time order' }).getByRole('button');
  await expect(rows).toHaveCount(8);
  for (const row of await rows.all()) await expect(row).toBeInViewport();
  // The wide chart is in the page too, for a wide screen; the container query hides it here.
  await expect(page.getByRole('group', { name: 'Timeline of satellite launch attempts' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'prerender-nojs-phone.png', false);
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the app keeps the prerendered rail: the same rows, on the same spot, and no chart', async ({ page }) => {
    const watch = watchPage(page);
    const release = await holdData(page);
    await page.goto('./');
    const row = page.locator(`.tl-rail [data-launch-id="${DEC_2012}"]`);
    await expect(row).toBeVisible();
    const before = await row.boundingBox();
    await page.evaluate((id) => (window.__parsedMarker = document.querySelector(`.tl-rail [data-launch-id="${id}"]`)), DEC_2012);
    release();
    await waitForApp(page);
    await expect(page.getByRole('group', { name: 'Timeline of satellite launch attempts' })).toHaveCount(0);
    expect(await row.boundingBox()).toEqual(before);
    expect(await page.evaluate((id) => window.__parsedMarker === document.querySelector(`.tl-rail [data-launch-id="${id}"]`), DEC_2012)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'prerender-phone-hydrated.png', false);
    watch.expectClean();
  });

  test('a finger pressed on a launch before the app runs stays on it, and lifting it opens that launch', async ({ page }) => {
    const watch = watchPage(page);
    const release = await holdData(page);
    await page.goto('./');
    const target = page.locator(`.tl-rail [data-launch-id="${DEC_2012}"]`);
    const box = await target.boundingBox();
    if (!box) throw new Error('the prerendered row has no box');
    const point = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    release();
    await waitForApp(page);
    const underFinger = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-launch-id]')?.getAttribute('data-launch-id') ?? null, point);
    expect(underFinger).toBe(DEC_2012);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(panelHeading(page)).toContainText('Kwangmyongsong-3 Unit 2');
    expect(new URL(page.url()).searchParams.get('launch')).toBe(DEC_2012);
    watch.expectClean();
  });
});
