import { parseImportArgs } from '../../seed/import/args';

describe('import args', () => {
  it('reads files, --dry-run and --as in either form and any order', () => {
    expect(parseImportArgs(['a.csv', '--as', 'ada@example.com', 'b.json', '--dry-run'])).toEqual({ command: 'import', files: ['a.csv', 'b.json'], dryRun: true, as: 'ada@example.com', json: false });
    expect(parseImportArgs(['--as=ada@example.com', 'a.csv'])).toEqual({ command: 'import', files: ['a.csv'], dryRun: false, as: 'ada@example.com', json: false });
    expect(parseImportArgs(['a.csv'])).toEqual({ command: 'import', files: ['a.csv'], dryRun: false, as: null, json: false });
    expect(parseImportArgs(['a.csv', '--json'])).toMatchObject({ command: 'import', files: ['a.csv'], json: true });
  });

  it('keeps an empty --as value so that the import can refuse it with its own message', () => {
    expect(parseImportArgs(['a.csv', '--as='])).toMatchObject({ command: 'import', as: '' });
  });

  it('refuses the old --editor NAME, saying that --as EMAIL replaced it', () => {
    expect(parseImportArgs(['a.csv', '--editor', 'Ada Lovelace'])).toEqual({ command: 'error', message: expect.stringContaining('--editor NAME was replaced by --as EMAIL') as unknown });
    expect(parseImportArgs(['--editor=Ada', 'a.csv'])).toMatchObject({ command: 'error' });
  });

  it('reads --history with one record id', () => {
    expect(parseImportArgs(['--history', 'aito-built-by-seres'])).toEqual({ command: 'history', id: 'aito-built-by-seres' });
    expect(parseImportArgs(['--history=aito-built-by-seres#1'])).toEqual({ command: 'history', id: 'aito-built-by-seres#1' });
  });

  it('reports a usage error when an option is unknown, a value is missing or --history gets files too', () => {
    expect(parseImportArgs(['--dry-runn'])).toEqual({ command: 'error', message: 'Unknown option --dry-runn' });
    expect(parseImportArgs(['a.csv', '--as'])).toEqual({ command: 'error', message: '--as needs a value' });
    expect(parseImportArgs(['--as', '--dry-run', 'a.csv'])).toEqual({ command: 'error', message: '--as needs a value' });
    expect(parseImportArgs(['--history', 'x', 'a.csv'])).toMatchObject({ command: 'error' });
    expect(parseImportArgs([])).toEqual({ command: 'error', message: 'No file given' });
  });

  it('asks for help when given --help', () => {
    expect(parseImportArgs(['a.csv', '--help'])).toEqual({ command: 'help' });
  });
});
