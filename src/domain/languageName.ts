// The language a source is written in, as English words for its BCP 47 code.

let names: Intl.DisplayNames | null | undefined;

/** "Korean" for "ko"; the code itself where the browser cannot name it (or the code is malformed). */
export function languageName(code: string): string {
  // One formatter for the page: making one loads locale data, too slow to repeat per source.
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
