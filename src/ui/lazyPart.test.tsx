import type { ReactElement } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A chunk that arrives when the test says so, or fails: `load` counts the downloads. */
function controlledChunk() {
  const downloads: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        downloads.push({ resolve: () => resolve(Greeting), reject });
      }),
  );
  const download = (n: number) => {
    const d = downloads[n];
    if (!d) throw new Error(`no download #${n}`);
    return d;
  };
  return { load, download };
}

const fallback = <p role="status">Loading the greeting…</p>;

/** Renders in an awaited act: React lets a part that suspends in a synchronous act scope wait for ever. */
async function renderPart(ui: ReactElement) {
  await act(async () => {
    render(ui);
  });
}

describe('lazyPart', () => {
  it('shows its fallback until the code arrives, then the component with its props', async () => {
    const chunk = controlledChunk();
    const { Part } = lazyPart({ label: 'The greeting', fallback, load: chunk.load });
    await renderPart(<Part name="reader" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    await act(async () => chunk.download(0).resolve());
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('renders in the same pass once preloaded, even synchronously (printing), with no fallback', async () => {
    const { Part, preload } = lazyPart({ label: 'The greeting', fallback, load: async () => Greeting });
    await preload();
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    flushSync(() => root.render(<Part name="printer" />));
    expect(container).toHaveTextContent('Hello, printer');
    act(() => root.unmount());
    container.remove();
  });

  it('downloads once, however many times it is asked for', async () => {
    const load = vi.fn(async () => Greeting);
    const { Part, preload } = lazyPart({ label: 'The greeting', fallback, load });
    await renderPart(
      <>
        <Part name="one" />
        <Part name="two" />
      </>,
    );
    await Promise.all([preload(), preload()]);
    expect(await screen.findByText('Hello, two')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download again after a pause, showing its fallback meanwhile and no error', async () => {
    const chunk = controlledChunk();
    const { Part } = lazyPart({ label: 'The greeting', fallback, load: chunk.load, retryDelays: [20] });
    await renderPart(<Part name="patient" />);
    await act(async () => chunk.download(0).reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(chunk.load).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(chunk.load).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => chunk.download(1).resolve());
    expect(await screen.findByText('Hello, patient')).toBeInTheDocument();
  });

  it('says its code could not be loaded once every try failed, without asking again by itself; Retry downloads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chunk = controlledChunk();
    const { Part } = lazyPart({ label: 'The greeting', fallback, load: chunk.load, retryDelays: [] });
    await renderPart(<Part name="again" />);
    await act(async () => chunk.download(0).reject(new TypeError('Failed to fetch dynamically imported module')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The greeting could not be loaded');
    expect(alert).toHaveTextContent('the connection may be down');
    expect(chunk.load).toHaveBeenCalledTimes(1);

    // A plain click in an awaited act: the render it starts suspends again (see renderPart).
    await act(async () => {
      screen.getByRole('button', { name: 'Retry' }).click();
    });
    expect(chunk.load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    await act(async () => chunk.download(1).resolve());
    expect(await screen.findByText('Hello, again')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('forgets a prefetch that failed: the part asks again when it is shown', async () => {
    const chunk = controlledChunk();
    const { Part, preload } = lazyPart({ label: 'The greeting', fallback, load: chunk.load, retryDelays: [] });
    const prefetch = preload();
    chunk.download(0).reject(new TypeError('offline'));
    await expect(prefetch).rejects.toThrow('could not be downloaded');
    await renderPart(<Part name="later" />);
    expect(chunk.load).toHaveBeenCalledTimes(2);
    await act(async () => chunk.download(1).resolve());
    expect(await screen.findByText('Hello, later')).toBeInTheDocument();
  });
});
