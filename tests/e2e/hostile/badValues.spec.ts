// Group "bad values": impossible dates, dates without a zone or outside the range, odd years,
// out-of-range numbers, unknown enum values. The record is skipped and named; it is never
// shown on another day, and every other launch keeps its own day.
import { expect, group, test } from './guard.ts';
import {
  allBut,
  at,
  baseDataset,
  child,
  escapeRegExp,
  expectMarkersOnTheirDays,
  expectNote,
  expectRefused,
  LAUNCHES,
  marker,
  open,
  panel,
  serveJson,
  skippedLine,
  TARGET,
  TOTAL_CONDEMNATIONS,
  type JsonRecord,
} from './fixtures.ts';

const INSTANT = (value: string) => `launches[3].launchedAt: must be a real UTC instant as YYYY-MM-DDTHH:MM:SSZ, got ${JSON.stringify(value)}; record skipped`;
const OUTSIDE = (value: string) => `launches[3].launchedAt: ${value} is outside the dataset range 1998-01-01 – 2023-12-31; record skipped`;

type Breaker = { name: string; apply: (launch: JsonRecord) => void; problem: string | RegExp };

const setAt = (value: unknown) => (launch: JsonRecord) => {
  launch.launchedAt = value;
};

const BREAKERS: Breaker[] = [
  { name: 'an unknown outcome', apply: (l) => void (l.outcome = 'exploded'), problem: /^launches\[3\]\.outcome: must be one of .*got "exploded"; record skipped$/ },
  { name: 'an outcome in the wrong case', apply: (l) => void (l.outcome = 'SUCCESS'), problem: /^launches\[3\]\.outcome: must be one of .*got "SUCCESS"; record skipped$/ },
  { name: '30 February', apply: setAt('2012-02-30T00:49:00Z'), problem: INSTANT('2012-02-30T00:49:00Z') },
  { name: '29 February in a year that is not a leap year', apply: setAt('2013-02-29T00:49:00Z'), problem: INSTANT('2013-02-29T00:49:00Z') },
  { name: 'month 13', apply: setAt('2012-13-12T00:49:00Z'), problem: INSTANT('2012-13-12T00:49:00Z') },
  { name: 'hour 24', apply: setAt('2012-12-12T24:00:00Z'), problem: INSTANT('2012-12-12T24:00:00Z') },
  { name: 'a leap second', apply: setAt('2012-12-12T00:49:60Z'), problem: INSTANT('2012-12-12T00:49:60Z') },
  { name: 'a local time without a zone', apply: setAt('2012-12-12T09:49:00'), problem: INSTANT('2012-12-12T09:49:00') },
  { name: 'a time with a +09:00 offset instead of Z', apply: setAt('2012-12-12T09:49:00+09:00'), problem: INSTANT('2012-12-12T09:49:00+09:00') },
  { name: 'a date without a time', apply: setAt('2012-12-12'), problem: INSTANT('2012-12-12') },
  { name: 'a number of milliseconds', apply: setAt(1_355_273_340_000), problem: 'launches[3].launchedAt: must be a string, got number 1355273340000; record skipped' },
  { name: 'a date a minute before the range', apply: setAt('1997-12-31T23:59:00Z'), problem: OUTSIDE('1997-12-31T23:59:00Z') },
  { name: 'a date after the range', apply: setAt('2024-01-01T00:00:00Z'), problem: OUTSIDE('2024-01-01T00:00:00Z') },
  { name: 'the year 0098', apply: setAt('0098-12-12T00:49:00Z'), problem: OUTSIDE('0098-12-12T00:49:00Z') },
  { name: 'the extreme year 275760', apply: setAt('275760-09-13T00:00:00Z'), problem: INSTANT('275760-09-13T00:00:00Z') },
  { name: 'an expanded year +275760', apply: setAt('+275760-09-13T00:00:00.000Z'), problem: INSTANT('+275760-09-13T00:00:00.000Z') },
  { name: 'a latitude below -90', apply: (l) => void (child(l, 'site').lat = -91), problem: /^launches\[3\]\.site\.lat: .*-90.*record skipped$/ },
  { name: 'a longitude above 180', apply: (l) => void (child(l, 'site').lon = 181), problem: /^launches\[3\]\.site\.lon: .*180.*record skipped$/ },
  { name: 'an unknown time precision', apply: (l) => void (l.timePrecision = 'second'), problem: /^launches\[3\]\.timePrecision: must be one of .*record skipped$/ },
  { name: 'a negative perigee', apply: (l) => void (child(l, 'orbit').perigeeKm = -5), problem: /^launches\[3\]\.orbit\.perigeeKm: .*record skipped$/ },
];

