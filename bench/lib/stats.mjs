// Medians and ranges over runs, metric by metric.

const KiB = 1024;
const MiB = 1024 * 1024;

/** Every number the table shows: id, label, how to read it from one run, and its unit scale. */
export const METRICS = [
  { id: 'js.gz', label: 'JS, gzip (KiB)', get: (r) => r.bytes.js.gz / KiB, digits: 1 },
  { id: 'js.raw', label: 'JS, raw (KiB)', get: (r) => r.bytes.js.raw / KiB, digits: 1 },
  { id: 'css.gz', label: 'CSS, gzip (KiB)', get: (r) => r.bytes.css.gz / KiB, digits: 1 },
  { id: 'css.raw', label: 'CSS, raw (KiB)', get: (r) => r.bytes.css.raw / KiB, digits: 1 },
  { id: 'data.gz', label: 'data, gzip (KiB)', get: (r) => r.bytes.data.gz / KiB, digits: 1 },
  { id: 'data.raw', label: 'data, raw (KiB)', get: (r) => r.bytes.data.raw / KiB, digits: 1 },
  { id: 'total.gz', label: 'all bytes sent (KiB)', get: (r) => r.bytes.total.gz / KiB, digits: 1 },
  { id: 'requests', label: 'requests', get: (r) => r.bytes.requests, digits: 0 },
  { id: 'critical.gz', label: 'critical JS+CSS, gzip (KiB)', get: (r) => r.bytes.critical.gz / KiB, digits: 1 },
  { id: 'jsInteractive.gz', label: 'JS before interactive, gzip (KiB)', get: (r) => (r.jsBeforeInteractive ? r.jsBeforeInteractive.gz / KiB : null), digits: 1 },
  { id: 'frameStart', label: 'frame: document start (ms)', get: (r) => r.frameStart, digits: 0 },
  { id: 'fcp', label: 'first contentful paint (ms)', get: (r) => r.fcp, digits: 0 },
  { id: 'firstMarker', label: 'first marker visible (ms)', get: (r) => r.firstMarker, digits: 0 },
  { id: 'lcp', label: 'largest contentful paint (ms)', get: (r) => r.lcp, digits: 0 },
  { id: 'hydrated', label: 'hydration done (ms)', get: (r) => r.hydrated, digits: 0 },
  { id: 'idle', label: 'quiet from (ms)', get: (r) => r.idle, digits: 0 },
  { id: 'longTasks', label: 'long tasks to idle', get: (r) => r.longTasks, digits: 0 },
  { id: 'longestTask', label: 'longest task (ms)', get: (r) => r.longestTask, digits: 0 },
  { id: 'tbt', label: 'total blocking time (ms)', get: (r) => r.tbt, digits: 0 },
  { id: 'cls', label: 'layout shift to idle (CLS)', get: (r) => r.cls, digits: 3 },
  { id: 'hostCls', label: 'host page: layout shift (CLS)', get: (r) => r.hostCls, digits: 3 },
  { id: 'heap', label: 'JS heap at idle (MiB)', get: (r) => (r.heapUsed === null ? null : r.heapUsed / MiB), digits: 1 },
  { id: 'elements', label: 'DOM elements at idle', get: (r) => r.elements, digits: 0 },
  { id: 'markers', label: 'marker elements', get: (r) => r.markers, digits: 0 },
  { id: 'zoom.mean', label: 'zoom: frame mean (ms)', get: (r) => r.zoom?.mean, digits: 1 },
  { id: 'zoom.p95', label: 'zoom: frame p95 (ms)', get: (r) => r.zoom?.p95, digits: 1 },
  { id: 'zoom.max', label: 'zoom: longest frame (ms)', get: (r) => r.zoom?.max, digits: 0 },
  { id: 'zoom.over50', label: 'zoom: frames > 50 ms', get: (r) => r.zoom?.over50, digits: 0 },
  { id: 'zoom.steps', label: 'zoom: steps done (of 20)', get: (r) => r.zoom?.steps, digits: 0 },
  { id: 'pan.mean', label: 'pan: frame mean (ms)', get: (r) => r.pan?.mean, digits: 1 },
  { id: 'pan.p95', label: 'pan: frame p95 (ms)', get: (r) => r.pan?.p95, digits: 1 },
  { id: 'pan.max', label: 'pan: longest frame (ms)', get: (r) => r.pan?.max, digits: 0 },
  { id: 'pan.over50', label: 'pan: frames > 50 ms', get: (r) => r.pan?.over50, digits: 0 },
  { id: 'pan.steps', label: 'pan: steps done (of 20)', get: (r) => r.pan?.steps, digits: 0 },
  { id: 'click', label: 'click → detail (ms)', get: (r) => r.click?.ms, digits: 0 },
];

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** { [metricId]: { median, min, max, n, of } } for one target on one workload. */
export function summarize(runs) {
  const out = {};
  for (const m of METRICS) {
    const values = runs.map((r) => m.get(r)).filter((x) => typeof x === 'number' && Number.isFinite(x));
    out[m.id] = values.length === 0 ? { median: null, min: null, max: null, n: 0, of: runs.length } : { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length, of: runs.length };
  }
  return out;
}
