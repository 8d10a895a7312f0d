// Group "wrong shape": a file whose header is wrong is refused, naming the field; a record of
// the wrong shape is skipped and named, and everything valid still renders; unknown keys are
// named but harmless; __proto__ / constructor keys change no prototype.
import type { Page } from '@playwright/test';
import { expect, group, test } from './guard.ts';
import {
  allBut,
  at,
  baseDataset,
  child,
  expectMarkersOnTheirDays,
  expectNote,
  expectRefused,
  type JsonRecord,
  LAUNCHES,
  markers,
  open,
  PROBLEMS_ONLY,
  serveJson,
  serveText,
  skippedLine,
  TARGET,
  TOTAL_LAUNCHES,
} from './fixtures.ts';

const FORMAT = 'The dataset file is not in the expected format.';
const TOP_LEVEL = `${FORMAT} (file): the top level must be a JSON object with "launches", "sources", "condemnations" and "contextEvents"`;

async function expectPrototypesUnchanged(page: Page): Promise<void> {
  const probe = await page.evaluate(() => {
    const plain: Record<string, unknown> = {};
    return { polluted: plain.polluted === undefined, isAdmin: plain.isAdmin === undefined, keys: Object.keys(Object.prototype).length };
  });
  expect(probe).toEqual({ polluted: true, isAdmin: true, keys: 0 });
}

/** The real file with `insert` spliced in right after `anchor` (so keys like __proto__ stay own keys). */
function splice(anchor: string, insert: string): string {
  const text = JSON.stringify(baseDataset());
  if (!text.includes(anchor)) throw new Error(`fixture: ${anchor} not found`);
  return text.replace(anchor, `${anchor}${insert}`);
}

test.describe('wrong shape', group('wrong shape'), () => {
  for (const [what, body] of [
    ['an array', '[{"launches": []}]'],
    ['a string', '"launches"'],
    ['null', 'null'],
    ['a number', '42'],
  ] as const) {
    test(`a top level that is ${what} is refused`, async ({ page }) => {
      await serveText(page, body);
      await open(page);
      await expectRefused(page, TOP_LEVEL);
    });
  }

  test('"launches" that is an object, not an array, is refused', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.launches = { [TARGET.id]: at(baseDataset().launches, 3) };
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} launches: must be an array, got an object`);
  });

  test('"launches": null is refused', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.launches = null;
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} launches: must be an array, got null`);
  });

  test('a file without "launches" is refused, naming the missing field', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    delete data.launches;
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} launches: is missing`);
  });

  test('"sources" as a string is refused', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.sources = 'see launches';
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} sources: must be an array, got string "see launches"`);
  });

  test('a title of the wrong type rejects the file, naming the field', async ({ page }) => {
    const data = baseDataset();
    data.title = 42;
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} title: must be a string, got number 42`);
  });

  test('an unknown schemaVersion is refused', async ({ page }) => {
    const data = baseDataset();
    data.schemaVersion = 2;
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, `${FORMAT} schemaVersion:`);
  });

  test('a launch with a field of the wrong type is skipped and named; the rest render on their days', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).vehicle = 42;
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].vehicle: must be a string, got number 42; record skipped']);
  });

  test('a launch missing a required field is skipped and named', async ({ page }) => {
    const data = baseDataset();
    delete at(data.launches, 3).payload;
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), [/^launches\[3\]\.payload: is missing.*record skipped$/]);
  });

  test('launch records that are not objects are skipped and named', async ({ page }) => {
    const data: JsonRecord = baseDataset();
    data.launches = ['2012-12-12', null, 42, ...baseDataset().launches];
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, `3 of ${TOTAL_LAUNCHES + 3} launches skipped because of errors in the data file.`, [
      /^launches\[0\]: .*record skipped$/,
      /^launches\[1\]: .*record skipped$/,
      /^launches\[2\]: .*record skipped$/,
    ]);
  });

  test('a nested object of the wrong type (site.lat as a string) skips only that launch', async ({ page }) => {
    const data = baseDataset();
    child(at(data.launches, 3), 'site').lat = '39.66';
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), [/^launches\[3\]\.site\.lat: must be a number/]);
  });

  test('facts that are an object, not a list, skip only that launch', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).facts = { text: 'one fact' };
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].facts: must be an array, got an object; record skipped']);
  });

  test('unknown keys still render, with a note naming each of them', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).sourceID = 'un-2087';
    child(at(data.launches, 3), 'site').elevation = 12;
    data.launchs = [];
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, PROBLEMS_ONLY, [
      'launches[3].sourceID: unknown key, ignored',
      'launches[3].site.elevation: unknown key, ignored',
      'launchs: unknown key, ignored',
    ]);
  });

  test('a __proto__ key in a launch changes no prototype; the launch still renders', async ({ page }) => {
    await serveText(page, splice('"launches":[{', '"__proto__":{"polluted":true,"isAdmin":true},'));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectPrototypesUnchanged(page);
    await expectNote(page, PROBLEMS_ONLY, ['launches[0].__proto__: unknown key, ignored']);
  });

  test('a __proto__ key at the top level changes no prototype', async ({ page }) => {
    await serveText(page, splice('{', '"__proto__":{"polluted":true,"launches":[]},'));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectPrototypesUnchanged(page);
  });

  test('a constructor.prototype key changes no prototype', async ({ page }) => {
    await serveText(page, splice('"launches":[{', '"constructor":{"prototype":{"polluted":true,"isAdmin":true}},'));
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectPrototypesUnchanged(page);
  });

  test('a __proto__ key inside a nested object (site) changes no prototype', async ({ page }) => {
    await serveText(page, splice('"site":{', '"__proto__":{"polluted":true},'));
    await open(page, `launch=${LAUNCHES[0]?.id ?? ''}`);
    await expect(page.getByRole('region', { name: 'Launch details' })).toBeVisible();
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectPrototypesUnchanged(page);
  });

  test('when every launch is broken, the note says so and the page does not blame the filter', async ({ page }) => {
    const data = baseDataset();
    for (const launch of data.launches) launch.outcome = 'exploded';
    await serveJson(page, data);
    await open(page);
    await expectNote(page, skippedLine(LAUNCHES.map((l) => l.index)), [/^launches\[0\]\.outcome: must be one of/]);
    await expect(markers(page)).toHaveCount(0);
    // No outcome is switched off: a message that says so sends the reader the wrong way.
    await expect(page.getByText('Every outcome is switched off.')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'No launch matches this filter' })).toHaveCount(0);
  });
});
