// Hostile datasets, built from a fresh copy of the real public/data/launches.json for each
// case, and the means to serve them (page.route) under a dataset name the app asks for.
import type { Locator, Page, Route } from '@playwright/test';
import { expect } from '../test.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type JsonRecord = Record<string, unknown>;
export type RawDataset = JsonRecord & {
  sources: JsonRecord[];
  launches: JsonRecord[];
  condemnations: JsonRecord[];
  contextEvents: JsonRecord[];
};

const DATA_FILE = fileURLToPath(new URL('../../../public/data/launches.json', import.meta.url));
/** The real dataset's text, byte for byte. */
export const BASE_TEXT = readFileSync(DATA_FILE, 'utf8');

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRecordList = (value: unknown): value is JsonRecord[] => Array.isArray(value) && value.every(isRecord);

function isRawDataset(value: unknown): value is RawDataset {
  return isRecord(value) && ['sources', 'launches', 'condemnations', 'contextEvents'].every((key) => isRecordList(value[key]));
}

/** A fresh, mutable copy of the real dataset. */
export function baseDataset(): RawDataset {
  const parsed: unknown = JSON.parse(BASE_TEXT);
  if (!isRawDataset(parsed)) throw new Error(`${DATA_FILE} is not a dataset`);
  return parsed;
}

