// Issue 8's and issue 16's budgets, judged on medians, per profile. PASS/FAIL lines only: timing
// never fails the command.

const med = (s, target, metric) => s?.[target]?.[metric]?.median ?? null;
const maxOf = (s, target, metric) => s?.[target]?.[metric]?.max ?? null;
const ran = (s, target) => Object.values(s?.[target] ?? {}).some((stats) => stats?.of > 0);
const n = (x, d = 0) => (x === null ? '–' : x.toFixed(d));

function line(profile, name, ok, detail) {
  return { profile, name, status: ok === null ? 'N/A' : ok ? 'PASS' : 'FAIL', detail };
}

const WHO = { ours: 'page', embed: 'embed', host: 'embed in host page (the frame)', share: 'launch page (/launch/<id>/)', launch: '?launch= link' };

/**
 * The lines of one profile. summaries: { [workloadKey]: { [targetKey]: { [metricId]: stats } } }.
 * Desktop keeps every line it had (issue 8 and the embed's), and adds the floor, the launch link,
 * the host page and JS to interactive; the phone judges first marker at 0.5 × the faster peer.
 */
function profileBudgets(profile, summaries) {
  const phone = profile === 'phone';
  const real = summaries.real;
  const big = summaries['synthetic-10000'];
  const out = [];
  const push = (name, ok, detail) => out.push(line(profile, name, ok, detail));

  if (real) {
    const critical = med(real, 'ours', 'critical.gz');
    push('critical-path JS+CSS ≤ 100 KiB gzip (real dataset)', critical === null ? null : critical <= 100, `${n(critical, 1)} KiB`);

    const peerFirst = [med(real, 'timelinejs', 'firstMarker'), med(real, 'vis', 'firstMarker')].filter((x) => x !== null);
    const fasterPeer = peerFirst.length ? Math.min(...peerFirst) : null;
    const factor = phone ? 0.5 : 0.3;
    for (const [target, what] of [
      ['ours', 'first marker'],
      ['embed', 'embed: first marker'],
    ]) {
      const first = med(real, target, 'firstMarker');
      if (target === 'embed' && !ran(real, 'embed')) continue;
      push(`${what} ≤ ${factor} × the faster peer (real dataset)`, first === null || fasterPeer === null ? null : first <= factor * fasterPeer, `${n(first)} ms vs ${factor} × ${n(fasterPeer)} = ${n(fasterPeer === null ? null : factor * fasterPeer)} ms`);
    }
    // The floor: a static page with the same launches as SVG circles and no script (desktop).
    if (!phone && ran(real, 'floor')) {
      const floor = med(real, 'floor', 'firstMarker');
      for (const [target, what] of [
        ['ours', 'first marker'],
        ['embed', 'embed: first marker'],
      ]) {
        if (!ran(real, target)) continue;
        const first = med(real, target, 'firstMarker');
        push(`${what} ≤ 1.5 × the no-library floor page (real dataset)`, first === null || floor === null ? null : first <= 1.5 * floor, `${n(first)} ms vs 1.5 × ${n(floor)} = ${n(floor === null ? null : 1.5 * floor)} ms`);
      }
    }
    for (const target of ['ours', 'share', 'launch', 'embed', 'host']) {
      if (!ran(real, target)) continue;
      const cls = med(real, target, 'cls');
      push(`${WHO[target]}: layout shift ≤ 0.01 (real dataset)`, cls === null ? null : cls <= 0.01, n(cls, 3));
    }
    for (const target of ['ours', 'embed']) {
      if (!ran(real, target)) continue;
      const js = med(real, target, 'jsInteractive.gz');
      push(`${WHO[target]}: JS to interactive ≤ 100 KiB gzip (real dataset)`, js === null ? null : js <= 100, `${n(js, 1)} KiB requested before hydration done`);
    }
  }

  for (const [key, s] of Object.entries(summaries)) {
    const ours = med(s, 'ours', 'tbt');
    const peers = ['timelinejs', 'vis'].map((t) => med(s, t, 'tbt')).filter((x) => x !== null);
    const limit = peers.length ? 0.5 * Math.min(...peers) : null;
    push(`total blocking time ≤ 0.5 × the peers' (${key})`, ours === null || limit === null ? null : ours <= limit, `${n(ours)} ms vs 0.5 × min(${peers.map((p) => n(p)).join(', ')}) = ${n(limit)} ms`);
  }

  for (const [key, s] of Object.entries(summaries)) {
    const click = med(s, 'ours', 'click');
    push(`click → panel ≤ 50 ms (${key})`, click === null ? null : click <= 50, `${n(click)} ms`);
  }

  // Desktop prints the 10,000-record lines whatever ran (N/A when not); the phone only if it ran them.
  if (!phone || big) {
    const bigFirst = med(big, 'ours', 'firstMarker');
    const visFirst = med(big, 'vis', 'firstMarker');
    push('10,000 records: first marker ≤ 0.5 × vis-timeline', bigFirst === null || visFirst === null ? null : bigFirst <= 0.5 * visFirst, `${n(bigFirst)} ms vs 0.5 × ${n(visFirst)} = ${n(visFirst === null ? null : visFirst / 2)} ms`);
    for (const g of ['zoom', 'pan']) {
      const p95 = med(big, 'ours', `${g}.p95`);
      push(`10,000 records: ${g} p95 frame interval ≤ 20 ms`, p95 === null ? null : p95 <= 20, `${n(p95, 1)} ms`);
      const worst = maxOf(big, 'ours', `${g}.max`);
      push(`10,000 records: ${g}, no frame over 50 ms (any run)`, worst === null ? null : worst <= 50, `longest ${n(worst)} ms; frames > 50 ms per run (median) ${n(med(big, 'ours', `${g}.over50`))}`);
    }
  }
  return out;
}

/** byProfile: { desktop?: summaries, phone?: summaries }. */
export function judgeBudgets(byProfile) {
  return Object.entries(byProfile).flatMap(([profile, summaries]) => profileBudgets(profile, summaries));
}

export function formatBudgets(lines) {
  const out = [];
  let profile = null;
  for (const l of lines) {
    if (l.profile !== profile) {
      profile = l.profile;
      out.push(`${profile}:`);
    }
    out.push(`  ${l.status.padEnd(4)}  ${l.name}: ${l.detail}`);
  }
  return out.join('\n');
}
