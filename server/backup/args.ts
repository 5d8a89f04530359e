// The two commands' arguments, parsed here (node's util.parseArgs) so the rules are unit-tested:
//   npm run backup [-- --out DIR]      npm run restore -- FILE
import { parseArgs } from 'node:util';

export const BACKUP_USAGE = [
  'Usage: npm run backup [-- --out DIR]',
  '  Writes the whole graph (nodes, relationships, constraints and indexes) to DIR/linkage-<UTC time>.jsonl.gz',
  '  (default DIR: backups/ in the repository). See docs/operations.md, "Backups and restores".',
].join('\n');

export const RESTORE_USAGE = [
  'Usage: npm run restore -- FILE',
  '  Restores a file written by npm run backup into an EMPTY database (it refuses one that holds any node).',
  '  See docs/operations.md, "Backups and restores".',
].join('\n');

/** --help, or a mistake (scripts/lib/run-command's answerUsage prints them). */
type UsageAnswer = { command: 'help' } | { command: 'error'; message: string };

export type BackupCommand = UsageAnswer | { command: 'backup'; outDir: string | null };
export type RestoreCommand = UsageAnswer | { command: 'restore'; file: string };

function parse(argv: readonly string[], options: { out?: { type: 'string' } }): ReturnType<typeof parseArgs> | { error: string } {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function parseBackupArgs(argv: readonly string[]): BackupCommand {
  const parsed = parse(argv, { out: { type: 'string' } });
  if ('error' in parsed) return { command: 'error', message: parsed.error };
  if (parsed.values.help) return { command: 'help' };
  if (parsed.positionals.length > 0) return { command: 'error', message: `backup takes no file name (it names the file itself); give a folder with --out, not ${parsed.positionals.join(' ')}` };
  const out = parsed.values.out;
  if (out !== undefined && (typeof out !== 'string' || out.trim() === '')) return { command: 'error', message: '--out needs a folder' };
  return { command: 'backup', outDir: out ?? null };
}

export function parseRestoreArgs(argv: readonly string[]): RestoreCommand {
  const parsed = parse(argv, {});
  if ('error' in parsed) return { command: 'error', message: parsed.error };
  if (parsed.values.help) return { command: 'help' };
  const [file, ...more] = parsed.positionals;
  if (file === undefined) return { command: 'error', message: 'No backup file given' };
  if (more.length > 0) return { command: 'error', message: `restore takes one file, got ${parsed.positionals.length}` };
  return { command: 'restore', file };
}
