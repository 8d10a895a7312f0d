// The timeline embedded in a "newsroom" page served from another origin (a second loopback
// server started here), with the helper script, exactly as the Embed dialog's snippet does it.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cspViolations, openShareMenu, recordCspViolations, screenshot, watchPage } from './helpers.ts';
import { hostPage, startHostServer, type HostServer } from './hostServer.ts';

declare global {
  interface Window {
    /** Host pages: every style value the embed's iframe ever had, and every URL given to replaceState. */
    __styles?: string[];
    __replaced?: string[];
    __alive?: number;
    __inlineRan?: number;
    /** The app's frame: how many hellos from the helper reached it. */
    __hellos?: number;
    /** The app's frame: the "could not start" message's reveal animation ran to its end. */
    __bootMessageShown?: boolean;
  }
}

const DEC_2012 = '2012-12-12-kwangmyongsong-3-unit-2';
const KMS_4 = '2016-02-07-kwangmyongsong-4';
const APR_2009 = '2009-04-05-kwangmyongsong-2';
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** "Within a frame or two": a height change must reach the host page this fast. */
const FAST = { timeout: 1_000, intervals: [16, 32, 50, 100] };

let app = '';
let host: HostServer;
let evil: HostServer;

test.beforeAll(async () => {
  app = new URL(String(test.info().project.use.baseURL)).origin;
  host = await startHostServer();
  evil = await startHostServer();
});

test.afterAll(async () => {
  await host.close();
  await evil.close();
});

/** The snippet of docs/embed-protocol.md, pointing at the app under test (embed.html, as the Embed dialog writes it). */
function snippet(query = '', sandbox: string | null = SANDBOX, attributes = 'id="nk"'): string {
  const sandboxAttribute = sandbox === null ? '' : ` sandbox="${sandbox}"`;
  return `<iframe ${attributes} src="${app}/embed.html?embed=1${query}" title="Interactive timeline: North Korea's satellite launches, 1998–2023" style="width:100%;height:560px;border:0" loading="lazy"${sandboxAttribute}></iframe>`;
}
const helperScript = () => `<script src="${app}/embed.js" async></script>`;

/** Host-page instrumentation (the host is ours to script): records what the helper does to it. */
const recorder = `<script>
  window.__styles = [];
  new MutationObserver(function (records) {
    records.forEach(function (r) { window.__styles.push(r.oldValue || ''); });
    window.__styles.push(document.getElementById('nk').getAttribute('style'));
  }).observe(document.getElementById('nk'), { attributes: true, attributeFilter: ['style'], attributeOldValue: true });
  window.__replaced = [];
  var replace = history.replaceState.bind(history);
  history.replaceState = function (s, t, url) { window.__replaced.push(String(url)); return replace(s, t, url); };
</script>`;

/**
 * Everything that must never happen: uncaught errors, console errors, a request to any origin
 * other than the app's and the host pages', a CSP violation in any frame.
 */
async function watch(page: Page, allowConsoleErrors?: RegExp) {
  const base = watchPage(page, allowConsoleErrors ? { allowConsoleErrors } : {});
  const strays: string[] = [];
  const allowed = new Set([app, host.origin, evil.origin]);
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    if (!allowed.has(url.origin)) strays.push(request.url());
  });
  await recordCspViolations(page.context());
  return {
    problems: base.problems,
    expectClean: async () => {
      base.expectClean();
      expect(strays).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    },
  };
}

/** From the first script of every frame below the host page: counts the helper's hellos it receives. */
async function recordHellos(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window === window.top) return;
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data === 'object' && data !== null && Reflect.get(data, 'type') === 'nk-timeline:hello') window.__hellos = (window.__hellos ?? 0) + 1;
    });
  });
}

async function frameOf(page: Page, selector: string): Promise<Frame | null> {
  const handle = await page.locator(selector).elementHandle();
  return (await handle?.contentFrame()) ?? null;
}

/** The frame currently inside `selector`, once it shows the app in embed mode. */
async function appFrame(page: Page, selector = '#nk'): Promise<Frame> {
  const isApp = (url: string) => (url.startsWith(`${app}/?`) || url.startsWith(`${app}/embed.html?`)) && new URL(url).searchParams.get('embed') === '1';
  await expect.poll(async () => isApp((await frameOf(page, selector))?.url() ?? '')).toBe(true);
  const frame = await frameOf(page, selector);
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frame;
}

