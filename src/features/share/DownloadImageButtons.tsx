// "Download image (SVG)" and "(PNG)" in Share & data. The code that makes the picture is loaded
// only when a reader asks for one (import() below), so it adds nothing to the first load.
import { useState } from 'react';
import type { PartMessages } from '../../domain/i18n/messages/en.ts';
import type { ImageContent } from './image/imageSvg.ts';
import type { ImageErrorCode } from './image/rasterise.ts';
import { saveBlob } from './saveFile.ts';
import { useParts } from '../../ui/parts.ts';

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

const FORMATS = ['svg', 'png'] as const;

/** The reason an ImageError gives, in the edition's words; null for any other error. */
function reason(error: unknown, reasons: PartMessages['share']['image']['reasons']): string | null {
  if (!(error instanceof Error) || error.name !== 'ImageError') return null;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' && Object.hasOwn(reasons, code) ? reasons[code as ImageErrorCode] : null;
}

export function DownloadImageButtons({ prepare }: DownloadImageButtonsProps) {
  const parts = useParts();
  const t = parts.share.image;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async (format: 'svg' | 'png') => {
    if (busy) return;
    setBusy(true);
    setStatus(t.making);
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
      setStatus(t.saved(name));
    } catch (error) {
      setStatus(t.failed(reason(error, t.reasons)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="downloads download-image" role="group" aria-label={t.group} aria-busy={busy}>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button" aria-disabled={busy} onClick={() => void download(format)}>
          {t[format]}
        </button>
      ))}
      <p role="status" className="download-image__status">
        {status}
      </p>
    </div>
  );
}