/** `list[index]`, or a clear failure when the real dataset changed under the test. */
export function at(list: JsonRecord[], index: number): JsonRecord {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture: no record at index ${index}`);
  return item;
}

/** A nested object of a record (site, citations…), to mutate. */
export function child(record: JsonRecord, key: string): JsonRecord {
  const value = record[key];
  if (!isRecord(value)) throw new Error(`fixture: ${key} is not an object`);
  return value;
}

export function stringAt(record: JsonRecord, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`fixture: ${key} is not a string`);
  return value;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 December 2012": the KST calendar day a launch is known by (as the markers say it). */
export function kstDay(launchedAt: string): string {
  const kst = new Date(Date.parse(launchedAt) + 9 * 3_600_000);
  return `${kst.getUTCDate()} ${MONTHS[kst.getUTCMonth()] ?? '?'} ${kst.getUTCFullYear()}`;
}

export type LaunchFacts = { index: number; id: string; payload: string; vehicle: string; day: string };

/** The real launches, in file order, with the day each marker must name. */
export const LAUNCHES: readonly LaunchFacts[] = baseDataset().launches.map((launch, index) => ({
  index,
  id: stringAt(launch, 'id'),
  payload: stringAt(launch, 'payload'),
  vehicle: stringAt(launch, 'vehicle'),
  day: kstDay(stringAt(launch, 'launchedAt')),
}));

export function launchFacts(index: number): LaunchFacts {
  const facts = LAUNCHES[index];
  if (!facts) throw new Error(`fixture: no launch ${index}`);
  return facts;
}

/** The launch the cases break: Unha-3 / Kwangmyongsong-3 Unit 2, 12 December 2012 (index 3). */
export const TARGET = launchFacts(3);
export const TOTAL_LAUNCHES = LAUNCHES.length;
export const TOTAL_SOURCES = baseDataset().sources.length;
export const TOTAL_CONDEMNATIONS = baseDataset().condemnations.length;

/** The dataset name hostile cases are served under: `./?data=hostile` fetches `data/hostile.json`. */
export const NAME = 'hostile';

export type Reply = {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

/** What a route does with request number `n` (1-based): answer, hang forever, fail at the network level, or pass through. */
export type Answer = Reply | 'hang' | 'connectionreset' | 'internetdisconnected' | 'continue';

export type Served = {
  /** How many times the app asked for the file. */
  requests: () => number;
  /** How many of those requests the route has dealt with: answered, failed, passed on, or left hanging on purpose. */
  handled: () => number;
  /** How many it left hanging on purpose (`'hang'`): only the app's own timeout ends those. */
  held: () => number;
};

/**
 * Answers `data/<name>.json` with `answer` (a reply, or a function of the request number).
 * The dataset file is the only thing routed: every other request reaches the real server.
 */
export async function serve(page: Page, answer: Answer | ((n: number) => Answer | Promise<Answer>), name = NAME): Promise<Served> {
  let count = 0;
  let handled = 0;
  let held = 0;
  await page.route(`**/data/${name}.json`, async (route: Route) => {
    count += 1;
    const next = typeof answer === 'function' ? await answer(count) : answer;
    if (next === 'hang') {
      // Never fulfilled: the app's own timeout must end the wait.
      held += 1;
    } else if (next === 'continue') {
      await route.continue();
    } else if (next === 'connectionreset' || next === 'internetdisconnected') {
      await route.abort(next);
    } else {
      await route.fulfill({
        status: next.status ?? 200,
        headers: { ...(next.contentType === undefined ? {} : { 'content-type': next.contentType }), ...next.headers },
        body: next.body ?? '',
      });
    }
    handled += 1;
  });
  return { requests: () => count, handled: () => handled, held: () => held };
}

/** Serves any value as `application/json`. */
export function serveJson(page: Page, value: unknown, name = NAME): Promise<Served> {
  return serve(page, { contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) }, name);
}

/** Serves raw text as `application/json` (for text that is not JSON, or JSON that JSON.stringify cannot write). */
export function serveText(page: Page, body: string | Buffer, name = NAME): Promise<Served> {
  return serve(page, { contentType: 'application/json', body }, name);
}

/** Opens the app on the hostile dataset, plus any extra query. */
export async function open(page: Page, query = '', name = NAME): Promise<void> {
  await page.goto(`./?data=${name}${query ? `&${query}` : ''}`);
}

// Until the app has measured the page, the prerendered page holds both layouts (the chart and
// the rail) and CSS shows one: a launch's mark is the visible one.
export const markers = (page: Page): Locator => page.locator('[data-launch-id]:visible');
export const marker = (page: Page, id: string): Locator => page.locator(`[data-launch-id="${id}"]:visible`);
export const panel = (page: Page): Locator => page.getByRole('region', { name: 'Launch details' });
export const skippedNote = (page: Page): Locator => page.getByRole('note');

/** The file was accepted: once the page settles, it shows data, not the error state (whose text a failure reports). */
export async function expectNotRefused(page: Page): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert.or(markers(page).first()).or(page.getByRole('note')).first()).toBeVisible();
  if ((await alert.count()) > 0) throw new Error(`the page shows an error instead of the data: ${JSON.stringify(await alert.first().innerText())}`);
}

/** The error state: the fixed heading, then the specific message. */
export async function expectRefused(page: Page, message: string | RegExp, options: { retry?: boolean } = {}): Promise<Locator> {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The timeline could not be shown');
  await expect(alert).toContainText(message);
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(options.retry === false ? 0 : 1);
  await expect(markers(page)).toHaveCount(0);
  return alert;
}

/** The note under the header, and the problem lines in its details (opened). */
export async function expectNote(page: Page, summary: string, problems: (string | RegExp)[]): Promise<void> {
  const note = skippedNote(page);
  await expect(note.locator('p').first()).toHaveText(summary);
  const details = note.locator('details');
  await details.locator('summary').click();
  for (const problem of problems) await expect(details.getByRole('listitem').filter({ hasText: problem }).first()).toBeVisible();
}

/** Every launch still shown sits on its own day: its accessible name says the day the file gives it. */
export async function expectMarkersOnTheirDays(page: Page, shown: readonly LaunchFacts[]): Promise<void> {
  await expectNotRefused(page);
  await expect(markers(page)).toHaveCount(shown.length);
  for (const launch of shown) {
    await expect(marker(page, launch.id)).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(`${launch.vehicle}, ${launch.payload}, ${launch.day}, `)}`));
  }
}

