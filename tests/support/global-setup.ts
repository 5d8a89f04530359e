// Starts a real Neo4j for the suite (or uses TEST_NEO4J_URI), empties it and loads the seed.
import { startLocalNeo4j } from '../../scripts/neo4j';
import { statement } from '../../server/cypher';
import { Db } from '../../server/db';
import { loadSeedDirectory } from '../../seed/loader';
import { TEST_NEO4J, testDbOptions } from './env';

export default async function globalSetup(): Promise<void> {
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
