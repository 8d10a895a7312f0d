// The required stack's own weight: what "JS to interactive" cannot go below while the product
// uses react, react-dom, @tanstack/react-query, d3-scale and d3-axis (with d3-selection, which
// d3-axis draws into). Builds, with the app's own Vite and installed packages, a page that
// hydrates one component using each of them (a query, a time scale, an axis) and nothing of the
// app, then prints the bundle's size as the bench counts it (gzip -9).
//
//   node bench/stackFloor.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { build } = await import(createRequire(path.join(root, 'package.json')).resolve('vite'));

const entry = `
import { createElement as h, useEffect, useRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { scaleTime } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';

function Chart() {
  const { data } = useQuery({ queryKey: ['launches'], queryFn: () => fetch('data.json').then((r) => r.json()) });
  const axis = useRef(null);
  const x = scaleTime().domain([new Date(1998, 0, 1), new Date(2023, 11, 31)]).range([0, 800]);
  useEffect(() => { if (axis.current) select(axis.current).call(axisBottom(x)); });
  return h('svg', null, h('g', { ref: axis }), (data ?? []).map((d) => h('circle', { key: d, cx: x(new Date(d)), r: 4 })));
}
hydrateRoot(document.getElementById('root'), h(QueryClientProvider, { client: new QueryClient() }, h(Chart)));
`;

// Inside the project, so that the bare imports resolve to the app's own node_modules.
const work = mkdtempSync(path.join(root, '.stack-floor-'));
try {
  writeFileSync(path.join(work, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>');
  writeFileSync(path.join(work, 'main.js'), entry);
  await build({
    root: work,
    configFile: false,
    // Only errors: react-query's "use client" directives make a warning per file, which means nothing here.
    logLevel: 'error',
    build: { outDir: path.join(work, 'dist'), emptyOutDir: true },
  });
  const assets = path.join(work, 'dist', 'assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const version = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const versions = ['react', 'react-dom', '@tanstack/react-query', 'd3-scale', 'd3-axis', 'd3-selection'].map((name) => `${name} ${version(name)}`);
  console.log(`the required stack alone (${versions.join(', ')}):`);
  console.log(`  ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip -9 (${gzip} bytes)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
