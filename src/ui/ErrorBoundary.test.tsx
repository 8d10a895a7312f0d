import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from './chunkLoadError.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>Chart drawn</p>;
}

describe('ErrorBoundary', () => {
  it('shows a message with Retry in place of a failed part, and Retry renders it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <>
        <ErrorBoundary label="The chart">
          <Fragile />
        </ErrorBoundary>
        <p>Rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The chart could not be shown');
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
  });

  it('names a part whose code did not download, and its Retry asks for the code again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const retry = vi.fn();
    let failing = true;
    function Unloaded(): null {
      if (failing) throw new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module'), retry);
      return null;
    }
    render(
      <ErrorBoundary label="Sources">
        <Unloaded />
        <p>Sources listed</p>
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Sources could not be loaded');
    expect(alert).toHaveTextContent('Check it and retry; if it keeps failing, reload the page.');
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Sources listed')).toBeInTheDocument();
  });
});
