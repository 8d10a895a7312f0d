// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reachable, startChunks } from './startChunks.ts';

// boot imports the preload helper and, dynamically, main; main imports React and the data layer
// and, dynamically, AppRoot; AppRoot imports the chart and a part list, whose entries (methodology)
// it imports dynamically. The methodology shares React, the validators and a label module with
// the start-up.
const GRAPH: Record<string, string[]> = {
  boot: ['preload', 'styles'],
  main: ['react', 'data', 'preload'],
  data: ['validators'],
  AppRoot: ['react', 'chart', 'parts', 'preload'],
  chart: ['labels', 'validators'],
  parts: ['react'],
  methodology: ['react', 'labels', 'validators', 'methodologyText'],
};
const imported = (id: string) => GRAPH[id] ?? [];

describe('reachable', () => {
  it('follows static imports to the end, each module once, cycles included', () => {
    expect([...reachable('main', imported)].sort()).toEqual(['data', 'main', 'preload', 'react', 'validators']);
    expect([...reachable('a', (id) => (id === 'a' ? ['b'] : ['a']))].sort()).toEqual(['a', 'b']);
  });
});

describe('startChunks', () => {
  const chunks = startChunks(
    'boot',
    [
      { name: 'main', entry: 'main' },
      { name: 'AppRoot', entry: 'AppRoot' },
    ],
    imported,
  );

  it('puts a module in the first start-up step that reaches it, shared with a part or not', () => {
    expect(chunks.get('react')).toBe('main');
    expect(chunks.get('validators')).toBe('main');
    expect(chunks.get('labels')).toBe('AppRoot');
    expect(chunks.get('chart')).toBe('AppRoot');
  });

  it("leaves boot's modules with boot, and the parts' own modules to the automatic chunks", () => {
    expect(chunks.has('preload')).toBe(false);
    expect(chunks.has('styles')).toBe(false);
    expect(chunks.has('methodology')).toBe(false);
    expect(chunks.has('methodologyText')).toBe(false);
  });
});
