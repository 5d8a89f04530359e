import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeImportCsv } from '../../bench/import-csv';
import { ImportValidationError } from '../../seed/import';
import { parseImportArgs } from '../../seed/import/args';
import { bulkFiles, BulkImportRefused, readBulkDataset } from '../../seed/bulk/import';

const quiet = (): void => undefined;

function errorsOf(files: string[]): string[] {
  try {
    readBulkDataset(files, quiet);
  } catch (err) {
    if (err instanceof ImportValidationError) return err.errors.map((e) => `${e.file} ${e.row ?? ''} ${e.column ?? ''}: ${e.message}`);
    throw err;
  }
  return [];
}

describe('seed/bulk import validation', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage-bulk-validate-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts the generator\'s graph written in the import CSV format', () => {
    const good = path.join(dir, 'good');
    const summary = writeImportCsv(good, 300, 3);
    const dataset = readBulkDataset(bulkFiles(good), quiet);
    expect([dataset.entities.length, dataset.relationships.length, dataset.sources.length]).toEqual([summary.entities.length, summary.relationships, summary.sources.length]);
  });

  it('reports each problem at its file, row and column: header, duplicate id, unknown end, vocabulary, quote not in its article', () => {
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'entities.csv'), 'id,name,kind\nnio,NIO,EV_STARTUP\njac,JAC Motors,AUTOMAKER\n');
    fs.writeFileSync(path.join(bad, 'people.csv'), 'id,name,kind,colour\nli-bin,Li Bin,PERSON,blue\n');
    fs.writeFileSync(path.join(bad, 'entities-2.csv'), 'id,name,kind\nnio,NIO again,EV_STARTUP\njac2,JAC,CARMAKER\n');
    fs.writeFileSync(path.join(bad, 'sources.csv'), 'id,title,publisher,published_on,published_on_basis,text\nsrc,A report,Example,2024,STATED,NIO cars are built by JAC Motors.\n');
    fs.writeFileSync(path.join(bad, 'relationships.csv'), [
      'relationship_id,from_id,to_id,type,status,source_id,quote,attribution_kind',
      'nio-built-by-jac,nio,jac,BUILT_BY,CONFIRMED,src,NIO cars are built by JAC Motors.,ARTICLE',
      'nio-builds-nobody,nio,nobody,BUILDS,CONFIRMED,src,NIO cars are built by JAC Motors.,ARTICLE',
      'jac-acquired-nio,jac,nio,ACQUIRED,CONFIRMED,src,JAC Motors bought NIO.,ARTICLE',
    ].join('\n'));
    const errors = errorsOf(bulkFiles(bad));
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^people\.csv row 1 colour: unknown column/),
      // Files are read in name order, so entities-2.csv comes first and entities.csv holds the repeat.
      expect.stringMatching(/^entities\.csv row 2 id: duplicate id, already used at entities-2\.csv row 2/),
      expect.stringMatching(/^entities-2\.csv row 3 kind: .*CARMAKER/),
      expect.stringMatching(/^relationships\.csv row 3 to_id: unknown entity id "nobody"/),
      expect.stringMatching(/^relationships\.csv row 3 type: .*BUILDS/),
      expect.stringMatching(/^relationships\.csv row 4 quote: not found verbatim in source src/),
    ]));
  });

  it('refuses a folder without CSV files', () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    expect(() => bulkFiles(empty)).toThrow(BulkImportRefused);
    expect(() => bulkFiles(path.join(dir, 'missing'))).toThrow('is not a folder');
  });
});

describe('seed/import args', () => {
  it('reads --bulk DIR, and refuses it with files or other options', () => {
    expect(parseImportArgs(['--bulk', 'data/big'])).toEqual({ command: 'bulk', dir: 'data/big' });
    expect(parseImportArgs(['--bulk=data/big'])).toEqual({ command: 'bulk', dir: 'data/big' });
    expect(parseImportArgs(['--bulk', 'data/big', 'x.csv'])).toEqual({ command: 'error', message: '--bulk takes one folder and nothing else' });
    expect(parseImportArgs(['--bulk', 'data/big', '--dry-run'])).toEqual({ command: 'error', message: '--bulk takes one folder and nothing else' });
    expect(parseImportArgs(['--bulk'])).toEqual({ command: 'error', message: '--bulk needs a value' });
  });
});
