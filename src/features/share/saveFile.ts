// The one place a file is handed to the reader: the downloads (CSV, JSON, the view's image) all
// save through here. A blob: URL on a link with `download`, clicked, then let go.

/** Offers `blob` to the reader as a file called `name`. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
