// @vitest-environment node
// The prerender as the build runs it: in Node, with no DOM anywhere. d3-axis gets its document
// from the prerender alone; nothing may be left behind, or reached for, as a global.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prerenderApp, PRERENDERED_DATASET } from './prerender.tsx';

const TEXT = readFileSync(path.resolve(import.meta.dirname, `../../public/data/${PRERENDERED_DATASET}.json`), 'utf8');

describe('prerenderApp in Node', () => {
  it('draws the axis without a global document, and installs none', () => {
    expect(typeof document).toBe('undefined');
    const { html } = prerenderApp(TEXT);
    expect(html).toMatch(/<g class="tl-axis"[^>]*><path class="domain"/);
    expect(html).toContain('>2016</text>');
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });
});
