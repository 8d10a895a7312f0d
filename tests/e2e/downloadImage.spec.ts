// "Download image" (issue 17) against the production build and the real dataset: the SVG and the
// PNG of three views, made in the browser from the chart's own SVG, with no request to another
// origin and no CSP violation. The PNGs are kept in test-results/download-image/ to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { cspViolations, openShareMenu, recordCspViolations, waitForApp, watchPage } from './helpers.ts';
import { at, baseDataset, open, serveJson } from './hostile/fixtures.ts';

const DATASET = JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as { title: string; version: string; license: string };
const SOURCE_LINE = `Data: ${DATASET.title} v${DATASET.version}, ${DATASET.license}`;
const KEEP = path.resolve('test-results/download-image');

type SvgFacts = { width: number; height: number; texts: string[]; title: string; parseErrors: number; fills: string[] };

/** Downloads the picture in `format`, returning the file's name and bytes. */
async function download(page: Page, format: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download image (${format})` }).click()]);
  await expect(page.getByRole('group', { name: 'Download image' }).getByRole('status')).toHaveText(`Image saved as ${file.suggestedFilename()}.`);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The SVG file read by the browser's XML parser: its size, every <text>'s words, its background. */
function readSvg(page: Page, text: string): Promise<SvgFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      // Each line of a wrapped block is a <tspan>; each of the chart's labels is one <text>.
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      title: root.querySelector(':scope > title')?.textContent ?? '',
      parseErrors: doc.getElementsByTagName('parsererror').length,
      fills: [...root.querySelectorAll(':scope > rect')].map((r) => r.getAttribute('fill') ?? ''),
    };
  }, text);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature and the chunk's length and type). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The words of every <text> the reader can see in the page's chart: launch labels, annotations, bands, ticks. */
function visibleChartTexts(page: Page): Promise<string[]> {
  return page.locator('.layout__main .tl-svg text').evaluateAll((nodes) =>
    nodes.filter((node) => getComputedStyle(node).display !== 'none' && (node.textContent ?? '').trim() !== '').map((node) => node.textContent ?? ''),
  );
}

function keep(name: string, bytes: Buffer): void {
  mkdirSync(KEEP, { recursive: true });
  writeFileSync(path.join(KEEP, name), bytes);
}

// `address`: the view's canonical address, which the picture names (its share page where the build made one).
const VIEWS = [
  { query: './', address: './', view: 'all', note: null },
  { query: './?outcome=failure', address: './outcome/failure/', view: 'failure', note: 'Showing 5 of 8 launch attempts: failures' },
  { query: './?launch=2016-02-07-kwangmyongsong-4', address: './launch/2016-02-07-kwangmyongsong-4/', view: '2016-02-07-kwangmyongsong-4', note: 'Highlighted: Kwangmyongsong-4, 7 February 2016' },
] as const;

for (const { query, address, view, note } of VIEWS) {
  test(`the ${view} view downloads as an SVG holding the chart's words and as a PNG at twice its size`, async ({ page }) => {
    const watch = watchPage(page);
    await recordCspViolations(page.context());
    await page.goto(query);
    await waitForApp(page);
    const labels = await visibleChartTexts(page);
    expect(labels.length).toBeGreaterThan(8);
    await openShareMenu(page);

    const svg = await download(page, 'SVG');
    expect(svg.name).toBe(`nk-satellite-launches-${view}.svg`);
    keep(svg.name, svg.bytes);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Concrete colours only: nothing of the page's variables or light-dark() pairs is left to resolve.
    expect(text.match(/var\(--|light-dark\(|color-mix\(|color\(srgb|currentcolor|\sstyle=/gi), 'unresolved colours or style attributes').toBeNull();
    const facts = await readSvg(page, text);
    expect(facts.parseErrors).toBe(0);
    expect(facts.title).toBe(DATASET.title);
    expect(facts.texts).toContain(DATASET.title);
    for (const label of labels) expect(facts.texts, `the chart's "${label}"`).toContain(label);
    const words = facts.texts.join(' ');
    expect(words).toContain(SOURCE_LINE);
    expect(words.replace(/ /g, '')).toContain(new URL(address, page.url()).href);
    if (note) expect(words).toContain(note);
    // The page's chart is as wide as the page's column (1160 px at 1280): the picture adds its padding.
    const chartWidth = await page.locator('.layout__main .tl-svg').evaluate((el) => Number(el.getAttribute('width')));
    expect(facts.width).toBe(chartWidth + 48);
    expect(facts.fills).toEqual(['rgb(255, 255, 255)']);

    const png = await download(page, 'PNG');
    expect(png.name).toBe(`nk-satellite-launches-${view}.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * facts.width, height: 2 * facts.height });
    keep(png.name, png.bytes);

    expect(await cspViolations(page)).toEqual([]);
    watch.expectClean();
  });
}

test('in the dark theme the picture is dark, in plain colours', async ({ page }) => {
  const watch = watchPage(page);
  await recordCspViolations(page.context());
  await page.goto('./?theme=dark&outcome=failure');
  await waitForApp(page);
  await openShareMenu(page);
  const svg = await download(page, 'SVG');
  const facts = await readSvg(page, svg.bytes.toString('utf8'));
  // --bg's dark half, #15171a.
  expect(facts.fills).toEqual(['rgb(21, 23, 26)']);
  const png = await download(page, 'PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * facts.width, height: 2 * facts.height });
  keep('dark-failure.png', png.bytes);
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});

test('on a phone, where the rail stands in for the chart, the picture still shows the wide chart', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const watch = watchPage(page);
  await recordCspViolations(page.context());
  await page.goto('./?launch=2016-02-07-kwangmyongsong-4');
  await waitForApp(page);
  await expect(page.locator('.layout__main .tl-svg')).toHaveCount(0);
  await openShareMenu(page);
  const svg = await download(page, 'SVG');
  const facts = await readSvg(page, svg.bytes.toString('utf8'));
  // Drawn off screen at 960 px, then taken away again.
  expect(facts.width).toBe(960 + 48);
  await expect(page.locator('.tl-svg')).toHaveCount(0);
  expect(facts.texts).toContain('Kwangmyongsong-4 · Feb 2016');
  expect(facts.texts.join(' ')).toContain(SOURCE_LINE);
  const png = await download(page, 'PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * facts.width, height: 2 * facts.height });
  keep('phone-launch.png', png.bytes);
  // The offscreen chart took no focus and left the menu where it was.
  await expect(page.getByRole('button', { name: 'Download image (PNG)' })).toBeFocused();
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});

test('text from the data stays text in the picture, however hostile', async ({ page }) => {
  const HOSTILE = `</text><script>alert("x")</script>&amp; <b onload='y'>"q"</b> ]]> <!--`;
  const data = baseDataset();
  data.title = `Title ${HOSTILE}`;
  data.license = `CC BY 4.0 ${HOSTILE}`;
  const launch = at(data.launches, 4);
  launch.payload = `Sat ${HOSTILE}`;
  const watch = watchPage(page);
  await recordCspViolations(page.context());
  await serveJson(page, data);
  await open(page, 'outcome=success');
  await waitForApp(page);
  // The page first shows the build's own dataset, then the hostile one once it has been fetched.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Title ${HOSTILE}`);
  const labels = await visibleChartTexts(page);
  expect(labels.some((label) => label.startsWith(`Sat ${HOSTILE}`))).toBe(true);
  await openShareMenu(page);
  const svg = await download(page, 'SVG');
  const text = svg.bytes.toString('utf8');
  const facts = await readSvg(page, text);
  expect(facts.parseErrors).toBe(0);
  expect(text).not.toContain('<script');
  expect(text).not.toContain('<b ');
  const counts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { script: doc.getElementsByTagName('script').length, b: doc.getElementsByTagName('b').length, onload: doc.querySelectorAll('[onload]').length };
  }, text);
  expect(counts).toEqual({ script: 0, b: 0, onload: 0 });
  expect(facts.title).toBe(`Title ${HOSTILE}`);
  for (const label of labels) expect(facts.texts, `the chart's "${label}"`).toContain(label);
  expect(facts.texts.join(' ')).toContain(`CC BY 4.0 ${HOSTILE}`);
  const png = await download(page, 'PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * facts.width, height: 2 * facts.height });
  keep('hostile.png', png.bytes);
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});
