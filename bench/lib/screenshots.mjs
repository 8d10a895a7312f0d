// The app with 10,000 records, as a reader first sees it (the whole range, launches counted in
// period boxes) and after ten wheel notches of zoom about the chart's centre. Viewport-sized (1280 × 800): what is on screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from './measure.mjs';

export async function takeScreenshots({ server, outDir, data = 'synthetic-10000' }) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'nk-bench-shot-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/?data=${data}`);
    await page.locator('[data-launch-id], [data-cluster-key]').first().waitFor({ state: 'visible', timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const out = path.join(outDir, 'app-10000-zoomed-out.png');
    await page.screenshot({ path: out });
    const box = await page.locator('.tl-svg').boundingBox();
    if (!box) throw new Error('no chart to zoom');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, VIEWPORT.height - box.y) / 2);
    for (let i = 0; i < 10; i += 1) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1_000);
    const inPath = path.join(outDir, 'app-10000-zoomed-in.png');
    await page.screenshot({ path: inPath });
    return [out, inPath];
  } finally {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
