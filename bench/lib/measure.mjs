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
  // Belt and braces for "no request to any other origin": no name resolves but 127.0.0.1 and
  // localhost, which is mapped to 127.0.0.1 (the embed's host page is opened as localhost: another
  // site than 127.0.0.1, as a newspaper is to the timeline). Every request is still checked (and
  // any to an origin the bench does not serve fails the bench).
  '--host-resolver-rules=MAP localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
export const VIEWPORT = { width: 1280, height: 800 };
/**
 * Lighthouse's mobile "slow 4G" figures (its mobileSlow4G: 150 ms RTT, 1.6 × 1024 kbps down,
 * 750 kbps up). Lighthouse applies them as *simulated* throttling (it loads unthrottled and models
 * the network); here they are applied as DevTools does, to each request (CDP
 * Network.emulateNetworkConditions: each request waits the latency, each response is paced).
 */
export const SLOW_4G = { latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 };

/**
 * How the page is loaded. desktop: the bench's reference, a laptop-sized window at full speed, on
 * localhost's network. phone: a 375 × 667 touch screen (device scale 2, isMobile) with the main
 * thread slowed 4× by CDP Emulation.setCPUThrottlingRate (Lighthouse's mobile setting) and the
 * network throttled to slow 4G, for a mid-range phone. The CPU throttle slows the page's main
 * thread only, not a worker's thread (see bench/README.md). `args`: Chromium flags added for this
 * profile: on the phone, --disable-site-isolation-trials, so a cross-site frame shares its page's
 * renderer as it does on Android's Chrome (which isolates only some sites); otherwise the frame
 * gets its own process and neither throttle reaches it (checked: a fixed loop and a 200 KiB fetch
 * in such a frame ran at full speed while the page's were throttled).
 */
export const PROFILES = {
  desktop: { name: 'desktop', viewport: VIEWPORT, deviceScaleFactor: 1, isMobile: false, hasTouch: false, cpuThrottle: 1, network: null, args: [] },
  phone: { name: 'phone', viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, cpuThrottle: 4, network: SLOW_4G, args: ['--disable-site-isolation-trials'] },
};

/** One line saying what a profile is, for the tables. */
export function describeProfile(p) {
  const parts = [`${p.viewport.width} × ${p.viewport.height}`];
  if (p.deviceScaleFactor !== 1) parts.push(`scale ${p.deviceScaleFactor}`);
  if (p.hasTouch) parts.push('touch');
  parts.push(p.cpuThrottle > 1 ? `CPU ${p.cpuThrottle}× slower` : 'CPU unthrottled');
  parts.push(p.network ? `network ${p.network.latencyMs} ms RTT, ${(p.network.downloadKbps / 1024).toFixed(1)} Mbps down, ${p.network.uploadKbps} kbps up` : 'network unthrottled (localhost)');
  return parts.join(', ');
}
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

/**
 * JS files whose request the browser started before `before` (the document's own clock: the
 * resource timing entries' startTime), with their sizes from the server's log (what was sent);
 * null when there is no `before` (no hydration: a peer, or a URL that is not prerendered).
 */
function jsBefore(resources, before, entries) {
  if (before === null || before === undefined) return null;
  const sent = new Map();
  const raw = new Map();
  for (const e of entries) {
    if (e.status !== 200 || sent.has(e.path)) continue;
    sent.set(e.path, e.sent);
    raw.set(e.path, e.raw);
  }
  const files = new Set();
  const out = { gz: 0, raw: 0, files: [] };
  for (const [name, start, encoded, decoded] of resources) {
    const u = new URL(name);
    if (!/\.m?js$/.test(u.pathname) || start > before) continue;
    const key = u.pathname + u.search;
    if (files.has(key)) continue;
    files.add(key);
    out.gz += sent.get(key) ?? encoded;
    out.raw += raw.get(key) ?? decoded;
    out.files.push(key);
  }
  return out;
}

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

/**
 * Network activity as both ends see it: the server's log, and the browser's own request events
 * (under the phone's throttle the server has long sent a file the browser is still receiving).
 */
function networkQuietSince(server, net, now) {
  if (server.inflight() > 0 || net.inflight > 0) return now;
  return Math.max(server.lastActivity(), net.last);
}

/** The bench's state in one document (the page, or the frame being measured), or null. */
const probe = (frame) =>
  frame
    .evaluate(() => {
      const B = window.__bench;
      return B ? { origin: performance.timeOrigin, firstMarker: B.firstMarker, lastLongTaskEnd: B.lastLongTaskEnd, error: document.body?.dataset.benchError ?? null } : null;
    })
    .catch(() => null);

/**
 * Waits until the first marker is seen and network and main thread have been quiet for 2 s.
 * measured(): the frame whose first marker counts (null while it is not there yet); its times are
 * brought to the page's clock. Long tasks of both documents count.
 */
