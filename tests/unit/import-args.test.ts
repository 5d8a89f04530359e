import { parseImportArgs } from '../../seed/import/args';

describe('import args', () => {
  it('reads files, --dry-run and --editor in either form and any order', () => {
    expect(parseImportArgs(['a.csv', '--editor', 'Ada Lovelace', 'b.json', '--dry-run'])).toEqual({ command: 'import', files: ['a.csv', 'b.json'], dryRun: true, editor: 'Ada Lovelace', json: false });
    expect(parseImportArgs(['--editor=Ada', 'a.csv'])).toEqual({ command: 'import', files: ['a.csv'], dryRun: false, editor: 'Ada', json: false });
    expect(parseImportArgs(['a.csv'])).toEqual({ command: 'import', files: ['a.csv'], dryRun: false, editor: null, json: false });
    expect(parseImportArgs(['a.csv', '--json'])).toMatchObject({ command: 'import', files: ['a.csv'], json: true });
  });

  it('keeps an empty --editor value so that the import can refuse it with its own message', () => {
    expect(parseImportArgs(['a.csv', '--editor='])).toMatchObject({ command: 'import', editor: '' });
  });

  it('reads --history with one record id', () => {
    expect(parseImportArgs(['--history', 'aito-built-by-seres'])).toEqual({ command: 'history', id: 'aito-built-by-seres' });
    expect(parseImportArgs(['--history=aito-built-by-seres#1'])).toEqual({ command: 'history', id: 'aito-built-by-seres#1' });
  });

  it('reports a usage error when an option is unknown, a value is missing or --history gets files too', () => {
    expect(parseImportArgs(['--dry-runn'])).toEqual({ command: 'error', message: 'Unknown option --dry-runn' });
    expect(parseImportArgs(['a.csv', '--editor'])).toEqual({ command: 'error', message: '--editor needs a value' });
    expect(parseImportArgs(['--editor', '--dry-run', 'a.csv'])).toEqual({ command: 'error', message: '--editor needs a value' });
    expect(parseImportArgs(['--history', 'x', 'a.csv'])).toMatchObject({ command: 'error' });
    expect(parseImportArgs([])).toEqual({ command: 'error', message: 'No file given' });
  });

  it('asks for help when given --help', () => {
    expect(parseImportArgs(['a.csv', '--help'])).toEqual({ command: 'help' });
  });
});
