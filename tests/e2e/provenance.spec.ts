// Trust and provenance against the production build and the real dataset: "How we know"
// from the header and from a launch panel, the Sources page and the way back from a source
// to the records citing it, "Cite this", and the citation in the JSON download.
// Written for the integration in the provenance report: `about=methodology|sources` in the URL.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openShareMenu, screenshot, watchPage } from './helpers.ts';

const DEC_2012 = '2012-12-12-kwangmyongsong-3-unit-2';
const AUG_1998 = '1998-08-31-kwangmyongsong-1';
const TITLE = "North Korea's satellite launch attempts, 1998–2023";
/** How many entries the data file's corrections log has (39 since the 1.2.0 review). */
const CORRECTIONS = (JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as { corrections?: unknown[] }).corrections?.length ?? 0;

const panelOf = (page: Page): Locator => page.getByRole('region', { name: 'Launch details' });
const aboutHeading = (page: Page, name: string): Locator => page.getByRole('heading', { level: 2, name, exact: true });
const footerLinks = (page: Page): Locator => page.getByRole('navigation', { name: 'About the data' });

/** One source on the Sources page, found by the title of its link. */
function sourceEntry(page: Page, title: RegExp): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
}

test('the header opens How we know: its period, what counts, time zones, open questions and the corrections log', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./');
  // The header's link comes first; the footer has its own.
  await page.getByRole('button', { name: 'How we know' }).first().click();
  await expect(page).toHaveURL(/[?&]about=methodology(&|$)/);
  const heading = aboutHeading(page, 'How we know');
  await expect(heading).toBeFocused();
  const view = page.getByRole('region', { name: 'How we know' });
  await expect(view.getByRole('heading', { level: 3, name: 'What counts as a launch attempt' })).toBeVisible();
  await expect(view).toContainText('The Taepodong-2 fired on 5 July 2006 is not counted');
  await expect(view).toContainText('“Pyongyang Time”, UTC+8:30');
  await expect(view).toContainText('A launch is a success here when its payload reached orbit');
  await expect(view).toContainText(/This timeline covers attempts from 1998 to 2023; its data were last reviewed against their sources on \d{1,2} \w+ \d{4} \(version \d+\.\d+\.\d+\)\./);
  const log = view.getByRole('region', { name: 'Corrections' });
  await expect(log).toContainText(/The data is at version \d+\.\d+\.\d+, updated \d{1,2} \w+ \d{4}\./);
  // Every entry of the file's log, each saying what changed and why.
  await expect(log.getByRole('listitem')).toHaveCount(CORRECTIONS);
  await expect(log.getByText('What changed:')).toHaveCount(CORRECTIONS);
  await expect(log.getByText('Why:')).toHaveCount(CORRECTIONS);
  const question = view.getByRole('region', { name: 'Open questions' }).getByRole('listitem').filter({ hasText: 'The Security Council’s 1998 press statement' });
  const link = question.getByRole('link', { name: /^Statements on Korean issue distributed as UN official documents/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await screenshot(page, 'methodology.png');

  await view.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(page).not.toHaveURL(/about=/);
  await expect(heading).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'How we know' }).first()).toBeFocused();
  watch.expectClean();
});

test('every launch panel links to How we know, and Esc or Back returns to the same launch', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`./?launch=${DEC_2012}`);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'How we know' }).click();
  await expect(aboutHeading(page, 'How we know')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`launch=${DEC_2012}&about=methodology`));
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page).not.toHaveURL(/about=/);

  await panel.getByRole('button', { name: 'How we know' }).click();
  await expect(aboutHeading(page, 'How we know')).toBeVisible();
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kwangmyongsong-3 Unit 2/);
  watch.expectClean();
});

