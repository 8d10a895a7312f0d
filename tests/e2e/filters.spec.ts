import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { readFileSync } from 'node:fs';
import { openShareMenu, screenshot, watchPage } from './helpers.ts';

/** The published dataset's version: downloads are named after it. */
const VERSION = (JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as { version: string }).version;

const FAILURES = [
  'Kwangmyongsong-1, 31 August 1998',
  'Kwangmyongsong-2, 5 April 2009',
  'Kwangmyongsong-3, 13 April 2012',
  'Malligyong-1, 31 May 2023',
  'Malligyong-1, 24 August 2023',
];

function markers(page: Page) {
  return page.locator('[data-launch-id]');
}

test('?outcome=failure shows exactly the five failures, in the chart and in the summary', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?outcome=failure');
  await expect(page.getByText('Showing 5 of 8 launch attempts: failures')).toBeVisible();
  await expect(markers(page)).toHaveCount(5);
  for (const name of FAILURES) {
    await expect(page.getByRole('button', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Reached orbit 3' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Failed 5' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'filtered-failures.png');
  watch.expectClean();
});

test('toggling a filter updates the URL, and Back restores the previous view', async ({ page }) => {
  await page.goto('./');
  await expect(markers(page)).toHaveCount(8);
  await page.getByRole('button', { name: 'Failed 5' }).click();
  await expect(page).toHaveURL(/\?outcome=success$/);
  await expect(markers(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Reached orbit 3' }).click();
  await expect(page).toHaveURL(/\?outcome=none$/);
  await expect(page.getByRole('heading', { name: 'No launch matches this filter' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?outcome=success$/);
  await expect(markers(page)).toHaveCount(3);
  await page.goBack();
  await expect(markers(page)).toHaveCount(8);
  await page.goForward();
  await page.goForward();
  await page.getByRole('button', { name: 'Show all launches' }).click();
  await expect(markers(page)).toHaveCount(8);
});

test('a launch that is filtered out closes its panel', async ({ page }) => {
  await page.goto('./?launch=2012-12-12-kwangmyongsong-3-unit-2');
  await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
  await page.getByRole('button', { name: 'Reached orbit 3' }).click();
  await expect(page.getByRole('region', { name: 'Launch details' })).toHaveCount(0);
  await expect(page).toHaveURL(/\?outcome=failure$/);
});

test('the list view holds the same launches as the chart, and a row opens the panel', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?outcome=failure');
  await expect(markers(page)).toHaveCount(5);
  const chartIds = await markers(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-launch-id')));
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(6);
  const listIds = await table.locator('[data-launch-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-launch-id')));
  expect(listIds).toEqual(chartIds);
  await table.getByRole('button', { name: 'Kwangmyongsong-2' }).click();
  await expect(page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-2');
  await screenshot(page, 'list-view.png');
  watch.expectClean();
});

test('a copied URL reproduces the view in a new tab', async ({ page, context }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Failed 5' }).click();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('button', { name: 'Kwangmyongsong-4' }).click();
  // A reader copies the address once they see the view. Clicks made on the prerendered
  // page are held and replayed when the app starts, so the address may lag them until then.
  await expect(page.getByRole('region', { name: 'Launch details' })).toContainText('Kwangmyongsong-4');
  await expect(page).toHaveURL(/launch=2016-02-07-kwangmyongsong-4/);
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('table').getByRole('row')).toHaveCount(4);
  await expect(second.getByRole('region', { name: 'Launch details' })).toContainText('Kwangmyongsong-4');
});

test('a CSV download holds exactly the filtered rows', async ({ page }) => {
  await page.goto('./?outcome=success');
  await openShareMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`nk-satellite-launches-success-v${VERSION}.csv`);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
    '2012-12-12-kwangmyongsong-3-unit-2',
    '2016-02-07-kwangmyongsong-4',
    '2023-11-21-malligyong-1',
  ]);
});

test('a JSON download holds the filtered launches with their responses', async ({ page }) => {
  await page.goto('./?outcome=failure');
  await openShareMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { launches: { outcome: string }[]; condemnations: unknown[]; view: string };
  expect(json.launches).toHaveLength(5);
  expect(json.launches.every((l) => l.outcome === 'failure')).toBe(true);
  expect(json.condemnations.length).toBeGreaterThan(0);
  // The view's canonical address: the failures' share page.
  expect(new URL(json.view).pathname).toBe('/outcome/failure/');
});

test('unknown URL values fall back to the defaults without a crash', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?outcome=exploded&view=grid&from=2030&to=abc&theme=neon&launch=nope');
  await expect(markers(page)).toHaveCount(8);
  await expect(page.getByRole('status').filter({ hasText: 'Unknown outcome filter "exploded" ignored.' })).toBeVisible();
  await expect(page.getByText('There is no launch "nope" in this dataset; showing the timeline.')).toBeVisible();
  watch.expectClean();
});
