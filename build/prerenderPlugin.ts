// The build's prerender step (for a fast first paint): index.html leaves with the app's default
// view already in #root, rendered by React from public/data/<default>.json through the app's own
// loader, so the first marker shows before any script runs; embed.html, written beside it from
// the same template, holds the embed's (`?embed=1`), which is what embed codes point at. A transformIndexHtml hook, so every
// build does it (`npm run build`, `npx vite build` in npm test and the bench) and the dev server
// serves a prerendered page too (hydration mismatches then surface in React's development build).
// The app code goes through Vite's SSR loader (a throwaway dev server in middleware mode during a
// build): it handles the TSX and the CSS imports exactly as the client build does.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import { ja } from '../src/domain/i18n/messages/ja.ts';
import { ko } from '../src/domain/i18n/messages/ko.ts';
import { EDITION_FOLDERS } from '../src/domain/routes.ts';
import { embedPage, injectPrerendered, prerenderedRoot, withHtmlTag } from './prerenderHtml.ts';
import { CARD_FILE, depthOf, escapeHtml, headTags, OEMBED_FILE, oembedJson, routePage, withHead, withHeadOf } from './sharePages.ts';
import type { SharePage } from '../src/start/prerender.tsx';

const ENTRY = '/src/start/prerender.tsx';
type PrerenderModule = typeof import('../src/start/prerender.tsx');

/**
 * index.html with the page's markup and, for a build (the dev server has no embed.html), the two
 * #root elements (page, embed) that make embed.html.
 */
async function prerender(server: ViteDevServer, config: ResolvedConfig, template: string, site: string, withPages: boolean): Promise<{ html: string; pages: Pages | null }> {
  const entry = (await server.ssrLoadModule(ENTRY)) as PrerenderModule;
  const dataFile = (suffix: string) => path.join(config.publicDir, 'data', `${entry.PRERENDERED_DATASET}${suffix}.json`);
  const data = readFileSync(dataFile(''), 'utf8');
  const page = entry.prerenderApp(data, 'page');
  const shared = entry.sharePages(data);
  const home = shared.find((p) => p.path === '');
  if (!home) throw new Error('the dataset gave no home page to share');
  const html = withHead(injectPrerendered(template, page), site, home);
  if (!withPages) return { html, pages: null };
  // The Korean and Japanese editions whose translation is in the folder, each with all its pages.
  const editions = EDITION_FOLDERS.flatMap((locale): EditionPages[] => {
    if (!existsSync(dataFile(`.${locale}`))) return [];
    const input = { locale, translationText: readFileSync(dataFile(`.${locale}`), 'utf8') };
    const editionRoot = prerenderedRoot(entry.prerenderApp(data, 'page', undefined, input));
    return [
      {
        locale,
        page: editionRoot,
        embed: prerenderedRoot(entry.prerenderApp(data, 'embed', undefined, input), 'embed'),
        shared: entry.sharePages(data, input).map((p) => ({ ...p, root: p.route === '' ? editionRoot : prerenderedRoot(entry.prerenderApp(data, 'page', p.view, input), 'page', p.view) })),
      },
    ];
  });
  return {
    html,
    pages: {
      page: prerenderedRoot(page),
      embed: prerenderedRoot(entry.prerenderApp(data, 'embed'), 'embed'),
      homeHead: headTags(site, home),
      datasetTitle: home.meta.title,
      shared: shared.map((p) => ({ ...p, root: p.path === '' ? '' : prerenderedRoot(entry.prerenderApp(data, 'page', p.view), 'page', p.view) })),
      editions,
    },
  };
}

type Pages = {
  page: string;
  embed: string;
  /** The home page's head tags, which a route's page has its own in place of. */
  homeHead: string;
  /** For the embed code's frame title (the home page's title is the dataset's). */
  datasetTitle: string;
  shared: (SharePage & { root: string })[];
  editions: EditionPages[];
};

/** A Korean or Japanese edition's markup: its home and embed #roots, and its share pages. */
type EditionPages = { locale: 'ko' | 'ja'; page: string; embed: string; shared: (SharePage & { root: string })[] };

/**
 * The words index.html has before any script (its noscript note, the message shown when the app
 * cannot start), in the edition's language; the message's link opens the edition's home.
 */
