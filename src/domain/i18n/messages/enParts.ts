// The English words of the parts loaded on demand; imported only by those parts' code.
import { about } from './en/about.ts';
import type { PartMessages } from './en.ts';
import { share } from './en/share.ts';

export const enParts: PartMessages = { about, share };
