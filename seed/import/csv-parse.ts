// An RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks; lines end
// in CRLF or LF; a UTF-8 byte-order mark (as spreadsheet programs write it) is skipped. Each
// record remembers its row number as a spreadsheet shows it, the header being row 1.

export interface CsvRecord { row: number; cells: string[] }

export interface CsvParse { records: CsvRecord[]; error: { row: number; message: string } | null }

const FIELD_END = /[,\r\n]/g;

export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let row = 1;
  let i = 0;
  while (i < text.length) {
    let field: string;
    if (text[i] === '"') {
      // A quoted field runs to the next quote that is not doubled.
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) return { records, error: { row, message: 'a quoted field is never closed (a " is missing)' } };
        parts.push(text.slice(j, close));
        if (text[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        parts.push('"');
        j = close + 2;
      }
      field = parts.join('');
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return { records, error: { row, message: `unexpected ${JSON.stringify(next)} after a closing quote (inside a quoted field, write a quote as "")` } };
      }
    } else {
      FIELD_END.lastIndex = i;
      const end = FIELD_END.exec(text)?.index ?? text.length;
      field = text.slice(i, end);
      i = end;
    }
    cells.push(field);
    const sep = text[i];
    if (sep === ',') {
      i += 1;
      // A comma at the very end of the text still opens one last, empty field.
      if (i === text.length) cells.push('');
      continue;
    }
    records.push({ row, cells });
    cells = [];
    row += 1;
    if (sep === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (sep === '\n') i += 1;
  }
  if (cells.length > 0) records.push({ row, cells });
  return { records, error: null };
}
