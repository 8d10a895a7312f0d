import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App.tsx';
import { datasetNameFrom } from './domain/urlState.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const queryClient = new QueryClient();
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App datasetName={datasetNameFrom(new URLSearchParams(window.location.search))} baseUrl={import.meta.env.BASE_URL} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
