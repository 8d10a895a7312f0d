// Group "translations": an edition's overlay file (data/<name>.<lang>.json) that is missing,
// broken, meant for another edition or dataset, out of date, or carries markup. The data is
// always shown; text is text; whatever the translation cannot give is shown in English, marked
// lang="en", and a missing or unreadable file is named in the edition's own words.
import type { Page } from '@playwright/test';
import { textFingerprint } from '../../../src/data/translatableFields.ts';
import { expect, group, test } from './guard.ts';
import { baseDataset, markers, marker, NAME, open, PAYLOADS, serve, TARGET, TOTAL_LAUNCHES, type Answer } from './fixtures.ts';

const target = baseDataset().launches.find((launch) => launch.id === TARGET.id);
const ENGLISH_SUMMARY = typeof target?.summary === 'string' ? target.summary : '';
const ENGLISH_OUTCOME = typeof target?.outcomeSummary === 'string' ? target.outcomeSummary : '';

/** An overlay for the hostile dataset giving the target launch's summary (made from `english`). */
function overlay(summary: string, options: { english?: string; lang?: string; dataset?: string; extra?: Record<string, unknown> } = {}) {
  return {
    lang: options.lang ?? 'ko',
    dataset: options.dataset ?? NAME,
    fields: { launches: { [TARGET.id]: { summary: { text: summary, from: textFingerprint(options.english ?? ENGLISH_SUMMARY) }, ...options.extra } } },
  };
}

/** Answers data/hostile.ko.json with `answer`; the dataset itself is the real one. */
async function serveTranslation(page: Page, answer: Answer): Promise<void> {
  await serve(page, { contentType: 'application/json', body: JSON.stringify(baseDataset()) });
  await page.route(`**/data/${NAME}.ko.json`, (route) =>
    typeof answer === 'string' ? route.abort('connectionreset') : route.fulfill({ status: answer.status ?? 200, headers: { 'content-type': answer.contentType ?? 'application/json' }, body: answer.body ?? '' }),
  );
}

/** Opens the Korean edition of the hostile dataset with the target launch's panel. */
async function openKorean(page: Page): Promise<void> {
  await open(page, `lang=ko&launch=${TARGET.id}`);
  await expect(markers(page)).toHaveCount(TOTAL_LAUNCHES);
  await expect(marker(page, TARGET.id).first()).toBeVisible();
}

const summary = (page: Page) => page.locator('.launch-panel__summary');
const notice = (page: Page) => page.getByText('데이터 번역을 불러오지 못해 본문을 영어로 표시합니다.');

test.describe('translations', group('translations'), () => {
  // A missing or cut-off file is a failed load the browser reports in its console.
  test.use({ consoleAllowed: /^Failed to load resource/ });

  test('markup in a translation is shown as text and never runs; a brace that is not a language mark drops the field', async ({ page }) => {
    const text = `요약 ${PAYLOADS.img} ${PAYLOADS.script} ${PAYLOADS.svg}`;
    // {{…}} is the one markup a translation may hold; a template-like payload is not a mark.
    const outcome = { text: `결과 ${PAYLOADS.template}`, from: textFingerprint(ENGLISH_OUTCOME) };
    await serveTranslation(page, { body: JSON.stringify(overlay(text, { extra: { outcomeSummary: outcome } })) });
    await openKorean(page);
    await expect(summary(page)).toContainText(PAYLOADS.img);
    await expect(summary(page)).toContainText(PAYLOADS.script);
    await expect(page.locator('.launch-outcome [lang="en"]').first()).toHaveText(ENGLISH_OUTCOME);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('a translation made from older English shows the current English, marked as English', async ({ page }) => {
    await serveTranslation(page, { body: JSON.stringify(overlay('낡은 번역', { english: 'An older English summary' })) });
    await openKorean(page);
    await expect(summary(page).locator('[lang="en"]')).toHaveText(ENGLISH_SUMMARY);
    await expect(summary(page)).not.toContainText('낡은 번역');
  });

  test('a malformed field, an unknown record and an unknown field are dropped; the valid rest is used', async ({ page }) => {
    const broken = overlay('{{en|unclosed', { extra: { outcomeSummary: { text: '결과 요약', from: textFingerprint(ENGLISH_OUTCOME) }, colour: { text: 'x', from: '00000000' } } });
    Object.assign(broken.fields, { payloads: {}, launches: { ...broken.fields.launches, 'no-such-launch': { summary: { text: 'x', from: '00000000' } } } });
    await serveTranslation(page, { body: JSON.stringify(broken) });
    await openKorean(page);
    await expect(page.locator('.launch-outcome')).toContainText('결과 요약');
    await expect(summary(page).locator('[lang="en"]')).toHaveText(ENGLISH_SUMMARY);
  });

  for (const [name, answer] of [
    ['missing (404)', { status: 404, contentType: 'text/html', body: 'Not found' }],
    ['not JSON', { body: '{"lang": "ko", ' }],
    ['for another edition', { body: JSON.stringify(overlay('日本語', { lang: 'ja' })) }],
    ['for another dataset', { body: JSON.stringify(overlay('다른 데이터', { dataset: 'launches' })) }],
    ['cut off by the network', 'connectionreset'],
  ] as const) {
    test(`a translation file ${name}: the data in English, marked, and a notice in Korean`, async ({ page }) => {
      await serveTranslation(page, answer);
      await openKorean(page);
      await expect(notice(page)).toBeVisible();
      await expect(summary(page).locator('[lang="en"]')).toHaveText(ENGLISH_SUMMARY);
      // The interface is still the Korean edition's.
      await expect(page.getByRole('button', { name: '상세 닫기' })).toBeVisible();
    });
  }
});
