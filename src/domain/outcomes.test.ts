import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../data/schema.ts';
import { OUTCOME_LABELS, OUTCOME_PLURALS, OUTCOME_WORDS } from './outcomes.ts';

describe('outcome wording', () => {
  it('names every outcome as a label, inside a sentence and in the plural', () => {
    expect(OUTCOMES.map((o) => [OUTCOME_LABELS[o], OUTCOME_WORDS[o], OUTCOME_PLURALS[o]])).toEqual([
      ['Reached orbit', 'reached orbit', 'reached orbit'],
      ['Failed', 'failed', 'failures'],
      ['Partial success', 'partial success', 'partial successes'],
    ]);
  });
});
