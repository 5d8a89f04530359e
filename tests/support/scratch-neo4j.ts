// A second, empty Neo4j of a test file's own, for tests that write (imports) or need an empty
// database (the export round trip), so the shared seeded test database is never disturbed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../scripts/neo4j';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { Db } from '../../server/db';
import { loadSeedDirectory } from '../../seed/loader';
import { TEST_NEO4J } from './env';

export interface ScratchNeo4j {
  neo: LocalNeo4j;
  db: Db;
  /** A temporary folder for the database and any files the test writes; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

/** `seeded` loads the curated seed, so that import files can refer to its entities and sources. */
export async function startScratchNeo4j(name: string, port: number, { seeded = false }: { seeded?: boolean } = {}): Promise<ScratchNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `linkage-${name}-`));
  const neo = await startLocalNeo4j({ port, password: `linkage-${name}-password`, dataDir: path.join(dir, 'neo4j'), heap: '512m', pageCache: '64m', classDataSharing: TEST_NEO4J.classDataSharing, log: () => undefined });
  const db = new Db({ uri: neo.uri, user: neo.user, password: neo.password });
  if (seeded) await loadSeedDirectory(db, { log: () => undefined });
  return {
    neo,
    db,
    dir,
    async stop() {
      await db.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
