// Controls: each of the guard's checks is tripped once on purpose, to prove it can fail. If one
// of these fails, the guard is blind and every "handled" case above proves less than it says.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, group, test } from './guard.ts';
import { LAUNCHES, markers } from './fixtures.ts';

let other: { origin: string; server: Server };

test.beforeAll(async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => other.server.close(() => resolve()));
});

test.describe('guard controls', group('guard controls'), () => {
  // Chromium reports a blocked inline script or handler on the console, as it should.
  test.use({ consoleAllowed: /Content Security Policy/ });

  test.beforeEach(async ({ page, guard }) => {
    guard.control = true;
    await page.goto('./');
    await expect(markers(page)).toHaveCount(LAUNCHES.length);
    const clean = await guard.check();
    expect(clean).toEqual({ csp: [], pwned: null, pollution: [], unsafeLinks: [], injected: [] });
  });

  test('an inline <script> added to the page trips exactly one CSP violation, and does not run', async ({ page, guard }) => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'inline script'";
      document.body.append(script);
    });
    await expect.poll(async () => (await guard.check()).csp).toEqual(['script-src-elem blocked inline']);
    expect(guard.counts()).toMatchObject({ cspViolations: 1, scriptRuns: 0 });
  });

  test('injected markup with an inline handler is seen as injected markup and a CSP violation', async ({ page, guard }) => {
    await page.evaluate(() => {
      const root = document.getElementById('root');
      const image = document.createElement('img');
      image.setAttribute('src', 'data:,');
      image.setAttribute('onerror', "window.__pwned = 'img'");
      image.setAttribute('onload', "window.__pwned = 'img'");
      root?.append(image);
    });
    await expect.poll(async () => (await guard.check()).csp.length).toBeGreaterThan(0);
    expect(guard.counts().injectedMarkup).toBeGreaterThanOrEqual(2);
    expect(guard.counts().scriptRuns).toBe(0);
  });

  test('a javascript: link, a protocol-relative link and an SVG xlink:href are each seen as unsafe', async ({ page, guard }) => {
    await page.evaluate(() => {
      const root = document.getElementById('root');
      const js = document.createElement('a');
      js.setAttribute('href', 'JavaScript:void(0)');
      const relative = document.createElement('a');
      relative.setAttribute('href', '//evil.example/');
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const svgLink = document.createElementNS('http://www.w3.org/2000/svg', 'a');
      svgLink.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'data:text/html,x');
      svg.append(svgLink);
      root?.append(js, relative, svg);
    });
    expect((await guard.check()).unsafeLinks).toHaveLength(3);
  });

  test('a script run is seen through the canary', async ({ page, guard }) => {
    await page.evaluate(() => {
      (window as Window & { __pwned?: string }).__pwned = 'control';
    });
    expect((await guard.check()).pwned).toBe('control');
    expect(guard.counts().scriptRuns).toBe(1);
  });

  test('a dialog is seen, and counted as a script run', async ({ page, guard }) => {
    await page.evaluate(() => {
      setTimeout(() => window.alert('control'), 0);
    });
    await expect.poll(() => guard.counts().dialogs).toBe(1);
    expect(guard.counts().scriptRuns).toBe(1);
  });

  test('a changed Object.prototype is seen', async ({ page, guard }) => {
    await page.evaluate(() => {
      Object.defineProperty(Object.prototype, 'polluted', { value: true, enumerable: true, configurable: true });
    });
    expect((await guard.check()).pollution).toContain('Object.prototype.polluted');
    await page.evaluate(() => {
      delete (Object.prototype as Record<string, unknown>).polluted;
    });
  });

  test('a request to another origin is counted', async ({ page, guard }) => {
    await page.evaluate((url) => {
      window.location.href = url;
    }, `${other.origin}/elsewhere`);
    await expect.poll(() => guard.counts().offOriginRequests).toBe(1);
  });
});
