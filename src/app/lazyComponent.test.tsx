import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { lazyComponent } from './lazyComponent.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe('lazyComponent', () => {
  it('shows the fallback until the code arrives, then the component with its props', async () => {
    const view = lazyComponent(() => Promise.resolve(Greeting));
    render(<view.Component name="reader" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('renders at once, with no fallback, once preloaded', async () => {
    const view = lazyComponent(() => Promise.resolve(Greeting));
    await view.preload();
    render(<view.Component name="again" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Hello, again')).toBeInTheDocument();
  });

  it('asks again for code that failed to load', async () => {
    let attempts = 0;
    const view = lazyComponent(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(view.preload()).rejects.toThrow('offline');
    await view.preload();
    expect(attempts).toBe(2);
    render(<view.Component name="later" />);
    expect(screen.getByText('Hello, later')).toBeInTheDocument();
  });
});
