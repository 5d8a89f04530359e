// `npm run neo4j`: runs Linkage's own Neo4j in the foreground until Ctrl+C, with the same settings
// (environment over .env, see server/config) that `npm start`, `npm run seed` and `npm run import` read:
//   NEO4J_BOLT_PORT=7687  NEO4J_PASSWORD=linkage-dev-password  NEO4J_DATA_DIR=.data/neo4j
//   NEO4J_HEAP=1g  NEO4J_PAGECACHE=512m  LINKAGE_NEO4J_CDS=1
import { loadConfig } from '../server/config';
import { startLocalNeo4j, stopAllLocalNeo4j } from './neo4j/index';

let stopping = false;

async function main(): Promise<void> {
  const { neo4j } = loadConfig();
  if (neo4j.uri) console.log(`[neo4j] Note: NEO4J_URI is set (${neo4j.uri}), so the other commands use that database, not this one.`);

  const stopAndExit = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`[neo4j] ${signal}: stopping…`);
    void stopAllLocalNeo4j().then(() => process.exit(0));
  };
  // Before the start, so that Ctrl+C during a long first build or start-up also ends things cleanly.
  process.on('SIGINT', stopAndExit);
  process.on('SIGTERM', stopAndExit);

  const started = Date.now();
  const neo = await startLocalNeo4j({
    port: neo4j.boltPort,
    password: neo4j.password,
    dataDir: neo4j.dataDir,
    heap: neo4j.heap,
    pageCache: neo4j.pageCache,
    classDataSharing: neo4j.classDataSharing,
  });
  if (stopping) return; // stopAndExit is shutting it down
  console.log(
    `[neo4j] Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${neo.uri} (user ${neo.user}, pid ${neo.pid}).` +
      ' Press Ctrl+C to stop.',
  );
  const { code, signal } = await neo.exited;
  if (!stopping) {
    console.error(`[neo4j] Neo4j exited unexpectedly (${signal ?? `exit code ${String(code)}`})`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  if (stopping) return; // a start-up cut short by Ctrl+C; stopAndExit exits
  console.error(`[neo4j] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