async function waitForIdle(page, measured, server, net, timeOrigin, capMs) {
  const started = Date.now();
  // Long-task entries reach the observer a little after the task: a probe that could not run
  // for more than 50 ms also counts as a busy main thread, until the entry arrives.
  let busyUntil = 0;
  const timed = async (frame) => {
    const sent = Date.now();
    const b = await probe(frame);
    const now = Date.now();
    if (now - sent > 50) busyUntil = now;
    if (b?.error) throw new Error(`peer page failed: ${b.error}`);
    return b;
  };
  for (;;) {
    await sleep(100);
    const main = await timed(page.mainFrame());
    let lastLong = timeOrigin + (main?.lastLongTaskEnd ?? 0);
    let firstMarker = main?.firstMarker ?? null;
    const frame = measured();
    if (frame !== page.mainFrame()) {
      const inner = frame ? await timed(frame) : null;
      firstMarker = inner && inner.firstMarker !== null ? inner.origin + inner.firstMarker - timeOrigin : null;
      if (inner) lastLong = Math.max(lastLong, inner.origin + inner.lastLongTaskEnd);
    }
    const now = Date.now();
    const quietSince = Math.max(networkQuietSince(server, net, now), lastLong, busyUntil);
    if (firstMarker !== null && now - quietSince >= QUIET_MS) return { idle: quietSince - timeOrigin, capped: false };
    if (now - started > capMs) return { idle: now - timeOrigin, capped: true };
  }
}

/** A short settle between phases: no long task and no request for `ms`. */
async function settle(page, server, net, ms = 300, capMs = 10_000) {
  const started = Date.now();
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  let busyUntil = 0;
  for (;;) {
    await sleep(50);
    const sent = Date.now();
    const lastLong = await page.evaluate(() => window.__bench.lastLongTaskEnd);
    const now = Date.now();
    if (now - sent > 50) busyUntil = now;
    const quietSince = Math.max(networkQuietSince(server, net, now), timeOrigin + lastLong, busyUntil);
    if (now - quietSince >= ms || now - started > capMs) return;
  }
}

/** Everything the bench recorded in one document, read at idle. */
const snapshot = (frame) =>
  frame.evaluate(() => {
    const B = window.__bench;
    return {
      origin: performance.timeOrigin,
      firstMarker: B.firstMarker,
      firstMarkerInDom: B.firstMarkerInDom,
      fcp: B.fcp,
      lcp: B.lcp,
      hydrated: B.hydrated,
      layoutShifts: B.layoutShifts,
      longTasks: B.longTasks,
      elements: document.getElementsByTagName('*').length,
      markers: document.querySelectorAll(B.cfg.firstMark ?? B.cfg.marker).length,
      resources: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.encodedBodySize, e.decodedBodySize]),
    };
  });

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
 * quiet, as a reader's first tap); false for none. A target with `interact: false` gets none.
 * A target with `frame` (a piece of a URL) is measured inside that frame of the page it opens
 * (the embed in its host page): its times are brought to the page's clock (from the page's
 * navigation start), its layout shift is the frame's own, the page's is `hostCls`.
 * Returns the numbers of one cold load; throws OffOriginError when any request left the origins
 * the bench serves.
 */
