import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  window.__ev = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ev.push({ name: e.name, start: e.startTime, ps: e.processingStart, pe: e.processingEnd, dur: e.duration }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
const url = process.argv[2] ?? 'http://127.0.0.1:4321/';
await page.goto(url);
await page.locator('[data-launch-id]').first().waitFor();
await page.waitForTimeout(1500);
const results = [];
for (let i = 0; i < 5; i++) {
  const ids = await page.$$eval('[data-launch-id]', (els) => els.map((e) => e.dataset.launchId));
  const id = ids[(i * 3) % ids.length];
  const m = page.locator(`[data-launch-id="${id}"]`);
  const box = await m.boundingBox();
  await page.evaluate(() => (window.__ev = []));
  const t0 = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('section[aria-label="Launch details"] h2').waitFor();
  await page.waitForTimeout(300);
  const ev = await page.evaluate(() => window.__ev.map((e) => `${e.name} delay ${(e.ps - e.start).toFixed(1)} proc ${(e.pe - e.ps).toFixed(1)} total ${e.dur}`));
  results.push(ev.join(' | '));
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
}
console.log(results.join('\n'));
await browser.close();
