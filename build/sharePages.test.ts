import { describe, expect, it } from 'vitest';
import { headTags, oembedJson, routePage, siteRoot, withHead, withHeadOf } from './sharePages.ts';
import type { SharePage } from '../src/start/prerender.tsx';

const SITE = 'https://example.org/timeline/';
const PAGE: SharePage = {
  path: 'launch/2009-04-05-kwangmyongsong-2/',
  route: 'launch/2009-04-05-kwangmyongsong-2/',
  edition: 'en',
  view: '?launch=2009-04-05-kwangmyongsong-2',
  meta: { title: 'Kwangmyongsong-2 (Unha-2), 5 April 2009: failed', documentTitle: 'Kwangmyongsong-2 … · Timeline', description: 'No object entered orbit; "the upper stages" & payload <fell>.', imageAlt: 'A card' },
  cardSvg: '<svg/>',
};
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Old words" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <title>Old title</title>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
  </head>
  <body><div id="root" data-prerendered="a-1">page</div><p id="boot-message" class="boot-message"><a href="./" target="_blank">Open</a></p></body>
</html>`;

describe('siteRoot', () => {
  it('takes an absolute http(s) folder address, adding the final slash', () => {
    expect(siteRoot('https://example.org/timeline')).toBe(SITE);
    expect(siteRoot('http://localhost:4173/')).toBe('http://localhost:4173/');
  });

  it('refuses anything else, saying what it needs', () => {
    expect(() => siteRoot('example.org')).toThrow(/absolute address/);
    expect(() => siteRoot('ftp://example.org/')).toThrow(/http or https/);
    expect(() => siteRoot('https://example.org/?x=1')).toThrow(/without a query/);
  });
});

describe('headTags and withHead', () => {
  it('give a page its canonical address, its card and its oEmbed link, escaped', () => {
    const tags = headTags(SITE, PAGE);
    expect(tags).toContain(`<link rel="canonical" href="${SITE}${PAGE.path}" />`);
    expect(tags).toContain(`<meta property="og:image" content="${SITE}${PAGE.path}card.png" />`);
    expect(tags).toContain(`<link rel="alternate" type="application/json+oembed" href="${SITE}${PAGE.path}oembed.json"`);
    expect(tags).toContain('content="No object entered orbit; &quot;the upper stages&quot; &amp; payload &lt;fell&gt;."');
  });

  it('replace the template’s title and description, and nothing else', () => {
    const html = withHead(INDEX, SITE, PAGE);
    expect(html).toContain('<title>Kwangmyongsong-2 … · Timeline</title>');
    expect(html).not.toContain('Old words');
    expect(html).toContain('<link rel="icon" href="./favicon.svg"');
    expect(() => withHead('<html></html>', SITE, PAGE)).toThrow(/<title>/);
  });
});

describe('routePage', () => {
  it('swaps the root, points every relative address back up at the root, says how far on <html> and holds the first paint for the whole view', () => {
    const page = routePage(INDEX, '<div id="root" data-prerendered="a-1">page</div>', '<div id="root" data-prerendered="a-1" data-view="?launch=x">launch</div>', { path: 'launch/x/' });
    expect(page).toContain('<html lang="en" data-edition="en" data-root="../../">');
    expect(page).toContain('href="../../favicon.svg"');
    expect(page).toContain('src="../../assets/index-1.js"');
    expect(page).toContain('<a href="../../" target="_blank">');
    expect(page).toContain('data-view="?launch=x">launch</div>');
    expect(page).not.toContain('="./');
    // Its first frame waits for the whole view (the panel comes after the chart).
    expect(page).toMatch(/<link rel="expect" href="#boot-message" blocking="render" \/>\s*<\/head>/);
  });

  it('makes an edition\'s page in its folder: its language and edition on <html>, the way up from deeper', () => {
    const root = '<div id="root" data-prerendered="a-1">page</div>';
    const home = routePage(INDEX, root, '<div id="root" data-prerendered="a-1" data-translation="b-2">홈</div>', { path: 'ko/', edition: 'ko', holdFirstPaint: false });
    expect(home).toContain('<html lang="ko" data-edition="ko" data-root="../">');
    expect(home).toContain('src="../assets/index-1.js"');
    expect(home).not.toContain('blocking="render"');
    const launch = routePage(INDEX, root, '<div id="root">발사</div>', { path: 'ja/launch/x/', edition: 'ja' });
    expect(launch).toContain('<html lang="ja" data-edition="ja" data-root="../../../">');
    expect(launch).toContain('href="../../../favicon.svg"');
  });
});

describe('the editions in every head', () => {
  it('link the same view in English (also the default), Korean and Japanese, and say the page\'s locale', () => {
    const tags = headTags(SITE, { ...PAGE, path: `ko/${PAGE.route}`, edition: 'ko' });
    expect(tags).toContain(`<link rel="alternate" hreflang="en" href="${SITE}${PAGE.route}" />`);
    expect(tags).toContain(`<link rel="alternate" hreflang="ko" href="${SITE}ko/${PAGE.route}" />`);
    expect(tags).toContain(`<link rel="alternate" hreflang="ja" href="${SITE}ja/${PAGE.route}" />`);
    expect(tags).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}${PAGE.route}" />`);
    expect(tags).toContain(`<link rel="canonical" href="${SITE}ko/${PAGE.route}" />`);
    expect(tags).toContain('<meta property="og:locale" content="ko_KR" />');
  });

  it('give an edition\'s oEmbed answer the embed of its own folder, titled in its language', () => {
    const answer = JSON.parse(oembedJson(SITE, { ...PAGE, path: `ja/${PAGE.route}`, edition: 'ja' }, '北朝鮮の衛星打ち上げの試み')) as { html: string };
    expect(answer.html).toContain(`src="${SITE}ja/embed.html?launch=2009-04-05-kwangmyongsong-2&amp;embed=1"`);
    expect(answer.html).toContain('title="インタラクティブ年表：北朝鮮の衛星打ち上げの試み"');
  });
});

describe('oembedJson', () => {
  it('answers with the embed code of the page’s view and its card', () => {
    const answer = JSON.parse(oembedJson(SITE, PAGE, 'T')) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_url: SITE, title: PAGE.meta.title, width: 640, height: 560, thumbnail_url: `${SITE}${PAGE.path}card.png`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(answer.html).toContain(`<iframe width="100%" height="560" frameborder="0" src="${SITE}embed.html?launch=2009-04-05-kwangmyongsong-2&amp;embed=1"`);
    expect(answer.html).toContain(`<script src="${SITE}embed.js" async></script>`);
    expect(answer.html).toContain('title="Interactive timeline: T"');
  });
});

describe('withHeadOf', () => {
  it('gives a route page its own title and tags in place of the home page’s, and nothing else changes', () => {
    const home: SharePage = { ...PAGE, path: '', view: '', meta: { ...PAGE.meta, documentTitle: 'Home & more' } };
    const finished = withHead(INDEX, SITE, home);
    const page = withHeadOf(finished, headTags(SITE, home), SITE, PAGE);
    expect(page).toBe(withHead(INDEX, SITE, PAGE));
    expect(() => withHeadOf('<html></html>', headTags(SITE, home), SITE, PAGE)).toThrow(/no longer holds/);
  });
});
