// Puts the prerendered app into index.html: pure text in, text out.

const EMPTY_ROOT = '<div id="root"></div>';

const HTML_TAG = /<html lang="[a-z]{2}"([^>]*)>/;
const EMBED_MARK = ' data-page="embed"';

type Rendered = { html: string; fingerprint: string; translation?: string };

/**
 * `html` with its <html> tag in `lang`, with `attributes` set (`data-edition`, `data-root`,
 * `data-page`, which the inline script reads before #root exists); the tag's others are kept.
 */
export function withHtmlTag(html: string, lang: string, attributes: Readonly<Record<string, string>> = {}): string {
  const match = HTML_TAG.exec(html);
  if (!match) throw new Error('index.html must open with <html lang="…">');
  const own = Object.keys(attributes).reduce((rest, key) => rest.replace(new RegExp(` ${key}="[^"]*"`), ''), match[1] ?? '');
  const added = Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`).join('');
  return html.replace(HTML_TAG, () => `<html lang="${lang}"${own}${added}>`);
}

/**
 * The filled #root: the markup, marked with the data's fingerprint, the embed's with its page
 * and a share page's with its view (main.tsx reads them there).
 */
export function prerenderedRoot({ html, fingerprint, translation }: Rendered, page: 'page' | 'embed' = 'page', view = ''): string {
  if (!/^[a-z0-9-]+$/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`);
  if (translation !== undefined && !/^[a-z0-9-]+$/.test(translation)) throw new Error(`not a fingerprint: ${translation}`);
  // A share page's view (`?launch=<id>`), which hydration renders first (main.tsx reads it).
  if (!/^(\?[a-z]+=[a-z0-9-]+)?$/.test(view)) throw new Error(`not a share page's view: ${view}`);
  const marks = `${page === 'embed' ? EMBED_MARK : ''}${view ? ` data-view="${view}"` : ''}${translation ? ` data-translation="${translation}"` : ''}`;
  return `<div id="root" data-prerendered="${fingerprint}"${marks}>${html}</div>`;
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
  const swapped = finishedIndex.slice(0, at) + embedRoot + finishedIndex.slice(at + pageRoot.length);
  const lang = /<html lang="([a-z]{2})"/.exec(finishedIndex)?.[1] ?? 'en';
  return withHtmlTag(swapped, lang, { 'data-page': 'embed' });
}
