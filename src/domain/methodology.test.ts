// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDEMNATION_KINDS } from '../data/schema.ts';
import { KIND_LABELS } from './condemnations.ts';
import { METHODOLOGY_SECTIONS, OPEN_QUESTIONS, methodologySourceIds } from './methodology.ts';

type RawDataset = { sources: { id: string }[] };
const real = JSON.parse(readFileSync('public/data/launches.json', 'utf8')) as RawDataset;
const realIds = new Set(real.sources.map((s) => s.id));
const allText = [
  ...METHODOLOGY_SECTIONS.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.terms ?? []).flatMap((t) => [t.term, t.definition])]),
  ...OPEN_QUESTIONS.map((q) => q.text),
].join('\n');

describe('methodology text', () => {
  it('cites only sources that exist in the published dataset', () => {
    const ids = methodologySourceIds();
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !realIds.has(id))).toEqual([]);
  });

  it('gives every open question at least one source', () => {
    expect(OPEN_QUESTIONS.filter((q) => q.sourceIds.length === 0).map((q) => q.id)).toEqual([]);
  });

  it('explains what is left out: 2006, 2022 and 2024', () => {
    expect(allText).toMatch(/5 July 2006[^.]*not counted|not counted[^.]*2006/);
    expect(allText).toContain('18 December 2022');
    expect(allText).toMatch(/2024[^.]*outside the period/);
  });

  it('defines success as reaching orbit, not as a working satellite', () => {
    expect(allText).toContain('reached orbit');
    expect(allText).toContain('Reaching orbit does not mean the satellite worked');
  });

  it('explains KST, UTC and Pyongyang Time with its dates', () => {
    expect(allText).toContain('Pyongyang Time');
    expect(allText).toContain('UTC+8:30');
    expect(allText).toContain('15 August 2015 to 4 May 2018');
    expect(allText).toContain('Korea Standard Time (KST, UTC+9)');
  });

  it('defines every kind of response under the label the launch panel uses', () => {
    const terms = METHODOLOGY_SECTIONS.flatMap((s) => s.terms ?? []);
    for (const kind of CONDEMNATION_KINDS) {
      expect(terms.find((t) => t.kind === kind)?.term, kind).toBe(KIND_LABELS[kind]);
    }
  });

  it('uses unique ids, so the view can key and link them', () => {
    const ids = [...METHODOLOGY_SECTIONS.map((s) => s.id), ...OPEN_QUESTIONS.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
