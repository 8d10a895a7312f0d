// Where the app's root folder is, and which view the address asks for. A share page
// (launch/<id>/index.html, outcome/<value>/index.html) sits two folders below the root and says
// so on <html data-root="../../">: its path carries the view (domain/routes.ts).
import { canonicalAddress, EDITION_FOLDERS, parseRoute, pathBelowRoot, splitEdition, viewParams } from '../domain/routes.ts';
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
  const here = pathHere();
  const { edition, rest } = splitEdition(here);
  const route = parseRoute(rest);
  if (route === null && edition === null) {
    const query = toSearchParams(state).toString();
    return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  }
  const ids = new Set(route?.kind === 'launch' ? [route.id] : []);
  const canonical = canonicalAddress(state, ids);
  if (canonical === here || canonical === `./${here}`) return `${window.location.pathname}${window.location.hash}`;
  // Another view: its edition's folder with the query (the root's for English), never another
  // share page's path (the app would need to know which pages the build made).
  const folder = EDITION_FOLDERS.find((f) => f === state.lang);
  const query = toSearchParams(folder === undefined ? state : { ...state, lang: null }).toString();
  return `${appRootUrl().pathname}${folder === undefined ? '' : `${folder}/`}${query ? `?${query}` : ''}`;
}

/** The absolute canonical address of `state`: its share page where the build made one. */
export function shareUrl(state: UrlState, launchIds: ReadonlySet<string>): string {
  return new URL(canonicalAddress(state, launchIds), appRootUrl()).href;
}
