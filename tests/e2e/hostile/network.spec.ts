// Group "network": failing, hanging, slow and redirecting servers, and going offline. Specific
// messages, bounded retries with a Retry button, a timeout that ends, nothing fetched from
// another origin. page.clock fast-forwards the app's 10 s timeout and its retry delays.
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, group, test } from './guard.ts';
import { BASE_TEXT, expectRefused, LAUNCHES, launchFacts, markers, marker, NAME, open, panel, serve, type Answer, type Served } from './fixtures.ts';
import { waitForApp } from '../helpers.ts';

const GOOD: Answer = { contentType: 'application/json', body: BASE_TEXT };
/** Longer than every retry delay and attempt timeout the app may schedule. */
const ALL_RETRIES_MS = 60_000;

/** A second server on another loopback port: the "other origin" a redirect points at. It counts every hit. */
let other: { origin: string; hits: () => number; server: Server };

test.beforeAll(async () => {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(BASE_TEXT);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits, server };
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => other.server.close(() => resolve()));
});

declare global {
  interface Window {
    /** The app's dataset fetches so far: started, settled (answered or failed), and of those aborted (the app's timeout). */
    __datasetFetches?: { started: number; settled: number; aborted: number };
  }
}

/** From the page's first script: counts the app's fetches of a dataset, and when each one settles. */
async function trackDatasetFetches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = { started: 0, settled: 0, aborted: 0 };
    window.__datasetFetches = counts;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const promise = original(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!/\/data\/[^/]+\.json(?:$|\?)/.test(url)) return promise;
      counts.started += 1;
      promise.then(
        () => (counts.settled += 1),
        (error: unknown) => {
          counts.settled += 1;
          if (error instanceof DOMException && error.name === 'AbortError') counts.aborted += 1;
        },
      );
      return promise;
    };
  });
}

/**
 * True once every dataset request the app has started has reached the route and been dealt with,
 * and the app has its answer: all that is still open is what the route holds on purpose.
 */
async function nothingOnTheWire(page: Page, served: Served): Promise<boolean> {
  const fetches = await page.evaluate(() => window.__datasetFetches ?? null);
  if (fetches === null) throw new Error('trackDatasetFetches(page) must run before the page opens');
  const open = fetches.started - fetches.settled;
  // A held request settles only when the app's timeout aborts it.
  return fetches.started === served.handled() && open === served.held() - fetches.aborted;
}

/**
 * Moves the page's fake clock forward one second at a time until `done`. Before each step it waits
 * until no answer is still on its way to the app (every request answered, or held on purpose),
 * so the clock never overtakes a real response with a timeout the case did not ask for.
 */
async function advanceUntil(page: Page, served: Served, done: () => Promise<boolean>, limitMs = 40_000): Promise<void> {
  for (let elapsed = 0; elapsed <= limitMs; elapsed += 1_000) {
    if (await done()) return;
    await expect.poll(() => nothingOnTheWire(page, served), { message: 'every dataset request answered before the clock moves on' }).toBe(true);
    await page.clock.runFor(1_000);
  }
}

const settled = (page: Page) => async () => (await page.getByRole('alert').count()) + (await markers(page).count()) > 0;

async function loading(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toContainText('Loading the launch data…');
}

