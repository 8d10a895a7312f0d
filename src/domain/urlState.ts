// The URL is the single source of truth for what is shown. Parsing never
// throws: anything unknown falls back to its default, with a notice the app can show.
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import { OUTCOMES, type Outcome } from '../data/schema.ts';
import { escapeBidi } from '../data/problems.ts';
import { SLUG_PATTERN, isCalendarDate } from '../data/validators.ts';
import { GROUP_BY, type GroupBy } from './story.ts';
import { isLocale, type Locale } from './i18n/locale.ts';
import { ENGLISH, type Words } from './i18n/words.ts';
import type { View } from './timeScale.ts';

export const VIEWS = ['timeline', 'list'] as const;
export const THEMES = ['light', 'dark'] as const;
/** Pages about the data, shown instead of the timeline: `about=methodology|sources`. */
export const ABOUT_VIEWS = ['methodology', 'sources'] as const;
export type ViewMode = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];
export type AboutView = (typeof ABOUT_VIEWS)[number];

/** A zoom window as the URL keeps it: whole calendar days (YYYY-MM-DD), UTC. */
export type UrlWindow = { from: string; to: string };

export type UrlState = {
  /** Dataset name; the fetcher refuses anything that is not a plain name. */
  data: string;
  launch: string | null;
  /** Outcomes shown; null means all, [] none (`outcome=none`). */
  outcomes: Outcome[] | null;
  context: boolean;
  view: ViewMode;
  /** Zoom window as calendar dates (YYYY-MM-DD), or null for the full range. */
  window: UrlWindow | null;
  embed: boolean;
  /** null follows the system setting. */
  theme: Theme | null;
  /** "How we know" or the Sources list, in place of the timeline; null shows the timeline. */
  about: AboutView | null;
  /** Launches in lanes by rocket, rocket family or launch site; null in time order only. */
  group: GroupBy | null;
  /** The edition asked for; null lets the page follow the reader's browser (an embed: English). */
  lang: Locale | null;
};

export const DEFAULT_URL_STATE: UrlState = {
  data: DEFAULT_DATASET,
  launch: null,
  outcomes: null,
  context: false,
  view: 'timeline',
  window: null,
  embed: false,
  theme: null,
  about: null,
  group: null,
  lang: null,
};

const MAX_VALUE_LENGTH = 200;
const YEAR = /^\d{4}$/;

export type ParsedUrlState = { state: UrlState; notices: string[] };

function quote(value: string): string {
  return escapeBidi(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
}

/** `2012` → 2012-01-01 (or 2012-12-31 as an end); a full date as itself; else null. */
function parseBound(value: string, end: boolean): string | null {
  if (YEAR.test(value)) return end ? `${value}-12-31` : `${value}-01-01`;
  return isCalendarDate(value) ? value : null;
}

function flag(value: string | null): boolean {
  return value === '1' || value === 'true';
}

export function parseUrlState(params: URLSearchParams, w: Words = ENGLISH): ParsedUrlState {
  const said = w.m.core.notices;
  const notices: string[] = [];
  // Repeated parameters: the first wins, except outcome, whose values are merged.
  const get = (key: string): string | null => {
    const value = params.get(key);
    return value === null ? null : value.slice(0, MAX_VALUE_LENGTH);
  };
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const data = get('data');
  if (data) state.data = data;

  const launch = get('launch');
  if (launch) {
    if (SLUG_PATTERN.test(launch)) state.launch = launch;
    else notices.push(said.badLaunchId(quote(launch)));
  }

  const outcomeValues = params.getAll('outcome').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (outcomeValues.length === 1 && outcomeValues[0] === 'none') {
    state.outcomes = [];
  } else if (outcomeValues.length > 0) {
    const known = OUTCOMES.filter((o) => outcomeValues.includes(o));
    const unknown = outcomeValues.filter((v) => !(OUTCOMES as readonly string[]).includes(v));
    if (unknown.length > 0) notices.push(said.unknownOutcome(unknown.slice(0, 3).map(quote).join(', ')));
    state.outcomes = known.length > 0 ? [...known] : null;
  }

  state.context = flag(get('context'));
  const view = get('view');
  if (view === 'list' || view === 'timeline') state.view = view;

  const fromRaw = get('from');
  const toRaw = get('to');
  if (fromRaw !== null || toRaw !== null) {
    const from = fromRaw === null ? null : parseBound(fromRaw, false);
    const to = toRaw === null ? null : parseBound(toRaw, true);
    if (from && to && from <= to) {
      state.window = { from, to };
    } else if (from && to && fromRaw !== null && toRaw !== null) {
      // A reversed window is still an intent the reader can see: swap rather than drop it.
      state.window = { from: parseBound(toRaw, false) ?? to, to: parseBound(fromRaw, true) ?? from };
    } else {
      notices.push(said.badWindow);
    }
  }

  state.embed = flag(get('embed'));
  const theme = get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;

  const about = get('about');
  if (about === 'methodology' || about === 'sources') state.about = about;
  else if (about) notices.push(said.badAbout(quote(about)));

  const group = get('group');
  const grouping = GROUP_BY.find((g) => g === group);
  if (grouping) state.group = grouping;
  else if (group) notices.push(said.badGroup(quote(group)));

  const lang = get('lang');
  if (isLocale(lang)) state.lang = lang;
  else if (lang) notices.push(said.badLang(quote(lang)));

  return { state, notices };
}

function formatBound(day: string, end: boolean): string {
  const year = day.slice(0, 4);
  return day === (end ? `${year}-12-31` : `${year}-01-01`) ? year : day;
}

/** The shortest query string that reproduces the state; defaults are left out. */
export function toSearchParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.data !== DEFAULT_URL_STATE.data) params.set('data', state.data);
  if (state.launch) params.set('launch', state.launch);
  if (state.outcomes && state.outcomes.length === 0) params.set('outcome', 'none');
  else if (state.outcomes && state.outcomes.length < OUTCOMES.length) {
    params.set('outcome', OUTCOMES.filter((o) => state.outcomes?.includes(o)).join(','));
  }
  if (state.context) params.set('context', '1');
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.window) {
    params.set('from', formatBound(state.window.from, false));
    params.set('to', formatBound(state.window.to, true));
  }
  if (state.theme) params.set('theme', state.theme);
  if (state.about) params.set('about', state.about);
  if (state.group) params.set('group', state.group);
  if (state.lang) params.set('lang', state.lang);
  if (state.embed) params.set('embed', '1');
  return params;
}

// The URL keeps whole days; the chart works in instants. A day string stands for the whole UTC
// day, so a window read from the URL runs to the last second of its last day.

/** The chart's window for a URL window: from the first day's start to the last day's last second. */
export function windowToView(window: UrlWindow | null): View | null {
  return window && { from: new Date(`${window.from}T00:00:00Z`), to: new Date(`${window.to}T23:59:59Z`) };
}

/** The URL window for a chart window: the UTC days its two ends fall on. */
export function viewToWindow(view: View | null): UrlWindow | null {
  return view && { from: view.from.toISOString().slice(0, 10), to: view.to.toISOString().slice(0, 10) };
}

/** Both null, or the same two days. */
export function sameWindow(a: UrlWindow | null, b: UrlWindow | null): boolean {
  return a === null || b === null ? a === b : a.from === b.from && a.to === b.to;
}
