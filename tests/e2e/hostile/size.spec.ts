// Group "size": files over 5 MB, record counts over the caps, deep nesting, huge strings. Refused
// quickly with a size message (or the bad record skipped and named); the tab stays responsive.
import { expect, expectResponsive, group, test } from './guard.ts';
import {
  allBut,
  at,
  BASE_TEXT,
  baseDataset,
  expectMarkersOnTheirDays,
  expectNote,
  expectRefused,
  LAUNCHES,
  markers,
  open,
  PROBLEMS_ONLY,
  serve,
  serveJson,
  serveText,
  skippedLine,
  TOTAL_LAUNCHES,
  TOTAL_SOURCES,
  type JsonRecord,
  type RawDataset,
} from './fixtures.ts';

const MB = 1024 * 1024;
/** "Quickly": a refusal must not wait on anything but the transfer itself. */
const QUICK_MS = 5_000;

const nestedArrays = (levels: number): string => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

/** `count` small but valid launches spread over the range (no responses or context events). */
function manyLaunches(count: number): RawDataset {
  const data = baseDataset();
  const source = String(at(data.sources, 0).id);
  const cite = [source];
  const start = Date.parse('1998-01-02T00:00:00Z');
  const step = (Date.parse('2023-12-30T00:00:00Z') - start) / count;
  data.launches = Array.from({ length: count }, (_, i) => ({
    id: `generated-${i}`,
    launchedAt: new Date(start + Math.floor((step * i) / 60_000) * 60_000).toISOString().replace('.000Z', 'Z'),
    timePrecision: 'minute',
    pyongyangUtcOffset: '+09:00',
    vehicle: 'Generated rocket',
    vehicleAliases: [],
    payload: `Payload ${i}`,
    site: { name: 'Generated site', lat: 40, lon: 129 },
    outcome: i % 2 === 0 ? 'failure' : 'success',
    outcomeSummary: 'Generated',
    northKoreaClaimed: 'none',
    summary: 'Generated.',
    citations: { launchedAt: cite, vehicle: cite, payload: cite, site: cite, outcome: cite, northKoreaClaimed: cite, summary: cite },
    facts: [],
  }));
  data.condemnations = [];
  data.contextEvents = [];
  return data;
}

