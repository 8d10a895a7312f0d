// What the prerendered page (index.html with the default view of the default dataset already
// drawn) is, and which URLs may hydrate it rather than render from scratch.
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import type { UrlState } from './urlState.ts';

/**
 * Whether this URL's view can start from the prerendered markup. Hydration renders the default
 * view first and then the URL's own (an opened launch, a filter): fine for the same page, but an
 * embed has other chrome and another dataset other content, which would flash.
 * index.html's inline script makes the same decision before the first paint (tested to agree).
 */
export function canHydrate(state: Pick<UrlState, 'embed' | 'data'>): boolean {
  return !state.embed && state.data === DEFAULT_DATASET;
}

/**
 * A short fingerprint of the data the markup was made from (FNV-1a over its JSON): the client
 * hydrates only when its own copy has the same one, so a data file changed after the build
 * renders afresh instead of failing to hydrate.
 */
export function datasetFingerprint(dataset: unknown): string {
  const text = JSON.stringify(dataset);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
