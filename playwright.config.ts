import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: browser downloads do not work on our machines or in CI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // One Chromium page keeps about two cores busy (renderer, browser, compositor): on 2 cores one
  // worker ran 53 hostile cases in 92 s, two workers in 112 s. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? Math.max(1, Math.floor(availableParallelism() / 2))),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    // One browser context per worker, reset between tests (tests/e2e/test.ts says what the reset
    // covers and what the fixture adds): the suite took 15.7 min with a new context per test on a
    // 2-core machine, about half that with reuse.
    reuseContext: true,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // Tests run against the production build (npm test builds first).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
