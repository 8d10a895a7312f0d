import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { axisTicks, makeTimeScale } from '../../domain/timeScale.ts';
import { axisMarkup } from './axisMarkup.ts';

const scale = makeTimeScale({ start: '1998-01-01', end: '2023-12-31' }, null, 1160, { left: 24, right: 24 });
const ticks = axisTicks(scale);

describe('axisMarkup', () => {
  it('is what d3-axis draws: the domain line, then one tick with its label per value', () => {
    const html = axisMarkup(scale, ticks, document);
    expect(html).toMatch(/^<path class="domain" stroke="currentColor" d="M24\.5,0\.5H1136\.5"><\/path><g class="tick"/);
    expect(html.match(/<g class="tick"/g)).toHaveLength(ticks.values.length);
    expect(html).toContain('<text fill="currentColor" y="9" dy="0.71em">1998</text>');
  });

  it('comes out the same from another document and at any pixel density, as hydration needs', () => {
    const html = axisMarkup(scale, ticks, document);
    expect(axisMarkup(scale, ticks, new JSDOM('').window.document)).toBe(html);
    const ratio = window.devicePixelRatio;
    try {
      Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
      expect(axisMarkup(scale, ticks, document)).toBe(html);
    } finally {
      Object.defineProperty(window, 'devicePixelRatio', { value: ratio, configurable: true });
    }
  });

  it('escapes label text', () => {
    const [first] = ticks.values;
    if (!first) throw new Error('no tick');
    expect(axisMarkup(scale, { values: [first], labels: ['<b>&'] }, document)).toContain('>&lt;b&gt;&amp;</text>');
  });
});
