import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App.tsx';
import { PrintPart } from './deferredParts.tsx';
import { makeDataset } from '../../tests/fixtures/dataset.ts';
import { renderWithQuery } from '../../tests/renderWithQuery.tsx';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function visit(query: string) {
  window.history.replaceState(null, '', `/${query}`);
}

beforeEach(() => visit('?data=fixture'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('announces loading, then shows the title and a summary computed from the data', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(makeDataset())));
    renderWithQuery(<App baseUrl="/" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the launch data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture launches' })).toBeInTheDocument();
    expect(screen.getByText('Three attempts from 1998 to 2023; one reached orbit.')).toBeInTheDocument();
    expect(screen.getByText(/Data updated/)).toHaveTextContent('Data updated 25 November 2026 · version 1.2.3');
  });

  it('shows a specific error with Retry, and Retry recovers', async () => {
    const fetchMock = vi.fn(async () => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    vi.stubGlobal('fetch', fetchMock);
    renderWithQuery(<App baseUrl="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('instead of JSON');
    fetchMock.mockImplementation(async () => json(makeDataset()));
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Three attempts from 1998 to 2023; one reached orbit.')).toBeInTheDocument();
  });

  it('refuses a dataset name that is not a name, without Retry and without a request', async () => {
    const fetchMock = vi.fn(async () => json(makeDataset()));
    vi.stubGlobal('fetch', fetchMock);
    visit(`?data=${encodeURIComponent('https://evil.example/data')}`);
    renderWithQuery(<App baseUrl="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('"https://evil.example/data" is not a dataset name');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says how many records were skipped and why, and still shows the rest', async () => {
    const data = makeDataset();
    Object.assign(data.launches[1] ?? {}, { launchedAt: '1998-02-30T00:00:00Z' });
    vi.stubGlobal('fetch', vi.fn(async () => json(data)));
    renderWithQuery(<App baseUrl="/" />);
    expect(await screen.findByText(/^Two attempts from \d{4} to \d{4}; one reached orbit\.$/)).toBeInTheDocument();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('1 of 3 launches skipped because of errors in the data file.');
    expect(note).toHaveTextContent('launches[1].launchedAt: must be a real UTC instant');
  });

  it('renders hostile text from the data as text', async () => {
    const data = makeDataset();
    data.title = '<img src=x onerror="window.__pwned=1">Title';
    vi.stubGlobal('fetch', vi.fn(async () => json(data)));
    const { container } = renderWithQuery(<App baseUrl="/" />);
    await screen.findByText('Three attempts from 1998 to 2023; one reached orbit.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror="window.__pwned=1">Title');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('App when printing', () => {
  it('renders the printable list of every shown launch only while printing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(makeDataset())));
    renderWithQuery(<App baseUrl="/" />);
    await screen.findByText('Three attempts from 1998 to 2023; one reached orbit.');
    expect(screen.queryByRole('region', { name: 'Printable list of launches' })).not.toBeInTheDocument();
    // Its code is fetched once the page is idle (main.tsx); printing renders synchronously, so
    // the list is there at once only when that code is in, as it is here.
    await PrintPart.preload();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const print = screen.getByRole('region', { name: 'Printable list of launches' });
    expect(within(print).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Sat A · Rocket A', 'Sat B · Rocket B', 'Sat C · Rocket C']);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('region', { name: 'Printable list of launches' })).not.toBeInTheDocument();
  });
});
