// `npm run import -- FILE [FILE…] [--dry-run]`: loads CSV or JSON files into Linkage's Neo4j
// (docs/import.md). Uses NEO4J_URI when set, else the Neo4j that `npm start` runs, else starts
// Linkage's own for the duration of the import.
import path from 'node:path';
import { loadConfig } from '../server/config';
import { Db } from '../server/db';
import { importFiles, ImportValidationError, progressBar } from '../seed/import';
import { startLocalNeo4j } from './neo4j';
import type { LocalNeo4j } from './neo4j';

const USAGE = 'Usage: npm run import -- FILE [FILE…] [--dry-run]\n  FILE: a .json file ({ sources, entities, relationships }) or a .csv file of entities, sources or relationships; see docs/import.md';

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--dry-run');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0 || files.length === 0) {
    console.error(`${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}\n` : ''}${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package folder; paths are meant relative to where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const config = loadConfig();
  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.boltPort}`;
  let db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  if (!config.neo4j.uri && !(await db.ping())) {
    await db.close();
    console.error(`No Neo4j answers at ${uri}; starting Linkage's own for this import…`);
    local = await startLocalNeo4j({ port: config.neo4j.boltPort, password: config.neo4j.password, dataDir: config.neo4j.dataDir, heap: config.neo4j.heap, pageCache: config.neo4j.pageCache, log: () => undefined });
    uri = local.uri;
    db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  }
  try {
    console.log(`${dryRun ? 'Dry run: checking' : 'Importing'} ${files.join(', ')} into ${uri}.`);
    const summary = await importFiles(db, files.map((f) => ({ path: path.resolve(cwd, f), shownAs: f })), {
      dryRun,
      log: (line) => console.log(line),
      progress: progressBar(process.stderr),
    });
    console.log(`Done in ${(summary.ms / 1000).toFixed(1)} s.`);
    return 0;
  } catch (err) {
    if (err instanceof ImportValidationError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
    await local?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