test.describe('bad values', group('bad values'), () => {
  for (const { name, apply, problem } of BREAKERS) {
    test(`a launch with ${name} is skipped and named; no launch moves to another day`, async ({ page }) => {
      const data = baseDataset();
      apply(at(data.launches, 3));
      await serveJson(page, data);
      await open(page);
      await expectMarkersOnTheirDays(page, allBut(3));
      await expectNote(page, skippedLine([3]), [problem]);
    });
  }

  test('a response dated 30 February is skipped and named, never shown on 2 March', async ({ page }) => {
    const data = baseDataset();
    const index = data.condemnations.findIndex((c) => Array.isArray(c.launchIds) && c.launchIds.includes(TARGET.id));
    const record = at(data.condemnations, index);
    record.date = '2013-02-30';
    record.summary = 'A response with an impossible date.';
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    const responses = panel(page).getByRole('region', { name: 'Related condemnations' });
    await expect(responses.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByText('A response with an impossible date.')).toHaveCount(0);
    await expect(responses.locator('time[datetime="2013-03-02"]')).toHaveCount(0);
    await expectNote(page, `1 of ${TOTAL_CONDEMNATIONS} responses skipped because of errors in the data file.`, [
      `condemnations[${index}].date: must be a real date as YYYY-MM-DD, got "2013-02-30"; record skipped`,
    ]);
  });

  test('a context event dated 30 February is skipped and named', async ({ page }) => {
    const data = baseDataset();
    at(data.contextEvents, 0).date = '2006-02-30';
    await serveJson(page, data);
    await open(page, 'context=1');
    await expect(page.locator('[data-context-id]')).toHaveCount(data.contextEvents.length - 1);
    await expect(page.getByRole('listitem', { name: /2 March 2006/ })).toHaveCount(0);
    await expectNote(page, `1 of ${data.contextEvents.length} context events skipped because of errors in the data file.`, [/^contextEvents\[0\]\.date: must be a real date/]);
  });

  test('an impossible "updated" date rejects the file, naming the field', async ({ page }) => {
    const data = baseDataset();
    data.updated = '2026-02-30';
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, 'The dataset file is not in the expected format. updated: must be a real date as YYYY-MM-DD, got "2026-02-30"');
  });

  test('a reversed dataset range rejects the file', async ({ page }) => {
    const data = baseDataset();
    data.range = { start: '2023-12-31', end: '1998-01-01' };
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, 'The dataset file is not in the expected format. range: start 2023-12-31 is after end 1998-01-01');
  });

  test('a range that starts in the year 0001 is drawn from the year 1, not from 1901', async ({ page }) => {
    const data = baseDataset();
    data.range = { start: '0001-01-01', end: '2023-12-31' };
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expect(page.locator('.tl-range')).toHaveText('Showing 1 – 2023');
  });

  test('a launch in the year 0098 (inside a range from 0001) sits at the year 98, not in 1998', async ({ page }) => {
    const data = baseDataset();
    data.range = { start: '0001-01-01', end: '2023-12-31' };
    const ancient = { ...at(baseDataset().launches, 0), id: '0098-08-31-ancient', payload: 'Ancient payload', launchedAt: '0098-08-31T03:07:00Z' };
    data.launches.push(ancient);
    await serveJson(page, data);
    await open(page);
    const first = LAUNCHES[0];
    if (!first) throw new Error('fixture: no launches');
    await expect(marker(page, ancient.id)).toHaveAttribute('aria-label', new RegExp(`, ${escapeRegExp('31 August 98')}, `));
    const chart = await page.locator('svg.tl-svg').boundingBox();
    const old = await marker(page, ancient.id).boundingBox();
    const y1998 = await marker(page, first.id).boundingBox();
    if (!chart || !old || !y1998) throw new Error('the chart or a marker has no box');
    // Year 98 of 1–2023 is about 5% along the axis; 1998 is about 99%.
    expect(old.x).toBeGreaterThanOrEqual(chart.x);
    expect(old.x + old.width / 2).toBeLessThan(chart.x + chart.width * 0.2);
    expect(y1998.x).toBeGreaterThan(chart.x + chart.width * 0.8);
  });
});
