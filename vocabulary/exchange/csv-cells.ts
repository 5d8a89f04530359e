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
