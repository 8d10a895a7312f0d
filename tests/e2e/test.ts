// The `test` every end-to-end spec uses. The config reuses one browser context, and its tab, per
// worker (`reuseContext`): with a new context per test the suite took 15.7 of a 19-21-minute CI
// run on a 2-core machine (the limit is 20), most of it spent making contexts and starting a
// renderer for each test's first page. Between tests Playwright closes every other tab, sends the
// tab to about:blank and clears cookies, the HTTP cache, storage, service workers, routes, init
// scripts, bindings, the clock and emulation. What it leaves is handled here:
// - the network is back online and granted permissions are withdrawn before each test;
// - the tab's history goes on from test to test (and stops growing at 50 entries): a test that
//   counts history entries takes `freshTab`, a new tab of its own, instead of `page`.
// The renderer's in-memory caches (compiled scripts, fonts) stay warm after a worker's first test,
// so a test must never rely on a load being slow; none should. A test that needs other context
// options (locale, JavaScript off, touch) gets a context of its own from Playwright as before.
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<{ freshTab: Page }>({
  context: [
    async ({ context }, use) => {
      await context.setOffline(false);
      await context.clearPermissions();
      await use(context);
    },
    { scope: 'test' },
  ],
  freshTab: [
    async ({ context }, use) => {
      const tab = await context.newPage();
      await use(tab);
      await tab.close();
    },
    { scope: 'test' },
  ],
});
