// Spreadsheet-safe CSV cells (OWASP's CSV-injection advice): a cell that a spreadsheet would read
// as a formula, one starting with = + - @ or a tab or carriage return, is written with a leading
// apostrophe, and the import takes exactly that apostrophe off again. Quotes come from outside
// text (articles, editors, intake), so `=HYPERLINK(...)` must never run in a reader's spreadsheet.
// A value that already starts with apostrophes before such a character gets one more, so the
// round trip stays byte-exact for every value.

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as the export writes it. */
export const guardCell = (value: string): string => (NEEDS_GUARD.test(value) ? `'${value}` : value);

/** The value a cell written by guardCell stood for. */
export const unguardCell = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);

/** One RFC 4180 field, guarded against formula injection, quoted only when it has to be; null is empty. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const cell = guardCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV record with its CRLF line end. */
export function csvLine(values: readonly (string | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The UTF-8 byte-order mark a CSV file starts with, without which Excel garbles Chinese names. */
export const BOM = '\uFEFF';
