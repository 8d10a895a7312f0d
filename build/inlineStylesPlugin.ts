// The build inlines the app's stylesheet into index.html (build/inlineStylesheets.ts) and writes
// dist/_headers with a CSP that allows exactly that <style> by its hash; `vite preview` sends the
// same headers, computed from the built index.html, so the tests run under the production policy.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { headersFile, securityHeaders } from './securityHeaders.ts';
import { inlineStylesheets, styleHashes } from './inlineStylesheets.ts';

const text = (source: string | Uint8Array): string => (typeof source === 'string' ? source : new TextDecoder().decode(source));
/** What the built page is served with: the build writes it to _headers, `vite preview` sends it. */
const headersFor = (indexHtml: string) => securityHeaders(styleHashes(indexHtml));

export function inlineStylesPlugin(): Plugin {
  let config: ResolvedConfig;
  const outDir = () => path.resolve(config.root, config.build.outDir);
  return {
    name: 'nk-timeline:inline-styles',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite has linked the built stylesheet. The dev server keeps its own CSS handling.
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const { html: inlined, inlined: files } = inlineStylesheets(html, (file) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? text(asset.source) : undefined;
        });
        // Nothing else refers to them (one stylesheet, cssCodeSplit: false): no dead file in dist/.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- Rollup's bundle is a record by file name; deleting an entry is how a plugin drops an output file.
        for (const file of files) delete bundle[file];
        return inlined;
      },
    },
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the build produced no index.html to take the headers from');
      writeFileSync(path.join(options.dir ?? outDir(), '_headers'), headersFile(headersFor(text(index.source))));
    },
    configurePreviewServer(server) {
      const indexFile = path.join(outDir(), 'index.html');
      let html: string;
      try {
        html = readFileSync(indexFile, 'utf8');
      } catch {
        throw new Error(`${indexFile} is missing: run \`npm run build\` before \`vite preview\``);
      }
      const headers = headersFor(html);
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
