// A part whose code does not arrive (offline, or a new deploy removed the old chunk): the page
// says which part and why, with Retry, and the rest of it keeps working. Here the methodology's
// module fails to load the first time it is imported, as a chunk the network drops would.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../tests/fixtures/dataset.ts';
import { renderWithQuery } from '../../tests/renderWithQuery.tsx';
import { App } from './App.tsx';

let offline = true;
vi.mock('../features/about/MethodologyView.tsx', async (original) => {
  if (offline) throw new TypeError('Failed to fetch dynamically imported module: MethodologyView.js');
  return original();
});

describe('a part whose code could not be downloaded', () => {
  it('says so where the part would be, with Retry, and the page around it still works; Retry shows the part', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/?data=fixture&about=methodology');
    const body = JSON.stringify(makeDataset());
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })));
    renderWithQuery(<App baseUrl="/" />);

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('How we know could not be loaded');
    expect(alert).toHaveTextContent('that download failed: the connection may be down');
    // The header and the footer are the page's own code, already here.
    expect(screen.getByRole('heading', { level: 1, name: 'Fixture launches' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sources' })).toBeEnabled();

    offline = false;
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await act(async () => retry.click());
    expect(await screen.findByRole('heading', { level: 2, name: 'How we know' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
