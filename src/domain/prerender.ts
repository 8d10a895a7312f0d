// What the prerendered pages are (the default dataset's default view already drawn: index.html
// for the page, embed.html for the embed), and which URLs may hydrate them rather than render
// from scratch.
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import { fnv1a } from '../data/translatableFields.ts';
import type { Locale } from './i18n/locale.ts';
import type { UrlState } from './urlState.ts';

/** The prerendered pages: the full page (index.html) and the embed (embed.html). */
export const PRERENDERED_PAGES = ['page', 'embed'] as const;
export type PrerenderedPage = (typeof PRERENDERED_PAGES)[number];

/** The file each is built as, beside each other, so relative links to assets and data hold for both. */
export const PAGE_FILES: Readonly<Record<PrerenderedPage, string>> = { page: 'index.html', embed: 'embed.html' };

/** The query string each page's markup was rendered for, which hydration must render too. */
export const PAGE_SEARCH: Readonly<Record<PrerenderedPage, string>> = { page: '', embed: '?embed=1' };

/**
 * Whether this URL's view can start from the markup prerendered for `page`. Hydration renders
 * that page's default view first and then the URL's own (an opened launch, a filter): fine for
 * the same page, but the embed has other chrome than the full page, and another dataset other
 * content, which would flash; so would another edition than the one the markup is in
 * (`pageEdition`: English, or ko/ja in their folders). The pages' inline script makes the same
 * decision before the first paint (tested to agree).
 */
export function canHydrate(state: Pick<UrlState, 'embed' | 'data'>, page: PrerenderedPage = 'page', locale: Locale = 'en', pageEdition: Locale = 'en'): boolean {
  return state.embed === (page === 'embed') && state.data === DEFAULT_DATASET && locale === pageEdition;
}

/**
 * The URL parameters that ask for another view than the prerendered one (a launch open, a filter,
 * a zoom, the list, context events, an about page, lanes). Where any is present, even empty or
 * not understood (then a notice shows), the markup is not this URL's first frame: it stays hidden
 * until the app has drawn the URL's view over it, rather than paint a picture the reader did not
 * ask for. `data`, `embed` and `theme` are not here: the first two decide whether the markup can
 * be used at all (canHydrate), the theme is applied to it before the first paint.
 */
export const VIEW_PARAMS = ['launch', 'outcome', 'context', 'view', 'from', 'to', 'about', 'group'] as const;

/** Whether the prerendered default view is this URL's own view (the pages' inline script decides the same). */
export function showsPrerenderedView(params: URLSearchParams): boolean {
  return !VIEW_PARAMS.some((key) => params.has(key));
}

/**
 * A short fingerprint of the data the markup was made from (FNV-1a over its JSON): the client
 * hydrates only when its own copy has the same one, so a data file changed after the build
 * renders afresh instead of failing to hydrate.
 */
export function datasetFingerprint(dataset: unknown): string {
  const text = JSON.stringify(dataset);
  return `${text.length.toString(36)}-${fnv1a(text).toString(36)}`;
}
