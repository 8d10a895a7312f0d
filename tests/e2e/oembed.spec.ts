// An oEmbed consumer, as a CMS is (WordPress, Ghost, Iframely): it fetches the page a writer
// pasted, follows the page's discovery link, and puts the returned `html` into its own page, on
// its own origin. The timeline must open the pasted view there and size its frame.
import { expect, test } from './test.ts';
import { hostPage, startHostServer, type HostServer } from './hostServer.ts';
import { cspViolations, recordCspViolations, watchPage } from './helpers.ts';

/** Where the build said the site is (vite.config.ts); this test serves it at the test server. */
const SITE = process.env.SITE_URL ?? 'http://localhost:4173/';
const APR_2009 = '2009-04-05-kwangmyongsong-2';

let app = '';
let host: HostServer;

test.beforeAll(async () => {
  app = `${new URL(String(test.info().project.use.baseURL)).origin}/`;
  host = await startHostServer();
});

test.afterAll(async () => {
  await host.close();
});

/** The site's address as this test serves it (the same files, another port maybe). */
const served = (text: string) => text.replaceAll(SITE, app);

type OEmbed = { version: string; type: string; html: string; width: number; height: number; title: string; provider_name: string; thumbnail_url: string; thumbnail_width: number; thumbnail_height: number };

test('a pasted launch page: discovery, the oEmbed answer, and its html in a host page opens that launch and sizes itself', async ({ page, context, request }) => {
  const watch = watchPage(page);
  await recordCspViolations(context);

  const pageHtml = await (await request.get(`/launch/${APR_2009}/`)).text();
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)?.[1];
  expect(discovery).toBe(`${SITE}launch/${APR_2009}/oembed.json`);
  const response = await request.get(served(discovery ?? ''));
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const answer = (await response.json()) as OEmbed;
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 560, provider_name: expect.any(String), thumbnail_width: 1200, thumbnail_height: 630 });
  expect(answer.title).toContain('Kwangmyongsong-2');
  expect(answer.thumbnail_url).toBe(`${SITE}launch/${APR_2009}/card.png`);
  expect(answer.html).toContain(`embed.html?launch=${APR_2009}&amp;embed=1`);

  host.setPage('/article', hostPage('An article', `<p>Before the embed.</p>${served(answer.html)}<p>After it.</p>`));
  await page.goto(`${host.origin}/article`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-2');
  // embed.js, from the answer's html, fits the frame to its content (560 px to start with).
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.evaluate((el) => (el instanceof HTMLElement ? el.style.height : '')), { timeout: 5_000 }).not.toBe('560px');
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  if (!inner) throw new Error('the embed frame did not load');
  const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - content)).toBeLessThanOrEqual(1);
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});

/**
 * What a CMS does to an answer from a site it does not trust, after WordPress's
 * wp_filter_oembed_result: the iframe alone with its plain attributes (no style, no script), a
 * secret on its src (#?secret=) and on the element (data-secret), sandbox="allow-scripts".
 */
function filteredAsUntrusted(html: string, secret: string): string {
  const iframe = /<iframe\b[^>]*>/.exec(html)?.[0] ?? '';
  const kept = [...iframe.matchAll(/ (src|width|height|frameborder|title)="([^"]*)"/g)].map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}" data-secret="${secret}"` : ` ${name}="${value}"`));
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${kept.join('')}></iframe>`;
}

/** The host side of WordPress's embed protocol, as its wp-embed.js speaks it: resize the frame whose secret and window match. */
const wordPressHost = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.message !== 'height' || typeof d.secret !== 'string' || /[^a-zA-Z0-9]/.test(d.secret)) return;
  document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (frame) {
    if (frame.contentWindow !== e.source) return;
    frame.removeAttribute('style');
    frame.height = Math.min(1000, Math.max(200, parseInt(d.value, 10)));
  });
});
</script>`;

test('the same answer in a frame the CMS sandboxed allow-scripts only, as WordPress frames an untrusted provider: it opens the launch and sizes itself', async ({ page, context, request }) => {
  const watch = watchPage(page);
  await recordCspViolations(context);
  const pageHtml = await (await request.get(`/launch/${APR_2009}/`)).text();
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)?.[1] ?? '';
  const answer = (await (await request.get(served(discovery))).json()) as OEmbed;
  const embedded = filteredAsUntrusted(served(answer.html), 'Xy7Qp2Lm9A');
  expect(embedded).not.toContain('<script');
  expect(embedded).toContain('sandbox="allow-scripts"');
  host.setPage('/wordpress', hostPage('A WordPress article', `<p>Before the embed.</p>${embedded}<p>After it.</p>${wordPressHost}`));
  await page.goto(`${host.origin}/wordpress`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Launch details' }).getByRole('heading', { level: 2 })).toContainText('Kwangmyongsong-2');
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  if (!inner) throw new Error('the embed frame did not load');
  expect(await inner.evaluate(() => window.origin)).toBe('null');
  const iframe = page.locator('iframe');
  // The frame starts at the answer's 560 and follows its content (WordPress caps it at 1000).
  await expect.poll(() => iframe.getAttribute('height'), { timeout: 5_000 }).not.toBe('560');
  const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - Math.min(1000, content))).toBeLessThanOrEqual(1);
  expect(await cspViolations(page)).toEqual([]);
  watch.expectClean();
});

test('the home page answers too, with the whole timeline', async ({ request }) => {
  const pageHtml = await (await request.get('/')).text();
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)?.[1];
  expect(discovery).toBe(`${SITE}oembed.json`);
  const answer = (await (await request.get(served(discovery ?? ''))).json()) as OEmbed;
  expect(answer.html).toContain('embed.html?embed=1');
  expect(answer.html).not.toContain('launch=');
});
