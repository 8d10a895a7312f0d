// The `test` every end-to-end spec uses. The config reuses one browser context per worker
// (`reuseContext`): on a 2-core machine a new context and its first page cost 0.5–0.9 s, about a
// third of an average test here, and CI must stay well under 20 minutes. Playwright's reset
// between tests clears cookies, the HTTP cache, storage, service workers, routes, init scripts,
// bindings, the clock and emulation; what it leaves is closed here, so a test still starts from
// what a reader's fresh tab would give it:
// - each test gets a new tab, and the only one (history, `window.name`, sessionStorage and the JS
//   heap are per tab);
// - the network is back online and granted permissions are withdrawn before each test.
// A test that needs other context options (locale, JavaScript off, touch) gets its own context
// from Playwright as before.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend({
  context: [
    async ({ context }, use) => {
      // Playwright's reset keeps one tab, which can be a tab an earlier test opened (a popup).
      await Promise.all(context.pages().map((tab) => tab.close()));
      await context.setOffline(false);
      await context.clearPermissions();
      await use(context);
    },
    { scope: 'test' },
  ],
  page: [
    async ({ context }, use) => {
      const page = await context.newPage();
      await use(page);
      await page.close();
    },
    { scope: 'test' },
  ],
});
