import { describe, expect, it } from 'vitest';
import { headTags, oembedJson, routePage, siteRoot, withHead, withHeadOf } from './sharePages.ts';
import type { SharePage } from '../src/start/prerender.tsx';

const SITE = 'https://example.org/timeline/';
const PAGE: SharePage = {
  path: 'launch/2009-04-05-kwangmyongsong-2/',
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
    const page = routePage(INDEX, '<div id="root" data-prerendered="a-1">page</div>', '<div id="root" data-prerendered="a-1" data-view="?launch=x">launch</div>');
    expect(page).toContain('<html lang="en" data-root="../../">');
    expect(page).toContain('href="../../favicon.svg"');
    expect(page).toContain('src="../../assets/index-1.js"');
    expect(page).toContain('<a href="../../" target="_blank">');
    expect(page).toContain('data-view="?launch=x">launch</div>');
    expect(page).not.toContain('="./');
    // Its first frame waits for the whole view (the panel comes after the chart).
    expect(page).toMatch(/<link rel="expect" href="#boot-message" blocking="render" \/>\s*<\/head>/);
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
