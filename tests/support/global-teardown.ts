import type { LocalNeo4j } from '../../scripts/neo4j';

export default async function globalTeardown(): Promise<void> {
  const neo = (globalThis as { __linkageNeo4j?: LocalNeo4j }).__linkageNeo4j;
  if (neo) await neo.stop();
}
