// CSV through the csv-parse library (RFC 4180: quoted fields may hold commas, doubled quotes and
// line breaks; lines end in CRLF, LF or CR; a UTF-8 byte-order mark is skipped). This adapter only
// numbers the records as a spreadsheet shows them (the header is row 1, a field spanning lines is
// still one row) and words the library's errors for people editing a spreadsheet.
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord { row: number; cells: string[] }

export interface CsvParse { records: CsvRecord[]; error: { row: number; message: string } | null }

const MESSAGES: Record<string, (e: CsvError) => string> = {
  CSV_QUOTE_NOT_CLOSED: () => 'a quoted field is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: (e) => {
    const got = /got "(.*)" at line/.exec(e.message)?.[1];
    return `unexpected ${got === undefined ? 'text' : JSON.stringify(got)} after a closing quote (inside a quoted field, write a quote as "")`;
  },
  INVALID_OPENING_QUOTE: () => 'a " inside a cell that does not start with one (quote the whole cell, and write the quote as "")',
};

export function parseCsv(text: string): CsvParse {
  try {
    // Rows may have more or fewer cells than the header; the reader reports those with their row.
    const rows = parse(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    return { records: rows.map((cells, i) => ({ row: i + 1, cells })), error: null };
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // The record being read when the error struck is the one after the last complete record.
    const row = Number((err as CsvError & { records?: number }).records ?? 0) + 1;
    return { records: [], error: { row, message: MESSAGES[err.code]?.(err) ?? err.message } };
  }
}