const iframeHeight = (page: Page, selector = '#nk') => page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const hostHash = (page: Page) => page.evaluate(() => window.location.hash);

/** The iframe is exactly as tall as the document inside it (no inner scrollbar, no gap). */
async function expectFitted(page: Page, frame: Frame): Promise<number> {
  await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), FAST).toBeLessThanOrEqual(1);
  return iframeHeight(page);
}

function marker(page: Page, id: string) {
  const frame = page.frameLocator('#nk');
  return frame.getByRole('button').and(frame.locator(`[data-launch-id="${id}"]`));
}
const panelHeading = (page: Page) => page.frameLocator('#nk').getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 });

async function loaded(page: Page, path: string): Promise<Frame> {
  await page.goto(`${host.origin}${path}`);
  const frame = await appFrame(page);
  await expect(marker(page, DEC_2012)).toBeVisible();
  return frame;
}

test('the helper script stays small: under 2 KB gzipped', () => {
  const size = gzipSync(readFileSync('public/embed.js')).length;
  expect(size).toBeLessThan(2048);
});

test.describe('on a narrow host page (400 px)', () => {
  test.use({ viewport: { width: 400, height: 800 } });

  test('the iframe follows its content, and an opened launch is a sheet inside it that leaves its height alone', async ({ freshTab: page }) => {
    // History entries are counted: a tab of its own (tests/e2e/test.ts).
    const watcher = await watch(page);
    host.setPage('/narrow', hostPage('Narrow', `${snippet()}${helperScript()}`));
    const frame = await loaded(page, '/narrow');
    const history = await page.evaluate(() => window.history.length);

    const closed = await expectFitted(page, frame);
    expect(closed).not.toBe(560);

    await marker(page, KMS_4).click();
    await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
    // The long part of the panel is in: had it been in the flow, the frame would have grown by thousands of px.
    await expect(page.frameLocator('#nk').getByRole('heading', { name: 'Sources' })).toBeAttached();
    expect(await expectFitted(page, frame)).toBe(closed);
    // The sheet scrolls inside the frame: its end is reached without the host page moving.
    const sheet = page.frameLocator('#nk').getByRole('region', { name: 'Launch details' });
    expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight + 500)).toBe(true);
    const hostScroll = await page.evaluate(() => window.scrollY);
    await sheet.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => sheet.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(hostScroll);

    await page.frameLocator('#nk').getByRole('button', { name: 'Close details' }).click();
    await expect(panelHeading(page)).toHaveCount(0);
    expect(await expectFitted(page, frame)).toBe(closed);

    // A view switch changes the content too: the list is taller than the chart.
    await page.frameLocator('#nk').getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.frameLocator('#nk').getByRole('table')).toBeVisible();
    await expectFitted(page, frame);

    // Nothing the reader did inside the frame added a step to the host page's Back button.
    expect(await page.evaluate(() => window.history.length)).toBe(history);
    await watcher.expectClean();
  });
});

test('an embed code written before embed.html existed (the full page with ?embed=1) still shows the embed and fits', async ({ page }) => {
  const watcher = await watch(page);
  const legacy = snippet().replace(`${app}/embed.html?embed=1`, `${app}/?embed=1`);
  expect(legacy).toContain(`src="${app}/?embed=1"`);
  host.setPage('/legacy', hostPage('Legacy', `${legacy}${helperScript()}`));
  const frame = await loaded(page, '/legacy');
  await expect(page.frameLocator('#nk').getByRole('link', { name: /Open full timeline/ })).toBeVisible();
  await expectFitted(page, frame);
  await watcher.expectClean();
});

