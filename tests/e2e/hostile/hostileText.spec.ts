// Group "hostile text": markup, very long strings, bidi controls, emoji, lone surrogates and
// invisible characters in every text field. Shown as text, never as markup; isolated so it cannot
// reorder the page's own words; over the length caps, the record is skipped with the cap message.
import type { Page } from '@playwright/test';
import { expect, group, test } from './guard.ts';
import {
  allBut,
  at,
  baseDataset,
  child,
  expectIsolated,
  expectMarkersOnTheirDays,
  expectNote,
  expectRefused,
  LAUNCHES,
  launchFacts,
  marker,
  markers,
  open,
  pageTextIncludes,
  panel,
  PAYLOADS,
  PROBLEMS_ONLY,
  serveJson,
  skippedLine,
  TARGET,
  type JsonRecord,
  type RawDataset,
} from './fixtures.ts';

const RLO = '\u202e';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** The target launch's first fact, its first response, and a source it cites, to write into. */
function targets(data: RawDataset): { launch: JsonRecord; fact: JsonRecord; response: JsonRecord; source: JsonRecord } {
  const launch = at(data.launches, 3);
  const facts = launch.facts;
  const fact = Array.isArray(facts) ? (facts[0] as JsonRecord | undefined) : undefined;
  const response = data.condemnations.find((c) => Array.isArray(c.launchIds) && c.launchIds.includes(TARGET.id));
  const cited = child(launch, 'citations').summary;
  const sourceId = Array.isArray(cited) ? cited[0] : undefined;
  const source = data.sources.find((s) => s.id === sourceId);
  if (!fact || !response || !source) throw new Error('fixture: the target launch needs a fact, a response and a source');
  return { launch, fact, response, source };
}

