import { describe, expect, it } from 'vitest';
import { languageName } from './languageName.ts';

describe('languageName', () => {
  it('names languages in English, and keeps a code it cannot name', () => {
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('ja')).toBe('Japanese');
    expect(languageName('en')).toBe('English');
    expect(languageName('not a code!')).toBe('not a code!');
  });
});
