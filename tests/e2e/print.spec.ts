import { expect, test } from './test.ts';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR } from './helpers.ts';

test('printing gives the chronological launches with facts, responses, source URLs and the view URL', async ({ page }) => {
  await page.goto('./?outcome=success');
  await expect(page.locator('[data-launch-id]')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  const print = page.getByRole('region', { name: 'Printable list of launches' });
  await expect(print).toBeVisible();
  await expect(print.getByRole('heading', { level: 2 })).toHaveText([
    'Kwangmyongsong-3 Unit 2 · Unha-3',
    'Kwangmyongsong-4 · Kwangmyongsong',
    'Malligyong-1 · Chollima-1',
  ]);
  await expect(print).toContainText('Printed from http://127.0.0.1');
  // The view's canonical address: the page of the launches that reached orbit.
  await expect(print).toContainText('/outcome/success/');
  await expect(print).toContainText('S/RES/2087 (2013)');
  await expect(print).toContainText('https://');
  await expect(page.getByRole('button', { name: 'Share & data' })).toBeHidden();
  const pdf = path.join(SCREENSHOT_DIR, 'print.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  // pdftoppm (poppler-utils) turns the first page into a PNG to look at, where it is installed.
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, path.join(SCREENSHOT_DIR, 'print')]);
  await page.emulateMedia({ media: 'screen' });
  await expect(print).toHaveCount(0);
});
