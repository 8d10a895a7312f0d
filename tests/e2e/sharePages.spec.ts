// The share pages the build makes: a page per launch and per outcome, each the timeline with its
// view already drawn, under its own title, description, canonical address, card and oEmbed link.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './test.ts';
import { firstFrame, recordFirstFrame } from './firstFrameRecorder.ts';
import { cspViolations, recordCspViolations, waitForApp, watchPage } from './helpers.ts';

const DIST = path.resolve('dist');
/** Where the build said the site is (vite.config.ts): the tags' absolute addresses start with it. */
const SITE = process.env.SITE_URL ?? 'http://localhost:4173/';
const DATASET = JSON.parse(readFileSync(path.join(DIST, 'data/launches.json'), 'utf8')) as { launches: { id: string; payload: string; outcome: string }[] };
const DEC_2012 = '2012-12-12-kwangmyongsong-3-unit-2';
const APR_2012 = '2012-04-13-kwangmyongsong-3';

/** Every share page the build wrote: the root and each folder below launch/ and outcome/. */
function sharePaths(): string[] {
  const below = (kind: string) => (existsSync(path.join(DIST, kind)) ? readdirSync(path.join(DIST, kind)).map((name) => `${kind}/${name}/`) : []);
  return ['', ...below('launch'), ...below('outcome')];
}

/** The attributes of each tag named `tag` in `html`, as maps. */
function tags(html: string, tag: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) => new Map([...(m[1] ?? '').matchAll(/([a-z:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', (a[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')])));
}

function meta(html: string, key: string): string[] {
  return tags(html, 'meta').filter((t) => t.get('property') === key || t.get('name') === key).map((t) => t.get('content') ?? '');
}

/** A site address as this test server serves it. */
const local = (url: string) => `/${url.slice(SITE.length)}`;

async function pngSize(request: APIRequestContext, url: string): Promise<{ width: number; height: number; type: string | undefined }> {
  const response = await request.get(local(url));
  expect(response.status(), url).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).toString('hex'), `${url} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), type: response.headers()['content-type'] };
}

test('the build made a page for every launch and every outcome, and each has its own tags and a 1200 × 630 card', async ({ request }) => {
  const paths = sharePaths();
  const outcomes = [...new Set(DATASET.launches.map((l) => l.outcome))];
  expect(paths).toHaveLength(1 + DATASET.launches.length + outcomes.length);
  const titles = new Set<string>();
  for (const pagePath of paths) {
    const response = await request.get(`/${pagePath}`);
    expect(response.status(), pagePath).toBe(200);
    const html = await response.text();
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, pagePath).not.toBe('');
    titles.add(title);
    const launch = DATASET.launches.find((l) => pagePath === `launch/${l.id}/`);
    if (launch) expect(title, pagePath).toContain(launch.payload);
    const url = new URL(pagePath, SITE).href;
    expect(tags(html, 'link').filter((t) => t.get('rel') === 'canonical').map((t) => t.get('href')), pagePath).toEqual([url]);
    expect(meta(html, 'description')[0]?.length ?? 0, pagePath).toBeGreaterThan(50);
    expect(meta(html, 'og:url'), pagePath).toEqual([url]);
    expect(meta(html, 'og:title'), pagePath).toHaveLength(1);
    expect(meta(html, 'og:description'), pagePath).toEqual(meta(html, 'description'));
    expect(meta(html, 'og:image'), pagePath).toEqual([`${url}card.png`]);
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], pagePath).toEqual([['1200'], ['630']]);
    expect(meta(html, 'og:image:alt')[0], pagePath).toBeTruthy();
    expect(meta(html, 'twitter:card'), pagePath).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:image'), pagePath).toEqual([`${url}card.png`]);
    const oembed = tags(html, 'link').filter((t) => t.get('type') === 'application/json+oembed');
    expect(oembed.map((t) => t.get('href')), pagePath).toEqual([`${url}oembed.json`]);
    expect(await pngSize(request, `${url}card.png`), pagePath).toEqual({ width: 1200, height: 630, type: 'image/png' });
  }
  expect(titles.size, 'every page has a title of its own').toBe(paths.length);
});

test('the real data file gives the home page its period and counts (build/editionFollowsData.test.ts widens it to 2024)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]).toBe("North Korea's satellite launch attempts, 1998–2023");
  expect(meta(html, 'description')[0]).toMatch(/^An interactive, sourced timeline: 8 launch attempts from 1998 to 2023; 3 reached orbit\./);
  expect(html).toContain('Eight attempts from 1998 to 2023; three reached orbit.');
});

test('a launch page paints its launch open in the first frame, and becomes the app without a fault', async ({ page, context }) => {
  const watch = watchPage(page);
  await recordCspViolations(context);
  await recordFirstFrame(page);
  await page.goto(`./launch/${DEC_2012}/`);
  const frame = await firstFrame(page);
  expect(frame.panelHeading).toContain('Kwangmyongsong-3 Unit 2');
  expect(frame.markers).toHaveLength(DATASET.launches.length);
  await waitForApp(page);
  await expect(page).toHaveTitle(/^Kwangmyongsong-3 Unit 2 \(Unha-3\), 12 December 2012: reached orbit · /);
  await expect(page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-3 Unit 2');
  expect(new URL(page.url()).pathname).toBe(`/launch/${DEC_2012}/`);
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});

test('from a launch page, another launch moves the address to the root’s, and Back returns to the page', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`./launch/${DEC_2012}/`);
  await waitForApp(page);
  await page.locator(`[data-launch-id="${APR_2012}"]`).click();
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('launch') === APR_2012);
  await expect(page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-3');
  // The tab names the launch shown, no longer the page's own.
  await expect(page).toHaveTitle(/^Kwangmyongsong-3 \(Unha-3\), 13 April 2012: failed · /);
  await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === `/launch/${DEC_2012}/` && url.search === '');
  await expect(page.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-3 Unit 2');
  watch.expectClean();
});

test('an outcome page shows that outcome only, and Copy link gives the canonical address of a launch', async ({ page, context }) => {
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./outcome/failure/');
  await waitForApp(page);
  const failures = DATASET.launches.filter((l) => l.outcome === 'failure');
  await expect(page.locator('[data-launch-id]')).toHaveCount(failures.length);
  await page.goto(`./?launch=${DEC_2012}`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Share & data' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`launch/${DEC_2012}/`, page.url()).href);
  watch.expectClean();
});