test('the Sources page groups every source and leads from a source back to the launch it documents', async ({ page }) => {
  const watch = watchPage(page);
  const data = JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as { sources: unknown[] };
  await page.goto('./');
  await footerLinks(page).getByRole('button', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/[?&]about=sources(&|$)/);
  await expect(aboutHeading(page, 'Sources')).toBeFocused();
  await expect(page.getByText(`All ${data.sources.length} sources the data cites`)).toBeVisible();
  const groups = await page.getByRole('heading', { level: 3 }).allTextContents();
  expect(groups.map((g) => g.replace(/ \(\d+\)$/, ''))).toEqual([
    'United Nations',
    'Governments',
    'International organisations',
    'North Korean state media',
    'News',
    'Research',
    'Reference works',
  ]);
  await screenshot(page, 'sources.png', false);

  const resolution = sourceEntry(page, /^Security Council sharpens sanctions on DPR Korea in wake of ballistic missile launch/);
  // Cited by the launch's own summary and by resolution 2087, which answered it.
  await expect(resolution).toContainText('Launches: Kwangmyongsong-3 Unit 2, 12 December 2012');
  const response = resolution.getByRole('listitem').filter({ hasText: 'UN Security Council · Resolution' });
  await expect(response).toHaveText('22 January 2013 · UN Security Council · Resolution, on Kwangmyongsong-3 Unit 2, 12 December 2012');
  await response.getByRole('button', { name: 'Kwangmyongsong-3 Unit 2, 12 December 2012' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]launch=${DEC_2012}$`));
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByRole('region', { name: 'Related condemnations' })).toContainText('S/RES/2087 (2013)');
  watch.expectClean();
});

test('a source opens its launch even when the outcome filter hides it, by showing every outcome', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?outcome=success&about=sources');
  // The bare URL's prerendered timeline (with its notes, which cite sources too) shows until the app runs.
  await expect(aboutHeading(page, 'Sources')).toBeVisible();
  const kcna = sourceEntry(page, /^KCNA on Successful Launch of First Satellite in DPRK/);
  await expect(kcna).toContainText('Launches: Kwangmyongsong-1, 31 August 1998');
  await kcna.getByRole('button', { name: 'Kwangmyongsong-1, 31 August 1998' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]launch=${AUG_1998}$`));
  await expect(panelOf(page).getByRole('heading', { level: 2 })).toHaveText(/Kwangmyongsong-1/);
  watch.expectClean();
});

test('How we know leads on to the Sources page, and Back returns to it', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?about=methodology');
  await page.getByRole('button', { name: 'All sources' }).click();
  await expect(aboutHeading(page, 'Sources')).toBeVisible();
  await page.goBack();
  await expect(aboutHeading(page, 'How we know')).toBeVisible();
  watch.expectClean();
});

test('a link to a page that does not exist shows the timeline with a notice', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?about=colophon');
  await expect(page.getByText('The link asked for a page "colophon" that does not exist; showing the timeline.')).toBeVisible();
  await expect(aboutHeading(page, 'How we know')).toHaveCount(0);
  watch.expectClean();
});

test('the footer gives the data version and licence, and Cite this copies a citation of the view', async ({ page, context }) => {
  const watch = watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?launch=${DEC_2012}`);
  await expect(page.getByText(new RegExp(`^Data version \\d+\\.\\d+\\.\\d+, updated .* · Licence: CC BY 4\\.0 · ${CORRECTIONS} corrections logged$`))).toBeVisible();
  await openShareMenu(page);
  await page.getByRole('button', { name: 'Cite this' }).click();
  const apa = page.getByRole('textbox', { name: 'APA style' });
  const expected = new RegExp(
    `^nk-satellite-timeline\\. \\(\\d{4}\\)\\. Kwangmyongsong-3 Unit 2, 12 December 2012 — ${TITLE} \\(Version \\d+\\.\\d+\\.\\d+\\) \\[Data set\\]\\. Retrieved \\w+ \\d{1,2}, \\d{4}, from http://[^ ]+/launch/${DEC_2012}/$`,
  );
  await expect(apa).toHaveValue(expected);
  await page.getByRole('button', { name: 'Copy APA citation' }).click();
  await expect(page.getByText('Citation copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(expected);
  watch.expectClean();
});

test('the JSON download carries the licence and a citation of the view', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?outcome=success');
  await openShareMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const body = JSON.parse(readFileSync(await download.path(), 'utf8')) as { license: string; citation: string; version: string };
  expect(download.suggestedFilename()).toBe(`nk-satellite-launches-success-v${body.version}.json`);
  expect(body.license).toBe('CC BY 4.0');
  expect(body.citation).toMatch(new RegExp(`^nk-satellite-timeline\\. \\(\\d{4}\\)\\. ${TITLE} \\(Version ${body.version.replace(/\./g, '\\.')}\\) \\[Data set\\]\\. Retrieved \\w+ \\d{1,2}, \\d{4}, from http://[^ ]+/outcome/success/$`));
  watch.expectClean();
});

test.describe('axe finds no WCAG 2.2 A/AA violations on the pages about the data', () => {
  // The Sources page holds every source with its links: axe needs time on a loaded machine.
  test.describe.configure({ timeout: 120_000 });
  for (const query of ['about=methodology', 'about=sources&theme=dark', 'launch=2016-02-07-kwangmyongsong-4&theme=dark']) {
    test(query, async ({ page }) => {
      await page.goto(`./?${query}`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (query.startsWith('launch=')) await openShareMenu(page);
      await page.getByRole('button', { name: 'Cite this' }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
});