function editionStatic(html: string, locale: 'ko' | 'ja', home: string): string {
  const { shell } = CATALOGS[locale].core;
  const noscript = /<p class="noscript-message">[^<]*<\/p>/;
  const boot = /(<p id="boot-message"[^>]*>)[\s\S]*?<\/p>/;
  if (!noscript.test(html) || !boot.test(html)) throw new Error('index.html must have its noscript note and its #boot-message');
  return html
    .replace(noscript, () => `<p class="noscript-message">${escapeHtml(shell.noscript)}</p>`)
    .replace(boot, (_, open: string) => `${open}\n      ${escapeHtml(shell.bootCouldNotStart)}\n      <a href="${home}" target="_blank" rel="noopener noreferrer">${escapeHtml(shell.bootOpen)}</a>.\n      ${escapeHtml(shell.bootBlocked)}\n    </p>`);
}

const CATALOGS = { ko, ja } as const;

/** The card as a PNG, drawn by resvg with the machine's fonts (no web font is fetched). */
function cardPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } }).render().asPng();
}

/** A page's folder with its card and oEmbed answer (`title`: the timeline's, for the frame's title); returns the folder. */
function writePageFiles(outDir: string, shared: SharePage, site: string, title: string): string {
  const dir = path.join(outDir, shared.path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, CARD_FILE), cardPng(shared.cardSvg));
  writeFileSync(path.join(dir, OEMBED_FILE), oembedJson(site, shared, title));
  return dir;
}

/** Writes the route pages and the editions' pages, with every page's card and oEmbed answer, beside the finished index.html. */
function writeSharePages(outDir: string, finished: string, pages: Pages, site: string): void {
  for (const shared of pages.shared) {
    const dir = writePageFiles(outDir, shared, site, pages.datasetTitle);
    if (shared.path !== '') writeFileSync(path.join(dir, 'index.html'), routePage(withHeadOf(finished, pages.homeHead, site, shared), pages.page, shared.root, { path: shared.path }));
  }
  for (const edition of pages.editions) {
    // The embed code's frame title names the timeline (the edition's home title), as in English.
    const editionTitle = edition.shared.find((shared) => shared.route === '')?.meta.title ?? pages.datasetTitle;
    for (const shared of edition.shared) {
      const dir = writePageFiles(outDir, shared, site, editionTitle);
      const home = shared.route === '';
      const html = editionStatic(
        routePage(withHeadOf(finished, pages.homeHead, site, shared), pages.page, shared.root, { path: shared.path, edition: edition.locale, holdFirstPaint: !home }),
        edition.locale,
        home ? './' : depthOf(shared.route),
      );
      writeFileSync(path.join(dir, 'index.html'), html);
      // The edition's embed, beside its home page, as embed.html is beside index.html.
      if (home) writeFileSync(path.join(dir, 'embed.html'), embedPage(html, edition.page, edition.embed));
    }
  }
}

/** Where the site is served from, for the absolute addresses that cards and oEmbed need. */
export type PrerenderOptions = { siteUrl: string };

export function prerenderPlugin({ siteUrl }: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  // embed.html and the share pages are written beside index.html once the bundle is, from the
  // finished index.html (its stylesheet inlined by another plugin's hook): a transformIndexHtml
  // hook cannot emit a file.
  let pages: Pages | null = null;
  return {
    name: 'nk-timeline:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      // The dev server has no embed.html: it serves index.html, whose full-page markup the inline
      // script then hides for an embed URL, which renders in the browser as before prerendering.
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith('/embed.html')) request.url = `/index.html${request.url.slice('/embed.html'.length)}`;
        next();
      });
    },
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (pages === null || index?.type !== 'asset') return;
      const finished = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
      writeFileSync(path.join(outDir, 'embed.html'), embedPage(finished, pages.page, pages.embed));
      writeSharePages(outDir, finished, pages, siteUrl);
    },
    transformIndexHtml: {
      // After Vite has put in the built asset links; only #root changes.
      order: 'post',
      async handler(html, context) {
        if (context.server) {
          try {
            return (await prerender(context.server, config, html, siteUrl, false)).html;
          } catch (error) {
            // The dev server still serves the page, rendered in the browser only; a build fails instead.
            config.logger.error(`prerender failed, serving index.html without it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            return html;
          }
        }
        const server = await createServer({
          configFile: config.configFile ?? false,
          root: config.root,
          mode: config.mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const made = await prerender(server, config, html, siteUrl, true);
          pages = made.pages;
          // A built page says which edition it is: the inline script sends a reader to another
          // edition's folder only where the build made one.
          return withHtmlTag(made.html, 'en', { 'data-edition': 'en' });
        } finally {
          await server.close();
        }
      },
    },
  };
}
