// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDEMNATION_KINDS } from '../data/schema.ts';
import { KIND_LABELS } from './condemnations.ts';
import { coverageStatement, METHODOLOGY_SECTIONS, OPEN_QUESTIONS, methodologySourceIds } from './methodology.ts';

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
  });

  it('states the period from the data file, the last review, and the first attempt after the period', () => {
    const dataset = { range: { start: '1998-01-01', end: '2023-12-31' }, reviewed: '2026-12-02', version: '1.2.0' };
    expect(coverageStatement(dataset)).toBe(
      'This timeline covers attempts from 1998 to 2023; its data were last reviewed against their sources on 2 December 2026 (version 1.2.0). The failed launch of 27 May 2024, and anything later, falls outside it.',
    );
    // A range that takes in 2024 says so, and no longer calls May 2024 outside it.
    expect(coverageStatement({ ...dataset, range: { start: '1998-01-01', end: '2024-12-31' } })).toBe(
      'This timeline covers attempts from 1998 to 2024; its data were last reviewed against their sources on 2 December 2026 (version 1.2.0).',
    );
    expect(coverageStatement({ range: { start: '2023-01-01', end: '2023-12-31' }, version: '1.0.0' })).toBe('This timeline covers attempts in 2023. The failed launch of 27 May 2024, and anything later, falls outside it.');
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
