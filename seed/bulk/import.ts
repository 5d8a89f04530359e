// `npm run import -- --bulk DIR`: a big first import into an EMPTY database of Linkage's own
// local Neo4j, through neo4j-admin's offline importer instead of transactions. The files are the
// incremental import's CSV (docs/import.md), every one checked first with exactly its rules;
// only then are neo4j-admin's files written (writer.ts), the store built from them, Neo4j
// started on it and the indexes brought online. Anything wrong stops it before the store is
// touched, so nothing is ever half-imported.
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { startLocalNeo4j } from '../../scripts/neo4j';
import type { Config } from '../../server/config';
import { statement } from '../../server/cypher';
import { Db } from '../../server/db';
import { readImportFile } from '../import';
import { mergeBatches, importError, ImportValidationError } from '../import/types';
import type { ImportBatch, ImportError } from '../import/types';
import { checkImportOffline } from '../import/validate';
import type { Dataset } from '../loader/types';
import { ARRAY_DELIMITER } from './admin-csv';
import { runAdminImport, storeExists } from './admin-import';
import { finishBulkStore } from './finish';
import { entityRecord, relationshipRecord, sourceRecord } from './records';
import { BulkWriter } from './writer';
import type { BulkCounts } from './writer';

export class BulkImportRefused extends Error {}

export interface BulkImportSummary { files: string[]; counts: BulkCounts; validateMs: number; importMs: number; indexesMs: number }

/** The CSV files of DIR, sorted by name (several files of one kind are one list). */
export function bulkFiles(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new BulkImportRefused(`${dir} is not a folder`);
  const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) throw new BulkImportRefused(`${dir} holds no .csv file`);
  return files.map((f) => path.join(dir, f));
}

/** What only the bulk path refuses: a list cell can hold no ASCII unit separator (neo4j-admin's list delimiter here). */
function bulkOnlyErrors(batch: ImportBatch): ImportError[] {
  return batch.entities.flatMap(({ record, origin }) => {
    const aliases = (record as { aliases?: unknown }).aliases;
    if (!Array.isArray(aliases) || !aliases.some((a) => typeof a === 'string' && a.includes(ARRAY_DELIMITER))) return [];
    const { row, column } = origin.locate('aliases');
    return [importError(origin.file, row, column, 'an alias holds the control character U+001F, which a bulk import cannot store')];
  });
}

/** Reads and checks every file; throws ImportValidationError with every problem at its row and column. */
export function readBulkDataset(files: readonly string[], log: (line: string) => void): Dataset {
  const batches = files.map((f) => {
    const batch = readImportFile(f, path.basename(f));
    log(`Read ${path.basename(f)}: ${batch.sources.length} sources, ${batch.entities.length} entities, ${batch.relationships.length} relationships.`);
    return batch;
  });
  const batch = mergeBatches(batches);
  const extra = bulkOnlyErrors(batch);
  if (extra.length > 0) throw new ImportValidationError([...batch.errors, ...extra]);
  return checkImportOffline(batch);
}

/** neo4j-admin's files for a checked data set, in dir. */
export function writeBulkFiles(dataset: Dataset, dir: string, at: Date, shownFiles: readonly string[]): ReturnType<BulkWriter['close']> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const writer = new BulkWriter({
    dir, authorId: SYSTEM_ACCOUNTS.seed.id, at, reason: () => `Bulk import (${shownFiles.join(', ')})`,
  });
  const publishedOn = new Map(dataset.sources.map((s) => [s.id, s.publishedOn]));
  for (const s of dataset.sources) writer.source(sourceRecord(s));
  for (const e of dataset.entities) writer.entity(entityRecord(e));
  for (const r of dataset.relationships) writer.relationship(relationshipRecord(r, publishedOn));
  return writer.close();
}

