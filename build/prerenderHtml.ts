// Puts the prerendered app into index.html: pure text in, text out.

const EMPTY_ROOT = '<div id="root"></div>';

/** `template` with its empty #root filled with `html`, marked with the data's fingerprint. */
export function injectPrerendered(template: string, { html, fingerprint }: { html: string; fingerprint: string }): string {
  const at = template.indexOf(EMPTY_ROOT);
  if (at < 0 || template.indexOf(EMPTY_ROOT, at + 1) >= 0) throw new Error(`index.html must contain exactly one empty ${EMPTY_ROOT}`);
  if (!/^[a-z0-9-]+$/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`);
  const root = `<div id="root" data-prerendered="${fingerprint}">${html}</div>`;
  return template.slice(0, at) + root + template.slice(at + EMPTY_ROOT.length);
}
