import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../data/schema.ts';
import { OUTCOME_LABELS, OUTCOME_PLURALS, OUTCOME_WORDS, outcomesPresent } from './outcomes.ts';

describe('outcome wording', () => {
  it('names every outcome as a label, inside a sentence and in the plural', () => {
    expect(OUTCOMES.map((o) => [OUTCOME_LABELS[o], OUTCOME_WORDS[o], OUTCOME_PLURALS[o]])).toEqual([
      ['Reached orbit', 'reached orbit', 'reached orbit'],
      ['Failed', 'failed', 'failures'],
      ['Partial success', 'partial success', 'partial successes'],
    ]);
  });

  it('lists the outcomes some launch has, in the order of the outcomes, once each', () => {
    expect(outcomesPresent([{ outcome: 'failure' }, { outcome: 'success' }, { outcome: 'failure' }])).toEqual(['success', 'failure']);
    expect(outcomesPresent([{ outcome: 'partial' }])).toEqual(['partial']);
    expect(outcomesPresent([])).toEqual([]);
  });
});
