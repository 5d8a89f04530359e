// `npm run restore -- FILE` brings a backup back into an EMPTY database (docs/operations.md,
// "Backups and restores"): exit 2 when the database holds anything or the command line is wrong,
// 1 when the file is not a whole backup (nothing written) or the restore stopped part-way.
// Uses NEO4J_URI when set, else the Neo4j that `npm start` runs, else starts Linkage's own.
import path from 'node:path';
import { BackupFileError, formatRestoreSummary, parseRestoreArgs, restoreDatabase, RestoreFailedError, RestoreRefusedError, RESTORE_USAGE, SchemaConflictError } from '../server/backup';
import { loadConfig } from '../server/config';
import { answerUsage, runCommand } from './lib/run-command';
import { withDb } from './lib/with-db';

async function main(argv: string[]): Promise<number> {
  const args = parseRestoreArgs(argv);
  if (args.command === 'help' || args.command === 'error') return answerUsage(args, RESTORE_USAGE);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const file = path.resolve(cwd, args.file);
  return withDb(loadConfig(), async (db, uri) => {
    try {
      console.log(`Restoring ${args.file} into ${uri}…`);
      const summary = await restoreDatabase(db, file, { log: (line) => console.log(line) });
      for (const line of formatRestoreSummary(args.file, summary)) console.log(line);
      return 0;
    } catch (err) {
      if (err instanceof RestoreRefusedError) {
        console.error(err.message);
        return 2;
      }
      if (err instanceof BackupFileError) {
        console.error(`${err.message}\nNothing was written.`);
        return 1;
      }
      if (err instanceof RestoreFailedError || err instanceof SchemaConflictError) {
        console.error(err.message);
        return 1;
      }
      throw err;
    }
  });
}

runCommand(main);
