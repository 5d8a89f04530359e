// `npm start`: Linkage's own Neo4j (supervised) or NEO4J_URI, the curated seed, the page and the
// API on one port. Logs go through the server's logger (LOG_LEVEL, LOG_FORMAT).
import { loadConfig } from '../server/config';
import { Db } from '../server/db';
import { createLogger } from '../server/logging';
import { Metrics } from '../server/metrics';
import { startServer } from '../server';
import { superviseLocalNeo4j } from './neo4j';
import type { SupervisedNeo4j } from './neo4j';
import { buildClientIfStale } from './lib/client-build';
import { seedIfChanged } from './lib/seed-stamp';
import { connectSupervision } from './lib/supervision';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.log);
  const metrics = new Metrics();
  let local: SupervisedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    const neo4jLog = logger.child({ component: 'neo4j' });
    local = await superviseLocalNeo4j({
      port: config.neo4j.boltPort,
      password: config.neo4j.password,
      dataDir: config.neo4j.dataDir,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      classDataSharing: config.neo4j.classDataSharing,
      log: (line) => neo4jLog.info(line),
    }, { log: neo4jLog, maxRestarts: config.neo4j.maxRestarts });
    uri = local.uri;
  } else {
    logger.info({ component: 'neo4j' }, `Using the Neo4j at ${uri} (NEO4J_URI); not starting one. If it stops answering, the server answers 503 and keeps probing it.`);
  }
  const db = new Db({
    uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database,
    breaker: { probeIntervalMs: config.neo4j.probeIntervalMs },
  });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const shutdown = async (reason: string, code = 0): Promise<void> => {
    logger.info(`${reason}: shutting down…`);
    await server?.stop().catch((err: unknown) => logger.error({ err }, 'stopping the server failed'));
    await local?.stop().catch((err: unknown) => logger.error({ err }, "stopping Linkage's Neo4j failed"));
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (local) connectSupervision(local, db, metrics, () => void shutdown("Linkage's Neo4j could not be restarted", 1));

  await seedIfChanged(db, (line) => logger.info(line));
  buildClientIfStale((line) => logger.info(line));
  server = await startServer({ config, db, logger, metrics });
  logger.info(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl+C to stop.`);
}

// Before the logger exists (a bad setting), or when starting failed: a plain line people can read.
main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
