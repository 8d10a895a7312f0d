// Where the app's root folder is, and which view the address asks for. A share page
// (launch/<id>/index.html, outcome/<value>/index.html) sits two folders below the root and says
// so on <html data-root="../../">: its path carries the view (domain/routes.ts).
import { canonicalAddress, parseRoute, pathBelowRoot, routePath, viewParams } from '../domain/routes.ts';
import { toSearchParams, type UrlState } from '../domain/urlState.ts';

let root: URL | null = null;

/** The root folder as an absolute URL, read once: the address changes later, the root does not. */
export function appRootUrl(): URL {
  root ??= new URL(document.documentElement.dataset.root ?? import.meta.env.BASE_URL, window.location.href);
  return root;
}

/**
 * The root to load data and parts from: the build's relative base on the root's own pages (so
 * messages name `./data/<name>.json` as before), the absolute root on a share page, whose own
 * folder is not the root and whose address may later move to the root's.
 */
export function appBaseUrl(): string {
  return document.documentElement.dataset.root === undefined ? import.meta.env.BASE_URL : appRootUrl().href;
}

/** The address's path below the root ('' for the root itself). */
function pathHere(): string {
  return pathBelowRoot(window.location.pathname, appRootUrl().pathname) ?? '';
}

/** The query string of the view the address asks for: its route's parameters and its own query. */
export function viewSearch(): string {
  const params = viewParams(pathHere(), window.location.search).toString();
  return params ? `?${params}` : '';
}

/**
 * The address to write for `state`. A share page keeps its own path while it shows its view;
 * any other view is the root's query, as on the root page (the app never moves to a share
 * page's path itself: it would need to know which pages the build made). Elsewhere the path stays.
 */
export function addressFor(state: UrlState): string {
  const query = toSearchParams(state).toString();
  const route = parseRoute(pathHere());
  if (route === null) return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  const ids = new Set(route.kind === 'launch' ? [route.id] : []);
  if (canonicalAddress(state, ids) === routePath(route)) return `${window.location.pathname}${window.location.hash}`;
  return `${appRootUrl().pathname}${query ? `?${query}` : ''}`;
}

/** The absolute canonical address of `state`: its share page where the build made one. */
export function shareUrl(state: UrlState, launchIds: ReadonlySet<string>): string {
  return new URL(canonicalAddress(state, launchIds), appRootUrl()).href;
}
