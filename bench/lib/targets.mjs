// The three things measured, and how each is driven. Same measurements, same way; where a peer
// has no equivalent gesture the adapter says what it does instead (README, "Caveats").

const wheelZoom = (deltaY) => async (page) => page.mouse.wheel(0, deltaY);
// A press where the button is, as a reader's click: no waiting for it to be enabled (at the
// end of its zoom range TimelineJS disables it, and the press then does nothing, like a wheel
// notch on the app at its zoom limit).
const pressAt = (selector) => async (page) => {
  const box = await page.locator(selector).first().boundingBox({ timeout: 15_000 });
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};

export const TARGETS = {
  ours: {
    kind: 'ours',
    label: 'ours',
    path: (data) => `/?data=${data}`,
    marker: '[data-launch-id]',
    // What counts for "first marker": a launch marker, or a period box where the app counts
    // launches instead of drawing each (10,000 records at the whole range).
    firstMark: '[data-launch-id], [data-cluster-key]',
    // The horizontal chart, or on a phone the rail (time running down, no zoom): the first that is in the page.
    chart: '.tl-svg, .tl-rail',
    zoomIn: wheelZoom(-100),
    zoomOut: wheelZoom(100),
    // Back to the whole range, when no marker is left to click after zooming and panning.
    reset: async (page) => page.getByRole('button', { name: 'Reset zoom' }).click(),
    // Before the click: where only period boxes are on screen, open the one nearest the chart's
    // centre (it zooms to its period), as a reader would, until launch markers show.
    reveal: async (page, settle) => {
      for (let i = 0; i < 6; i += 1) {
        const box = await page.evaluate((sel) => window.__bench.pickMarker(sel, '[data-cluster-key]'), '.tl-svg');
        if (!box) return;
        const launch = await page.evaluate((sel) => window.__bench.pickMarker(sel), '.tl-svg');
        if (launch) return;
        await page.mouse.click(box.x, box.y);
        await settle();
      }
    },
    detail: 'the launch panel’s heading (section[aria-label="Launch details"] h2) visible',
  },
  timelinejs: {
    kind: 'timelinejs',
    label: 'TimelineJS',
    path: (data) => `/peers/timelinejs.html?data=${data}`,
    // The flag of a .tl-timemarker: the marker element itself has a zero-width box.
    marker: '.tl-timemarker .tl-timemarker-content-container',
    chart: '.tl-timenav',
    // TimelineJS has no wheel zoom (a vertical wheel does nothing on its time nav): its own
    // zoom buttons are pressed instead, one press per step.
    zoomIn: pressAt('button:has(.tl-icon-zoom-in)'),
    zoomOut: pressAt('button:has(.tl-icon-zoom-out)'),
    reset: async () => {},
    // Its time nav starts two screens wide (scale_factor 2), so it can be dragged as it is: no
    // zoom before the pan (each of its zoom steps costs seconds).
    prePanZoomSteps: 0,
    // With 10,000 events TimelineJS needs ~20 s to load and tens of seconds per zoom step:
    // by default one cold load, without the interactions (--full runs everything).
    big: { runs: 1, interact: false },
    detail: 'the event’s slide is current and at rest inside the story slider (its 1 s slide animation included)',
  },
  vis: {
    kind: 'vis',
    label: 'vis-timeline',
    path: (data) => `/peers/vis-timeline.html?data=${data}`,
    // The box of a point item (its line and dot are .vis-item too).
    marker: '.vis-item.vis-box',
    chart: '.vis-panel.vis-center',
    zoomIn: wheelZoom(-100),
    zoomOut: wheelZoom(100),
    reset: async (page) => page.evaluate(() => window.benchTimeline?.fit({ animation: false })),
    // With 10,000 items vis-timeline needs ~20 s to load and seconds per zoom step: by default
    // two cold loads (--full runs all); the interactions are time-boxed like everyone's.
    big: { runs: 2, interact: true },
    detail: 'the item is selected (.vis-selected) and the peer page’s detail section, filled from the select event, has its heading visible',
  },
};

// The embed as embed codes load it (embed.html, prerendered with the embed's view), measured like
// the page. Only where its first paint is the point: the real dataset (another dataset renders in
// the browser, as the page does).
TARGETS.embed = {
  ...TARGETS.ours,
  label: 'embed',
  path: (data) => `/embed.html?embed=1&data=${data}`,
  workloads: ['real'],
};

// The embed where readers meet it: an iframe in an article on another site (bench/peers/host.html,
// opened as http://localhost:<port+1>, the README's embed code in a 375-px column). Measured inside
// the frame, in the host page's clock; its first marker, paints, layout shift and bytes, no gestures.
TARGETS.host = {
  ...TARGETS.ours,
  label: 'embed in host',
  origin: 'localhost',
  path: () => '/peers/host.html',
  frame: '/embed.html',
  workloads: ['real'],
  interact: false,
};

// A shared link to one launch: the page laid out but not painted until the app has drawn that
// view (README, "How the first screen shows"). First marker and layout shift only.
export const LAUNCH_ID = '2016-02-07-kwangmyongsong-4';
TARGETS.launch = {
  ...TARGETS.ours,
  label: '?launch=',
  path: (data) => `/?data=${data}&launch=${LAUNCH_ID}`,
  workloads: ['real'],
  interact: false,
};

// The launch's own page (/launch/<id>/, what Copy link gives): prerendered with the launch open,
// painted before any script runs. First marker and layout shift only.
TARGETS.share = {
  ...TARGETS.ours,
  label: 'launch page',
  path: (data) => `/launch/${LAUNCH_ID}/?data=${data}`,
  workloads: ['real'],
  interact: false,
};

// The floor: what a page with no library and no script costs to show the same launches (plain
// SVG circles, bench/peers/floor.mjs). Measured like the peers; nothing to zoom, pan or open.
TARGETS.floor = {
  kind: 'floor',
  label: 'floor',
  path: () => '/peers/floor.html',
  marker: '[data-launch-id]',
  chart: 'svg',
  workloads: ['real'],
  interact: false,
  detail: 'none: a static page',
};

// Ours first (the ones with `ratio` get a ratio column against each of the others), then the floor
// and the peers.
TARGETS.ours.ratio = true;
TARGETS.embed.ratio = true;
export const TARGET_ORDER = ['ours', 'embed', 'host', 'share', 'launch', 'floor', 'timelinejs', 'vis'];
