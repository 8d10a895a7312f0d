// Writing to the clipboard fails in more places than it works: there is no Clipboard API over
// plain HTTP or in older browsers, and a frame without permission is refused. Every Copy
// button therefore has a way out that needs nothing from the browser: the text, selected.

/** Copies `text`; false where the page may not, and the caller offers the text to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies `text` or, where the page may not, focuses and selects the field that shows it. */
export async function copyOrSelect(text: string, field: HTMLInputElement | HTMLTextAreaElement | null | undefined): Promise<'copied' | 'manual'> {
  if (await copyText(text)) return 'copied';
  field?.focus();
  field?.select();
  return 'manual';
}

/** The status line once the text is selected instead: "The code is selected: press Ctrl+C …". */
export function selectedHint(what: string): string {
  return `${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
}
