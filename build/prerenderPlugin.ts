// The build's prerender step (for a fast first paint): index.html leaves with the app's default
// view already in #root, rendered by React from public/data/<default>.json through the app's own
// loader, so the first marker shows before any script runs; embed.html, written beside it from
// the same template, holds the embed's (`?embed=1`), which is what embed codes point at. A transformIndexHtml hook, so every
// build does it (`npm run build`, `npx vite build` in npm test and the bench) and the dev server
// serves a prerendered page too (hydration mismatches then surface in React's development build).
// The app code goes through Vite's SSR loader (a throwaway dev server in middleware mode during a
// build): it handles the TSX and the CSS imports exactly as the client build does.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import { embedPage, injectPrerendered, prerenderedRoot } from './prerenderHtml.ts';

const ENTRY = '/src/start/prerender.tsx';
type PrerenderModule = typeof import('../src/start/prerender.tsx');

/**
 * index.html with the page's markup and, for a build (the dev server has no embed.html), the two
 * #root elements (page, embed) that make embed.html.
 */
async function prerender(server: ViteDevServer, config: ResolvedConfig, template: string, withEmbed: boolean): Promise<{ html: string; roots: Roots | null }> {
  const entry = (await server.ssrLoadModule(ENTRY)) as PrerenderModule;
  const data = readFileSync(path.join(config.publicDir, 'data', `${entry.PRERENDERED_DATASET}.json`), 'utf8');
  const page = entry.prerenderApp(data, 'page');
  return {
    html: injectPrerendered(template, page),
    roots: withEmbed ? { page: prerenderedRoot(page), embed: prerenderedRoot(entry.prerenderApp(data, 'embed'), 'embed') } : null,
  };
}

type Roots = { page: string; embed: string };

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  // embed.html is written beside index.html once the bundle is, from the finished index.html (its
  // stylesheet inlined by another plugin's hook): a transformIndexHtml hook cannot emit a file.
  let roots: Roots | null = null;
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
      if (roots === null || index?.type !== 'asset') return;
      const finished = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      writeFileSync(path.join(options.dir ?? path.resolve(config.root, config.build.outDir), 'embed.html'), embedPage(finished, roots.page, roots.embed));
    },
    transformIndexHtml: {
      // After Vite has put in the built asset links; only #root changes.
      order: 'post',
      async handler(html, context) {
        if (context.server) {
          try {
            return (await prerender(context.server, config, html, false)).html;
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
          const pages = await prerender(server, config, html, true);
          roots = pages.roots;
          return pages.html;
        } finally {
          await server.close();
        }
      },
    },
  };
}
