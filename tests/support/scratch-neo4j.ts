// A second, empty Neo4j of a test file's own, for tests that write (imports) or need an empty
// database (the export round trip), so the shared seeded test database is never disturbed.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Where the global setup leaves a stopped Neo4j store with the seed loaded, for seeded scratches to
 * copy: loading the seed into a new store took 8-15 s of each of ten files' setup (most of it
 * planning the loader's statements on a cold database), copying takes a fraction of a second.
 */
export const SEEDED_TEMPLATE_ENV = 'LINKAGE_TEST_SEEDED_TEMPLATE';

/** `seeded` loads the curated seed, so that import files can refer to its entities and sources. */
export async function startScratchNeo4j(name: string, port: number, { seeded = false }: { seeded?: boolean } = {}): Promise<ScratchNeo4j> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `linkage-${name}-`));
  const dataDir = path.join(dir, 'neo4j');
  const template = seeded ? process.env[SEEDED_TEMPLATE_ENV] : undefined;
  const copied = template !== undefined && existsSync(template);
  // The runner sets this scratch's own password on start, whatever the copied store had.
  if (copied) cpSync(template, dataDir, { recursive: true });
  const neo = await startLocalNeo4j({ port, password: `linkage-${name}-password`, dataDir, heap: '512m', pageCache: '64m', classDataSharing: TEST_NEO4J.classDataSharing, log: () => undefined });
  const db = new Db({ uri: neo.uri, user: neo.user, password: neo.password });
  if (seeded && !copied) await loadSeedDirectory(db, { log: () => undefined });
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

/** Builds the seeded store the seeded scratches copy; returns its folder (remove it with rmSync when done). */
export async function buildSeededTemplate(port: number): Promise<{ dir: string; dataDir: string }> {
  const scratch = await startScratchNeo4j('seeded-template', port, { seeded: true });
  await scratch.db.close();
  await scratch.neo.stop();
  return { dir: scratch.dir, dataDir: path.join(scratch.dir, 'neo4j') };
}
