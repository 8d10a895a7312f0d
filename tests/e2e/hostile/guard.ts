// The invariants every hostile-input case must keep, checked in every test by an automatic
// fixture: no uncaught error, no dialog, no injected script ran (the `window.__pwned` canary),
// no injected markup, no link with a non-http(s) scheme, no request to another origin, no CSP
// violation, no prototype changed. The counts go into a `guard` annotation that
// scripts/hostileReport.mjs totals.
import type { Page } from '@playwright/test';
import { expect, test as base } from '../test.ts';
import { watchPage } from '../helpers.ts';

export type GuardCounts = {
  uncaughtErrors: number;
  consoleErrors: number;
  dialogs: number;
  /** The canary was set: a payload's script ran. */
  scriptRuns: number;
  /** Elements in the app that data could only have produced as markup (img, script, iframe…) or on* attributes. */
  injectedMarkup: number;
  /** href/src/action attributes that are not http(s), #, ./, ../ or / of our own origin. */
  unsafeLinks: number;
  offOriginRequests: number;
  cspViolations: number;
  prototypePollution: number;
};

export type Snapshot = {
  csp: string[];
  pwned: string | null;
  pollution: string[];
  unsafeLinks: string[];
  injected: string[];
};

type ProbeWindow = Window & { __csp?: string[]; __pwned?: unknown };

