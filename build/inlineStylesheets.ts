// The build's last step on index.html: the stylesheets it links become <style> blocks, so the
// prerendered timeline paints as soon as the HTML is parsed, without waiting on another request
// (render-blocking CSS was on the first marker's critical path). Pure text in, text out.
import { cspHash } from './securityHeaders.ts';

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/g;
const STYLE_BLOCK = /<style>([\s\S]*?)<\/style>/g;

/** `html` with each `<link rel="stylesheet" href="./x.css">` replaced by x.css's text in a <style>. */
export function inlineStylesheets(html: string, readCss: (file: string) => string | undefined): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(STYLESHEET_LINK, (_link, file: string) => {
    const css = readCss(file);
    if (css === undefined) throw new Error(`index.html links ${file}, which the build did not produce`);
    if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style", which would end the inlined <style> early`);
    // Inlined, a relative url() would resolve against the page instead of the stylesheet.
    if (/url\(\s*['"]?(?!data:|#)/i.test(css)) throw new Error(`${file} has a url() that would change meaning once inlined`);
    inlined.push(file);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}

/** The CSP sources allowing every <style> block of `html`, in order. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(STYLE_BLOCK)].map((match) => cspHash(match[1] ?? ''));
}