test('an embed that loaded in a hidden tab fits its content as soon as the tab is shown', async ({ page }) => {
  // Without loading="lazy" (some CMSes strip it) the frame loads while hidden and measures nothing.
  const watcher = await watch(page);
  const tabs = `<p><button id="show-text">Text</button> <button id="show-timeline">Timeline</button></p>
<div id="tab-text"><p>The text tab.</p></div>
<div id="tab-timeline" hidden>${snippet().replace(' loading="lazy"', '')}</div>
<script>
  document.getElementById('show-timeline').addEventListener('click', function () {
    document.getElementById('tab-text').hidden = true;
    document.getElementById('tab-timeline').hidden = false;
  });
</script>${helperScript()}`;
  host.setPage('/tabs', hostPage('Tabs', tabs));
  await recordHellos(page);
  await page.goto(`${host.origin}/tabs`);
  const frame = await appFrame(page);
  // Everything the hidden frame does before it is shown has happened: the app runs in it (it has
  // taken over the prerendered embed, whose timeline is drawn) and the helper's hello has reached
  // it. A frame that is not rendered gets no animation frame, so it has nothing to measure: its
  // timeline still holds both layouts (chart and rail), the container choosing one when shown.
  const inside = page.frameLocator('#nk');
  await expect(inside.locator('#root')).toBeAttached();
  await expect(inside.locator('#root[data-prerendered]')).toHaveCount(0);
  await expect(inside.locator(`[data-launch-id="${DEC_2012}"]`).first()).toBeAttached();
  await expect.poll(() => frame.evaluate(() => window.__hellos ?? 0)).toBeGreaterThan(0);
  // Nothing it sent while hidden resized it.
  expect(await page.locator('#nk').evaluate((el) => (el instanceof HTMLElement ? el.style.height : null))).toBe('560px');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(marker(page, DEC_2012)).toBeVisible();
  const fitted = await expectFitted(page, frame);
  expect(fitted).not.toBe(560);
  await watcher.expectClean();
});

test('a host-page hash opens that launch in the frame, and the launch opened inside is mirrored into the hash', async ({ freshTab: page }) => {
  // History entries are counted: a tab of its own (tests/e2e/test.ts).
  const watcher = await watch(page);
  // The CMS here adds the helper only once the frame has loaded: the launch must still get in,
  // by one reload of the frame, without adding a step to the host page's Back button.
  const lateHelper = `<script>
    document.getElementById('nk').addEventListener('load', function once() {
      this.removeEventListener("load", once);
      setTimeout(function () {
        var script = document.createElement('script');
        script.src = '${app}/embed.js';
        document.body.appendChild(script);
      }, 300);
    });
  </script>`;
  host.setPage('/deep', hostPage('Deep link', `${snippet()}${lateHelper}`));
  host.setPage('/before', hostPage('Before', '<p>Another article.</p>'));
  await page.goto(`${host.origin}/before`);
  const entries = await page.evaluate(() => window.history.length);
  await page.goto(`${host.origin}/deep#nk-launch=${DEC_2012}`);
  await appFrame(page);
  await expect(panelHeading(page)).toHaveText(/Kwangmyongsong-3 Unit 2/);
  const history = await page.evaluate(() => window.history.length);
  expect(history).toBe(entries + 1);

  // The sheet covers the launches: the reader moves on with its Next button.
  await page.frameLocator('#nk').getByRole('button', { name: /^Next: / }).click();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await expect.poll(() => hostHash(page)).toBe(`#nk-launch=${KMS_4}`);

  await page.frameLocator('#nk').getByRole('button', { name: 'Close details' }).click();
  await expect.poll(() => hostHash(page)).toBe('');
  expect(await page.evaluate(() => window.history.length)).toBe(history);

  // A link in the article to #nk-launch=<id> opens that launch in the frame, without reloading it.
  const frame = await appFrame(page);
  await frame.evaluate(() => (window.__alive = 1));
  await page.evaluate((id) => (window.location.hash = `nk-launch=${id}`), APR_2009);
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-2');
  expect(await frame.evaluate(() => window.__alive)).toBe(1);
  await watcher.expectClean();
});