/** Runs in the page before any of its scripts (and in every frame): records CSP violations. */
function recordCspViolations(): void {
  const probe = window as ProbeWindow;
  probe.__csp = [];
  window.addEventListener(
    'securitypolicyviolation',
    (event) => probe.__csp?.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`),
    true,
  );
}

/** Runs in the page: everything in the DOM and the JS realm that a payload could have changed. */
function inspectPage(): Snapshot {
  const probe = window as ProbeWindow;
  const origin = window.location.origin;
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'background', 'ping', 'srcset', 'data', 'xlink:href']);
  const MARKUP = 'img, script:not([src]), iframe, frame, object, embed, style, link, meta, base, form, foreignObject, audio, video, source, math';
  const safeUrl = (raw: string): boolean => {
    if (/^https?:/i.test(raw)) {
      if (!URL.canParse(raw)) return false;
      const { protocol } = new URL(raw);
      return protocol === 'http:' || protocol === 'https:';
    }
    if (raw.startsWith('#')) return true;
    // A share page (launch/<id>/) reaches the root's files with ../../ (build/sharePages.ts).
    const rooted = raw.startsWith('./') || /^(\.\.\/)+[^/\\]/.test(raw) || (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\'));
    return rooted && URL.canParse(raw, document.baseURI) && new URL(raw, document.baseURI).origin === origin;
  };
  const describe = (element: Element): string => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
  const unsafeLinks: string[] = [];
  const injected: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) injected.push(`${describe(element)} ${name}=${JSON.stringify(attribute.value.slice(0, 60))}`);
      const isUrl = URL_ATTRIBUTES.has(name) && (name !== 'data' || element.localName === 'object');
      if (isUrl && !safeUrl(attribute.value)) unsafeLinks.push(`${describe(element)} ${name}=${JSON.stringify(attribute.value.slice(0, 80))}`);
    }
  }
  const root = document.getElementById('root');
  for (const element of Array.from(root?.querySelectorAll(MARKUP) ?? [])) injected.push(describe(element));
  const probeObject: Record<string, unknown> = {};
  const probeArray: unknown[] = [];
  const pollution = [
    ...Object.keys(Object.prototype).map((key) => `Object.prototype.${key}`),
    ...(['polluted', 'isAdmin', '__pwned'] as const).flatMap((key) => [
      ...(probeObject[key] !== undefined ? [`({}).${key}`] : []),
      ...((probeArray as unknown as Record<string, unknown>)[key] !== undefined ? [`[].${key}`] : []),
    ]),
  ];
  return {
    csp: [...(probe.__csp ?? [])],
    pwned: probe.__pwned === undefined ? null : String(probe.__pwned),
    pollution,
    unsafeLinks,
    injected,
  };
}

export class Guard {
  readonly page: Page;
  private readonly appOrigin: string;
  private readonly watch: ReturnType<typeof watchPage>;
  private readonly offOrigin: string[] = [];
  private readonly seen = { csp: new Set<string>(), links: new Set<string>(), injected: new Set<string>(), pollution: new Set<string>(), pwned: new Set<string>() };
  /** Set by control tests that trip a check on purpose. */
  control = false;

  constructor(page: Page, appOrigin: string, consoleAllowed: RegExp | null) {
    this.page = page;
    this.appOrigin = appOrigin;
    this.watch = watchPage(page, consoleAllowed ? { allowConsoleErrors: consoleAllowed } : {});
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
      if (url.origin !== this.appOrigin) this.offOrigin.push(request.url());
    });
  }

  /** Samples the page now (the fixture samples again at the end): call it while hostile content is on screen. */
  async check(): Promise<Snapshot> {
    const snapshot = await this.page.evaluate(inspectPage);
    snapshot.csp.forEach((v) => this.seen.csp.add(v));
    snapshot.unsafeLinks.forEach((v) => this.seen.links.add(v));
    snapshot.injected.forEach((v) => this.seen.injected.add(v));
    snapshot.pollution.forEach((v) => this.seen.pollution.add(v));
    if (snapshot.pwned !== null) this.seen.pwned.add(snapshot.pwned);
    return snapshot;
  }

  private byPrefix(prefix: string): string[] {
    return this.watch.problems.filter((p) => p.startsWith(prefix));
  }

  counts(): GuardCounts {
    const dialogs = this.byPrefix('dialog:').length;
    return {
      uncaughtErrors: this.byPrefix('uncaught:').length,
      consoleErrors: this.byPrefix('console:').length,
      dialogs,
      scriptRuns: this.seen.pwned.size + dialogs,
      injectedMarkup: this.seen.injected.size,
      unsafeLinks: this.seen.links.size,
      offOriginRequests: this.offOrigin.length,
      cspViolations: this.seen.csp.size,
      prototypePollution: this.seen.pollution.size,
    };
  }

  /** Every broken invariant, one line each; empty when the case was handled safely. */
  problems(): string[] {
    return [
      ...this.watch.problems.filter((p) => !p.startsWith('off-origin request:')),
      ...[...this.seen.pwned].map((v) => `script ran: window.__pwned = ${v}`),
      ...[...this.seen.injected].map((v) => `injected markup: ${v}`),
      ...[...this.seen.links].map((v) => `unsafe link: ${v}`),
      ...this.offOrigin.map((v) => `off-origin request: ${v}`),
      ...[...this.seen.csp].map((v) => `CSP violation: ${v}`),
      ...[...this.seen.pollution].map((v) => `prototype changed: ${v}`),
    ];
  }
}

type GuardFixtures = {
  /** Console errors the case expects (a failed resource load on a 500); everything else fails it. */
  consoleAllowed: RegExp | null;
  guard: Guard;
};

export const test = base.extend<GuardFixtures>({
  consoleAllowed: [null, { option: true }],
  guard: [
    async ({ page, baseURL, consoleAllowed }, use, testInfo) => {
      await page.addInitScript(recordCspViolations);
      const guard = new Guard(page, new URL(baseURL ?? 'http://127.0.0.1/').origin, consoleAllowed);
      await use(guard);
      if (!page.isClosed()) {
        // A navigation in flight can destroy the context once; the second sample is the page that stayed.
        await guard.check().catch(async (first: unknown) => {
          await guard.check().catch((error: unknown) => {
            if (!guard.control) throw error instanceof Error ? error : first;
          });
        });
      }
      testInfo.annotations.push({ type: 'guard', description: JSON.stringify({ control: guard.control, ...guard.counts() }) });
      if (!guard.control) expect(guard.problems(), 'hostile-input invariants (tests/e2e/hostile/guard.ts)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Describe-block details that tag every case in it with its group, for scripts/hostileReport.mjs. */
export function group(name: string): { annotation: { type: string; description: string } } {
  return { annotation: { type: 'group', description: name } };
}

/** The tab answers a trivial script within 1 s: no hang, no runaway loop. */
export async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  await Promise.race([
    page.evaluate(() => 1),
    new Promise((_, reject) => setTimeout(() => reject(new Error('the tab did not answer page.evaluate(() => 1) within 1 s')), 1_000)),
  ]);
  expect(Date.now() - started).toBeLessThan(1_000);
}
