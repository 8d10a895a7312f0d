// What a text-making function needs to speak the edition's language: its locale (for dates,
// numbers and plural rules) and its interface catalog. Domain functions take it as their last
// parameter, English when left out.
import { en, type Messages } from './messages/en.ts';
import type { Locale } from './locale.ts';

export type Words = { locale: Locale; m: Messages };

export const ENGLISH: Words = { locale: 'en', m: en };