test.describe('size', group('size'), () => {
  test('a 6 MB file is refused quickly with its size', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 0).padding = 'x'.repeat(6 * MB);
    const body = JSON.stringify(data);
    await serveText(page, body);
    const started = Date.now();
    await open(page);
    await expectRefused(page, `The dataset is ${(Buffer.byteLength(body) / MB).toFixed(1)} MB; the limit is 5 MB.`);
    expect(Date.now() - started).toBeLessThan(QUICK_MS);
    await expectResponsive(page);
  });

  test('a server announcing 40 MB is refused from the header, before the body is read', async ({ page }) => {
    await serve(page, { contentType: 'application/json', headers: { 'content-length': String(40 * MB) }, body: BASE_TEXT });
    const started = Date.now();
    await open(page);
    await expectRefused(page, 'The dataset is 40.0 MB; the limit is 5 MB.');
    expect(Date.now() - started).toBeLessThan(QUICK_MS);
  });

  test('a 6 MB file of Korean text sent compressed (Content-Length is the gzip size) is still refused: the cap counts bytes', async ({ page }) => {
    // A CDN that compresses sends the compressed length; the browser hands the app the decoded
    // body. 2.1 million Hangul syllables are 6.3 MB of UTF-8 but only 2.1 million UTF-16 units.
    const data = baseDataset();
    at(data.launches, 0).padding = '한'.repeat(2_100_000);
    const body = JSON.stringify(data);
    await serve(page, { contentType: 'application/json', headers: { 'content-length': '150000' }, body });
    await open(page);
    await expectRefused(page, `The dataset is ${(Buffer.byteLength(body) / MB).toFixed(1)} MB; the limit is 5 MB.`);
  });

  test('20,001 launches are refused with the record limit', async ({ page }) => {
    const data = baseDataset();
    data.launches = Array.from({ length: 20_001 }, () => ({}));
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, 'The dataset file is not in the expected format. launches: has 20001 records; the limit is 20000');
  });

  test('100,000 launches are refused quickly with the record limit', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.launches = Array.from({ length: 100_000 }, (_, i) => i);
    await serveJson(page, data);
    const started = Date.now();
    await open(page);
    await expectRefused(page, 'launches: has 100000 records; the limit is 20000');
    expect(Date.now() - started).toBeLessThan(QUICK_MS);
    await expectResponsive(page);
  });

  test('50,001 sources are refused with the record limit', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.sources = Array.from({ length: 50_001 }, () => 0);
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, 'sources: has 50001 records; the limit is 50000');
  });

  test('a launch record of 5,000 nested arrays is skipped and named; the tab stays responsive', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace('"launches": [', `"launches": [${nestedArrays(5_000)},`));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, `1 of ${TOTAL_LAUNCHES + 1} launches skipped because of errors in the data file.`, [/^launches\[0\]/]);
    await expectResponsive(page);
  });

  test('a source record of 5,000 nested arrays is skipped and named; the tab stays responsive', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace('"sources": [', `"sources": [${nestedArrays(5_000)},`));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, `1 of ${TOTAL_SOURCES + 1} sources skipped because of errors in the data file.`, [/^sources\[0\]/]);
    await expectResponsive(page);
  });

  test('a file that is 100,000 nested arrays is refused as not an object; the tab stays responsive', async ({ page }) => {
    await serveText(page, nestedArrays(100_000));
    await open(page);
    await expectRefused(page, '(file): the top level must be a JSON object');
    await expectResponsive(page);
  });

  test('5,000 nested objects under an unknown key are named and ignored; everything renders', async ({ page }) => {
    await serveText(page, BASE_TEXT.replace('{', `{"deep": ${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},`));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, PROBLEMS_ONLY, ['deep: unknown key, ignored']);
    await expectResponsive(page);
  });

  test('a 4 MB summary skips the launch with the cap message; the tab stays responsive', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).summary = 'S'.repeat(4 * MB);
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].summary: must be at most 1000 characters; record skipped']);
    await expectResponsive(page);
  });

  test('10,000 broken launches next to the real ones: counted, details capped, the real ones render', async ({ page }) => {
    const data = baseDataset();
    data.launches = [...Array.from({ length: 10_000 }, () => ({})), ...data.launches];
    await serveJson(page, data);
    const started = Date.now();
    await open(page);
    await expect(markers(page)).toHaveCount(TOTAL_LAUNCHES);
    expect(Date.now() - started).toBeLessThan(QUICK_MS * 2);
    const note = page.getByRole('note');
    await expect(note.locator('p').first()).toHaveText(`10000 of ${10_000 + TOTAL_LAUNCHES} launches skipped because of errors in the data file.`);
    await note.locator('summary').click();
    expect(await note.getByRole('listitem').count()).toBeLessThanOrEqual(50);
    await expectResponsive(page);
  });

  test('a launch with 101 facts is skipped and named', async ({ page }) => {
    const data = baseDataset();
    const facts = at(data.launches, 3).facts;
    const fact: unknown = Array.isArray(facts) ? facts[0] : undefined;
    at(data.launches, 3).facts = Array.from({ length: 101 }, () => fact);
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), [/^launches\[3\]\.facts: .*record skipped$/]);
  });

  test('1,000 valid launches render, and the tab answers within a second after drawing and zooming', async ({ page }) => {
    await serveJson(page, manyLaunches(1_000));
    await open(page);
    // Too many for single markers at the whole range: boxes per period count every one of them.
    const boxes = page.locator('[data-cluster-key]');
    await expect(boxes.first()).toBeVisible({ timeout: 20_000 });
    const labels = await boxes.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels.reduce((n, label) => n + Number(label.replace(/,/g, '').match(/^(\d+) launch/)?.[1] ?? Number.NaN), 0)).toBe(1_000);
    await expectResponsive(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.tl-range')).not.toHaveText('Showing 1998 – 2023');
    await expectResponsive(page);
  });
});
