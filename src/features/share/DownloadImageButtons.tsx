// "Download image (SVG)" and "(PNG)" in Share & data. The code that makes the picture is loaded
// only when a reader asks for one (import() below), so it adds nothing to the first load.
import { useState } from 'react';
import type { ImageContent } from './image/imageSvg.ts';
import { saveBlob } from './saveFile.ts';

/** A chart drawn in the page to make the picture from, and what to do once it has been read. */
export type ChartSource = { svg: SVGSVGElement; release: () => void };

/** What the picture is made of: the view's chart, what it says around the chart, and the file's name. */
export type ImageSubject = {
  chart: ChartSource;
  content: ImageContent;
  fileName: (extension: 'svg' | 'png') => string;
};

type DownloadImageButtonsProps = {
  /**
   * Gathers the picture's parts when a reader asks: the chart on screen, or one drawn for the
   * picture where the page shows none (a phone's rail, the list).
   */
  prepare: () => Promise<ImageSubject>;
};

const FORMATS = [
  { format: 'svg', label: 'Download image (SVG)' },
  { format: 'png', label: 'Download image (PNG)' },
] as const;

function reason(error: unknown): string {
  return error instanceof Error && error.name === 'ImageError' ? `: ${error.message}` : '';
}

export function DownloadImageButtons({ prepare }: DownloadImageButtonsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async (format: 'svg' | 'png') => {
    if (busy) return;
    setBusy(true);
    setStatus('Making the image…');
    try {
      const [{ makeViewImage }, subject] = await Promise.all([import('./image/makeViewImage.ts'), prepare()]);
      let blob: Blob;
      try {
        blob = await makeViewImage(subject.chart.svg, subject.content, format);
      } finally {
        subject.chart.release();
      }
      const name = subject.fileName(format);
      saveBlob(name, blob);
      setStatus(`Image saved as ${name}.`);
    } catch (error) {
      setStatus(`The image could not be made${reason(error)}. Try the other format, or another browser.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="downloads download-image" role="group" aria-label="Download image" aria-busy={busy}>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" className="button" aria-disabled={busy} onClick={() => void download(format)}>
          {label}
        </button>
      ))}
      <p role="status" className="download-image__status">
        {status}
      </p>
    </div>
  );
}
