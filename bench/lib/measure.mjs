// One cold load: a new Chromium with a new, empty profile; navigate; wait for the first marker and
// for idle; read bytes, long tasks, heap and DOM size; then zoom, pan and click, recording frames.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { installBench } from './inpage.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for "no request to any other origin": names other than 127.0.0.1 do not
  // resolve. Every request is still checked (and any off-origin one fails the bench).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
export const VIEWPORT = { width: 1280, height: 800 };
/**
 * How the page is loaded. desktop: the bench's reference, a laptop-sized window at full speed.
 * phone: a 375 × 667 touch screen with the main thread slowed 4× by CDP
 * (Emulation.setCPUThrottlingRate), Lighthouse's mobile setting, for a mid-range phone. The
 * throttle slows the page's main thread only, not a worker's thread (see bench/README.md).
 */
export const PROFILES = {
  desktop: { name: 'desktop', viewport: VIEWPORT, deviceScaleFactor: 1, isMobile: false, hasTouch: false, cpuThrottle: 1 },
  phone: { name: 'phone', viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, cpuThrottle: 4 },
};
const QUIET_MS = 2_000;
// A freshly launched Chromium spends its first second or so starting itself (utility and network
// processes, fonts, profile files). A reader's browser is already running when they open an
// article, so each cold load (cold profile and cache, not a cold browser) navigates only after this
// pause on the blank start page; the same for every target.
const BROWSER_SETTLE_MS = 1_000;
const STEPS = 20;
const PRE_PAN_ZOOM_STEPS = 4;

export class OffOriginError extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

/** Bytes by category from the server log, with the part requested before `beforeEpoch`. */
function bytesFrom(entries, beforeEpoch) {
  const out = { requests: entries.length, total: { raw: 0, gz: 0 }, critical: { raw: 0, gz: 0 } };
  for (const cat of ['html', 'js', 'css', 'data', 'font', 'other']) out[cat] = { raw: 0, gz: 0 };
  for (const e of entries) {
    out[e.category].raw += e.raw;
    out[e.category].gz += e.sent;
    out.total.raw += e.raw;
    out.total.gz += e.sent;
    if ((e.category === 'js' || e.category === 'css') && beforeEpoch !== null && e.t <= beforeEpoch) {
      out.critical.raw += e.raw;
      out.critical.gz += e.sent;
    }
  }
  return out;
}

function frameStats(intervals) {
  if (intervals.length === 0) return { count: 0, mean: null, p95: null, max: null, over50: null };
  const sorted = [...intervals].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return { count: intervals.length, mean: intervals.reduce((s, x) => s + x, 0) / intervals.length, p95, max: sorted.at(-1), over50: intervals.filter((x) => x > 50).length };
}

/** Waits until the first marker is seen and network and main thread have been quiet for 2 s. */
async function waitForIdle(page, server, timeOrigin, capMs) {
  const started = Date.now();
  // Long-task entries reach the observer a little after the task: a probe that could not run
  // for more than 50 ms also counts as a busy main thread, until the entry arrives.
  let busyUntil = 0;
  for (;;) {
    await sleep(100);
    const sent = Date.now();
    const b = await page.evaluate(() => ({ firstMarker: window.__bench.firstMarker, lastLongTaskEnd: window.__bench.lastLongTaskEnd, error: document.body?.dataset.benchError ?? null }));
    if (b.error) throw new Error(`peer page failed: ${b.error}`);
    const now = Date.now();
    if (now - sent > 50) busyUntil = now;
    const netQuietSince = server.inflight() > 0 ? now : server.lastActivity();
    const quietSince = Math.max(netQuietSince, timeOrigin + b.lastLongTaskEnd, busyUntil);
    if (b.firstMarker !== null && now - quietSince >= QUIET_MS) return { idle: quietSince - timeOrigin, capped: false };
    if (now - started > capMs) return { idle: now - timeOrigin, capped: true };
  }
}

/** A short settle between phases: no long task and no request for `ms`. */
async function settle(page, server, ms = 300, capMs = 10_000) {
  const started = Date.now();
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  let busyUntil = 0;
  for (;;) {
    await sleep(50);
    const sent = Date.now();
    const lastLong = await page.evaluate(() => window.__bench.lastLongTaskEnd);
    const now = Date.now();
    if (now - sent > 50) busyUntil = now;
    const quietSince = Math.max(server.inflight() > 0 ? now : server.lastActivity(), timeOrigin + lastLong, busyUntil);
    if (now - quietSince >= ms || now - started > capMs) return;
  }
}

