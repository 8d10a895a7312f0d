// The build's prerender step (for a fast first paint): index.html leaves with the app's default
// view already in #root, rendered by React from public/data/<default>.json through the app's own
// loader, so the first marker shows before any script runs. A transformIndexHtml hook, so every
// build does it (`npm run build`, `npx vite build` in npm test and the bench) and the dev server
// serves a prerendered page too (hydration mismatches then surface in React's development build).
// The app code goes through Vite's SSR loader (a throwaway dev server in middleware mode during a
// build): it handles the TSX and the CSS imports exactly as the client build does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import { injectPrerendered } from './prerenderHtml.ts';

const ENTRY = '/src/start/prerender.tsx';
type PrerenderModule = typeof import('../src/start/prerender.tsx');

async function prerender(server: ViteDevServer, config: ResolvedConfig, template: string): Promise<string> {
  const entry = (await server.ssrLoadModule(ENTRY)) as PrerenderModule;
  const data = readFileSync(path.join(config.publicDir, 'data', `${entry.PRERENDERED_DATASET}.json`), 'utf8');
  return injectPrerendered(template, entry.prerenderApp(data));
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nk-timeline:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite has put in the built asset links; only #root changes.
      order: 'post',
      async handler(html, context) {
        if (context.server) {
          try {
            return await prerender(context.server, config, html);
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
          return await prerender(server, config, html);
        } finally {
          await server.close();
        }
      },
    },
  };
}