test.describe('hostile text', group('hostile text'), () => {
  test('markup in the dataset title is shown as text in the heading', async ({ page }) => {
    const data = baseDataset();
    data.title = `Launches ${PAYLOADS.img}`;
    await serveJson(page, data);
    await open(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Launches ${PAYLOADS.img}`);
  });

  test('a <script> in a payload is text: in the marker name, the panel heading and the list', async ({ page }) => {
    const data = baseDataset();
    const payload = `Sat ${PAYLOADS.script}`;
    at(data.launches, 3).payload = payload;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(marker(page, TARGET.id)).toHaveAttribute('aria-label', `${TARGET.vehicle}, ${payload}, ${TARGET.day}, reached orbit`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(payload);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('button', { name: payload })).toBeVisible();
  });

  test('an <svg onload> in a vehicle is text in the list and the panel', async ({ page }) => {
    const data = baseDataset();
    const vehicle = `Rocket ${PAYLOADS.svg}`;
    at(data.launches, 3).vehicle = vehicle;
    await serveJson(page, data);
    await open(page, `view=list&launch=${TARGET.id}`);
    await expect(page.getByRole('cell', { name: vehicle })).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(vehicle);
  });

  test('markup in a summary and a fact is text in the panel', async ({ page }) => {
    const data = baseDataset();
    const { launch, fact } = targets(data);
    launch.summary = `Summary ${PAYLOADS.breakout} ${PAYLOADS.img}`;
    fact.text = `Fact ${PAYLOADS.script} ${PAYLOADS.iframe}`;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page)).toContainText(`Summary ${PAYLOADS.breakout} ${PAYLOADS.img}`);
    await expect(panel(page).getByRole('region', { name: 'Facts' })).toContainText(`Fact ${PAYLOADS.script} ${PAYLOADS.iframe}`);
  });

  test('markup in a response\'s summary, body and reference is text', async ({ page }) => {
    const data = baseDataset();
    const { response } = targets(data);
    response.summary = `Response ${PAYLOADS.svg}`;
    response.by = `Council ${PAYLOADS.img}`;
    response.reference = `S/RES ${PAYLOADS.iframe}`;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    const responses = panel(page).getByRole('region', { name: 'Related condemnations' });
    await expect(responses).toContainText(`Response ${PAYLOADS.svg}`);
    await expect(responses).toContainText(`Council ${PAYLOADS.img}`);
    await expect(responses).toContainText(`S/RES ${PAYLOADS.iframe}`);
  });

  test('markup in a source\'s title and publisher is text in the source list', async ({ page }) => {
    const data = baseDataset();
    const { source } = targets(data);
    source.title = `Source ${PAYLOADS.img}`;
    source.publisher = `Publisher ${PAYLOADS.breakout}`;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    const sources = panel(page).getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('link', { name: new RegExp(`^Source <img`) })).toBeVisible();
    await expect(sources).toContainText(`Publisher ${PAYLOADS.breakout}`);
  });

  test('markup in every other launch field (site, outcome and claim notes, aliases) is text', async ({ page }) => {
    const data = baseDataset();
    const launch = at(data.launches, 3);
    child(launch, 'site').name = `Site ${PAYLOADS.img}`;
    launch.outcomeSummary = `Outcome ${PAYLOADS.script}`;
    launch.claimSummary = `Claim ${PAYLOADS.svg}`;
    launch.vehicleAliases = [`Alias ${PAYLOADS.breakout}`];
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    for (const text of [`Site ${PAYLOADS.img}`, `Outcome ${PAYLOADS.script}`, `Claim ${PAYLOADS.svg}`, `Alias ${PAYLOADS.breakout}`]) {
      await expect(panel(page)).toContainText(text);
    }
  });

  test('a template-injection title on a context event is text in its name and tooltip', async ({ page }) => {
    const data = baseDataset();
    at(data.contextEvents, 0).title = `Event ${PAYLOADS.template}`;
    await serveJson(page, data);
    await open(page, 'context=1');
    const mark = page.getByRole('listitem', { name: `Event ${PAYLOADS.template}`, exact: false });
    await mark.focus();
    await expect(page.locator('.tl-tooltip__title')).toHaveText(`Event ${PAYLOADS.template}`);
  });

  test('HTML entities are shown exactly as typed, never decoded into markup', async ({ page }) => {
    const data = baseDataset();
    const summary = 'Entities stay as typed: &lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;script&#x3E;window.__pwned=1&#x3C;/script&#x3E;';
    at(data.launches, 3).summary = summary;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).locator('.launch-panel__summary')).toContainText(summary);
    await expect(panel(page).locator('.launch-panel__summary b')).toHaveCount(0);
  });

  test('Markdown and bare addresses in text never become links', async ({ page }) => {
    const data = baseDataset();
    const summary = 'See [the UN page](javascript:window.__pwned=1), <https://evil.example/> and www.evil.example.';
    at(data.launches, 3).summary = summary;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    const paragraph = panel(page).locator('.launch-panel__summary');
    await expect(paragraph).toContainText(summary);
    await expect(paragraph.locator('a:not(.footnote-ref)')).toHaveCount(0);
    await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
  });

  test('a payload over the 200-character cap skips the launch with the cap message', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).payload = 'P'.repeat(201);
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].payload: must be at most 200 characters; record skipped']);
  });

  test('a summary over the 1000-character cap skips the launch with the cap message', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).summary = `${PAYLOADS.script} `.repeat(40).concat('x'.repeat(1000));
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].summary: must be at most 1000 characters; record skipped']);
  });

  test('a fact over the 1000-character cap skips the launch with the cap message', async ({ page }) => {
    const data = baseDataset();
    targets(data).fact.text = 'F'.repeat(1001);
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].facts[0].text: must be at most 1000 characters; record skipped']);
  });

  test('a dataset title over the cap rejects the file with the cap message', async ({ page }) => {
    const data = baseDataset();
    data.title = 'T'.repeat(201);
    await serveJson(page, data);
    await open(page);
    await expectRefused(page, 'The dataset file is not in the expected format. title: must be at most 200 characters');
  });

  test('a payload of only whitespace skips the launch as empty', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).payload = ' \t\n\u00a0 ';
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), ['launches[3].payload: must not be empty; record skipped']);
  });

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('a payload and a summary at their caps with no spaces wrap in the panel and the list', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).payload = 'P'.repeat(200);
    at(data.launches, 3).vehicle = 'V'.repeat(200);
    at(data.launches, 3).summary = 'S'.repeat(1000);
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('P'.repeat(200));
    expect(await overflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'V'.repeat(200) })).toBeVisible();
    expect(await overflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
  });

  test('a 200-character title with no spaces (at the cap) wraps: the page never scrolls sideways', async ({ page }) => {
    const data = baseDataset();
    data.title = 'T'.repeat(200);
    await serveJson(page, data);
    await open(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('T'.repeat(200));
    expect(await overflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
  });

  test('right-to-left overrides in the title, a payload, a summary and a source title are isolated', async ({ page }) => {
    const data = baseDataset();
    const { launch, source } = targets(data);
    const values = {
      title: `${RLO}Launches, reversed`,
      payload: `${RLO}Kwangmyongsong-3 Unit 2`,
      summary: `${RLO}This summary is written backwards`,
      sourceTitle: `تقرير ${RLO}مقلوب`,
    };
    data.title = values.title;
    launch.payload = values.payload;
    launch.summary = values.summary;
    source.title = values.sourceTitle;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    for (const value of Object.values(values)) await expectIsolated(page, value);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expectIsolated(page, values.payload);
  });

  test('unbalanced bidi isolates (U+2066–2069) in a fact and a response are isolated', async ({ page }) => {
    const data = baseDataset();
    const { fact, response } = targets(data);
    const factText = `${LRI}left-to-right isolate left open ${RLI}عربي ${FSI}first strong`;
    const responseText = `${PDI}${PDI} a stray pop, then ${RLO}an override`;
    fact.text = factText;
    response.summary = responseText;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expectIsolated(page, factText);
    await expectIsolated(page, responseText);
  });

  test('right-to-left scripts in a payload and a vehicle are shown in their own direction', async ({ page }) => {
    const data = baseDataset();
    const launch = at(data.launches, 3);
    launch.payload = 'كوانغميونغسونغ-3';
    launch.vehicle = 'אונהה-3';
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('كوانغميونغسونغ-3');
    await expectIsolated(page, 'كوانغميونغسونغ-3');
    await expectIsolated(page, 'אונהה-3');
  });

  test('a right-to-left override in a vehicle cannot reverse the neighbouring launch\'s "Previous" button', async ({ page }) => {
    const data = baseDataset();
    const vehicle = `${RLO}Unha-3`;
    at(data.launches, 3).vehicle = vehicle;
    await serveJson(page, data);
    await open(page, `launch=${launchFacts(4).id}`);
    await expect(panel(page).getByRole('button', { name: /^← Previous:|^Previous:/ })).toContainText(vehicle);
    await expectIsolated(page, vehicle);
  });

  test('a right-to-left override inside a bad value cannot reverse the data editor\'s problem line', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).outcome = `${RLO}exploded`;
    await serveJson(page, data);
    await open(page);
    await expectNote(page, skippedLine([3]), [/^launches\[3\]\.outcome: must be one of/]);
    const line = page.getByRole('note').getByRole('listitem').filter({ hasText: 'launches[3].outcome' });
    await expect(line).toContainText(/exploded.*; record skipped$/);
    // Shown raw, it must be isolated; shown escaped (\u202e), it cannot reorder anything.
    await expectIsolated(page, `${RLO}exploded`, { mustAppear: false });
  });

  test('an unknown key whose name carries a right-to-left override cannot reverse its problem line', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3)[`${RLO}sourceID`] = 'x';
    await serveJson(page, data);
    await open(page);
    await expectNote(page, PROBLEMS_ONLY, [/^launches\[3\]\[".*sourceID"\]: unknown key, ignored$/]);
    await expectIsolated(page, `${RLO}sourceID`, { mustAppear: false });
  });

  test('emoji, ZWJ sequences and stacked combining marks are shown exactly', async ({ page }) => {
    const data = baseDataset();
    const payload = '🛰️ Kwangmyongsong 👩🏽‍🚀 Z̴̡̛̗̈́a̶͉͑l̵̖̓g̸̱̈ó̷̧ 🇰🇵';
    at(data.launches, 3).payload = payload;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(payload);
    await expect(marker(page, TARGET.id)).toHaveAttribute('aria-label', new RegExp(`^${TARGET.vehicle}, 🛰️`));
  });

  test('a lone surrogate in a payload renders without breaking the page', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).payload = 'Lone\ud800Surrogate';
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Lone');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    expect(await pageTextIncludes(page, JSON.stringify('Lone\ud800Surrogate'))).toBe(true);
  });

  test('zero-width characters are kept, and the launch is still found and opened', async ({ page }) => {
    const data = baseDataset();
    const payload = 'Kwang\u200bmyong\u200csong\u200d-3\u2060 Unit\ufeff 2';
    at(data.launches, 3).payload = payload;
    await serveJson(page, data);
    await open(page);
    await marker(page, TARGET.id).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await pageTextIncludes(page, JSON.stringify(payload))).toBe(true);
  });

  test('control characters (NUL, bell, terminal escapes) in a summary are shown as text', async ({ page }) => {
    const data = baseDataset();
    const summary = 'NUL \u0000 bell \u0007 escape \u001b[31mred\u001b[0m backspace \b end';
    at(data.launches, 3).summary = summary;
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).locator('.launch-panel__summary')).toContainText('backspace');
    expect(await pageTextIncludes(page, JSON.stringify(summary))).toBe(true);
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('an unknown key whose name is markup is named as text in the note', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3)[PAYLOADS.img] = 1;
    await serveJson(page, data);
    await open(page);
    await expectNote(page, PROBLEMS_ONLY, [`launches[3][${JSON.stringify(PAYLOADS.img)}]: unknown key, ignored`]);
  });

  test('markup in a site record and a rocket family is text: in the lane names, the bands and the rail headings', async ({ page }) => {
    const data = baseDataset();
    const sites = data.sites as JsonRecord[];
    const vehicles = data.vehicles as JsonRecord[];
    const site = at(sites, 1);
    site.shortName = `Sohae ${PAYLOADS.img}`;
    site.name = `Station ${PAYLOADS.svg}`;
    for (const vehicle of vehicles) if (vehicle.family === 'Unha') vehicle.family = `Unha ${PAYLOADS.script}`;
    await serveJson(page, data);
    // Ungrouped, the wide chart's bands carry the site's full name and the family's.
    await open(page);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(page.locator('.tl-band__title', { hasText: `Station ${PAYLOADS.svg}` })).toHaveCount(1);
    await expect(page.locator('.tl-band__title', { hasText: `Unha ${PAYLOADS.script} rockets` })).toHaveCount(1);
    // Grouped by site, the lane is named with the short name.
    await open(page, 'group=site');
    await expect(page.locator('.tl-group-lane__name', { hasText: `Sohae ${PAYLOADS.img}` })).toHaveCount(1);
    // On a phone, the rail's section heading.
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, 'group=family');
    await expect(page.getByRole('heading', { level: 2, name: `Unha ${PAYLOADS.script}` })).toBeVisible();
    await expectIsolated(page, PAYLOADS.script);
  });
});
