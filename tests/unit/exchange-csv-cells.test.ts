import { guardCell, unguardCell } from '#vocabulary/exchange/csv-cells';
import { csvField } from '../../server/export/csv';
import { readCsvImport } from '../../seed/import/read-csv';

describe('csv cells', () => {
  it.each(['=HYPERLINK("http://x","click")', '+1 555', '-2', '@SUM(A1)', '\tindented', '\rreturn'])(
    'writes %j with a leading apostrophe so no spreadsheet runs it', (value) => {
      expect(guardCell(value)).toBe(`'${value}`);
      expect(csvField(value).replace(/^"/, '').startsWith("'")).toBe(true);
    });

  it.each(['=x', "'=x", "''@y", "'plain", 'plain', '', "it's", '2018-12', '蔚来'])('gives %j back exactly after a round trip', (value) => {
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('leaves ordinary text alone, apostrophes included', () => {
    expect(guardCell("'plain")).toBe("'plain");
    expect(unguardCell("'plain")).toBe("'plain");
    expect(csvField('NIO used the foundry service of JAC Motors.')).toBe('NIO used the foundry service of JAC Motors.');
  });

  it('imports a guarded cell as the value it stood for', () => {
    const csv = "id,name,kind,country,aliases,description\r\nacme,'=ACME,AUTOMAKER,CN,,'-a description\r\n";
    const batch = readCsvImport('entities.csv', csv);
    expect(batch.errors).toEqual([]);
    expect(batch.entities[0]?.record).toMatchObject({ id: 'acme', name: '=ACME', description: '-a description' });
  });
});
