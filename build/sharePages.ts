// The share pages' files, as text: each page's head (title, description, canonical address,
// Open Graph and Twitter card tags, the oEmbed discovery link), a route's page made from the
// finished index.html, and the oEmbed answer. Pure: the plugin (prerenderPlugin.ts) writes them.
import { embedFrameTitle, embedSnippet, INITIAL_EMBED_HEIGHT } from '../src/domain/embedMessages.ts';
import type { Locale } from '../src/domain/i18n/locale.ts';
import { ja } from '../src/domain/i18n/messages/ja.ts';
import { ko } from '../src/domain/i18n/messages/ko.ts';
import { EDITION_FOLDERS } from '../src/domain/routes.ts';
import { withHtmlTag } from './prerenderHtml.ts';
import { DEFAULT_URL_STATE, parseUrlState } from '../src/domain/urlState.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/domain/shareCard.ts';
import type { SharePage } from '../src/start/prerender.tsx';

export const CARD_FILE = 'card.png';
export const OEMBED_FILE = 'oembed.json';
export const PROVIDER_NAME = 'NK satellite launch timeline';

const CATALOGS = { ko, ja } as const;
const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_GB', ko: 'ko_KR', ja: 'ja_JP' };

/** SITE_URL checked: an absolute http(s) address of the root folder, ending in "/". */
export function siteRoot(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://example.org/timeline/ (got ${JSON.stringify(value)})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http or https (got ${url.protocol})`);
  if (url.search || url.hash) throw new Error('SITE_URL must be a folder address without a query or a fragment');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The absolute addresses of a page and of its files. */
export function pageUrls(site: string, page: Pick<SharePage, 'path'>) {
  const url = new URL(page.path, site).href;
  return { url, card: new URL(CARD_FILE, url).href, oembed: new URL(OEMBED_FILE, url).href };
}

/** The same view in every edition: English at the root, Korean and Japanese in their folders. */
export function alternateLinks(site: string, page: Pick<SharePage, 'route'>): string[] {
  const link = (hreflang: string, folder: string) => `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(new URL(`${folder}${page.route}`, site).href)}" />`;
  return [link('en', ''), ...EDITION_FOLDERS.map((edition) => link(edition, `${edition}/`)), link('x-default', '')];
}

/** The tags that go into a page's <head>, in place of the template's description. */
export function headTags(site: string, page: SharePage): string {
  const { url, card, oembed } = pageUrls(site, page);
  const { meta } = page;
  const tag = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...alternateLinks(site, page),
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(meta.title)}" />`,
    tag('property', 'og:type', 'website'),
    tag('property', 'og:locale', OG_LOCALES[page.edition]),
    tag('property', 'og:site_name', PROVIDER_NAME),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', url),
    tag('property', 'og:image', card),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(CARD_WIDTH)),
    tag('property', 'og:image:height', String(CARD_HEIGHT)),
    tag('property', 'og:image:alt', meta.imageAlt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', card),
    tag('name', 'twitter:image:alt', meta.imageAlt),
  ].join('\n    ');
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;

const titleOf = (page: SharePage) => `<title>${escapeHtml(page.meta.documentTitle)}</title>`;

/** `html` with `page`'s title and head tags (the template's title and description replaced). */
export function withHead(html: string, site: string, page: SharePage): string {
  if (!TITLE.test(html) || !DESCRIPTION.test(html)) throw new Error('index.html must have one <title> and one <meta name="description" content="…" />');
  return html.replace(TITLE, () => titleOf(page)).replace(DESCRIPTION, () => headTags(site, page));
}

/** The finished home page with `page`'s title and head tags in place of the home page's (`homeTags`). */
export function withHeadOf(finished: string, homeTags: string, site: string, page: SharePage): string {
  if (!TITLE.test(finished) || !finished.includes(homeTags)) throw new Error('the built index.html no longer holds its title and head tags as written');
  return finished.replace(TITLE, () => titleOf(page)).replace(homeTags, () => headTags(site, page));
}

/** What follows #root in index.html: once it is parsed, the whole view is. */
const RENDER_GATE_AFTER = '<p id="boot-message"';
/**
 * A route's view has its panel after the chart: a first frame painted while the parser is still
 * between them would show the chart without the launch the page is about. The page's rendering
 * waits until the element after #root is parsed (a few kilobytes later, no request).
 */
const RENDER_GATE = '<link rel="expect" href="#boot-message" blocking="render" />';

/** The way up from a page's folder to the root: "../../" for launch/<id>/, "../" for ko/. */
export function depthOf(path: string): string {
  return '../'.repeat(path.split('/').filter(Boolean).length);
}

/**
 * A page below the root from the finished index.html: `routeRoot` in place of the page's #root,
 * every relative address ("./…") pointed back up at the root, the way up and the edition written
 * on <html> for the inline script and the app (`data-root`, `data-edition`, `lang`), and, for a
 * view with a panel (a route), its first paint held until its view is parsed.
 */
export function routePage(finishedIndex: string, pageRoot: string, routeRoot: string, options: { path: string; edition?: Locale; holdFirstPaint?: boolean }): string {
  const { path, edition = 'en', holdFirstPaint = true } = options;
  const depth = depthOf(path);
  const at = finishedIndex.indexOf(pageRoot);
  if (at < 0) throw new Error('the built index.html no longer holds the prerendered #root');
  const swapped = finishedIndex.slice(0, at) + routeRoot + finishedIndex.slice(at + pageRoot.length);
  if (!swapped.includes(RENDER_GATE_AFTER) || !swapped.includes('</head>')) throw new Error(`index.html must have ${RENDER_GATE_AFTER} after #root, and a </head>`);
  const moved = withHtmlTag(swapped.replace(/ (src|href)="\.\//g, (_, attr: string) => ` ${attr}="${depth}`), edition, { 'data-edition': edition, 'data-root': depth });
  return holdFirstPaint ? moved.replace('</head>', `  ${RENDER_GATE}\n  </head>`) : moved;
}

/**
 * The frame's size as attributes too: a CMS that filters an untrusted answer keeps these and drops
 * `style` (WordPress's wp_filter_oembed_result), and a frame without either is 300 × 150.
 */
const SIZE_ATTRIBUTES = `width="100%" height="${INITIAL_EMBED_HEIGHT}" frameborder="0"`;

/**
 * The oEmbed answer for a page (https://oembed.com, type "rich"): the embed code of its view, the
 * same the Embed dialog gives, and its card as the thumbnail.
 */
export function oembedJson(site: string, page: SharePage, datasetTitle: string): string {
  const parsed = parseUrlState(new URLSearchParams(page.view)).state;
  const state = { ...DEFAULT_URL_STATE, ...parsed, lang: page.edition === 'en' ? null : page.edition };
  const frameTitle = page.edition === 'en' ? embedFrameTitle(datasetTitle) : CATALOGS[page.edition].core.embedTitle(datasetTitle);
  const { card } = pageUrls(site, page);
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: PROVIDER_NAME,
      provider_url: site,
      title: page.meta.title,
      html: embedSnippet({ baseUrl: site, state, title: frameTitle }).replace('<iframe ', `<iframe ${SIZE_ATTRIBUTES} `),
      width: 640,
      height: INITIAL_EMBED_HEIGHT,
      thumbnail_url: card,
      thumbnail_width: CARD_WIDTH,
      thumbnail_height: CARD_HEIGHT,
      cache_age: 86400,
    },
    null,
    2,
  )}\n`;
}
