// Where the test Neo4j lives. Tests never touch the developer's database: they start their own
// on another port and data folder, unless TEST_NEO4J_URI points at a disposable one.
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { Db } from '../../server/db';

export const TEST_NEO4J = {
  port: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688),
  password: process.env.TEST_NEO4J_PASSWORD ?? 'linkage-test-password',
  user: process.env.TEST_NEO4J_USER ?? 'neo4j',
  dataDir: path.join(REPO_ROOT, '.data', 'neo4j-test'),
};

export function testDbOptions(): { uri: string; user: string; password: string } {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest, whose global setup starts Neo4j');
  return { uri, user: TEST_NEO4J.user, password: process.env.TEST_NEO4J_PASSWORD ?? TEST_NEO4J.password };
}

export function testDb(): Db {
  return new Db(testDbOptions());
}
