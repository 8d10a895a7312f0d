import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Test files share one jsdom per worker (vite.config.ts): each test leaves it as it found it.
// Files that ask for the node environment have no window to tidy.
afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
  document.title = '';
  for (const name of document.documentElement.getAttributeNames()) {
    if (name.startsWith('data-')) document.documentElement.removeAttribute(name);
  }
  window.localStorage.clear();
  window.sessionStorage.clear();
});