export async function coldLoad({ server, target, workload, capMs = 60_000, interact = true, phaseMs = 10_000, profile = PROFILES.desktop }) {
  const wallStart = Date.now();
  const { viewport } = profile;
  if (target.interact === false) interact = false;
  const served = Object.values(server.urls ?? { main: server.url }).map((u) => `${u}/`);
  const origin = target.origin ? server.urls?.[target.origin] : server.url;
  if (!origin) throw new Error(`${target.label}: the server has no ${target.origin} origin`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'nk-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(profile.args ?? [])],
    viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  const offOrigin = [];
  const errors = [];
  // The browser's side of the network: requests started and not yet finished or failed.
  const net = { inflight: 0, last: Date.now() };
  const done = () => {
    net.inflight = Math.max(0, net.inflight - 1);
    net.last = Date.now();
  };
  try {
    context.on('request', (request) => {
      const url = request.url();
      net.inflight += 1;
      net.last = Date.now();
      if (!served.some((u) => url.startsWith(u)) && !/^(data|blob|about):/.test(url)) offOrigin.push(url);
    });
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    await context.addInitScript(installBench, { kind: target.kind, marker: target.marker, firstMark: target.firstMark, belowFold: profile.isMobile });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    const cdp = await context.newCDPSession(page);
    // Set before navigating; they stay with the tab across the navigation to the server.
    if (profile.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: (profile.network.downloadKbps * 1024) / 8,
        uploadThroughput: (profile.network.uploadKbps * 1024) / 8,
      });
    }
    // CPU time (ThreadTime: the page's main thread; ProcessTime: its renderer, workers included):
    // unlike wall times, these barely move when other work shares the machine's cores.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => {});
    await sleep(BROWSER_SETTLE_MS);

    const logStart = server.log.length;
    const url = origin + target.path(workload.data);
    await page.goto(url, { waitUntil: 'commit', timeout: capMs });
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const findFrame = () => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(target.frame)) ?? null;
    const measured = target.frame ? findFrame : () => page.mainFrame();
    const { idle, capped } = await waitForIdle(page, measured, server, net, timeOrigin, capMs);
    const log = server.log.slice(logStart);
    for (const e of log) if (e.status !== 200) errors.push(`HTTP ${e.status} ${e.path}`);
    const main = await snapshot(page.mainFrame());
    const frame = measured();
    if (!frame) throw new Error(`${target.label}: no frame with ${target.frame} in ${url}`);
    const b = frame === page.mainFrame() ? main : await snapshot(frame);
    // The measured document's times in the page's clock (0 for a page measured as itself).
    const offset = b.origin - main.origin;
    const at = (x) => (x === null || x === undefined ? null : x + offset);
    const metrics = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
    const metric = (name) => metrics.metrics.find((m) => m.name === name)?.value ?? null;
    const seconds = (x) => (x === null ? null : x * 1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters').catch(() => null);
    // Long tasks of the page and, for a frame, of the frame too (the same task seen by both, when
    // they share a renderer, counted once).
    const tasks = [...main.longTasks];
    if (b !== main) for (const [start, d] of b.longTasks) if (!tasks.some(([s, d2]) => Math.abs(s - (start + offset)) < 1 && Math.abs(d2 - d) < 1)) tasks.push([start + offset, d]);
    const untilIdle = tasks.filter(([start]) => start < idle);
    const sumShifts = (shifts, shift = 0) => shifts.filter(([start]) => start + shift < idle).reduce((sum, [, value]) => sum + value, 0);
    const firstMarker = at(b.firstMarker);
    // The last LCP candidate (the browser reports none after the first input; this is read before
    // the bench's first gesture). Not cut at idle: the paint can come after the quiet began.
    const lcp = b.lcp.at(-1) ?? null;
    const result = {
      url,
      capped,
      firstMarker,
      firstMarkerInDom: at(b.firstMarkerInDom),
      fcp: at(b.fcp),
      lcp: at(lcp?.[0]),
      lcpElement: lcp?.[2] ?? null,
      hydrated: at(b.hydrated),
      // Shifts not caused by input, summed up to idle (before the bench's own gestures): the
      // measured document's (the frame's, for the embed in its host page).
      cls: sumShifts(b.layoutShifts, offset),
      shifts: b.layoutShifts.filter(([start]) => start + offset < idle).map(([start, value, what]) => ({ at: start + offset, value, what })),
      // The host page's own, around the frame (the frame changing height moves the article).
      hostCls: b === main ? null : sumShifts(main.layoutShifts),
      // When the frame's document started, in the page's clock.
      frameStart: b === main ? null : offset,
      idle,
      longTasks: untilIdle.length,
      longestTask: untilIdle.reduce((m, [, d]) => Math.max(m, d), 0),
      tbt: untilIdle.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      mainThreadCpu: seconds(metric('ThreadTime')),
      processCpu: seconds(metric('ProcessTime')),
      scriptDuration: seconds(metric('ScriptDuration')),
      // The page's heap: meaningless for a frame in another process, so none then.
      heapUsed: b === main ? heap.usedSize : null,
      elements: b.elements,
      domNodes: b === main ? (counters?.nodes ?? null) : null,
      markers: b.markers,
      bytes: bytesFrom(log, firstMarker === null ? null : timeOrigin + firstMarker),
      jsBeforeInteractive: jsBefore(b.resources, b.hydrated, log),
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
        await settle(page, server, net);
      }
      // Zoom: 10 steps in, 10 out, about the chart's centre.
      if (gestures) await phase('zoom', async () => {
        const centre = await chartCentre(page, target.chart, viewport);
        await page.mouse.move(centre.x, centre.y);
        const steps = [...Array(STEPS / 2).fill(() => target.zoomIn(page)), ...Array(STEPS / 2).fill(() => target.zoomOut(page))];
        const stats = await recordFrames(page, steps, phaseMs);
        await settle(page, server, net);
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
        await settle(page, server, net);
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
        await settle(page, server, net);
        return stats;
      });
      // Click: the visible marker nearest the chart's centre; back to the whole range if none.
      await phase('click', async () => {
        if (target.reveal) await target.reveal(page, () => settle(page, server, net));
        let pick = await page.evaluate((sel) => window.__bench.pickMarker(sel), target.chart);
        if (!pick) {
          await target.reset(page);
          await settle(page, server, net);
          if (target.reveal) await target.reveal(page, () => settle(page, server, net));
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
