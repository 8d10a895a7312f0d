// The printed table: per workload, one row per metric, median (min–max) per target, then the
// ratios ours/peer of the medians.
import { METRICS } from './stats.mjs';

const fmt = (x, digits) => (x === null || x === undefined ? '–' : x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function cell(s, digits) {
  if (!s || s.median === null) return s && s.of > 0 ? 'n/a' : '–';
  const range = s.min === s.max ? '' : ` (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
  const missing = s.n < s.of ? ` [${s.n}/${s.of}]` : '';
  return `${fmt(s.median, digits)}${range}${missing}`;
}

function ratio(ours, peer) {
  if (!ours || !peer || ours.median === null || peer.median === null) return '–';
  if (peer.median === 0) return ours.median === 0 ? '1.00' : '∞';
  return (ours.median / peer.median).toFixed(2);
}

/**
 * summary: { [targetKey]: { [metricId]: stats } }; targets: [{ key, label, mine, ratio }] with
 * ours first: a ratio column for each of ours with `ratio` (the page, the embed) against each
 * target that is not ours (the floor, the peers). A row no target has a number for is left out.
 */
export function formatTable(title, summary, targets) {
  // A target not run on this workload (the embed on synthetic data) has no column.
  const present = targets.filter((t) => Object.values(summary[t.key] ?? {}).some((stats) => stats?.of > 0));
  const mine = present.filter((t) => t.mine && t.ratio);
  const peers = present.filter((t) => !t.mine);
  const pairs = mine.flatMap((o) => peers.map((p) => ({ o, p })));
  const head = ['metric', ...present.map((t) => t.label), ...pairs.map(({ o, p }) => `${o.key === 'ours' ? 'ours' : o.label}/${p.label}`)];
  const measured = METRICS.filter((m) => present.some((t) => (summary[t.key]?.[m.id]?.n ?? 0) > 0));
  const rows = measured.map((m) => [
    m.label,
    ...present.map((t) => cell(summary[t.key]?.[m.id], m.digits)),
    ...pairs.map(({ o, p }) => ratio(summary[o.key]?.[m.id], summary[p.key]?.[m.id])),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
