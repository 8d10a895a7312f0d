// The dataset's check runs in a worker (src/data/parseOffThread.ts), off the page's main thread;
// where the worker cannot load, the page runs the same check itself, with the same results.
import { expect, test, type Page } from '@playwright/test';
import { REAL_MARKER_NAMES, waitForApp, watchPage } from './helpers.ts';

const WORKER = /\/datasetWorker-[\w-]+\.js$/;

async function expectTimeline(page: Page) {
  await waitForApp(page);
  for (const name of REAL_MARKER_NAMES) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cite this' })).toBeVisible();
}

const refusedMessage = 'The dataset file is not in the expected format. title: must be at most 200 characters';

async function serveTooLongTitle(page: Page) {
  await page.route('**/data/long-title.json', async (route) => {
    const real = await (await route.fetch({ url: route.request().url().replace('long-title.json', 'launches.json') })).json();
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...real, id: 'long-title', title: 'x'.repeat(201) }) });
  });
}

test('the data is checked in a worker, and the timeline shows it', async ({ page }) => {
  const watch = watchPage(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await expectTimeline(page);
  expect(workers.filter((url) => WORKER.test(url))).toHaveLength(1);
  await serveTooLongTitle(page);
  await page.goto('./?data=long-title');
  await expect(page.getByRole('alert')).toContainText(refusedMessage);
  watch.expectClean();
});

test('where the worker cannot load, the page checks the data itself, with the same results', async ({ page }) => {
  const watch = watchPage(page, { allowConsoleErrors: /Failed to load resource|datasetWorker/ });
  let refused = 0;
  await page.route(WORKER, (route) => {
    refused += 1;
    return route.abort();
  });
  await page.goto('./');
  await expectTimeline(page);
  expect(refused).toBe(1);
  await serveTooLongTitle(page);
  await page.goto('./?data=long-title');
  await expect(page.getByRole('alert')).toContainText(refusedMessage);
  watch.expectClean();
});
