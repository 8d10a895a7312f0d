// The parts loaded on demand, in the app: each still shows once its code is in, whether the URL
// opens it or the reader does, and one fetched beforehand renders without its loading note.
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDatasetText } from '../data/fetchDataset.ts';
import { makeDataset } from '../../tests/fixtures/dataset.ts';
import { renderWithQuery } from '../../tests/renderWithQuery.tsx';
import { App } from './App.tsx';
import { MethodologyPart, preloadPartsFor, prefetchParts, SourcesPart } from './deferredParts.tsx';

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function visit(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  vi.stubGlobal('fetch', vi.fn(async () => json(makeDataset())));
}

/** Long enough for the test runner to transform a part's modules on their first import. */
const CHUNK = { timeout: 10_000 };

describe('parts loaded on demand', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('"How we know" opened by its URL shows its heading, and the footer its citation, once the code is in', async () => {
    visit('?data=fixture&about=methodology');
    renderWithQuery(<App baseUrl="/" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'How we know' }, CHUNK)).toHaveFocus();
    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByRole('button', { name: 'Cite this' }, CHUNK)).toBeInTheDocument();
  });

  it('Sources, opened from the footer, shows its heading once the code is in', async () => {
    visit('?data=fixture');
    renderWithQuery(<App baseUrl="/" />);
    const sources = await screen.findByRole('button', { name: 'Sources' });
    // A plain click in an awaited act: React lets a render that suspends inside a synchronous act
    // scope (user-event's) wait for ever, which a browser never does.
    await act(async () => sources.click());
    expect(await screen.findByRole('heading', { level: 2, name: 'Sources' }, CHUNK)).toBeInTheDocument();
  });

  it('"Share & data" holds the downloads, the link, the embed code and the citation', async () => {
    visit('?data=fixture');
    renderWithQuery(<App baseUrl="/" />);
    const menu = await screen.findByRole('button', { name: 'Share & data' });
    // Its contents are made when it first opens: a plain click in an awaited act, as for Sources.
    await act(async () => menu.click());
    expect(await screen.findByRole('button', { name: 'Download CSV' }, CHUNK)).toBeVisible();
    for (const name of ['Download JSON', 'Copy link', 'Embed', 'Cite this']) expect(screen.getByRole('button', { name })).toBeVisible();
  });

  it('a part fetched before it is shown renders in the first pass, with no loading note', async () => {
    await preloadPartsFor({ about: 'sources' });
    const dataset = parseDatasetText(JSON.stringify(makeDataset())).dataset;
    render(<SourcesPart.Part dataset={dataset} onOpenLaunch={() => undefined} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('fetches every part the view can reach: each then renders in the first pass', async () => {
    await prefetchParts({ embed: false });
    const dataset = parseDatasetText(JSON.stringify(makeDataset())).dataset;
    render(<MethodologyPart.Part dataset={dataset} onOpenLaunch={() => undefined} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2, name: 'How we know' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
