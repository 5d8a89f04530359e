// The import command's arguments: `FILE… [--dry-run] [--as EMAIL] [--json]` or `--history ID`.
// Parsed here rather than in scripts/import.ts so that the rules are unit-tested.
import { OLD_EDITOR_FLAG } from './account';

export const USAGE = [
  'Usage: npm run import -- FILE [FILE…] [--dry-run] [--as EMAIL] [--json]',
  '       npm run import -- --history ID',
  '       npm run import -- --bulk DIR',
  '  FILE: a .json file ({ sources, entities, relationships }) or a .csv file of entities, sources or relationships',
  '  --as EMAIL: the editor account the changes are attributed to (default: LINKAGE_IMPORT_AS)',
  '  --json: print the errors, if any, as JSON on stdout ({ errors: [{ code, file, row, column, message }] })',
  '  --history ID: the revisions of an entity, source or relationship (or a quote\'s), newest first',
  '  --bulk DIR: a first import of every .csv in DIR into an EMPTY database of Linkage\'s own Neo4j, stopped, through neo4j-admin',
  'See docs/import.md.',
].join('\n');

export type ImportCommand =
  | { command: 'help' }
  | { command: 'import'; files: string[]; dryRun: boolean; as: string | null; json: boolean }
  | { command: 'history'; id: string }
  | { command: 'bulk'; dir: string }
  | { command: 'error'; message: string };

/** Options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUED = ['--as', '--history', '--bulk'] as const;

export function parseImportArgs(argv: readonly string[]): ImportCommand {
  const files: string[] = [];
  const values = new Map<string, string>();
  let dryRun = false;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg === '--editor' || arg.startsWith('--editor=')) return { command: 'error', message: OLD_EDITOR_FLAG };
    if (arg === '--dry-run' || arg === '--json') {
      if (arg === '--dry-run') dryRun = true;
      else json = true;
      continue;
    }
    const name = VALUED.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (name) {
      const inline = arg.length > name.length;
      const value = inline ? arg.slice(name.length + 1) : argv[i + 1];
      if (!inline) i += 1;
      if (value === undefined || (!inline && value.startsWith('--'))) return { command: 'error', message: `${name} needs a value` };
      if (values.has(name)) return { command: 'error', message: `${name} is given twice` };
      values.set(name, value);
      continue;
    }
    if (arg.startsWith('-')) return { command: 'error', message: `Unknown option ${arg}` };
    files.push(arg);
  }
  const bulk = values.get('--bulk');
  if (bulk !== undefined) {
    if (files.length > 0 || dryRun || json || values.has('--as') || values.has('--history')) return { command: 'error', message: '--bulk takes one folder and nothing else' };
    if (bulk.trim() === '') return { command: 'error', message: '--bulk needs a folder' };
    return { command: 'bulk', dir: bulk.trim() };
  }
  const history = values.get('--history');
  if (history !== undefined) {
    if (files.length > 0 || dryRun || json || values.has('--as')) return { command: 'error', message: '--history takes one record id and nothing else' };
    if (history.trim() === '') return { command: 'error', message: '--history needs a record id' };
    return { command: 'history', id: history.trim() };
  }
  if (files.length === 0) return { command: 'error', message: 'No file given' };
  return { command: 'import', files, dryRun, as: values.get('--as') ?? null, json };
}
