import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './test.ts';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The eight attempts in time order, by payload, KST date and outcome (vehicle names may vary). */
export const REAL_MARKER_NAMES = [
  /Kwangmyongsong-1, 31 August 1998, failed, North Korea claimed success$/,
  /Kwangmyongsong-2, 5 April 2009, failed, North Korea claimed success$/,
  /Kwangmyongsong-3, 13 April 2012, failed$/,
  /Kwangmyongsong-3 Unit 2, 12 December 2012, reached orbit$/,
  /Kwangmyongsong-4, 7 February 2016, reached orbit$/,
  /Malligyong-1, 31 May 2023, failed$/,
  /Malligyong-1, 24 August 2023, failed$/,
  /Malligyong-1, 21 November 2023, reached orbit$/,
];

/** Opens "Share & data" (downloads, link, embed, cite), where it is closed. */
export async function openShareMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Share & data' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The prerendered page shows markers before the app runs: waits until the app has taken it over. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
  // Where the app renders from scratch (another dataset, data changed since the build), #root is
  // emptied and unmarked just before the app's first render: wait for that render too.
  await expect(page.locator('#root > *').first()).toBeAttached();
}

export const SCREENSHOT_DIR = path.resolve('tests/screenshots');

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage });
}

/**
 * Collects what must never happen on any page: uncaught errors, console errors,
 * requests to another origin, CSP violations. Call `expectClean()` at the end.
 */
export function watchPage(page: Page, options: { allowConsoleErrors?: RegExp } = {}) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (options.allowConsoleErrors?.test(text)) return;
    problems.push(`console: ${text}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') problems.push(`off-origin request: ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    problems,
    expectClean: () => expect(problems).toEqual([]),
  };
}

declare global {
  interface Window {
    /** Set by recordCspViolations: each CSP violation in this frame, as "directive blocked-URI". */
    __cspViolations?: string[];
  }
}

/** From the first script of every page and frame of `context`: records each CSP violation. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** The violations recordCspViolations has seen so far in every frame of `page`, each with its frame's URL. */
export async function cspViolations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    all.push(...found.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}
