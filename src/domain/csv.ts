// RFC 4180: fields with a comma, quote, CR or LF are quoted; quotes are doubled; lines end CRLF.
// A leading =, +, - or @ would be run as a formula by spreadsheet programs, so such a field
// gets a leading apostrophe (OWASP's advice for CSV injection).
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: header row, data rows, CRLF line ends, UTF-8 BOM so spreadsheets read Korean names. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