/** Refuses unless the target is Linkage's own local Neo4j, stopped, with no store or an empty one; removes an empty store. */
async function clearEmptyStore(config: Config, log: (line: string) => void): Promise<void> {
  const { neo4j } = config;
  if (neo4j.uri) throw new BulkImportRefused(`NEO4J_URI is set (${neo4j.uri}): --bulk builds the store of Linkage's own local Neo4j offline and cannot import into another database. Unset NEO4J_URI, or use the incremental import.`);
  const probe = new Db({ uri: `bolt://127.0.0.1:${neo4j.boltPort}`, user: neo4j.user, password: neo4j.password });
  const running = await probe.ping();
  await probe.close();
  if (running) throw new BulkImportRefused(`Linkage's Neo4j is running on port ${neo4j.boltPort} (npm start or npm run neo4j): stop it first, a bulk import builds its store offline.`);
  if (!storeExists(neo4j.dataDir)) return;
  log(`Checking that the database in ${neo4j.dataDir} is empty…`);
  const local = await startLocalNeo4j({ port: neo4j.boltPort, password: neo4j.password, dataDir: neo4j.dataDir, heap: neo4j.heap, pageCache: neo4j.pageCache, classDataSharing: neo4j.classDataSharing, log: () => undefined });
  const db = new Db({ uri: local.uri, user: local.user, password: local.password });
  try {
    const [row] = await db.read(statement('bulk/graph-nodes', {}));
    const others = Number(row?.nodes ?? 0) - Number(row?.accounts ?? 0);
    if (others > 0) throw new BulkImportRefused(`The database in ${neo4j.dataDir} is not empty (${others} nodes besides the system accounts): a bulk import only goes into an empty one. Use the incremental import (npm run import -- FILE…), or move the data folder away.`);
  } finally {
    await db.close();
    await local.stop();
  }
  removeGraphStore(neo4j.dataDir);
}

/** Only the graph's own store goes; the system database (the password, the database list) stays. */
function removeGraphStore(dataDir: string): void {
  for (const sub of ['databases', 'transactions']) fs.rmSync(path.join(dataDir, 'data', sub, 'neo4j'), { recursive: true, force: true });
}

export async function bulkImport(config: Config, dir: string, log: (line: string) => void): Promise<BulkImportSummary> {
  const started = Date.now();
  const files = bulkFiles(dir);
  const dataset = readBulkDataset(files, log);
  const validateMs = Date.now() - started;
  log(`Valid: ${dataset.sources.length} sources, ${dataset.entities.length} entities, ${dataset.relationships.length} relationships (checked in ${(validateMs / 1000).toFixed(1)} s).`);
  await clearEmptyStore(config, log);
  const csvDir = path.join(config.neo4j.dataDir, '..', `${path.basename(config.neo4j.dataDir)}-bulk-csv`);
  const written = writeBulkFiles(dataset, csvDir, new Date(), files.map((f) => path.basename(f)));
  const importStarted = Date.now();
  try {
    log('Importing with neo4j-admin database import full…');
    await runAdminImport({ dataDir: config.neo4j.dataDir, files: written, log: (line) => log(`  ${line}`) });
  } catch (err) {
    // A failed import leaves a partial store; remove it so that the database stays empty and a rerun can start afresh.
    removeGraphStore(config.neo4j.dataDir);
    fs.rmSync(csvDir, { recursive: true, force: true });
    throw err;
  }
  const importMs = Date.now() - importStarted;
  const { neo4j } = config;
  const local = await startLocalNeo4j({ port: neo4j.boltPort, password: neo4j.password, dataDir: neo4j.dataDir, heap: neo4j.heap, pageCache: neo4j.pageCache, classDataSharing: neo4j.classDataSharing, log: () => undefined, startTimeoutMs: 600_000 });
  const db = new Db({ uri: local.uri, user: local.user, password: local.password });
  try {
    const finished = await finishBulkStore(db, log, { deferred: written.deferred });
    return { files: files.map((f) => path.basename(f)), counts: written.counts, validateMs, importMs, indexesMs: finished.schemaMs + finished.indexesMs };
  } finally {
    await db.close();
    await local.stop();
    fs.rmSync(csvDir, { recursive: true, force: true });
  }
}
