// The words of the parts loaded on demand (about pages, Share & data, print): the edition's where
// it brought them (Korean, Japanese), else English, imported here so that only those parts' code
// carries them.
import { enParts } from '../domain/i18n/messages/enParts.ts';
import type { PartMessages } from '../domain/i18n/messages/en.ts';
import type { Words } from '../domain/i18n/words.ts';
import { useEdition } from './i18n.tsx';

export function partsOf(words: Words): PartMessages {
  return words.parts ?? enParts;
}

export function useParts(): PartMessages {
  return partsOf(useEdition());
}
