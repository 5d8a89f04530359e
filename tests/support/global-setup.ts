// Starts a real Neo4j for the suite (or uses TEST_NEO4J_URI), empties it and loads the seed; beside
// it, builds the seeded store that test files with a seeded Neo4j of their own copy.
import { startLocalNeo4j } from '../../scripts/neo4j';
import { statement } from '../../server/cypher';
import { Db } from '../../server/db';
import { loadSeedDirectory } from '../../seed/loader';
import { SCRATCH_NEO4J_PORTS, TEST_NEO4J, testDbOptions } from './env';
import { buildSeededTemplate, SEEDED_TEMPLATE_ENV } from './scratch-neo4j';

async function startSharedNeo4j(): Promise<void> {
  if (!process.env.TEST_NEO4J_URI) {
    const neo = await startLocalNeo4j({
      port: TEST_NEO4J.port,
      password: TEST_NEO4J.password,
      dataDir: TEST_NEO4J.dataDir,
      heap: '1g',
      pageCache: '256m',
      classDataSharing: TEST_NEO4J.classDataSharing,
      log: () => undefined,
    });
    (globalThis as { __linkageNeo4j?: typeof neo }).__linkageNeo4j = neo;
    // The hand-off to the test workers, which inherit this process's environment (testDbOptions reads it).
    process.env.TEST_NEO4J_URI = neo.uri;
    process.env.TEST_NEO4J_PASSWORD = TEST_NEO4J.password;
  }
  const db = new Db(testDbOptions());
  try {
    await db.write(statement('admin/wipe-all', {}));
    await loadSeedDirectory(db, { log: () => undefined });
  } finally {
    await db.close();
  }
}

async function buildTemplate(): Promise<void> {
  const template = await buildSeededTemplate(SCRATCH_NEO4J_PORTS.seededTemplate);
  (globalThis as { __linkageSeededTemplate?: string }).__linkageSeededTemplate = template.dir;
  process.env[SEEDED_TEMPLATE_ENV] = template.dataDir;
}

export default async function globalSetup(): Promise<void> {
  await Promise.all([startSharedNeo4j(), buildTemplate()]);
}