test('on a host page of the timeline\'s own origin, the launch opened inside is mirrored into the hash too', async ({ page }) => {
  // A newsroom that serves its articles and the timeline from one origin: the helper can read the
  // frame's document there, which must not stop it from greeting the frame.
  await page.route(`${app}/article-same-origin.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage('Same origin', `${snippet()}${helperScript()}`) }),
  );
  await page.goto(`${app}/article-same-origin.html#nk-launch=${DEC_2012}`);
  await appFrame(page);
  await expect(panelHeading(page)).toHaveText(/Kwangmyongsong-3 Unit 2/);
  // The sheet covers the launches: the reader moves on with its Next button.
  await page.frameLocator('#nk').getByRole('button', { name: /^Next: / }).click();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await expect.poll(() => hostHash(page)).toBe(`#nk-launch=${KMS_4}`);
});

test('the helper ignores messages from other windows, from a look-alike origin, and malformed ones', async ({ page }) => {
  // The decoy frame below is navigated away from the app: the helper's hello to it is refused by
  // the browser (that is the point), which Chromium reports on the console.
  const watcher = await watch(page, /does not match the recipient window's origin/);
  evil.setPage('/evil', '<!doctype html><title>evil</title><p>not the timeline</p>');
  host.setPage(
    '/hostile',
    hostPage(
      'Hostile',
      `${snippet()}${recorder}
<iframe id="sibling" title="Another widget" src="${evil.origin}/evil?embed=1" style="width:100%;height:100px;border:0"></iframe>
<iframe id="decoy" data-nk-timeline title="Decoy" src="${app}/?embed=1" style="width:100%;height:300px;border:0"></iframe>
${helperScript()}`,
    ),
  );
  const frame = await loaded(page, '/hostile');
  await expectFitted(page, frame);
  const hostUrl = page.url();

  // 1. A sibling frame on another origin (its src even carries embed=1) posts size and state.
  const sibling = page.frames().find((f) => f.url().startsWith(`${evil.origin}/evil`));
  if (!sibling) throw new Error('no sibling frame');
  await sibling.evaluate((launch) => {
    window.parent.postMessage({ type: 'nk-timeline:height', version: 1, height: 4321 }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 4321 }, '*');
    window.parent.postMessage({ type: 'nk-timeline:state', version: 1, launch }, '*');
  }, KMS_4);

  // 2. A frame whose src names the app's origin, but which now shows a page of another origin.
  const decoy = await appFrame(page, '#decoy');
  await decoy.goto(`${evil.origin}/evil`);
  const decoyHeight = await iframeHeight(page, '#decoy');
  await decoy.evaluate((launch) => {
    window.parent.postMessage({ type: 'nk-timeline:height', version: 1, height: 4321 }, '*');
    window.parent.postMessage({ type: 'nk-timeline:state', version: 1, launch }, '*');
  }, KMS_4);

  // 3. Our own frame, sending payloads that do not validate.
  await frame.evaluate(() => {
    const bad: unknown[] = [
      '4321',
      'pymxPYMxnkxPYMxheightxPYMx4321',
      ['nk-timeline:height', 4321],
      { type: 'nk-timeline:height', version: 1, height: '4321' },
      { type: 'nk-timeline:height', version: 1, height: { value: 4321 } },
      { type: 'nk-timeline:height', version: 1, height: [4321] },
      { type: 'nk-timeline:height', version: 2, height: 4321 },
      { type: 'nk-timeline:height', height: 4321 },
      { type: 'nk-timeline:height', version: 1, height: Number.NaN },
      { type: 'nk-timeline:height', version: 1, height: Number.POSITIVE_INFINITY },
      { type: 'nk-timeline:height', version: 1, height: 20_001 },
      { type: 'nk-timeline:height', version: 1, height: 1e9 },
      { type: 'nk-timeline:height', version: 1, height: -4321 },
      { type: 'nk-timeline:height', version: 1, height: 0 },
      { type: 'nk-timeline:state', launch: 'javascript:alert(1)' },
      { type: 'nk-timeline:state', launch: 'https://evil.example/' },
      { type: 'nk-timeline:state', launch: 'Not A Slug' },
      { type: 'nk-timeline:state', launch: 42 },
      { type: 'nk-timeline:state', launch: { id: '2016-02-07-kwangmyongsong-4' } },
      { type: 'nk-timeline:state', launch: `${'a'.repeat(300)}` },
    ];
    for (const message of bad) window.parent.postMessage(message, '*');
    // Then one valid message of each kind: once they have landed, every bad one was handled before them.
    window.parent.postMessage({ type: 'nk-timeline:height', version: 1, height: 3333 }, '*');
    window.parent.postMessage({ type: 'nk-timeline:state', version: 1, launch: '2009-04-05-kwangmyongsong-2' }, '*');
  });
  await expect.poll(() => iframeHeight(page), FAST).toBe(3333);
  await expect.poll(() => hostHash(page)).toBe(`#nk-launch=${APR_2009}`);

  // Every height the iframe ever had was a real one: none of the bad values got through.
  const styles = await page.evaluate(() => window.__styles ?? []);
  const heights = styles.flatMap((s) => [...s.matchAll(/height:\s*([^;]+)/g)].map((m) => m[1]?.trim() ?? ''));
  expect(heights).toContain('3333px');
  for (const height of heights) {
    expect(height).toMatch(/^\d+px$/);
    expect(Number.parseInt(height, 10)).toBeLessThanOrEqual(20_000);
    expect(height).not.toBe('4321px');
  }
  expect(await page.evaluate(() => window.__replaced ?? [])).toEqual([`/hostile#nk-launch=${APR_2009}`]);
  expect(await iframeHeight(page, '#decoy')).toBe(decoyHeight);
  expect(await iframeHeight(page, '#sibling')).toBe(100);
  expect(page.url()).toBe(`${hostUrl}#nk-launch=${APR_2009}`);
  await watcher.expectClean();
});

test('the frame ignores messages that do not come from its parent, and malformed ones from it', async ({ page }) => {
  const watcher = await watch(page);
  evil.setPage('/evil', '<!doctype html><title>evil</title><p>not the timeline</p>');
  host.setPage(
    '/siblings',
    hostPage('Siblings', `${snippet()}${recorder}<iframe id="sibling" title="Another widget" src="${evil.origin}/evil" style="width:100%;height:100px;border:0"></iframe>${helperScript()}`),
  );
  const frame = await loaded(page, '/siblings');
  await expectFitted(page, frame);
  await frame.evaluate(() => (window.__alive = 1));
  const frameUrl = frame.url();

  // A sibling frame and a window opened by the page: valid-looking selects, not from the parent.
  const sibling = page.frames().find((f) => f.url().startsWith(`${evil.origin}/evil`));
  if (!sibling) throw new Error('no sibling frame');
  await sibling.evaluate((id) => window.parent.frames[0]?.postMessage({ type: 'nk-timeline:select', version: 1, id }, '*'), KMS_4);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url), `${evil.origin}/evil`)]);
  await popup.waitForLoadState();
  await popup.evaluate((id) => (window.opener as Window | null)?.frames[0]?.postMessage({ type: 'nk-timeline:select', version: 1, id }, '*'), KMS_4);
  await popup.close();

  // The parent itself, with payloads that do not validate.
  await page.evaluate(() => {
    const child = (document.getElementById('nk') as HTMLIFrameElement).contentWindow;
    const bad: unknown[] = [
      'nk-timeline:select',
      { type: 'nk-timeline:select', id: 'javascript:alert(1)' },
      { type: 'nk-timeline:select', id: 'https://evil.example/' },
      { type: 'nk-timeline:select', id: '2099-01-01-no-such-launch' },
      { type: 'nk-timeline:select', id: { id: '2016-02-07-kwangmyongsong-4' } },
      { type: 'nk-timeline:select', id: ['2016-02-07-kwangmyongsong-4'] },
      { type: 'nk-timeline:navigate', url: 'https://evil.example/' },
      { type: 'nk-timeline:select' },
      null,
      42,
    ];
    for (const message of bad) child?.postMessage(message, '*');
    // Then a valid select: once it has taken effect, every message before it was handled.
    child?.postMessage({ type: 'nk-timeline:select', version: 1, id: '2009-04-05-kwangmyongsong-2' }, '*');
  });
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-2');

  // Only the valid select opened anything; the frame never navigated or reloaded.
  await expect.poll(() => hostHash(page)).toBe(`#nk-launch=${APR_2009}`);
  expect(await page.evaluate(() => window.__replaced ?? [])).toEqual([`/siblings#nk-launch=${APR_2009}`]);
  expect(await frame.evaluate(() => window.__alive)).toBe(1);
  expect(new URL(frame.url()).pathname).toBe(new URL(frameUrl).pathname);
  expect(new URL(frame.url()).searchParams.get('launch')).toBe(APR_2009);
  await watcher.expectClean();
});

