// Rockets and launch sites on the timeline, in a real browser: the bands under the wide chart,
// and the reader arranging the launches by rocket, family or site, kept in the URL, on a desktop
// (lanes) and on a phone (sections).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { REAL_MARKER_NAMES, waitForApp } from './helpers.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxesOf = (locator: Locator) => locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box));

const arrange = (page: Page) => page.getByRole('combobox', { name: 'Arrange' });
const laneNames = (page: Page) => page.locator('.tl-group-lane__name');

async function expectEveryLaunchApart(page: Page) {
  const markers: Box[] = [];
  for (const name of REAL_MARKER_NAMES) {
    const marker = page.getByRole('button', { name });
    await expect(marker).toBeVisible();
    const found = await marker.boundingBox();
    if (found) markers.push(found);
  }
  expect(markers).toHaveLength(REAL_MARKER_NAMES.length);
  const names = await boxesOf(laneNames(page));
  const labels = await boxesOf(page.locator('.tl-label'));
  markers.forEach((a, i) => markers.slice(i + 1).forEach((b) => expect(overlap(a, b), `markers ${i} overlap`).toBe(false)));
  for (const name of names) for (const other of [...markers, ...labels]) expect(overlap(name, other), `a lane name touches ${JSON.stringify(other)}`).toBe(false);
}

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the rocket generations and launch sites are bands under the chart', async ({ page }) => {
    await page.goto('./');
    const bands = page.locator('.tl-band__title');
    await expect(bands).toHaveText([
      'Paektusan-1 rocket',
      'Unha rockets (Unha-2, Unha-3, Kwangmyongsong)',
      'Chollima-1 rocket',
      'Tonghae Satellite Launching Ground',
      'Sohae Satellite Launching Station',
    ]);
    // Under the axis, inside the first screen.
    const axis = await page.locator('.tl-axis').boundingBox();
    for (const band of await boxesOf(bands)) {
      expect(band.y).toBeGreaterThan((axis?.y ?? 0) + (axis?.height ?? 0) - 1);
      expect(band.y + band.height).toBeLessThanOrEqual(800);
    }
  });

  test('arranging by launch site puts each site in its own lane, kept in the URL; Back returns to time order', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await arrange(page).selectOption({ label: 'By launch site' });
    await expect(page).toHaveURL(/[?&]group=site(&|$)/);
    // Each lane is named by its site (with the region where the chart has room for it).
    await expect(laneNames(page)).toHaveText([/^Tonghae/, /^Sohae/]);
    await expect(page.locator('.tl-band__title')).toHaveCount(0);
    await expectEveryLaunchApart(page);
    // Tonghae's launches sit above Sohae's.
    const tonghae = await page.getByRole('button', { name: REAL_MARKER_NAMES[1] }).boundingBox();
    const sohae = await page.getByRole('button', { name: REAL_MARKER_NAMES[2] }).boundingBox();
    expect(tonghae?.y ?? 0).toBeLessThan(sohae?.y ?? 0);

    await page.goBack();
    await expect(page).not.toHaveURL(/group=/);
    await expect(arrange(page)).toHaveValue('');
    await expect(laneNames(page)).toHaveCount(0);
  });

  test('a shared link arranged by rocket opens that way, every launch labelled and apart', async ({ page }) => {
    await page.goto('./?group=vehicle');
    await waitForApp(page);
    await expect(arrange(page)).toHaveValue('vehicle');
    await expect(laneNames(page)).toHaveText([/^Paektusan-1/, /^Unha-2/, /^Unha-3/, /^Kwangmyongsong/, /^Chollima-1/]);
    await expect(page.locator('.tl-label')).toHaveCount(REAL_MARKER_NAMES.length);
    await expectEveryLaunchApart(page);
    // A launch still opens from its lane.
    await page.getByRole('button', { name: REAL_MARKER_NAMES[4] }).click();
    await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
    await expect(page).toHaveURL(/group=vehicle/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('each row names the rocket and the site; arranged by family, each family is a section under its heading', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    await expect(page.locator('button[data-launch-id="2009-04-05-kwangmyongsong-2"]')).toContainText('Unha-2 · Tonghae');
    await arrange(page).selectOption({ label: 'By rocket family' });
    await expect(page).toHaveURL(/group=family/);
    const headings = page.getByRole('heading', { level: 2 });
    await expect(headings.filter({ hasText: /^(Paektusan-1|Unha|Chollima-1)/ })).toHaveText([
      'Paektusan-1',
      'Unha · Unha-2, Unha-3, Kwangmyongsong',
      'Chollima-1',
    ]);
    const unha = page.getByRole('region', { name: 'Unha · Unha-2, Unha-3, Kwangmyongsong' });
    await expect(unha.getByRole('button')).toHaveCount(4);
    // A tap opens the launch as before.
    await unha.getByRole('button', { name: /^Kwangmyongsong-4/ }).tap();
    await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
  });
});

test('an embed shows the arrangement its code carries, without the control', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 560 });
  await page.goto('./?embed=1&group=site');
  await waitForApp(page);
  await expect(laneNames(page)).toHaveText([/^Tonghae/, /^Sohae/]);
  await expect(arrange(page)).toHaveCount(0);
});
