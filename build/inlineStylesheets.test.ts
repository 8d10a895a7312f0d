// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cspHash } from './securityHeaders.ts';
import { inlineStylesheets, styleHashes } from './inlineStylesheets.ts';

const PAGE = '<head><script type="module" crossorigin src="./assets/index-x.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/style-abc.css"></head><body><p class="a">x</p></body>';

describe('inlineStylesheets', () => {
  it("puts the linked stylesheet's text in a <style> where the link was, and says which files it used", () => {
    const files: Record<string, string> = { 'assets/style-abc.css': '.a{color:red}' };
    const { html, inlined } = inlineStylesheets(PAGE, (file) => files[file]);
    expect(html).toBe('<head><script type="module" crossorigin src="./assets/index-x.js"></script>\n<style>.a{color:red}</style></head><body><p class="a">x</p></body>');
    expect(inlined).toEqual(['assets/style-abc.css']);
  });

  it('leaves a page without stylesheet links as it is', () => {
    expect(inlineStylesheets('<p>x</p>', () => '')).toEqual({ html: '<p>x</p>', inlined: [] });
  });

  it('fails the build rather than ship a page missing its styles or with broken markup', () => {
    expect(() => inlineStylesheets(PAGE, () => undefined)).toThrow('index.html links assets/style-abc.css, which the build did not produce');
    expect(() => inlineStylesheets(PAGE, () => '.a::after{content:"</style><script>"}')).toThrow('would end the inlined <style> early');
    expect(() => inlineStylesheets(PAGE, () => '.a{background:url(./img.png)}')).toThrow('url() that would change meaning');
    expect(() => inlineStylesheets(PAGE, () => ".a{background:url('icons/i.svg')}")).toThrow('url() that would change meaning');
    expect(inlineStylesheets(PAGE, () => '.a{background:url(data:image/png;base64,AA)}').inlined).toHaveLength(1);
  });
});

describe('styleHashes', () => {
  it('hashes the exact text of every <style> block, in order', () => {
    expect(styleHashes('<style>.a{}</style><p></p><style>\n.b{}\n</style>')).toEqual([cspHash('.a{}'), cspHash('\n.b{}\n')]);
    expect(styleHashes('<p style="color:red"></p>')).toEqual([]);
  });
});