test('with the recommended sandbox the embed works and "Open full timeline" opens the full page in a new tab', async ({ page }) => {
  const watcher = await watch(page);
  host.setPage('/sandboxed', hostPage('Sandboxed', `${snippet(`&launch=${KMS_4}&outcome=success`)}${helperScript()}`));
  await page.goto(`${host.origin}/sandboxed`);
  const frame = await appFrame(page);
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await expectFitted(page, frame);
  // The way out is with the controls under the launches, which the open launch's sheet covers.
  await page.frameLocator('#nk').getByRole('button', { name: 'Close details' }).click();
  const link = page.frameLocator('#nk').getByRole('link', { name: /Open full timeline/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // Every link in the embed opens a new tab.
  const sameTab = await frame.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')?.startsWith('#') && a.getAttribute('target') !== '_blank').length);
  expect(sameTab).toBe(0);

  const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await full.waitForLoadState();
  expect(full.url()).toBe(`${app}/?outcome=success`);
  // Escaped the sandbox: storage works, as on any normal page.
  expect(await full.evaluate(() => { try { window.localStorage.getItem('x'); return true; } catch { return false; } })).toBe(true);
  // The full page's standfirst (the chart's description counts in digits: "8 launch attempts…").
  await expect(full.getByText(/^[A-Z][a-z]+ attempts from \d{4} to \d{4}; [a-z]+ reached orbit\./)).toBeVisible();
  await full.close();
  await watcher.expectClean();
});

test('under a stricter sandbox (allow-scripts only, as WordPress frames an oEmbed it does not trust) the timeline runs, fits its frame, and says how to follow a link it may not open', async ({ page }) => {
  // The frame may not open tabs (no allow-popups): Chromium says so on the console when asked.
  const watcher = await watch(page, /in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set/);
  host.setPage('/strict', hostPage('Strict sandbox', `${snippet(`&launch=${KMS_4}`, 'allow-scripts')}${helperScript()}`));
  await page.goto(`${host.origin}/strict`);
  const frame = await appFrame(page);
  // An opaque origin: the app's code and data came by CORS, and the frame really is sandboxed.
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await page.frameLocator('#nk').getByRole('button', { name: 'Close details' }).click();
  await expect(panelHeading(page)).toHaveCount(0);
  // The height reaches the host from the opaque origin, and the helper's hello reaches the frame.
  const fitted = await expectFitted(page, frame);
  expect(fitted).not.toBe(560);
  await marker(page, DEC_2012).click();
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-3 Unit 2');
  const source = page.frameLocator('#nk').getByRole('region', { name: 'Launch details' }).locator('a.source-link').first();
  const href = await source.getAttribute('href');
  await source.click();
  const notice = page.frameLocator('#nk').getByRole('alert').filter({ hasText: 'does not let the timeline open new tabs' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('textbox', { name: 'Address of the link' })).toHaveValue(href ?? '');
  await expect(notice.getByRole('textbox', { name: 'Address of the link' })).toBeFocused();
  expect(page.context().pages()).toHaveLength(1);
  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toHaveCount(0);
  await watcher.expectClean();
});

test("sandboxed without allow-same-origin but with allow-popups, the embed's links still open their tab", async ({ page }) => {
  const watcher = await watch(page);
  host.setPage('/popups', hostPage('Popups allowed', `${snippet('&outcome=success', 'allow-scripts allow-popups allow-popups-to-escape-sandbox')}${helperScript()}`));
  await page.goto(`${host.origin}/popups`);
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  const [full] = await Promise.all([page.waitForEvent('popup'), page.frameLocator('#nk').getByRole('link', { name: /Open full timeline/ }).click()]);
  await full.waitForLoadState();
  expect(full.url()).toBe(`${app}/?outcome=success`);
  // The tab cannot reach back into the frame.
  expect(await full.evaluate(() => window.opener)).toBeNull();
  await full.close();
  await expect(page.frameLocator('#nk').getByRole('alert')).toHaveCount(0);
  await watcher.expectClean();
});

test('where scripts may not run at all (sandbox=""), the frame shows the still timeline and says it is one, never a blank frame', async ({ page }) => {
  // Chromium says on the console that the page's scripts were not run, as asked.
  const watcher = await watch(page, /Blocked script execution in '[^']+' because the document's frame is sandboxed and the 'allow-scripts' permission is not set/);
  host.setPage('/noscript', hostPage('No scripts', `${snippet('', '')}${helperScript()}`));
  await page.goto(`${host.origin}/noscript`);
  const frame = page.frameLocator('#nk');
  await expect(frame.locator('[data-launch-id]').first()).toBeVisible();
  await expect(frame.getByText(/^Without JavaScript this is a still picture of the timeline/)).toBeVisible();
  // The helper neither resized nor broke anything: the frame keeps its initial height.
  expect(await iframeHeight(page)).toBe(560);
  await watcher.expectClean();
});

test('the message of a frame that could not start never shows when the app runs', async ({ page }) => {
  const watcher = await watch(page);
  // The message is revealed by a CSS animation 3 s after load (src/start/boot.css): its end is the
  // moment it would show. Recorded in every frame from its first script.
  await page.addInitScript(() => {
    document.addEventListener('animationend', (event) => {
      if (event.animationName === 'boot-message-reveal') window.__bootMessageShown = true;
    }, true);
  });
  host.setPage('/normal', hostPage('Normal', `${snippet()}${helperScript()}`));
  const frame = await loaded(page, '/normal');
  // The app runs and has removed the message, so it can never show from now on; and it had not shown before.
  await expect(page.frameLocator('#nk').getByText('could not start')).toHaveCount(0);
  expect(await frame.evaluate(() => window.__bootMessageShown ?? false)).toBe(false);
  await watcher.expectClean();
});

test('the CSP watcher works: an inline script injected into the frame is blocked and counted', async ({ page }) => {
  const watcher = await watch(page);
  host.setPage('/csp', hostPage('CSP control', `${snippet()}${helperScript()}`));
  const frame = await loaded(page, '/csp');
  await frame.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = 1;';
    document.body.append(script);
  });
  await expect.poll(async () => (await cspViolations(page)).length).toBe(1);
  expect((await cspViolations(page))[0]).toContain('script-src');
  expect(await frame.evaluate(() => window.__inlineRan)).toBeUndefined();
  // The console watcher sees it too (Chromium logs every violation).
  expect(watcher.problems.some((problem) => problem.includes('Content Security Policy'))).toBe(true);
});

