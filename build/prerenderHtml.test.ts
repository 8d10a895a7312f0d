// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedPage, injectPrerendered, prerenderedRoot } from './prerenderHtml.ts';

const TEMPLATE = '<body>\n<div id="root"></div>\n<p id="boot-message">…</p>\n</body>';

describe('injectPrerendered', () => {
  it('fills the empty #root and marks it with the fingerprint of the data', () => {
    expect(injectPrerendered(TEMPLATE, { html: '<main>$& $1</main>', fingerprint: '30kv-17ape8f' })).toBe(
      '<body>\n<div id="root" data-prerendered="30kv-17ape8f"><main>$& $1</main></div>\n<p id="boot-message">…</p>\n</body>',
    );
  });

  it('makes embed.html from the finished index.html: the embed’s #root, and the page marked on <html> for the inline script', () => {
    const pageRoot = prerenderedRoot({ html: '<main>page $&</main>', fingerprint: 'a-b' });
    const embedRoot = prerenderedRoot({ html: '<main>embed $&</main>', fingerprint: 'a-b' }, 'embed');
    const index = injectPrerendered(`<!doctype html>\n<html lang="en">\n<style>x</style>${TEMPLATE}`, { html: '<main>page $&</main>', fingerprint: 'a-b' });
    expect(embedPage(index, pageRoot, embedRoot)).toBe(
      '<!doctype html>\n<html lang="en" data-page="embed">\n<style>x</style><body>\n<div id="root" data-prerendered="a-b" data-page="embed"><main>embed $&</main></div>\n<p id="boot-message">…</p>\n</body>',
    );
    expect(() => embedPage(index.replace('page', 'changed'), pageRoot, embedRoot)).toThrow(/exactly once/);
    expect(() => embedPage(index.replace('<html lang="en">', '<html>'), pageRoot, embedRoot)).toThrow(/must open with/);
  });

  it('refuses a template without exactly one empty #root', () => {
    expect(() => injectPrerendered('<div id="root">x</div>', { html: '', fingerprint: 'a-b' })).toThrow(/exactly one/);
    expect(() => injectPrerendered(TEMPLATE + TEMPLATE, { html: '', fingerprint: 'a-b' })).toThrow(/exactly one/);
  });

  it('refuses a fingerprint that could break out of the attribute', () => {
    expect(() => injectPrerendered(TEMPLATE, { html: '', fingerprint: '"><script>' })).toThrow(/not a fingerprint/);
  });
});
