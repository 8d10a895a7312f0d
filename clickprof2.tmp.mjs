import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const url = process.argv[2] ?? 'http://127.0.0.1:4322/';
await page.goto(url);
await page.locator('[data-launch-id]').first().waitFor();
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const self = new Map();
for (let i = 0; i < 6; i++) {
  const ids = await page.$$eval('[data-launch-id]', (els) => els.map((e) => e.dataset.launchId));
  const id = ids[(i * 3) % ids.length];
  const box = await page.locator(`[data-launch-id="${id}"]`).boundingBox();
  await cdp.send('Profiler.start');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('section[aria-label="Launch details"] h2').waitFor();
  await page.waitForTimeout(200);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; 
  profile.samples.forEach((s, k) => { const n = byId.get(s); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000); });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
}
const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 6).toFixed(2).padStart(7), k);
await browser.close();