async function chartCentre(page, selector, viewport) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  // The chart may be taller than the viewport (the app reserves every lane): stay inside both.
  const bottom = Math.min(box.y + box.height, viewport.height);
  return { x: box.x + box.width / 2, y: box.y + (bottom - box.y) / 2, box };
}

/**
 * Runs the steps one per frame (each step, then wait for the next animation frame) while the page
 * records rAF timestamps. Time-boxed: no new step starts after `deadlineMs`, so a peer that takes
 * seconds per step cannot stall the bench; `steps` says how many ran.
 */
async function recordFrames(page, steps, deadlineMs, afterMs = 400) {
  await page.evaluate(() => window.__bench.startFrames());
  await nextFrame(page);
  const started = Date.now();
  let done = 0;
  try {
    for (const step of steps) {
      if (Date.now() - started > deadlineMs) break;
      await step();
      await nextFrame(page);
      done += 1;
    }
  } finally {
    await sleep(afterMs);
  }
  return { ...frameStats(await page.evaluate(() => window.__bench.stopFrames())), steps: done, of: steps.length };
}

/**
 * target: an entry of TARGETS; workload: { data }; profile: an entry of PROFILES.
 * interact: true for zoom, pan and click; 'click' for the click alone (right after the load went
 * quiet, as a reader's first tap); false for none.
 * Returns the numbers of one cold load; throws OffOriginError when any request left the origin.
 */
