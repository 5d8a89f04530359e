// `npm start`: Linkage's own Neo4j (or NEO4J_URI), the curated seed, the page and the API on one port.
import { loadConfig } from '../server/config';
import { Db } from '../server/db';
import { startServer } from '../server';
import { startLocalNeo4j } from './neo4j';
import type { LocalNeo4j } from './neo4j';
import { buildClientIfStale } from './lib/client-build';
import { seedIfChanged } from './lib/seed-stamp';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await startLocalNeo4j({
      port: config.neo4j.boltPort,
      password: config.neo4j.password,
      dataDir: config.neo4j.dataDir,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      classDataSharing: config.neo4j.classDataSharing,
    });
    uri = local.uri;
  } else {
    console.log(`Using the Neo4j at ${uri} (NEO4J_URI); not starting one.`);
  }
  const db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  const shutdown = async (signal: string): Promise<void> => {
    console.log(`\n${signal}: shutting down…`);
    await server?.stop().catch((e: unknown) => console.error(e));
    await local?.stop().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await seedIfChanged(db);
  buildClientIfStale();
  server = await startServer({ config, db });
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl+C to stop.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