test.describe('network', group('network'), () => {
  // The browser itself logs every failed load; the app's own messages are what the cases check.
  test.use({ consoleAllowed: /^Failed to load resource: (the server responded with a status of [45]\d\d|net::ERR_(INTERNET_DISCONNECTED|CONNECTION_RESET))/ });
  test.beforeEach(async ({ page }) => trackDatasetFetches(page));

  test('404 names the missing file, and is not retried', async ({ page }) => {
    await page.clock.install();
    const served = await serve(page, { status: 404, contentType: 'text/plain', body: 'Not found' });
    await open(page);
    await expectRefused(page, `The dataset "${NAME}" was not found (./data/${NAME}.json answered 404).`);
    await page.clock.runFor(ALL_RETRIES_MS);
    expect(served.requests()).toBe(1);
  });

  test('a 500 that passes: the automatic retry shows the data', async ({ page }) => {
    await page.clock.install();
    const served = await serve(page, (n) => (n === 1 ? { status: 500, body: 'oops' } : GOOD));
    await open(page);
    await loading(page);
    await advanceUntil(page, served, settled(page));
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(served.requests()).toBe(2);
  });

  test('500 every time: three attempts, then an error with Retry; Retry after the server recovers shows the data', async ({ page }) => {
    await page.clock.install();
    let healthy = false;
    const served = await serve(page, () => (healthy ? GOOD : { status: 500, body: 'oops' }));
    await open(page);
    await loading(page);
    await advanceUntil(page, served, settled(page));
    const alert = await expectRefused(page, 'The server failed to send the data (HTTP 500).');
    expect(served.requests()).toBe(3);
    healthy = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    expect(served.requests()).toBe(4);
  });

  test('503 is retried like 500 and then named', async ({ page }) => {
    await page.clock.install();
    const served = await serve(page, { status: 503, headers: { 'retry-after': '3600' }, body: '' });
    await open(page);
    await advanceUntil(page, served, settled(page));
    await expectRefused(page, 'The server failed to send the data (HTTP 503).');
    expect(served.requests()).toBe(3);
  });

  for (const status of [403, 429]) {
    test(`${status} is named and not retried automatically`, async ({ page }) => {
      await page.clock.install();
      const served = await serve(page, { status, contentType: 'text/plain', body: 'no' });
      await open(page);
      await expectRefused(page, `The data could not be loaded (HTTP ${status}).`);
      await page.clock.runFor(ALL_RETRIES_MS);
      expect(served.requests()).toBe(1);
    });
  }

  test('a server that never answers: a timeout message that ends, one retry, then Retry works', async ({ page }) => {
    await page.clock.install();
    let answering = false;
    const served = await serve(page, () => (answering ? GOOD : 'hang'));
    await open(page);
    await loading(page);
    await page.clock.runFor(9_000);
    await loading(page);
    await advanceUntil(page, served, settled(page));
    const alert = await expectRefused(page, 'The data did not arrive within 10 seconds.');
    expect(served.requests()).toBe(2);
    await page.clock.runFor(ALL_RETRIES_MS);
    expect(served.requests()).toBe(2);
    answering = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });

  test('a slow network (2 s): the loading status, then the data', async ({ page }) => {
    await serve(page, () => new Promise<Answer>((resolve) => setTimeout(() => resolve(GOOD), 2_000)));
    await open(page);
    await loading(page);
    await expect(markers(page)).toHaveCount(LAUNCHES.length, { timeout: 10_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  });

  test('a connection reset that passes: the automatic retry shows the data', async ({ page }) => {
    await page.clock.install();
    const served = await serve(page, (n) => (n === 1 ? 'connectionreset' : GOOD));
    await open(page);
    await advanceUntil(page, served, settled(page));
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    expect(served.requests()).toBe(2);
  });

  test('connection reset every time: three attempts, then a network message with Retry', async ({ page }) => {
    await page.clock.install();
    const served = await serve(page, 'connectionreset');
    await open(page);
    await advanceUntil(page, served, settled(page));
    await expectRefused(page, 'The data could not be loaded: the network request failed.');
    expect(served.requests()).toBe(3);
  });

  test('offline at first load: "You appear to be offline"; back online, the data loads', async ({ page, context }) => {
    let online = false;
    const served = await serve(page, async () => {
      if (online) return GOOD;
      await context.setOffline(true);
      return 'internetdisconnected';
    });
    await open(page);
    await expectRefused(page, 'You appear to be offline, so the data could not be loaded.');
    expect(served.requests()).toBe(1);
    online = true;
    await context.setOffline(false);
    // On reconnect the app may fetch again by itself; if it does not, Retry must.
    await expect(async () => {
      if ((await markers(page).count()) === 0) await page.getByRole('button', { name: 'Retry' }).click({ timeout: 1_000 });
      await expect(markers(page)).toHaveCount(LAUNCHES.length, { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  });

  test('offline after a good load: the page keeps working (panel, filter, list, zoom) without fetching', async ({ page, context }) => {
    await page.goto('./');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    // A good load is the app's, not only the prerendered markers, which show before its code is in.
    await waitForApp(page);
    await context.setOffline(true);
    // The browser's own favicon checks on history changes are not the app's.
    const requests: string[] = [];
    page.on('request', (request) => {
      if (['fetch', 'xhr', 'script', 'stylesheet', 'image'].includes(request.resourceType()) && !request.url().endsWith('/favicon.svg')) requests.push(request.url());
    });
    const target = launchFacts(3);
    await marker(page, target.id).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(target.payload);
    // Switching failures off leaves the three launches that reached orbit.
    await page.getByRole('button', { name: /^Failed/ }).click();
    await expect(markers(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('row')).toHaveCount(3 + 1);
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.tl-range')).not.toHaveText('Showing 1998 – 2023');
    expect(requests).toEqual([]);
  });

  for (const status of [301, 302, 307, 308]) {
    test(`a ${status} redirect to another origin is refused, and that origin is never asked`, async ({ page }) => {
      await serve(page, { status, headers: { location: `${other.origin}/data/launches.json` } });
      await open(page);
      await expectRefused(page, 'The data request was redirected, so it was refused: datasets are only read from this site.');
      expect(other.hits()).toBe(0);
    });
  }

  test('a redirect within this site is refused too: datasets are read only from their own address', async ({ page }) => {
    await serve(page, { status: 302, headers: { location: './launches.json' } });
    await open(page);
    await expectRefused(page, 'The data request was redirected, so it was refused');
    await expect(markers(page)).toHaveCount(0);
  });

  test('a redirect to a javascript: address is refused', async ({ page }) => {
    await serve(page, { status: 302, headers: { location: "javascript:window.__pwned='redirect'" } });
    await open(page);
    await expectRefused(page, 'The data request was redirected, so it was refused');
  });
});
