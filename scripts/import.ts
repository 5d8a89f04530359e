// `npm run import -- FILE [FILE…] [--dry-run] [--as EMAIL] [--json]` loads CSV or JSON files into
// Linkage's Neo4j as an editor account; `npm run import -- --history ID` prints a record's revisions;
// `npm run import -- --bulk DIR` imports a big first data set offline (seed/bulk) (docs/import.md). Uses NEO4J_URI when set, else the Neo4j that `npm start` runs, else starts
// Linkage's own for the duration of the command. The work itself is in seed/import.
import path from 'node:path';
import { loadConfig } from '../server/config';
import { BulkImportRefused, bulkImport } from '../seed/bulk/import';
import { formatHistory, ImportAccountError, importEmail, importFiles, ImportValidationError, parseImportArgs, progressBar, readHistory, USAGE } from '../seed/import';
import { answerUsage, runCommand } from './lib/run-command';
import { withDb } from './lib/with-db';

async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.command === 'help' || args.command === 'error') return answerUsage(args, USAGE);
  const config = loadConfig();
  if (args.command === 'bulk') return runBulk(config, path.resolve(process.env.INIT_CWD ?? process.cwd(), args.dir));
  if (args.command === 'history') {
    const id = args.id;
    return withDb(config, async (db) => {
      for (const line of formatHistory(id, await readHistory(db, id))) console.log(line);
      return 0;
    });
  }
  const { files, dryRun } = args;
  // With --json, stdout carries only the JSON ({ errors: [] } when all is well) and the report goes to stderr.
  const print = (line: string): void => (args.json ? console.error(line) : console.log(line));
  let as: string | undefined;
  try {
    // Read before connecting, so that a missing or empty email stops the import before anything else.
    as = dryRun ? undefined : importEmail({ flag: args.as, env: config.importAs, oldEnv: config.importEditor });
  } catch (err) {
    if (!(err instanceof ImportAccountError)) throw err;
    console.error(err.message);
    return 2;
  }
  // npm runs scripts from the package folder; paths are meant relative to where the user typed them.
  // (INIT_CWD is npm's report of that folder, not a setting.)
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return withDb(config, async (db, uri) => {
    try {
      print(`${dryRun ? 'Dry run: checking' : `Importing (as ${as})`} ${files.join(', ')} into ${uri}.`);
      const summary = await importFiles(db, files.map((f) => ({ path: path.resolve(cwd, f), shownAs: f })), {
        dryRun, as, log: print, progress: progressBar(process.stderr),
      });
      print(`Done in ${(summary.ms / 1000).toFixed(1)} s.`);
      if (args.json) console.log(JSON.stringify({ errors: [] }));
      return 0;
    } catch (err) {
      // An unknown, disabled or system account, or one that may not edit: nothing was written.
      if (err instanceof ImportAccountError) {
        console.error(err.message);
        return 2;
      }
      if (!(err instanceof ImportValidationError)) throw err;
      // For editors and scripts: each error's code, file, row, column and message.
      if (args.json) console.log(JSON.stringify({ errors: err.errors }, null, 2));
      console.error(err.message);
      return 1;
    }
  });
}

async function runBulk(config: ReturnType<typeof loadConfig>, dir: string): Promise<number> {
  try {
    const summary = await bulkImport(config, dir, (line) => console.log(line));
    const { counts } = summary;
    console.log(`Imported ${counts.sources} sources, ${counts.entities} entities, ${counts.relationships} relationships, ${counts.evidence} quotes and ${counts.context} context sentences ` +
      `(checked in ${(summary.validateMs / 1000).toFixed(1)} s, imported in ${(summary.importMs / 1000).toFixed(1)} s, indexes in ${(summary.indexesMs / 1000).toFixed(1)} s).`);
    return 0;
  } catch (err) {
    if (err instanceof BulkImportRefused) {
      console.error(err.message);
      return 2;
    }
    if (!(err instanceof ImportValidationError)) throw err;
    console.error(err.message);
    return 1;
  }
}

runCommand(main);
