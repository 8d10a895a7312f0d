// What a text-making function needs to speak the edition's language: its locale (for dates,
// numbers and plural rules) and its interface catalog. Domain functions take it as their last
// parameter, English when left out.
import { en, type Messages, type PartMessages } from './messages/en.ts';
import type { Locale } from './locale.ts';

/** `parts`: the words of the parts loaded on demand, where the edition has them at hand (ko, ja). */
export type Words = { locale: Locale; m: Messages; parts?: PartMessages };

export const ENGLISH: Words = { locale: 'en', m: en };
