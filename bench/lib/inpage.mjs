// What runs inside the page: installed with addInitScript before any of the page's own script,
// identical for the app and the peers except for the selectors in `cfg`. Everything is recorded
// on window.__bench in the page's own clock (performance.now(), 0 = navigation start).
//
// cfg: { kind: 'ours' | 'timelinejs' | 'vis', marker: CSS selector of a launch marker,
//        firstMark: what counts for the first marker (default: marker),
//        belowFold: a first marker below the first screen counts (the phone profile) }

export function installBench(cfg) {
  const B = {
    cfg,
    firstMarkerInDom: null, // MutationObserver: first matching element inserted
    firstMarker: null, // rAF: first matching element with a non-zero box in the viewport
    fcp: null,
    lcp: [], // [startTime, size, tag] of each largest-contentful-paint candidate
    hydrated: null, // the app only: #root loses data-prerendered once hydration's effects ran and held input was replayed
    layoutShifts: [], // [startTime, value] of shifts without recent input
    longTasks: [], // [startTime, duration]
    lastLongTaskEnd: 0,
    frames: null,
    click: null,
  };
  Object.defineProperty(window, '__bench', { value: B });

  /** belowFold: anywhere below the top of the viewport counts, as long as it is within its width. */
  const inViewport = (el, belowFold = false) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || (!belowFold && r.top >= innerHeight)) return false;
    return typeof el.checkVisibility === 'function' ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  B.inViewport = inViewport;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.longTasks.push([e.startTime, e.duration]);
        B.lastLongTaskEnd = Math.max(B.lastLongTaskEnd, e.startTime + e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      // [startTime, value, what moved]: the sources' elements, to tell where a shift came from.
      const what = (e) => (e.sources ?? []).map((s) => (s.node && s.node.nodeType === 1 ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}${typeof s.node.className === 'string' && s.node.className ? `.${s.node.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}` : '#text')).join(' ');
      for (const e of list.getEntries()) if (!e.hadRecentInput) B.layoutShifts.push([e.startTime, e.value, what(e)]);
    }).observe({ type: 'layout-shift', buffered: true });
    // The browser stops reporting candidates at the first input; the bench reads the last one at idle.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.lcp.push([e.startTime, e.size, e.element ? e.element.tagName.toLowerCase() : null]);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // An engine without these entry types: the numbers stay empty and the table says so.
  }

  // First marker: the MutationObserver notes when one is in the DOM (cheap: querySelector stops
  // at the first match); a rAF loop, from document start, records the first frame in which one
  // has a non-zero box in the viewport and is not hidden (visibility, opacity, display).
  const firstMark = cfg.firstMark ?? cfg.marker;
  const mo = new MutationObserver(() => {
    if (B.firstMarkerInDom === null && document.querySelector(firstMark)) {
      B.firstMarkerInDom = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  const poll = () => {
    if (B.firstMarker !== null) return;
    if (B.firstMarkerInDom !== null) {
      for (const el of document.querySelectorAll(firstMark)) {
        // cfg.belowFold (the phone profile): on a 375 × 667 screen the app's chart starts below
        // the first screen, so "first marker" there means laid out, visible, within the width.
        if (inViewport(el, cfg.belowFold === true)) {
          B.firstMarker = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Hydration done (the app): src/start/main.tsx removes #root's data-prerendered once the
  // hydrated tree's effects have run and held input was replayed. Where the URL cannot use the
  // prerendered markup (another dataset, an embed) boot.ts removes it at once and nothing is
  // hydrated: no number then.
  if (cfg.kind === 'ours') {
    const hydration = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target;
        if (el.id !== 'root' || el.hasAttribute('data-prerendered')) continue;
        if (document.documentElement.dataset.prerender !== 'skip' && B.hydrated === null) B.hydrated = performance.now();
        hydration.disconnect();
        return;
      }
    });
    hydration.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prerendered'] });
  }

  // Frame intervals during an interaction: rAF timestamps, start to stop.
  B.startFrames = () => {
    if (B.frames) B.frames.running = false;
    const f = { stamps: [], running: true };
    B.frames = f;
    const tick = (t) => {
      if (!f.running) return;
      f.stamps.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  B.stopFrames = () => {
    const f = B.frames;
    if (!f) return [];
    f.running = false;
    const intervals = [];
    for (let i = 1; i < f.stamps.length; i += 1) intervals.push(f.stamps[i] - f.stamps[i - 1]);
    return intervals;
  };

  // The marker to click: visible, really under its centre point, nearest the chart's centre.
  B.pickMarker = (chartSelector, selector = cfg.marker) => {
    const chart = document.querySelector(chartSelector);
    if (!chart) return null;
    const c = chart.getBoundingClientRect();
    const cx = c.left + c.width / 2;
    const cy = c.top + c.height / 2;
    const candidates = [];
    for (const el of document.querySelectorAll(selector)) {
      if (!inViewport(el)) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !el.contains(hit)) continue;
      const id = cfg.kind === 'ours' ? (el.dataset.launchId ?? el.dataset.clusterKey) : cfg.kind === 'vis' ? el.dataset.id : el.closest('.tl-timemarker')?.id.replace(/-marker$/, '');
      candidates.push({ id, x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
    }
    candidates.sort((a, b) => a.d - b.d);
    return candidates[0] ?? null;
  };

  // Click → detail: the pointerdown's own timestamp to the first frame in which the detail is
  // visible (see detailVisible). Armed just before the click.
  const detailVisible = (id) => {
    if (cfg.kind === 'ours') {
      const h = document.querySelector('section[aria-label="Launch details"] h2');
      return !!h && inViewport(h);
    }
    if (cfg.kind === 'vis') {
      const section = document.getElementById('detail');
      const h = section?.querySelector('h2');
      return !!h && section.dataset.launchId === id && inViewport(h) && !!document.querySelector(`.vis-item.vis-selected[data-id="${CSS.escape(id)}"]`);
    }
    // TimelineJS: the event's slide is the current one and has come to rest inside the slider.
    const slide = document.getElementById(id);
    const slider = document.querySelector('.tl-storyslider');
    if (!slide || !slider || !inViewport(slide)) return false;
    const s = slide.getBoundingClientRect();
    const v = slider.getBoundingClientRect();
    return s.left >= v.left - 1 && s.right <= v.right + 1;
  };
  B.armClick = (id) => {
    const c = { id, down: null, visible: null };
    B.click = c;
    addEventListener('pointerdown', (e) => (c.down ??= e.timeStamp), { capture: true, once: true });
    const check = () => {
      if (c.visible !== null) return;
      if (c.down !== null && detailVisible(id)) {
        c.visible = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
}
