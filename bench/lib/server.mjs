// The bench's static server: node:http on 127.0.0.1 only. Serves the app's dist/ at /, the peer
// pages at /peers/*.html|js and the peers' own dist files at /peers/lib/<peer>/… from
// bench/node_modules. It can listen on a second port too (`also`), the same files under another
// origin: the host page for the embed is opened as http://localhost:<port+1>/…, another site than
// http://127.0.0.1:<port>, as a newspaper's page is to the timeline's. Every file is read and gzipped (level 9) once, at start, so no request pays
// for compression: like a CDN with precompressed files. No caching headers at all (each cold load
// uses a fresh profile anyway). Every response is logged with its raw and sent sizes.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.ttf', '.eot']);

/** What a file counts as in the byte totals. */
export function category(urlPath) {
  const ext = path.extname(urlPath);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json' && urlPath.includes('/data/')) return 'data';
  if (ext === '.html' || urlPath.endsWith('/')) return 'html';
  if (['.woff', '.woff2', '.ttf', '.eot'].includes(ext)) return 'font';
  return 'other';
}

function walk(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else out.push(path.relative(base, full));
  }
  return out;
}

/**
 * mounts: [{ prefix: '/', dir, files?: [relative paths] }] — without `files`, the whole tree — or
 * [{ prefix, content: { [relative path]: string | Buffer } }], files made in memory. A later mount
 * replaces an earlier one's file of the same path.
 * also: [{ port, name }]: more ports on 127.0.0.1 serving the same files; `name` is the host name
 * the browser uses for it (mapped to 127.0.0.1 by the bench's --host-resolver-rules).
 * Returns { url, urls, log, inflight(), lastActivity(), close() }; log entries carry their port.
 */
export async function startServer({ port, mounts, also = [] }) {
  const table = new Map();
  const add = (key, raw, ext) => {
    const gz = COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : null;
    table.set(key, { raw, gz: gz && gz.length < raw.length ? gz : null, type: TYPES[ext] ?? 'application/octet-stream' });
  };
  for (const { prefix, dir, files, content } of mounts) {
    if (content) {
      for (const [rel, body] of Object.entries(content)) add(prefix + rel, Buffer.from(body), path.extname(rel));
      continue;
    }
    for (const rel of files ?? walk(dir)) {
      const ext = path.extname(rel);
      if (ext === '.map') continue; // never requested by a browser without devtools
      add(prefix + rel.split(path.sep).join('/'), readFileSync(path.join(dir, rel)), ext);
    }
  }

  const log = [];
  let inflight = 0;
  let lastActivity = Date.now();

  const handler = (req, res) => {
    const t0 = Date.now();
    inflight += 1;
    lastActivity = t0;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = table.get(pathname);
    const entry = { t: t0, end: t0, port: req.socket.localPort, method: req.method, path: url.pathname + url.search, status: 404, category: category(pathname), raw: 0, sent: 0, encoding: 'identity' };
    const done = () => {
      inflight -= 1;
      entry.end = Date.now();
      lastActivity = entry.end;
      log.push(entry);
    };
    res.on('close', done);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      entry.status = 405;
      res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }).end('method not allowed');
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip = file.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz : file.raw;
    entry.status = 200;
    entry.raw = file.raw.length;
    entry.sent = body.length;
    entry.encoding = gzip ? 'gzip' : 'identity';
    const headers = { 'Content-Type': file.type, 'Content-Length': body.length, Vary: 'Accept-Encoding' };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const sockets = new Set();
  const servers = [];
  const close = () =>
    Promise.all(
      servers.map(
        (server) =>
          new Promise((resolve) => {
            for (const s of sockets) s.destroy();
            server.close(() => resolve());
          }),
      ),
    );
  const urls = {};
  for (const { port: p, name } of [{ port, name: '127.0.0.1' }, ...also]) {
    const server = createServer(handler);
    server.keepAliveTimeout = 5_000;
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, '127.0.0.1', resolve);
      });
    } catch (error) {
      await close();
      throw error;
    }
    servers.push(server);
    urls[name] = `http://${name}:${p}`;
  }
  return {
    url: urls['127.0.0.1'],
    urls,
    log,
    files: table,
    inflight: () => inflight,
    lastActivity: () => lastActivity,
    close,
  };
}
