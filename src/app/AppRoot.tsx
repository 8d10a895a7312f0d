import { StrictMode, useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ENGLISH } from '../domain/i18n/words.ts';
import { EditionProvider, type Edition } from '../ui/i18n.tsx';
import { App } from './App.tsx';
import { PrerenderedSearchContext } from './useUrlState.ts';

type AppRootProps = {
  queryClient: QueryClient;
  /** Where the app is served from (import.meta.env.BASE_URL). */
  baseUrl: string;
  /** Called once the tree is on the page and its effects have run (after hydration, say). */
  onReady?: () => void;
  /** The query string the prerendered markup was made for, rendered first when hydrating it. */
  prerenderedSearch?: string;
  /** The edition to render in, its catalog already loaded (app/loadMessages.ts); English by default. */
  edition?: Edition;
};

/** The whole tree. The prerender step and the browser both render this one, as hydration needs. */
export function AppRoot({ queryClient, baseUrl, onReady, prerenderedSearch = '', edition = ENGLISH }: AppRootProps) {
  // A parent's effects run after its children's: this one after all of App's.
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <EditionProvider edition={edition}>
          <PrerenderedSearchContext value={prerenderedSearch}>
            <App baseUrl={baseUrl} />
          </PrerenderedSearchContext>
        </EditionProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
