// The floor: the least a page can do to show the launches. One static HTML file, no script, no
// library, no stylesheet file: the dataset's title, one sentence, and each launch as a plain SVG
// circle (`data-launch-id`, a <title>) placed by date on the dataset's range. The bench makes it
// at start from the dataset it serves (so it always shows the same launches as the app and the
// peers) and serves it as /peers/floor.html; it is measured like the peers.
//
//   node bench/peers/floor.mjs [public/data/launches.json] > /tmp/floor.html   (to look at it)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const OUTCOME_COLOUR = { success: '#1a7f37', failure: '#b42318', partial: '#b54708' };

/** dataset: the parsed JSON of a dataset file (title, range, launches). */
export function floorHtml(dataset) {
  const start = Date.parse(`${dataset.range.start}T00:00:00Z`);
  const end = Date.parse(`${dataset.range.end}T00:00:00Z`) + 86_400_000;
  const W = 1000;
  const circles = dataset.launches
    .map((l) => {
      const x = 20 + ((Date.parse(l.launchedAt) - start) / (end - start)) * (W - 40);
      const colour = OUTCOME_COLOUR[l.outcome] ?? '#444';
      return `<circle data-launch-id="${escape(l.id)}" cx="${x.toFixed(1)}" cy="40" r="9" fill="${colour}"><title>${escape(l.payload)}, ${escape(l.launchedAt.slice(0, 10))}</title></circle>`;
    })
    .join('\n      ');
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end - 1).getUTCFullYear();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Floor: ${escape(dataset.title)}</title>
    <style>body { margin: 1rem; font-family: system-ui, sans-serif; } svg { display: block; width: 100%; height: auto; }</style>
  </head>
  <body>
    <h1>${escape(dataset.title)}</h1>
    <p>${dataset.launches.length} launch attempts from ${first} to ${last}, one circle each, placed by date.</p>
    <svg viewBox="0 0 ${W} 80" role="img" aria-label="Launches by date">
      <line x1="20" y1="40" x2="${W - 20}" y2="40" stroke="#999" />
      ${circles}
    </svg>
  </body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/data/launches.json');
  process.stdout.write(floorHtml(JSON.parse(readFileSync(file, 'utf8'))));
}
