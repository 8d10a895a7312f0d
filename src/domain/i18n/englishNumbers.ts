import { formatCount } from '../summarize.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

/** Small counts as words, as an English standfirst reads ("eight attempts"); larger ones as grouped digits. */
export function countWord(n: number): string {
  return WORDS[n] ?? formatCount(n);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