test('the Embed dialog makes a snippet that works on another origin; Esc closes it and focus returns', async ({ page }) => {
  const watcher = await watch(page);
  await page.goto(`${app}/?launch=${KMS_4}&outcome=success`);
  await openShareMenu(page);
  const opener = page.getByRole('button', { name: 'Embed', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain(`src="${app}/embed.html?launch=${KMS_4}&amp;outcome=success&amp;embed=1"`);
  expect(code).toContain(`<script src="${app}/embed.js" async></script>`);

  // The live preview, at phone width and then at the dialog's width.
  const preview = dialog.locator('iframe');
  await expect(page.frameLocator('dialog iframe').getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-4');
  expect(await preview.evaluate((el) => el.getBoundingClientRect().width)).toBe(375);
  await dialog.getByRole('radio', { name: 'Desktop' }).check();
  await expect.poll(() => preview.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(375);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Pasted as is into an article on another origin.
  host.setPage('/pasted', hostPage('Pasted', code.replace('<iframe ', '<iframe id="nk" ')));
  await page.goto(`${host.origin}/pasted`);
  const frame = await appFrame(page);
  await expect(panelHeading(page)).toContainText('Kwangmyongsong-4');
  await expectFitted(page, frame);
  await watcher.expectClean();
});

for (const { name, viewport } of [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const) {
  test(`screenshot: a host page with the embed on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const watcher = await watch(page);
    // The phone shot shows the timeline as embedded; the desktop one a launch pinned by the editor.
    const query = name === 'desktop' ? `&launch=${DEC_2012}` : '';
    host.setPage(`/shot-${name}`, hostPage('North Korea’s satellite launches, in one timeline', `${snippet(query)}${helperScript()}`));
    await page.goto(`${host.origin}/shot-${name}`);
    const frame = await appFrame(page);
    if (query) await expect(panelHeading(page)).toContainText('Kwangmyongsong-3 Unit 2');
    else await expect(marker(page, DEC_2012)).toBeVisible();
    await expectFitted(page, frame);
    await screenshot(page, `embed-host-${name}.png`);
    await watcher.expectClean();
  });
}
