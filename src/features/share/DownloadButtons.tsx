import { saveBlob } from './saveFile.ts';
import { useParts } from '../../ui/parts.ts';

type DownloadButtonsProps = {
  /** Builds the file only when asked: nothing is generated for readers who never download. */
  makeCsv: () => { name: string; text: string };
  makeJson: () => { name: string; text: string };
};

function save({ name, text }: { name: string; text: string }, type: string): void {
  saveBlob(name, new Blob([text], { type }));
}

export function DownloadButtons({ makeCsv, makeJson }: DownloadButtonsProps) {
  const parts = useParts();
  return (
    <div className="downloads" role="group" aria-label={parts.share.downloads.group}>
      <button type="button" className="button" onClick={() => save(makeCsv(), 'text/csv;charset=utf-8')}>
        {parts.share.downloads.csv}
      </button>
      <button type="button" className="button" onClick={() => save(makeJson(), 'application/json')}>
        {parts.share.downloads.json}
      </button>
    </div>
  );
}
