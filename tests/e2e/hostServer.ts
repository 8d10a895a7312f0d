// A tiny "newsroom" web server for the embed tests: it serves host pages from an origin that is
// not the app's (another loopback port), exactly like an article embedding the timeline.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type HostServer = {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Serves `html` at `path` (text/html, no CSP: host pages are not ours). */
  setPage: (path: string, html: string) => void;
  close: () => Promise<void>;
};

/** Listens on an ephemeral port, so parallel workers never collide. */
export async function startHostServer(host = '127.0.0.1'): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    setPage: (path, html) => pages.set(path, html),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A plain article page around `body`, as a newsroom CMS would render it. */
export function hostPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fafaf7; }
  article { max-width: 760px; margin: 0 auto; padding: 16px; }
  h1 { font-size: 28px; line-height: 1.2; }
</style>
</head>
<body>
<article>
<h1>${title}</h1>
<p>North Korea has tried to put a satellite into orbit eight times since 1998. The timeline below shows every attempt and the responses it drew.</p>
${body}
<p>The article continues below the embed.</p>
</article>
</body>
</html>`;
}
