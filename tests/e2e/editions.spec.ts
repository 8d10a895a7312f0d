// The Korean and Japanese editions where readers meet them: a phone, a desktop, and the embed in
// an article column. No word of the English interface shows (text in an element marked
// lang="en" is English on purpose: a quotation kept in its words, a source title, the data's
// own problem reports), dates read as each edition writes them, and axe finds nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { en } from '../../src/domain/i18n/messages/en.ts';
import { waitForApp } from './helpers.ts';

/** Every plain string of the English catalog worth looking for (whole words, not glyphs). */
function catalogStrings(value: unknown): string[] {
  if (typeof value === 'string') return /[A-Za-z]{3}/.test(value) ? [value.trim()] : [];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(catalogStrings);
  return [];
}
const ENGLISH = [...new Set(catalogStrings(en))].filter((s) => s.length > 0);

/** The visible text of the page outside elements marked as another language than the page's. */
async function editionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      if (parent.closest('[aria-hidden="true"], .visually-hidden') && !parent.closest('.visually-hidden')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== own) continue;
      parts.push(node.textContent ?? '');
    }
    // Accessible names a screen reader speaks count too.
    for (const element of document.querySelectorAll('[aria-label]')) if (!element.closest(`[lang]:not([lang="${own}"])`)) parts.push(element.getAttribute('aria-label') ?? '');
    return parts.join('\n');
  });
}

// Proper names are allowed in any edition: the publishers the data cites and the sites copies
// were read on ("ABC News", "KCNA Watch (NK News)") keep their own names.
const data = JSON.parse(readFileSync(path.resolve('public/data/launches.json'), 'utf8')) as { sources: { publisher: string; via?: string }[] };
const PROPER_NAMES = [...new Set(data.sources.flatMap((s) => [s.publisher, s.via ?? '']))].filter(Boolean).sort((a, b) => b.length - a.length);

function englishIn(found: string): string[] {
  const text = PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), found);
  return ENGLISH.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text));
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

const EDITIONS = [
  { lang: 'ko', day: '2012년 12월 12일', clock: '오전 9시 49분', standfirst: /1998년부터 2023년까지 8차례 시도/ },
  { lang: 'ja', day: '2012年12月12日', clock: '9時49分', standfirst: /1998年から2023年までに8回の試み/ },
] as const;

test.describe.configure({ timeout: 60_000 });

for (const edition of EDITIONS) {
  test.describe(`the ${edition.lang} edition`, () => {
    test('on a phone: its own words, dates and language marks, the keyboard walk, and no axe violation', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(`./?lang=${edition.lang}`);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      await expect(page.locator('.page-header__summary')).toContainText(edition.standfirst);
      // The standfirst's quotation of the Security Council stays in English, marked.
      await expect(page.locator('.page-header__summary [lang="en"]')).toContainText('even if characterized as a satellite launch');
      expect(englishIn(await editionText(page))).toEqual([]);
      // Keyboard: to the launch of 12 December 2012, open it, read its time, close it.
      const launch = page.locator('[data-launch-id="2012-12-12-kwangmyongsong-3-unit-2"]').locator('visible=true').first();
      await launch.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('.launch-panel');
      await expect(panel.locator('.launch-panel__when')).toContainText(`${edition.day} ${edition.clock}`);
      expect(englishIn(await editionText(page))).toEqual([]);
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    });

    test('on a desktop with the Pyongyang-Time launch open: Korean time first, UTC beside it, and no English', async ({ page }) => {
      await page.goto(`./?lang=${edition.lang}&launch=2016-02-07-kwangmyongsong-4`);
      await waitForApp(page);
      const when = page.locator('.launch-panel__when');
      await expect(when).toContainText(edition.lang === 'ko' ? '(평양시' : '平壌時間');
      await expect(when).toContainText('UTC');
      expect(englishIn(await editionText(page))).toEqual([]);
      await expectNoViolations(page);
    });

    test('embedded at 375 × 560: its own words and no axe violation', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 560 });
      await page.goto(`./embed.html?embed=1&lang=${edition.lang}`);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      expect(englishIn(await editionText(page))).toEqual([]);
      await expectNoViolations(page);
    });
  });
}

test('the English page links to the same view in Korean and Japanese, each named in its language', async ({ page }) => {
  await page.goto('./?outcome=failure');
  await waitForApp(page);
  const korean = page.getByRole('link', { name: '한국어' });
  await expect(korean).toHaveAttribute('hreflang', 'ko');
  await korean.click();
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '실패 5', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '궤도 진입 3', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('a reader whose browser speaks Korean is sent to the Korean page of the link, which is painted in Korean before any script', async ({ browser, baseURL }) => {
  const korean = await browser.newContext({ baseURL, locale: 'ko-KR' });
  const page = await korean.newPage();
  await page.goto('./launch/2016-02-07-kwangmyongsong-4/');
  await expect(page).toHaveURL(/\/ko\/launch\/2016-02-07-kwangmyongsong-4\/$/);
  await waitForApp(page);
  await expect(page.locator('.launch-panel h2')).toContainText('광명성 4호');
  // Asking for English keeps English, whatever the browser speaks.
  await page.goto('./?lang=en');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await korean.close();

  const stillPicture = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const still = await stillPicture.newPage();
  await still.goto('./ja/');
  await expect(still.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(still.locator('h1')).toHaveText('北朝鮮の衛星打ち上げの試み（1998～2023年）');
  await expect(still.locator('[data-launch-id]').first()).toBeVisible();
  expect(englishIn(await editionText(still))).toEqual([]);
  await stillPicture.close();
});

test('every edition\'s page names its other editions and has its own card and embed', async ({ request }) => {
  const html = await (await request.get('./ko/launch/2012-12-12-kwangmyongsong-3-unit-2/')).text();
  for (const [lang, folder] of [['en', ''], ['ko', 'ko/'], ['ja', 'ja/'], ['x-default', '']] as const) {
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="[^"]*/${folder}launch/2012-12-12-kwangmyongsong-3-unit-2/" />`));
  }
  expect(html).toContain('<meta property="og:locale" content="ko_KR" />');
  expect(html).toContain('<meta property="og:title" content="광명성 3호 2호기(은하 3호), 2012년 12월 12일: 궤도 진입" />');
  const card = await (await request.get('./ko/launch/2012-12-12-kwangmyongsong-3-unit-2/card.png')).body();
  // A PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
  const oembed = (await (await request.get('./ko/launch/2012-12-12-kwangmyongsong-3-unit-2/oembed.json')).json()) as { html: string };
  expect(oembed.html).toContain('/ko/embed.html?launch=2012-12-12-kwangmyongsong-3-unit-2&amp;embed=1');
});
