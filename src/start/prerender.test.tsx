// The prerendered markup and the browser's hydrating render must be the same, to the attribute:
// hydrated here under React's development build, which reports every difference it finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../app/AppRoot.tsx';
import { seedDataset } from '../data/datasetQuery.ts';
import { parseDatasetText } from '../data/fetchDataset.ts';
import { datasetFingerprint } from '../domain/prerender.ts';
import { prerenderApp, PRERENDERED_DATASET } from './prerender.tsx';

const TEXT = readFileSync(path.resolve(import.meta.dirname, `../../public/data/${PRERENDERED_DATASET}.json`), 'utf8');
const KMS_4 = '2016-02-07-kwangmyongsong-4';

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

/** Puts the prerendered page in the document at `url` and hydrates it as main.tsx does. */
async function hydrate(url: string) {
  const { html } = prerenderApp(TEXT);
  window.history.replaceState(null, '', url);
  document.body.insertAdjacentHTML('beforeend', `<div id="root">${html}</div>`);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  const queryClient = new QueryClient();
  seedDataset(queryClient, PRERENDERED_DATASET, parseDatasetText(TEXT));
  const consoleError = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  const firstMarker = container.querySelector('[data-launch-id]');
  await act(async () => {
    root = hydrateRoot(container, <AppRoot queryClient={queryClient} baseUrl="/" />, { onRecoverableError: recoverable });
  });
  return { container, consoleError, recoverable, firstMarker };
}

describe('prerenderApp', () => {
  it('draws the eight launches in both layouts, the axis and the page header, with no inline style the CSP would block', () => {
    const { html, fingerprint } = prerenderApp(TEXT);
    // The chart's markers and the rail's rows: CSS shows the one that fits the container.
    expect(html.match(/<g [^>]*data-launch-id=/g)).toHaveLength(8);
    expect(html.match(/<button [^>]*data-launch-id=/g)).toHaveLength(8);
    expect(html).toMatch(/<g class="tl-axis"[^>]*><path class="domain"/);
    expect(html).toContain('>1998</text>');
    expect(html).toContain('class="page-header"');
    expect(html).not.toMatch(/\sstyle=/);
    expect(fingerprint).toBe(datasetFingerprint(parseDatasetText(TEXT)));
  });

  it('fails the way the app would on a broken data file', () => {
    expect(() => prerenderApp('{"schemaVersion": 1}')).toThrow(/not in the expected format/);
  });
});

describe('hydrating the prerendered page (React development build)', () => {
  it('matches exactly at the bare URL and keeps the server’s elements', async () => {
    const { container, consoleError, recoverable, firstMarker } = await hydrate('/');
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('[data-launch-id]')).toBe(firstMarker);
    // Under Share & data, made after hydration only: it needs the page's address, and its code
    // is loaded on demand. A plain click in an awaited act: its render suspends on that code.
    const menu = screen.getByRole('button', { name: 'Share & data' });
    await act(async () => menu.click());
    expect(await screen.findByRole('button', { name: 'Cite this' }, { timeout: 10_000 })).toBeVisible();
  });

  it('hydrates the default view under a URL with state, then shows that state', async () => {
    const { consoleError, recoverable } = await hydrate(`/?launch=${KMS_4}&outcome=success`);
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // The panel's code is its own chunk: it may arrive a moment after hydration.
    expect(await screen.findByRole('heading', { level: 2, name: /Kwangmyongsong-4/ }, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-launch-id]')).toHaveLength(3);
  });

  it('is interactive once hydrated: a marker opens its launch', async () => {
    await hydrate('/');
    await userEvent.click(screen.getByRole('button', { name: /Kwangmyongsong-4, 7 February 2016/ }));
    expect(await screen.findByRole('heading', { level: 2, name: /Kwangmyongsong-4/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
