// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { injectPrerendered } from './prerenderHtml.ts';

const TEMPLATE = '<body>\n<div id="root"></div>\n<p id="boot-message">…</p>\n</body>';

describe('injectPrerendered', () => {
  it('fills the empty #root and marks it with the fingerprint of the data', () => {
    expect(injectPrerendered(TEMPLATE, { html: '<main>$& $1</main>', fingerprint: '30kv-17ape8f' })).toBe(
      '<body>\n<div id="root" data-prerendered="30kv-17ape8f"><main>$& $1</main></div>\n<p id="boot-message">…</p>\n</body>',
    );
  });

  it('refuses a template without exactly one empty #root', () => {
    expect(() => injectPrerendered('<div id="root">x</div>', { html: '', fingerprint: 'a-b' })).toThrow(/exactly one/);
    expect(() => injectPrerendered(TEMPLATE + TEMPLATE, { html: '', fingerprint: 'a-b' })).toThrow(/exactly one/);
  });

  it('refuses a fingerprint that could break out of the attribute', () => {
    expect(() => injectPrerendered(TEMPLATE, { html: '', fingerprint: '"><script>' })).toThrow(/not a fingerprint/);
  });
});
