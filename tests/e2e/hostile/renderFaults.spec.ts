// Group "render faults": one component throws in the real browser (a browser API it relies on is
// broken by an init script; no app code changes). Its error boundary shows "<part> could not be
// shown" with Retry; the header, filters, the other view and the panel keep working.
import type { Page } from '@playwright/test';
import { expect, group, test } from './guard.ts';
import { LAUNCHES, launchFacts, marker, markers, panel } from './fixtures.ts';

type FaultWindow = Window & { __fault?: boolean };

/** The chart's size hook constructs a ResizeObserver: make that throw while `window.__fault` is set. */
function breakResizeObserver(): void {
  const faulty = window as FaultWindow;
  faulty.__fault = true;
  const Real = window.ResizeObserver;
  window.ResizeObserver = class extends Real {
    constructor(callback: ResizeObserverCallback) {
      if (faulty.__fault) throw new Error('injected fault: ResizeObserver');
      super(callback);
    }
  };
}

/** The chart measures its box with getBoundingClientRect: make that throw for the chart's box only. */
function breakChartMeasuring(): void {
  const real = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    // The timeline measures its own section (the container that picks the chart or the rail).
    if (this.matches('section.tl')) throw new Error('injected fault: getBoundingClientRect');
    return real.call(this);
  };
}

/** The panel focuses its heading when it opens: make focusing a heading throw. */
function breakHeadingFocus(): void {
  HTMLHeadingElement.prototype.focus = () => {
    throw new Error('injected fault: focus');
  };
}

/** The list reverses its rows when sorted newest first: make reversing a list of launches throw. */
function breakLaunchReversal(): void {
  const real = Array.prototype.reverse;
  Array.prototype.reverse = function <T>(this: T[]): T[] {
    const first: unknown = this[0];
    if (typeof first === 'object' && first !== null && 'launchedAt' in first) throw new Error('injected fault: reverse');
    return real.call(this) as T[];
  };
}

const boundary = (page: Page, label: string) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: `${label} could not be shown` }) });

async function expectHeaderAndFiltersWork(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("North Korea's satellite launch attempts, 1998–2023");
  await expect(page.getByText('attempts from 1998 to 2023; three reached orbit.', { exact: false })).toBeVisible();
  const failed = page.getByRole('button', { name: /^Failed/ });
  await failed.click();
  await expect(failed).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Showing 3 of 8 launch attempts: reached orbit')).toBeVisible();
  await failed.click();
  await expect(failed).toHaveAttribute('aria-pressed', 'true');
}

test.describe('render faults', group('render faults'), () => {
  // React reports every error a boundary catches on the console; those are the injected ones.
  test.use({ consoleAllowed: /injected fault/ });

  test('a chart that throws shows "The chart could not be shown" with Retry; header and filters keep working', async ({ page }) => {
    await page.addInitScript(breakResizeObserver);
    await page.goto('./');
    const chart = boundary(page, 'The chart');
    await expect(chart).toContainText('Something went wrong while drawing it. The rest of the page still works.');
    await expect(chart.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectHeaderAndFiltersWork(page);
  });

  test('after a chart fault, the list view still shows every launch and opens the panel', async ({ page }) => {
    await page.addInitScript(breakResizeObserver);
    await page.goto('./');
    await expect(boundary(page, 'The chart')).toBeVisible();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(boundary(page, 'The list'), "the chart's fault must not follow the reader to the list").toHaveCount(0);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    const target = launchFacts(3);
    await page.getByRole('button', { name: target.payload, exact: true }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(target.payload);
  });

  test('Retry while the fault lasts shows the message again; once it passes, Retry draws the chart', async ({ page }) => {
    await page.addInitScript(breakResizeObserver);
    await page.goto('./');
    const chart = boundary(page, 'The chart');
    await chart.getByRole('button', { name: 'Retry' }).click();
    await expect(chart).toBeVisible();
    await page.evaluate(() => {
      (window as Window & { __fault?: boolean }).__fault = false;
    });
    await chart.getByRole('button', { name: 'Retry' }).click();
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await expect(chart).toHaveCount(0);
  });

  test('a chart that cannot measure itself is contained the same way', async ({ page }) => {
    await page.addInitScript(breakChartMeasuring);
    await page.goto('./');
    await expect(boundary(page, 'The chart').getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectHeaderAndFiltersWork(page);
  });

  test('a panel that throws shows "The launch details could not be shown"; the chart keeps working and closes it', async ({ page }) => {
    await page.addInitScript(breakHeadingFocus);
    await page.goto('./');
    const target = launchFacts(3);
    await marker(page, target.id).click();
    const details = boundary(page, 'The launch details');
    await expect(details.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    await marker(page, target.id).click();
    await expect(details).toHaveCount(0);
    await expect(page).not.toHaveURL(/launch=/);
  });

  test('a list that throws when sorted shows "The list could not be shown"; the timeline view still draws', async ({ page }) => {
    await page.addInitScript(breakLaunchReversal);
    await page.goto('./?view=list');
    await page.getByRole('button', { name: /^Date \(KST\)/ }).click();
    await expect(boundary(page, 'The list').getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectHeaderAndFiltersWork(page);
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(boundary(page, 'The chart'), "the list's fault must not follow the reader to the chart").toHaveCount(0);
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
  });
});
