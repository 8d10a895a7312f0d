type DownloadButtonsProps = {
  /** Builds the file only when asked: nothing is generated for readers who never download. */
  makeCsv: () => { name: string; text: string };
  makeJson: () => { name: string; text: string };
};

function save({ name, text }: { name: string; text: string }, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DownloadButtons({ makeCsv, makeJson }: DownloadButtonsProps) {
  return (
    <div className="downloads" role="group" aria-label="Download what is shown">
      <button type="button" className="button" onClick={() => save(makeCsv(), 'text/csv;charset=utf-8')}>
        Download CSV
      </button>
      <button type="button" className="button" onClick={() => save(makeJson(), 'application/json')}>
        Download JSON
      </button>
    </div>
  );
}
