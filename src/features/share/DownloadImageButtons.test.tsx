import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadImageButtons, type ImageSubject } from './DownloadImageButtons.tsx';

function chart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '400');
  svg.setAttribute('height', '100');
  document.body.append(svg);
  return svg;
}

function subject(release = vi.fn()): ImageSubject {
  return {
    chart: { svg: chart(), release },
    content: { title: 'Launches', standfirst: 'Eight attempts.', note: null, legend: [], source: 'Data: Launches v1.0.0', url: 'https://example.org/' },
    fileName: (extension) => `nk-satellite-launches-all.${extension}`,
  };
}

/** jsdom's Blob has no text(): read it the old way. */
function readText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('DownloadImageButtons', () => {
  let saved: Blob[];
  // One jsdom is shared by the test files of a worker: put back what jsdom had (nothing, today).
  const { createObjectURL, revokeObjectURL } = URL;
  beforeEach(() => {
    saved = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    // jsdom has no object URLs: record what would be saved.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  it('saves the view as an SVG file named for the view, says so, and lets the chart go', async () => {
    const user = userEvent.setup();
    const release = vi.fn();
    render(<DownloadImageButtons prepare={() => Promise.resolve(subject(release))} />);
    await user.click(screen.getByRole('button', { name: 'Download image (SVG)' }));
    expect(await screen.findByText('Image saved as nk-satellite-launches-all.svg.')).toHaveAttribute('role', 'status');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.type).toBe('image/svg+xml;charset=utf-8');
    expect(await readText(saved[0])).toContain('Eight attempts.');
    expect(release).toHaveBeenCalledOnce();
  });

  it('says why, and saves nothing, where there is no canvas to draw the PNG on', async () => {
    const user = userEvent.setup();
    const release = vi.fn();
    render(<DownloadImageButtons prepare={() => Promise.resolve(subject(release))} />);
    await user.click(screen.getByRole('button', { name: 'Download image (PNG)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The image could not be made: this browser offers no canvas to draw it on. Try the other format, or another browser.',
    );
    expect(saved).toHaveLength(0);
    expect(release).toHaveBeenCalledOnce();
  });

  it('says so when the view cannot be gathered', async () => {
    const user = userEvent.setup();
    render(<DownloadImageButtons prepare={() => Promise.reject(new Error('no chart was drawn'))} />);
    await user.click(screen.getByRole('button', { name: 'Download image (SVG)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The image could not be made. Try the other format, or another browser.');
  });
});
