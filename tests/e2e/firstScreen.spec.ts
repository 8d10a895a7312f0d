// The first screen a reader meets, where readers meet it: a phone, two desktops, and an article
// column of 375 and 700 px with the embed at its starting height. Every launch must be on that
// screen without scrolling, labelled with what it was and when, no two labels overlapping, and
// on a phone every launch must be a full-size touch target.
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { waitForApp } from './helpers.ts';
import { hostPage, startHostServer, type HostServer } from './hostServer.ts';

/** What each launch's label must say: its name and its month and year (Korean calendar). */
const LABELS: readonly (readonly [id: string, name: string, when: RegExp])[] = [
  ['1998-08-31-kwangmyongsong-1', 'Kwangmyongsong-1', /Aug 1998/],
  ['2009-04-05-kwangmyongsong-2', 'Kwangmyongsong-2', /Apr 2009/],
  ['2012-04-13-kwangmyongsong-3', 'Kwangmyongsong-3', /Apr 2012/],
  ['2012-12-12-kwangmyongsong-3-unit-2', 'Kwangmyongsong-3 Unit 2', /Dec 2012/],
  ['2016-02-07-kwangmyongsong-4', 'Kwangmyongsong-4', /Feb 2016/],
  ['2023-05-31-malligyong-1', 'Malligyong-1', /May 2023/],
  ['2023-08-24-malligyong-1', 'Malligyong-1', /Aug 2023/],
  ['2023-11-21-malligyong-1', 'Malligyong-1', /Nov 2023/],
];
const EMBED_HEIGHT = 560;
/** The bound chosen for an embed with a launch open: 1.5 × its starting height. */
const OPEN_EMBED_LIMIT = 1.5 * EMBED_HEIGHT;

type Box = { x: number; y: number; width: number; height: number };

/** The visible label of a launch: the rail's row (narrow) or the chart's label (wide). */
function labelOf(scope: Page | Frame, id: string): Locator {
  return scope.locator(`button[data-launch-id="${id}"]:visible, [data-label-for="${id}"] .tl-label:visible`).first();
}

/**
 * The element's box as its own document lays it out (a frame's, in a frame): the box of an SVG
 * text is its glyphs', where Playwright's boundingBox would give the protocol's larger quads.
 */
async function box(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each launch's label: its text names it and its month, it lies inside `screen`, and none overlaps another. */
async function expectAllLabelled(scope: Page | Frame, screen: Box): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const [id, name, when] of LABELS) {
    const label = labelOf(scope, id);
    await expect(label, id).toContainText(name);
    await expect(label, id).toContainText(when);
    const found = await box(label);
    expect(found.y, `${id} starts on the first screen`).toBeGreaterThanOrEqual(screen.y);
    expect(found.y + found.height, `${id} ends on the first screen`).toBeLessThanOrEqual(screen.y + screen.height + 0.5);
    expect(found.x, `${id} inside the width`).toBeGreaterThanOrEqual(screen.x - 0.5);
    expect(found.x + found.width, `${id} inside the width`).toBeLessThanOrEqual(screen.x + screen.width + 0.5);
    boxes.push(found);
  }
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => expect(overlap(a, b), `labels ${LABELS[i]?.[0]} and ${LABELS[i + 1 + j]?.[0]} overlap: ${JSON.stringify([a, b])}`).toBe(false)));
  return boxes;
}

async function expectTouchTargets(scope: Page | Frame): Promise<void> {
  for (const [id] of LABELS) {
    const target = await box(scope.locator(`[data-launch-id="${id}"]:visible`).first());
    expect(target.height, `${id} is at least 44 px tall`).toBeGreaterThanOrEqual(44);
    expect(target.width, `${id} is at least 44 px wide`).toBeGreaterThanOrEqual(44);
  }
}

for (const size of [
  { name: 'a phone', viewport: { width: 375, height: 667 }, touch: true },
  { name: 'a laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'a desktop', viewport: { width: 1920, height: 1080 }, touch: false },
]) {
  test.describe(`the page on ${size.name} (${size.viewport.width}×${size.viewport.height})`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

    test('shows all eight launches on the first screen, each labelled with its name and date, no two labels overlapping', async ({ page }) => {
      await page.goto('./');
      await waitForApp(page);
      await expectAllLabelled(page, { x: 0, y: 0, ...size.viewport });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      if (size.touch) await expectTouchTargets(page);
    });
  });
}

test.describe('in an article on another origin, the embed at its starting height', () => {
  let host: HostServer;
  let app = '';
  test.beforeAll(async () => {
    app = new URL(String(test.info().project.use.baseURL)).origin;
    host = await startHostServer();
  });
  test.afterAll(async () => {
    await host.close();
  });

  for (const column of [375, 700]) {
    test(`${column}-px column: all eight launches labelled inside the first ${EMBED_HEIGHT} px; an opened launch keeps the frame within ${OPEN_EMBED_LIMIT} px`, async ({ page }) => {
      await page.setViewportSize({ width: column + 32, height: 900 });
      const iframe = `<iframe id="nk" src="${app}/embed.html?embed=1" title="Interactive timeline" style="width:100%;height:${EMBED_HEIGHT}px;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe><script src="${app}/embed.js" async></script>`;
      host.setPage(`/column-${column}`, hostPage('Article', `<div style="max-width:${column}px">${iframe}</div>`));
      await page.goto(`${host.origin}/column-${column}`);
      const element = page.locator('#nk');
      expect(Math.round((await box(element)).width)).toBe(column);
      const handle = await element.elementHandle();
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error('no frame');
      await expect(frame.locator('#root[data-prerendered]')).toHaveCount(0);
      // Boxes are in the frame's coordinates: the embed's first screen is its first 560 px.
      await expectAllLabelled(frame, { x: 0, y: 0, width: column, height: EMBED_HEIGHT });
      if (column < 600) await expectTouchTargets(frame);

      await frame.locator(`[data-launch-id="${LABELS[3]?.[0] ?? ''}"]:visible`).click();
      await expect(frame.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-3 Unit 2');
      // The helper has had every chance to grow the frame: the panel is on screen and settled.
      await expect(frame.getByRole('heading', { name: 'Sources' })).toBeAttached();
      await expect.poll(async () => (await box(element)).height).toBeLessThanOrEqual(OPEN_EMBED_LIMIT);
      expect((await box(element)).height).toBeGreaterThan(0);
      await expect(frame.getByRole('region', { name: 'Launch details' })).toBeInViewport();
    });
  }
});
