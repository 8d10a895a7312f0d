// Issue 8's budgets, judged on medians. PASS/FAIL lines only: timing never fails the command.

const med = (s, target, metric) => s?.[target]?.[metric]?.median ?? null;
const maxOf = (s, target, metric) => s?.[target]?.[metric]?.max ?? null;
const n = (x, d = 0) => (x === null ? '–' : x.toFixed(d));

function line(name, ok, detail) {
  return { name, status: ok === null ? 'N/A' : ok ? 'PASS' : 'FAIL', detail };
}

/** summaries: { [workloadKey]: { [targetKey]: { [metricId]: stats } } } */
export function judgeBudgets(summaries) {
  const real = summaries.real;
  const big = summaries['synthetic-10000'];
  const out = [];

  const critical = med(real, 'ours', 'critical.gz');
  out.push(line('critical-path JS+CSS ≤ 100 KiB gzip (real dataset)', critical === null ? null : critical <= 100, `${n(critical, 1)} KiB`));

  const peerFirst = [med(real, 'timelinejs', 'firstMarker'), med(real, 'vis', 'firstMarker')].filter((x) => x !== null);
  const fasterPeer = peerFirst.length ? Math.min(...peerFirst) : null;
  for (const [target, what] of [
    ['ours', 'first marker'],
    ['embed', 'embed: first marker'],
  ]) {
    const first = med(real, target, 'firstMarker');
    if (target === 'embed' && first === null) continue;
    out.push(line(`${what} ≤ 0.3 × the faster peer (real dataset)`, first === null || fasterPeer === null ? null : first <= 0.3 * fasterPeer, `${n(first)} ms vs 0.3 × ${n(fasterPeer)} = ${n(fasterPeer === null ? null : 0.3 * fasterPeer)} ms`));
  }
  for (const target of ['ours', 'embed']) {
    const cls = med(real, target, 'cls');
    if (cls === null) continue;
    out.push(line(`${target === 'ours' ? 'page' : 'embed'}: layout shift ≤ 0.01 (real dataset)`, cls <= 0.01, n(cls, 3)));
  }

  for (const [key, s] of Object.entries(summaries)) {
    const ours = med(s, 'ours', 'tbt');
    const peers = ['timelinejs', 'vis'].map((t) => med(s, t, 'tbt')).filter((x) => x !== null);
    const limit = peers.length ? 0.5 * Math.min(...peers) : null;
    out.push(line(`total blocking time ≤ 0.5 × the peers' (${key})`, ours === null || limit === null ? null : ours <= limit, `${n(ours)} ms vs 0.5 × min(${peers.map((p) => n(p)).join(', ')}) = ${n(limit)} ms`));
  }

  for (const [key, s] of Object.entries(summaries)) {
    const click = med(s, 'ours', 'click');
    out.push(line(`click → panel ≤ 50 ms (${key})`, click === null ? null : click <= 50, `${n(click)} ms`));
  }

  const bigFirst = med(big, 'ours', 'firstMarker');
  const visFirst = med(big, 'vis', 'firstMarker');
  out.push(line('10,000 records: first marker ≤ 0.5 × vis-timeline', bigFirst === null || visFirst === null ? null : bigFirst <= 0.5 * visFirst, `${n(bigFirst)} ms vs 0.5 × ${n(visFirst)} = ${n(visFirst === null ? null : visFirst / 2)} ms`));
  for (const g of ['zoom', 'pan']) {
    const p95 = med(big, 'ours', `${g}.p95`);
    out.push(line(`10,000 records: ${g} p95 frame interval ≤ 20 ms`, p95 === null ? null : p95 <= 20, `${n(p95, 1)} ms`));
    const worst = maxOf(big, 'ours', `${g}.max`);
    out.push(line(`10,000 records: ${g}, no frame over 50 ms (any run)`, worst === null ? null : worst <= 50, `longest ${n(worst)} ms; frames > 50 ms per run (median) ${n(med(big, 'ours', `${g}.over50`))}`));
  }
  return out;
}

export function formatBudgets(lines) {
  return lines.map((l) => `${l.status.padEnd(4)}  ${l.name}: ${l.detail}`).join('\n');
}
