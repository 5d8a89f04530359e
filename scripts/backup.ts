// `npm run backup [-- --out DIR]` writes the whole graph to a dated, gzip'd file (docs/operations.md,
// "Backups and restores"). Uses NEO4J_URI when set, else the Neo4j that `npm start` runs, else starts
// Linkage's own for the duration of the command. The work itself is in server/backup.
import path from 'node:path';
import { backupDatabase, BACKUP_USAGE, formatBackupSummary, parseBackupArgs } from '../server/backup';
import { loadConfig, REPO_ROOT } from '../server/config';
import { answerUsage, runCommand } from './lib/run-command';
import { withDb } from './lib/with-db';

async function main(argv: string[]): Promise<number> {
  const args = parseBackupArgs(argv);
  if (args.command === 'help' || args.command === 'error') return answerUsage(args, BACKUP_USAGE);
  // npm runs scripts from the package folder; --out is meant relative to where the user typed it.
  // (INIT_CWD is npm's report of that folder, not a setting.)
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const outDir = args.outDir === null ? path.join(REPO_ROOT, 'backups') : path.resolve(cwd, args.outDir);
  return withDb(loadConfig(), async (db, uri) => {
    console.log(`Backing up ${uri}…`);
    const summary = await backupDatabase(db, { outDir, log: (line) => console.error(line) });
    for (const line of formatBackupSummary(summary)) console.log(line);
    return 0;
  });
}

runCommand(main);
