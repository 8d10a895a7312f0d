// The edition the tree is rendered in: its locale and its interface catalog. English unless a
// provider says otherwise, so a component rendered on its own (in a test, say) reads English.
import { createContext, useContext, type ReactNode } from 'react';
import { ENGLISH, type Words } from '../domain/i18n/words.ts';

export type Edition = Words;

const EditionContext = createContext<Edition>(ENGLISH);

export function EditionProvider({ edition, children }: { edition: Edition; children: ReactNode }) {
  return <EditionContext value={edition}>{children}</EditionContext>;
}

/** The edition's locale and messages: `const { m, locale } = useEdition()`; domain functions take it whole as `w`. */
export function useEdition(): Edition {
  return useContext(EditionContext);
}
