import { rmSync } from 'node:fs';
import type { LocalNeo4j } from '../../scripts/neo4j';

export default async function globalTeardown(): Promise<void> {
  const { __linkageNeo4j: neo, __linkageSeededTemplate: template } = globalThis as { __linkageNeo4j?: LocalNeo4j; __linkageSeededTemplate?: string };
  if (template) rmSync(template, { recursive: true, force: true });
  if (neo) await neo.stop();
}
