import { StrictMode, useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
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
};

/** The whole tree. The prerender step and the browser both render this one, as hydration needs. */
export function AppRoot({ queryClient, baseUrl, onReady, prerenderedSearch = '' }: AppRootProps) {
  // A parent's effects run after its children's: this one after all of App's.
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PrerenderedSearchContext value={prerenderedSearch}>
          <App baseUrl={baseUrl} />
        </PrerenderedSearchContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
