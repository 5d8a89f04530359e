import { parseCsv } from '../../seed/import/csv-parse';

const cells = (text: string): string[][] => {
  const parsed = parseCsv(text);
  if (parsed.error) throw new Error(parsed.error.message);
  return parsed.records.map((r) => r.cells);
};

describe('import csv-parse', () => {
  it('splits CRLF and LF lines into cells', () => {
    expect(cells('a,b\r\n1,2\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(cells('q,n\r\n"say ""hi"", then\r\nleave",2\r\n')).toEqual([['q', 'n'], ['say "hi", then\r\nleave', '2']]);
  });

  it('skips the byte-order mark spreadsheet programs write and keeps Chinese text intact', () => {
    expect(cells('\uFEFFname,alias\n蔚来,"江淮, 汽车"\n')).toEqual([['name', 'alias'], ['蔚来', '江淮, 汽车']]);
  });

  it('reads empty fields, quoted or not, including a trailing one', () => {
    expect(cells('a,b,c\n,"",\n')).toEqual([['a', 'b', 'c'], ['', '', '']]);
  });

  it('numbers records as spreadsheet rows even when a field spans lines', () => {
    const parsed = parseCsv('h\n"x\ny"\nz\n');
    expect(parsed.records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('reports an unclosed quote at the row where the field starts', () => {
    expect(parseCsv('a\nok\n"never closed\nmore\n').error).toEqual({ row: 3, message: expect.stringContaining('never closed') });
  });

  it('reports text after a closing quote instead of guessing what was meant', () => {
    expect(parseCsv('a,b\n"x"y,2\n').error).toEqual({ row: 2, message: expect.stringContaining('after a closing quote') });
  });
});