export async function coldLoad({ server, target, workload, capMs = 60_000, interact = true, phaseMs = 10_000, profile = PROFILES.desktop }) {
  const wallStart = Date.now();
  const { viewport } = profile;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'nk-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  const offOrigin = [];
  const errors = [];
  try {
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.url}/`) && !/^(data|blob|about):/.test(url)) offOrigin.push(url);
    });
    await context.addInitScript(installBench, { kind: target.kind, marker: target.marker, firstMark: target.firstMark, belowFold: profile.isMobile });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    const cdp = await context.newCDPSession(page);
    // Set before navigating; it stays with the tab across the navigation to the server.
    if (profile.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
    // CPU time (ThreadTime: the page's main thread; ProcessTime: its renderer, workers included):
    // unlike wall times, these barely move when other work shares the machine's cores.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => {});
    await sleep(BROWSER_SETTLE_MS);

    const logStart = server.log.length;
    const url = server.url + target.path(workload.data);
    await page.goto(url, { waitUntil: 'commit', timeout: capMs });
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const { idle, capped } = await waitForIdle(page, server, timeOrigin, capMs);
    for (const e of server.log.slice(logStart)) if (e.status !== 200) errors.push(`HTTP ${e.status} ${e.path}`);
    const b = await page.evaluate(() => {
      const B = window.__bench;
      return { firstMarker: B.firstMarker, firstMarkerInDom: B.firstMarkerInDom, fcp: B.fcp, hydrated: B.hydrated, layoutShifts: B.layoutShifts, longTasks: B.longTasks, elements: document.getElementsByTagName('*').length, markers: document.querySelectorAll(B.cfg.firstMark ?? B.cfg.marker).length };
    });
    const metrics = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
    const metric = (name) => metrics.metrics.find((m) => m.name === name)?.value ?? null;
    const seconds = (x) => (x === null ? null : x * 1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters').catch(() => null);
    const untilIdle = b.longTasks.filter(([start]) => start < idle);
    const result = {
      url,
      capped,
      firstMarker: b.firstMarker,
      firstMarkerInDom: b.firstMarkerInDom,
      fcp: b.fcp,
      hydrated: b.hydrated,
      // Shifts not caused by input, summed up to idle (before the bench's own gestures).
      cls: b.layoutShifts.filter(([start]) => start < idle).reduce((sum, [, value]) => sum + value, 0),
      idle,
      longTasks: untilIdle.length,
      longestTask: untilIdle.reduce((m, [, d]) => Math.max(m, d), 0),
      tbt: untilIdle.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      mainThreadCpu: seconds(metric('ThreadTime')),
      processCpu: seconds(metric('ProcessTime')),
      scriptDuration: seconds(metric('ScriptDuration')),
      heapUsed: heap.usedSize,
      elements: b.elements,
      domNodes: counters?.nodes ?? null,
      markers: b.markers,
      bytes: bytesFrom(server.log.slice(logStart), b.firstMarker === null ? null : timeOrigin + b.firstMarker),
      zoom: null,
      pan: null,
      click: null,
      errors,
    };
    if (interact && b.firstMarker !== null) {
      const gestures = interact !== 'click';
      const phase = async (name, fn) => {
        try {
          result[name] = await fn();
        } catch (error) {
          errors.push(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
        }
      };
      // On a phone the chart starts below the first screen: a reader scrolls to it first.
      if (profile.isMobile) {
        await page.locator(target.chart).first().scrollIntoViewIfNeeded();
        await settle(page, server);
      }
      // Zoom: 10 steps in, 10 out, about the chart's centre.
      if (gestures) await phase('zoom', async () => {
        const centre = await chartCentre(page, target.chart, viewport);
        await page.mouse.move(centre.x, centre.y);
        const steps = [...Array(STEPS / 2).fill(() => target.zoomIn(page)), ...Array(STEPS / 2).fill(() => target.zoomOut(page))];
        const stats = await recordFrames(page, steps, phaseMs);
        await settle(page, server);
        return stats;
      });
      // Pan: zoom in 4 steps first (not measured; the whole range cannot pan), then drag
      // 20 steps of 15 px to the right.
      if (gestures) await phase('pan', async () => {
        const centre = await chartCentre(page, target.chart, viewport);
        await page.mouse.move(centre.x, centre.y);
        for (let i = 0; i < (target.prePanZoomSteps ?? PRE_PAN_ZOOM_STEPS); i += 1) {
          await target.zoomIn(page);
          await nextFrame(page);
        }
        await settle(page, server);
        const from = await chartCentre(page, target.chart, viewport);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        const steps = Array.from({ length: STEPS }, (_, i) => () => page.mouse.move(from.x + 15 * (i + 1), from.y));
        let stats;
        try {
          stats = await recordFrames(page, steps, phaseMs);
        } finally {
          await page.mouse.up();
        }
        await settle(page, server);
        return stats;
      });
      // Click: the visible marker nearest the chart's centre; back to the whole range if none.
      await phase('click', async () => {
        if (target.reveal) await target.reveal(page, () => settle(page, server));
        let pick = await page.evaluate((sel) => window.__bench.pickMarker(sel), target.chart);
        if (!pick) {
          await target.reset(page);
          await settle(page, server);
          if (target.reveal) await target.reveal(page, () => settle(page, server));
          pick = await page.evaluate((sel) => window.__bench.pickMarker(sel), target.chart);
        }
        if (!pick) throw new Error('no visible marker to click');
        // Wait for the marker to stand still (TimelineJS's drag has momentum), up to 3 s.
        for (let i = 0; i < 30; i += 1) {
          await nextFrame(page);
          const again = await page.evaluate((sel) => window.__bench.pickMarker(sel), target.chart);
          if (!again) break;
          const still = again.id === pick.id && Math.abs(again.x - pick.x) < 0.5 && Math.abs(again.y - pick.y) < 0.5;
          pick = again;
          if (still) break;
          await sleep(100);
        }
        await page.evaluate((id) => window.__bench.armClick(id), pick.id);
        // A finger on a touch screen, the mouse elsewhere.
        if (profile.hasTouch) await page.touchscreen.tap(pick.x, pick.y);
        else await page.mouse.click(pick.x, pick.y);
        const started = Date.now();
        for (;;) {
          const c = await page.evaluate(() => window.__bench.click);
          if (c.visible !== null && c.down !== null) return { id: pick.id, ms: c.visible - c.down };
          if (Date.now() - started > phaseMs) throw new Error(`detail of ${pick.id} not visible within ${phaseMs} ms`);
          await sleep(50);
        }
      });
    }
    result.wallMs = Date.now() - wallStart;
    if (offOrigin.length > 0) throw new OffOriginError(`${target.label} requested other origins: ${[...new Set(offOrigin)].slice(0, 5).join(', ')}`);
    return result;
  } finally {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * One cold load whose failure is a result, not an exception (a timed-out page is a data point
 * of the run); a request to another origin still stops the bench.
 */
export async function coldLoadOrFailure(options) {
  try {
    return await coldLoad(options);
  } catch (error) {
    if (error instanceof OffOriginError) throw error;
    return { failed: String(error?.message ?? error) };
  }
}
