/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineStylesPlugin } from './build/inlineStylesPlugin.ts';
import { prerenderPlugin } from './build/prerenderPlugin.ts';
import { startChunksPlugin } from './build/startChunksPlugin.ts';
import { siteRoot } from './build/sharePages.ts';

// The public address of the app's root folder: share cards, canonical links and oEmbed need
// absolute addresses (docs/deploy.md). Unset, they point at `npm run preview`'s.
const PREVIEW_ROOT = 'http://localhost:4173/';
const SITE_URL = siteRoot(process.env.SITE_URL ?? PREVIEW_ROOT);

const SOURCES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'];
/** Test files that replace a module (vi.mock) are named *.mocks.test.ts(x). */
const MOCKS_MODULES = '**/*.mocks.test.{ts,tsx}';

export default defineConfig({
  // Relative base so dist/ works from any folder on any static host.
  base: './',
  // NK_PUBLIC_DIR builds from another copy of public/ (its data/launches.json a data editor's
  // draft, say): everything the pages say about the data follows the file, with no code change.
  publicDir: process.env.NK_PUBLIC_DIR ?? 'public',
  plugins: [
    react(),
    prerenderPlugin({ siteUrl: SITE_URL }),
    inlineStylesPlugin(),
    // Start-up in three chunks, each loaded by the one before (src/start/README.md).
    startChunksPlugin({
      boot: 'src/start/boot.ts',
      steps: [
        { name: 'main', entry: 'src/start/main.tsx' },
        { name: 'AppRoot', entry: 'src/app/AppRoot.tsx' },
      ],
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // One stylesheet, inlined into index.html (build/inlineStylesPlugin.ts): the prerendered page
    // needs all of it for its first paint, and the components that import their CSS load only
    // after that paint (src/start/boot.ts).
    cssCodeSplit: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The security headers come from inlineStylesPlugin: the CSP depends on the built stylesheet.
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Property tests run 1,000 cases each; on a loaded 2-core CI machine that can take seconds.
    testTimeout: 30_000,
    projects: [
      {
        // Test files share one module registry and one jsdom per worker: setting up a fresh
        // environment for each of ~70 files took 110 of the suite's 138 s on 2 cores. setup.ts
        // puts back what a test may change (the DOM, the address, stubbed globals).
        extends: true,
        test: { name: 'shared', include: SOURCES, exclude: [MOCKS_MODULES], isolate: false },
      },
      {
        // A file that replaces a module with vi.mock needs its own registry: in a shared one the
        // real module may already be loaded by an earlier file.
        extends: true,
        test: { name: 'isolated', include: [MOCKS_MODULES] },
      },
    ],
  },
});
