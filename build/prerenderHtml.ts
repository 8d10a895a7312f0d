// Puts the prerendered app into index.html: pure text in, text out.

const EMPTY_ROOT = '<div id="root"></div>';

const HTML_TAG = '<html lang="en">';
const EMBED_MARK = ' data-page="embed"';

type Rendered = { html: string; fingerprint: string };

/**
 * The filled #root: the markup, marked with the data's fingerprint, the embed's with its page
 * and a share page's with its view (main.tsx reads them there).
 */
export function prerenderedRoot({ html, fingerprint }: Rendered, page: 'page' | 'embed' = 'page', view = ''): string {
  if (!/^[a-z0-9-]+$/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`);
  // A share page's view (`?launch=<id>`), which hydration renders first (main.tsx reads it).
  if (!/^(\?[a-z]+=[a-z0-9-]+)?$/.test(view)) throw new Error(`not a share page's view: ${view}`);
  return `<div id="root" data-prerendered="${fingerprint}"${page === 'embed' ? EMBED_MARK : ''}${view ? ` data-view="${view}"` : ''}>${html}</div>`;
}

/** `template` with its empty #root filled with `html`, marked with the data's fingerprint. */
export function injectPrerendered(template: string, rendered: Rendered): string {
  const at = template.indexOf(EMPTY_ROOT);
  if (at < 0 || template.indexOf(EMPTY_ROOT, at + 1) >= 0) throw new Error(`index.html must contain exactly one empty ${EMPTY_ROOT}`);
  return template.slice(0, at) + prerenderedRoot(rendered) + template.slice(at + EMPTY_ROOT.length);
}

/**
 * embed.html from the finished index.html (its stylesheet inlined, its assets linked): the full
 * page's #root swapped for the embed's, and the page marked on <html>, where the inline script,
 * which runs before #root exists, reads which page it is in.
 */
export function embedPage(finishedIndex: string, pageRoot: string, embedRoot: string): string {
  const at = finishedIndex.indexOf(pageRoot);
  if (at < 0 || finishedIndex.indexOf(pageRoot, at + 1) >= 0) throw new Error('the built index.html no longer holds the prerendered #root exactly once');
  if (!finishedIndex.includes(HTML_TAG)) throw new Error(`index.html must open with ${HTML_TAG}`);
  const swapped = finishedIndex.slice(0, at) + embedRoot + finishedIndex.slice(at + pageRoot.length);
  return swapped.replace(HTML_TAG, () => `<html lang="en"${EMBED_MARK}>`);
}
