import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4321/');
await page.locator('[data-launch-id]').first().waitFor();
await page.waitForTimeout(1500);
const agg = new Map();
for (let i = 0; i < 4; i++) {
  const ids = await page.$$eval('[data-launch-id]', (els) => els.map((e) => e.dataset.launchId));
  const box = await page.locator(`[data-launch-id="${ids[(i*3)%ids.length]}"]`).boundingBox();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline'] });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('section[aria-label="Launch details"] h2').waitFor();
  await page.waitForTimeout(200);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  for (const e of ev) if (e.ph === 'X' && ['UpdateLayoutTree','Layout','Paint','PrePaint','Layerize','EventDispatch','FunctionCall','RecalculateStyles','ParseHTML','HitTest','Commit','UpdateLayer'].includes(e.name)) {
    const k = e.name + (e.name==='UpdateLayoutTree' ? ` elements=${e.args?.elementCount ?? e.args?.data?.elementCount ?? '?'}` : '');
    agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
    if (e.name === 'UpdateLayoutTree' && e.dur > 5000) console.log('ULT', (e.dur/1000).toFixed(1), JSON.stringify(e.args).slice(0,200));
    if (e.name === 'Layout' && e.dur > 5000) console.log('Layout', (e.dur/1000).toFixed(1), JSON.stringify(e.args).slice(0,300));
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
}
for (const [k, v] of agg) console.log(k, (v/4).toFixed(1));
console.log('elements', await page.evaluate(() => document.getElementsByTagName('*').length));
await browser.close();
