/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineStylesPlugin } from './build/inlineStylesPlugin.ts';
import { prerenderPlugin } from './build/prerenderPlugin.ts';

export default defineConfig({
  // Relative base so dist/ works from any folder on any static host.
  base: './',
  plugins: [react(), prerenderPlugin(), inlineStylesPlugin()],
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
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Property tests run 1,000 cases each; on a loaded 2-core CI machine that can take seconds.
    testTimeout: 30_000,
  },
});
