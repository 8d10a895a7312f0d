import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/** Renders with a fresh QueryClient per test, so no cache leaks between tests. */
export function renderWithQuery(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
