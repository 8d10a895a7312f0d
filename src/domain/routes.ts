// The share pages made at build time: a page per launch (`launch/<id>/`) and per outcome
// (`outcome/<value>/`), each the app with that view already drawn, under its own title and card.
// Their path carries the view a query string would (`?launch=<id>`, `?outcome=<value>`), so the
// two spellings are one view: these functions translate between them, relative to the app's root
// folder (where index.html sits).
import { OUTCOMES, type Outcome } from '../data/schema.ts';
import { SLUG_PATTERN } from '../data/validators.ts';
import { isLocale } from './i18n/locale.ts';
import { DEFAULT_URL_STATE, toSearchParams, type UrlState } from './urlState.ts';

/** The editions with a folder of their own below the root; English is the root itself. */
export const EDITION_FOLDERS = ['ko', 'ja'] as const;
export type EditionFolder = (typeof EDITION_FOLDERS)[number];

/** "ko/launch/x/" → edition "ko", rest "launch/x/"; a path outside an edition's folder has none. */
export function splitEdition(relativePath: string): { edition: EditionFolder | null; rest: string } {
  const match = /^(ko|ja)\/(.*)$/.exec(relativePath);
  const edition = EDITION_FOLDERS.find((folder) => folder === match?.[1]) ?? null;
  return edition === null ? { edition, rest: relativePath } : { edition, rest: match?.[2] ?? '' };
}

export type Route = { kind: 'launch'; id: string } | { kind: 'outcome'; outcome: Outcome };

/** The folder of a route's page, relative to the app's root: `launch/<id>/`, `outcome/<value>/`. */
export function routePath(route: Route): string {
  return route.kind === 'launch' ? `launch/${route.id}/` : `outcome/${route.outcome}/`;
}

/** The route a path below the root names (`launch/<id>/`, with or without index.html), or null. */
export function parseRoute(relativePath: string): Route | null {
  const match = /^(launch|outcome)\/([^/]+)\/(?:index\.html)?$/.exec(relativePath);
  const [, kind, value] = match ?? [];
  if (value === undefined) return null;
  if (kind === 'launch') return SLUG_PATTERN.test(value) && value.length <= 200 ? { kind: 'launch', id: value } : null;
  return OUTCOMES.find((o) => o === value) === undefined ? null : { kind: 'outcome', outcome: value as Outcome };
}

/** The query that stands for `route`'s view. */
export function routeQuery(route: Route): URLSearchParams {
  return new URLSearchParams(route.kind === 'launch' ? { launch: route.id } : { outcome: route.outcome });
}

/**
 * The view's parameters at an address: a route's, with the address's own query on top (a
 * parameter in both: the query's wins, as it was written later).
 */
export function viewParams(relativePath: string, search: string): URLSearchParams {
  const { edition, rest } = splitEdition(relativePath);
  const route = parseRoute(rest);
  const query = new URLSearchParams(search);
  const params = new URLSearchParams();
  if (route) for (const [key, value] of routeQuery(route)) if (!query.has(key)) params.append(key, value);
  // In an edition's folder the folder is the language, unless the query names another edition.
  const own = edition !== null && !isLocale(query.get('lang'));
  for (const [key, value] of query) if (!(own && key === 'lang')) params.append(key, value);
  if (own) params.append('lang', edition);
  return params;
}

/**
 * The route whose page shows exactly `state`, if one does (never for an embed or another
 * dataset); `launchIds`: the launches that have a page (the default dataset's).
 */
export function routeFor(state: UrlState, launchIds: ReadonlySet<string>): Route | null {
  const only = { ...DEFAULT_URL_STATE, launch: state.launch, outcomes: state.outcomes };
  if (toSearchParams(only).toString() !== toSearchParams(state).toString()) return null;
  if (state.launch !== null && state.outcomes === null) return launchIds.has(state.launch) ? { kind: 'launch', id: state.launch } : null;
  const [outcome, ...others] = state.outcomes ?? [];
  if (state.launch === null && outcome !== undefined && others.length === 0) return { kind: 'outcome', outcome };
  return null;
}

/**
 * The canonical address of `state` relative to the root: its route's folder where it has one,
 * otherwise the root with the query (`./` for the default view); a Korean or Japanese view in its
 * edition's folder (`ko/launch/<id>/`, `./ja/?view=list`).
 */
export function canonicalAddress(state: UrlState, launchIds: ReadonlySet<string>): string {
  // The Korean and Japanese editions have folders of their own (ko/, ja/), which carry the language.
  const edition = EDITION_FOLDERS.find((folder) => folder === state.lang) ?? null;
  const plain = edition === null ? state : { ...state, lang: null };
  const prefix = edition === null ? '' : `${edition}/`;
  const route = routeFor(plain, launchIds);
  if (route) return `${prefix}${routePath(route)}`;
  const query = toSearchParams(plain).toString();
  return query ? `./${prefix}?${query}` : `./${prefix}`;
}

/** `location`'s path relative to the root's (`''` for the root itself), or null if it is not below it. */
export function pathBelowRoot(pathname: string, rootPathname: string): string | null {
  return pathname.startsWith(rootPathname) ? pathname.slice(rootPathname.length) : null;
}