export const allBut = (...indexes: number[]): LaunchFacts[] => LAUNCHES.filter((l) => !indexes.includes(l.index));

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Canary payloads: each sets window.__pwned (or opens a dialog) if it ever runs. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `<svg onload="window.__pwned='svg'"><circle r=5 /></svg>`,
  breakout: `"><img src=x onerror=alert('breakout')>`,
  iframe: `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  template: '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=2}',
} as const;

/**
 * Runs in the page: every visible text node that contains `value` must sit in an isolating
 * element (a `dir` attribute, <bdi>, CSS unicode-bidi isolate/plaintext, or an SVG <text>, which
 * is a bidi paragraph of its own), with nothing after the value in that element: bidi controls
 * and right-to-left letters act only on what follows them, so they then cannot reorder app text.
 * Returns the offending contexts, and how many visible occurrences were checked.
 */
function isolationReport(value: string): { checked: number; leaks: string[] } {
  const leaks: string[] = [];
  let checked = 0;
  const isolating = (element: Element): boolean => {
    if (element.hasAttribute('dir') || element.localName === 'bdi' || element.localName === 'text') return true;
    const bidi = getComputedStyle(element).unicodeBidi;
    return bidi === 'isolate' || bidi === 'plaintext' || bidi === 'isolate-override';
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node.nodeValue ?? '').includes(value)) continue;
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue; // visually hidden: heard in logical order, never laid out
    checked += 1;
    let scope: Element | null = parent;
    while (scope && !isolating(scope)) scope = scope.parentElement;
    const text = scope?.textContent ?? '';
    const after = text.slice(text.lastIndexOf(value) + value.length);
    if (!scope || after.trim() !== '') leaks.push(`<${scope?.localName ?? 'none'}> ${JSON.stringify(text.slice(0, 120))}`);
  }
  return { checked, leaks };
}

/** JSON-quoted, with bidi and other invisible controls spelled out, so a failure message cannot be reordered by them. */
export function visible(value: string): string {
  return JSON.stringify(value).replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `value` is on screen, as text, isolated from the page's own text (see isolationReport). With
 * `mustAppear: false` the page may instead show it escaped (`\u202e`): then only raw occurrences,
 * if any, are checked.
 */
export async function expectIsolated(page: Page, value: string, options: { mustAppear?: boolean } = {}): Promise<void> {
  if (options.mustAppear !== false) {
    await expect.poll(() => page.evaluate(isolationReport, value).then((r) => r.checked), { message: `${visible(value)} shown as text` }).toBeGreaterThan(0);
  }
  const report = await page.evaluate(isolationReport, value);
  expect(report.leaks.map(visible), `text around ${visible(value)} can be reordered by it`).toEqual([]);
}

/** Runs in the page: the visible text of the page contains `value` exactly (used for strings CDP would mangle). */
export async function pageTextIncludes(page: Page, build: string): Promise<boolean> {
  return page.evaluate((source) => {
    const value = JSON.parse(source) as string;
    return (document.body.textContent ?? '').includes(value);
  }, build);
}

/** Responses that answer only the given launches: when those are skipped, these have nowhere to be shown. */
function orphanedResponses(launchIds: readonly string[]): JsonRecord[] {
  return baseDataset().condemnations.filter((c) => {
    const ids = c.launchIds;
    return Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === 'string' && launchIds.includes(id));
  });
}

export function orphanedBy(launchIds: readonly string[]): number {
  return orphanedResponses(launchIds).length;
}

/** Corrections of records that go with the given launches (the launches and their orphaned responses): skipped with them. */
function orphanedCorrections(launchIds: readonly string[]): number {
  const gone = new Set<unknown>([...launchIds, ...orphanedResponses(launchIds).map((c) => c.id)]);
  const corrections = baseDataset().corrections;
  return Array.isArray(corrections) ? corrections.filter((c: unknown) => typeof c === 'object' && c !== null && gone.has(Reflect.get(c, 'recordId'))).length : 0;
}

const TOTAL_CORRECTIONS = ((): number => {
  const corrections = baseDataset().corrections;
  return Array.isArray(corrections) ? corrections.length : 0;
})();

/** The note's first line when the launches at `indexes` are skipped ("1 of 8 launches skipped, 10 of 89 responses skipped, 3 of 39 corrections skipped because…"). */
export function skippedLine(indexes: readonly number[], extraLaunches = 0): string {
  const ids = indexes.map((i) => launchFacts(i).id);
  const orphaned = orphanedBy(ids);
  const corrections = orphanedCorrections(ids);
  const parts = [`${indexes.length} of ${TOTAL_LAUNCHES + extraLaunches} launches skipped`];
  if (orphaned > 0) parts.push(`${orphaned} of ${TOTAL_CONDEMNATIONS} responses skipped`);
  if (corrections > 0) parts.push(`${corrections} of ${TOTAL_CORRECTIONS} corrections skipped`);
  return `${parts.join(', ')} because of errors in the data file.`;
}

export const PROBLEMS_ONLY = 'The data file has problems; what is valid is shown.';
